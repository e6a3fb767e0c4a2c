"""`seed_demo_group`: a trainer whose group holds the demo learners, for the load bench's gradebook."""

from __future__ import annotations

import random

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from quizzes.demo import seed_demo
from teach.access import is_trainer
from teach.demo import DEMO_TRAINER, seed_demo_group
from teach.models import Assignment, Cohort
from tests.teach.conftest import NOW

pytestmark = pytest.mark.django_db


def test_the_trainer_sees_the_demo_learners_in_the_gradebook(client, bank) -> None:
    seed_demo(learners=3, answers=5, rng=random.Random(1), now=NOW, password="pw-123456")
    group = seed_demo_group(learners=2, password="pw-123456", now=NOW)
    cohort = Cohort.objects.get(pk=group.cohort_id)
    assert sorted(m.learner.username for m in cohort.memberships.all()) == [
        "demo-00001",
        "demo-00002",
    ]
    assert Assignment.objects.get(cohort=cohort).lesson_set.items.count() == 2  # the bank's lessons
    trainer = get_user_model().objects.get(username=DEMO_TRAINER)
    assert is_trainer(trainer)
    assert trainer.check_password("pw-123456")
    client.force_login(trainer)
    response = client.get(f"/teach/groups/{cohort.pk}/")
    assert len(response.context["book"].rows) == 2


def test_a_second_group_has_the_same_trainer(bank) -> None:
    seed_demo(learners=2, answers=1, rng=random.Random(1), now=NOW, password="pw")
    first = seed_demo_group(learners=1, password="pw", now=NOW)
    second = seed_demo_group(learners=2, password="pw", now=NOW)
    assert first.cohort_id != second.cohort_id
    assert set(Cohort.objects.values_list("owner__username", flat=True)) == {DEMO_TRAINER}
    # The trainer is not numbered as a demo learner: seed_demo goes on from demo-00003.
    seed_demo(learners=1, answers=1, rng=random.Random(1), now=NOW, password="pw")
    assert get_user_model().objects.filter(username="demo-00003").exists()


def test_the_command_says_to_seed_learners_first() -> None:
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("seed_demo_group", "--learners", "5")
