"""Account tests hash passwords with a fast hasher; the one test about Argon2 asks for the project's."""

import pytest
from django.conf import settings as project_settings

PROJECT_HASHERS = list(project_settings.PASSWORD_HASHERS)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def project_password_hashing(settings) -> None:
    settings.PASSWORD_HASHERS = PROJECT_HASHERS
