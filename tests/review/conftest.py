"""Fixtures for spaced review: two learners."""

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def learner():
    return get_user_model().objects.create_user("ada", password="x")


@pytest.fixture
def other_learner():
    return get_user_model().objects.create_user("bo", password="x")
