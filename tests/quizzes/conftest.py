"""Fixtures for learners' practice and exams: two learners, a small bank, a fixed clock."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model

from quizzes.models import Question
from tests.factories import make_lesson, make_question, make_topic

NOW = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


@pytest.fixture
def learner():
    return get_user_model().objects.create_user("ada")


@pytest.fixture
def other_learner():
    return get_user_model().objects.create_user("bo")


@pytest.fixture
def rng() -> random.Random:
    return random.Random(5)


@pytest.fixture
def bank() -> dict[str, list[Question]]:
    """Two topics, a lesson each, and questions: four on empathy, three on recovery."""
    empathy = make_lesson("empathy-lesson", topic=make_topic("empathy", position=0))
    recovery = make_lesson("recovery-lesson", topic=make_topic("recovery", position=1))
    return {
        "empathy": [make_question(empathy) for _ in range(4)],
        "recovery": [make_question(recovery) for _ in range(3)],
    }
