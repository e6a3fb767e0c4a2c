"""Fixtures for the editorial pages: staff, a trainer and a learner, and a small bank."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client

from quizzes.models import Question
from tests.factories import make_lesson, make_question, make_topic


@pytest.fixture
def staff_user():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", None)


@pytest.fixture
def staff_client(client: Client, staff_user) -> Client:
    client.force_login(staff_user)
    return client


@pytest.fixture
def learner_user():
    return get_user_model().objects.create_user("ada", "ada@example.org", None)


@pytest.fixture
def trainer_user():
    """A trainer: may look at learners' work, but is not content staff."""
    user = get_user_model().objects.create_user("tess", "tess@example.org", None)
    group, _ = Group.objects.get_or_create(name="Trainers")
    group.permissions.add(*Permission.objects.filter(codename__startswith="view_"))
    user.groups.add(group)
    return user


@pytest.fixture
def staff_without_content_permission():
    """Staff who may sign in to the admin but were given no content permission."""
    return get_user_model().objects.create_user("sam", "sam@example.org", None, is_staff=True)


@pytest.fixture
def lesson():
    return make_lesson(
        "listening-lesson",
        topic=make_topic("empathy", position=0),
        body_markdown="## Why listening\n\nListening closely builds trust with peers.\n",
    )


@pytest.fixture
def question(lesson) -> Question:
    return make_question(lesson)
