"""A demonstration trainer's group for load benches and demos: a trainer, demo learners as members,
and a practice assignment over the first lessons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from articles.models import Article
from quizzes.demo import DEMO_PREFIX
from teach import group_counts, teaching
from teach.access import TRAINERS_GROUP
from teach.models import Membership

DEMO_TRAINER = "trainer-demo"  # not under DEMO_PREFIX: seed_demo numbers its learners by that
ASSIGNED_LESSONS = 5


class NoDemoLearners(Exception):
    """No demo learners to put in a group: run seed_demo first."""


@dataclass(frozen=True)
class DemoGroup:
    cohort_id: int
    trainer: str
    members: int


@transaction.atomic
def seed_demo_group(*, learners: int, password: str, now: datetime) -> DemoGroup:
    """A new group of the first ``learners`` demo accounts (``demo-00001``, ...), trained by
    ``trainer-demo`` (made on the first call, in the Trainers group, with ``password``), with a
    practice assignment due in a week over the first published lessons in reading order."""
    users = get_user_model().objects
    members = list(users.filter(username__startswith=DEMO_PREFIX).order_by("username")[:learners])
    if not members:
        raise NoDemoLearners
    trainer = users.filter(username=DEMO_TRAINER).first()
    if trainer is None:
        trainer = users.create_user(DEMO_TRAINER, password=password)
        trainer.groups.add(Group.objects.get_or_create(name=TRAINERS_GROUP)[0])
    cohort = teaching.create_cohort(owner=trainer, name=f"Demo group of {len(members)}")
    Membership.objects.bulk_create(
        Membership(cohort=cohort, learner=learner, joined_at=now) for learner in members
    )
    group_counts.recount([cohort.pk])  # the members' answers, counted as the answers would be
    lessons = list(Article.objects.published().in_reading_order()[:ASSIGNED_LESSONS])
    if lessons:
        lesson_set = teaching.create_lesson_set(
            owner=trainer, name="Demo: the first lessons", lessons=lessons
        )
        teaching.create_assignment(
            cohort=cohort, lesson_set=lesson_set, created_by=trainer, due_at=now + timedelta(days=7)
        )
    return DemoGroup(cohort_id=cohort.pk, trainer=DEMO_TRAINER, members=len(members))
