"""Signing up: the one write that makes a learner's account."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from accounts.models import Profile


@transaction.atomic
def sign_up(*, username: str, email: str, password: str) -> AbstractBaseUser:
    """Create the user (password hashed with Argon2) and their profile together."""
    user = get_user_model().objects.create_user(username=username, email=email, password=password)
    Profile.objects.create(user=user)
    return user
