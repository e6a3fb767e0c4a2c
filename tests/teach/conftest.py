"""Fixtures for the trainers' side: trainers, learners, a group with a member, a small bank."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from quizzes.models import Question
from teach import teaching
from teach.access import TRAINERS_GROUP
from teach.models import Cohort, LessonSet, Membership
from tests.factories import make_lesson, make_question, make_topic

NOW = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def make_user(username: str, *, trainer: bool = False, staff: bool = False, email: bool = True):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org" if email else "", password=None, is_staff=staff
    )
    if trainer:
        user.groups.add(Group.objects.get_or_create(name=TRAINERS_GROUP)[0])
    return user


@pytest.fixture
def rng() -> random.Random:
    return random.Random(5)


@pytest.fixture
def trainer():
    return make_user("tess", trainer=True)


@pytest.fixture
def co_trainer():
    return make_user("cole", trainer=True)


@pytest.fixture
def other_trainer():
    return make_user("otto", trainer=True)


@pytest.fixture
def staff():
    return make_user("stella", staff=True)


@pytest.fixture
def member():
    return make_user("mia")


@pytest.fixture
def outsider():
    return make_user("lou")


@pytest.fixture
def bank() -> dict[str, list[Question]]:
    """Two topics, a lesson each: four questions on empathy, three on recovery."""
    empathy = make_lesson("empathy-lesson", topic=make_topic("empathy", position=0))
    recovery = make_lesson("recovery-lesson", topic=make_topic("recovery", position=1))
    return {
        "empathy": [make_question(empathy) for _ in range(4)],
        "recovery": [make_question(recovery) for _ in range(3)],
    }


@pytest.fixture
def cohort(trainer, co_trainer, member) -> Cohort:
    cohort = teaching.create_cohort(owner=trainer, name="Spring class")
    teaching.add_co_trainer(cohort=cohort, identifier="cole", now=NOW)
    Membership.objects.create(cohort=cohort, learner=member, joined_at=NOW)
    return cohort


@pytest.fixture
def lesson_set(trainer, bank) -> LessonSet:
    lessons = [questions[0].lesson for questions in bank.values()]
    return teaching.create_lesson_set(owner=trainer, name="Week 1", lessons=lessons)
