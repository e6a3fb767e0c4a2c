"""The write functions of the trainers' side: groups, joining, co-trainers, lesson sets, assignments.

Each is one transaction, keyword-only. A refusal raises ``TeachError`` (with a message for the
page) before anything is written, so a refused request changes nothing. Callers pass objects they
have already looked up through the user's own groups and sets (see teach/views.py).
"""

from __future__ import annotations

import enum
import random
from collections.abc import Sequence
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Max, QuerySet

from accounts.signup import users_with_email
from articles.models import Article
from quizzes import attempts
from quizzes.models import Attempt
from teach import group_counts
from teach.access import is_trainer
from teach.models import (
    Assignment,
    AssignmentExam,
    Cohort,
    CoTrainer,
    LessonSet,
    LessonSetItem,
    Membership,
    PendingJoin,
    new_join_code,
    normalise_join_code,
)


class TeachError(Exception):
    status = 400
    message = "That can't be done."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class UnknownCode(TeachError):
    status = 404
    message = "That join code doesn't match a group. Check it with your trainer."


class JoiningClosed(TeachError):
    status = 410
    message = "This group isn't taking new members just now. Ask your trainer to open joining."


# --- Groups -----------------------------------------------------------------------------------


@transaction.atomic
def create_cohort(
    *,
    owner,
    name: str,
    description: str = "",
    exam_date: date | None = None,
    time_zone: str | None = None,
) -> Cohort:
    cohort = Cohort(owner=owner, name=name, description=description, exam_date=exam_date)
    if time_zone:
        cohort.time_zone = time_zone
    cohort.save()
    return cohort


@transaction.atomic
def delete_learners(*, users: QuerySet) -> None:
    """Delete accounts (staff, from the admin) with all that is theirs, and count the groups they
    were in again without their answers, in the same transaction (the counts never drift)."""
    cohort_ids = set(
        Membership.objects.filter(learner__in=users).values_list("cohort_id", flat=True)
    )
    users.delete()
    if cohort_ids:
        group_counts.recount(cohort_ids)


@transaction.atomic
def delete_cohort(*, cohort: Cohort) -> None:
    """Delete a group with its memberships, waiting joins, co-trainers and assignments (and the
    links from its assignments to the mock exams taken for them). The learners' own attempts,
    answers, topic scores and reads stay theirs; the lesson sets stay their owners'."""
    cohort.delete()


@transaction.atomic
def regenerate_join_code(*, cohort: Cohort) -> str:
    """A fresh code; the old one stops working at once."""
    cohort.join_code = new_join_code()
    cohort.save(update_fields=["join_code"])
    return cohort.join_code


@transaction.atomic
def set_joining(*, cohort: Cohort, open: bool) -> None:
    cohort.joining_open = open
    cohort.save(update_fields=["joining_open"])


@transaction.atomic
def add_co_trainer(*, cohort: Cohort, identifier: str, now: datetime) -> CoTrainer:
    """Add a trainer by username or confirmed email address."""
    identifier = identifier.strip()
    user = None
    if identifier:
        user = get_user_model().objects.filter(username=identifier).first()
        if user is None and "@" in identifier:
            user = users_with_email(identifier).first()
    if user is None or not is_trainer(user):
        raise TeachError(
            "No trainer has that username or address. Staff can make an account a trainer."
        )
    if user.pk == cohort.owner_id or cohort.co_trainers.filter(trainer=user).exists():
        raise TeachError(f"{user.get_username()} already trains this group.")
    return CoTrainer.objects.create(cohort=cohort, trainer=user, added_at=now)


@transaction.atomic
def remove_co_trainer(*, cohort: Cohort, trainer_id: int) -> bool:
    deleted, _ = CoTrainer.objects.filter(cohort=cohort, trainer_id=trainer_id).delete()
    return bool(deleted)


# --- Joining and leaving ----------------------------------------------------------------------


class Joined(enum.Enum):
    JOINED = "joined"
    ALREADY = "already a member"
    PENDING = "waiting for the address to be confirmed"


def find_open_cohort(code: str) -> Cohort:
    cohort = Cohort.objects.filter(join_code=normalise_join_code(code)).first()
    if cohort is None:
        raise UnknownCode
    if not cohort.joining_open:
        raise JoiningClosed
    return cohort


@transaction.atomic
def join_cohort(*, learner, code: str, now: datetime) -> tuple[Cohort, Joined]:
    """Join the group with that code. A learner whose address isn't confirmed yet joins when it is
    (``complete_pending_joins``), so a join link can't be passed around by throwaway accounts."""
    cohort = find_open_cohort(code)
    if Membership.objects.filter(cohort=cohort, learner=learner).exists():
        return cohort, Joined.ALREADY
    if not learner.email:
        PendingJoin.objects.get_or_create(
            cohort=cohort, learner=learner, defaults={"asked_at": now}
        )
        return cohort, Joined.PENDING
    try:
        with transaction.atomic():
            Membership.objects.create(cohort=cohort, learner=learner, joined_at=now)
    except IntegrityError:  # a second tab joined just before
        return cohort, Joined.ALREADY
    group_counts.add_member(cohort_id=cohort.pk, learner_id=learner.pk)
    return cohort, Joined.JOINED


@transaction.atomic
def complete_pending_joins(*, learner, now: datetime) -> list[Cohort]:
    """Called when the learner's address is confirmed: join the groups they asked to, if those still
    take members."""
    if not learner.email:
        return []
    pending = list(PendingJoin.objects.filter(learner=learner).select_related("cohort"))
    joined = []
    for entry in pending:
        if entry.cohort.joining_open:
            _, made = Membership.objects.get_or_create(
                cohort=entry.cohort, learner=learner, defaults={"joined_at": now}
            )
            if made:
                group_counts.add_member(cohort_id=entry.cohort_id, learner_id=learner.pk)
                joined.append(entry.cohort)
    PendingJoin.objects.filter(pk__in=[entry.pk for entry in pending]).delete()
    return joined


@transaction.atomic
def remove_member(*, cohort: Cohort, learner_id: int) -> bool:
    """Take a learner out of a group (the trainer no longer sees them; their own history stays):
    the group's answer counts are counted again from the members left (a rare write, so an exact
    recount rather than a subtraction)."""
    deleted, _ = Membership.objects.filter(cohort=cohort, learner_id=learner_id).delete()
    PendingJoin.objects.filter(cohort=cohort, learner_id=learner_id).delete()
    if deleted:
        group_counts.recount([cohort.pk])
    return bool(deleted)


@transaction.atomic
def leave_cohort(*, learner, cohort: Cohort) -> bool:
    return remove_member(cohort=cohort, learner_id=learner.pk)


# --- Lesson sets ------------------------------------------------------------------------------


@transaction.atomic
def create_lesson_set(
    *,
    owner,
    name: str,
    description: str = "",
    lessons: Sequence[Article] = (),
    shared: bool = False,
) -> LessonSet:
    if shared and not owner.is_staff:
        raise TeachError("Only staff can share a lesson set with every trainer.")
    lesson_set = LessonSet.objects.create(
        owner=owner, name=name, description=description, shared=shared
    )
    LessonSetItem.objects.bulk_create(
        LessonSetItem(lesson_set=lesson_set, lesson=lesson, position=position)
        for position, lesson in enumerate(_unique(lessons), start=1)
    )
    return lesson_set


def _unique(lessons: Sequence[Article]) -> list[Article]:
    seen: set[int] = set()
    result = []
    for lesson in lessons:
        if lesson.pk not in seen:
            seen.add(lesson.pk)
            result.append(lesson)
    return result


@transaction.atomic
def add_lesson(*, lesson_set: LessonSet, lesson: Article) -> LessonSetItem:
    if not lesson.is_published:
        raise TeachError("Only published lessons can go in a set.")
    if lesson_set.items.filter(lesson=lesson).exists():
        raise TeachError(f"“{lesson.title}” is in this set already.")
    last = lesson_set.items.aggregate(last=Max("position"))["last"] or 0
    return LessonSetItem.objects.create(lesson_set=lesson_set, lesson=lesson, position=last + 1)


@transaction.atomic
def remove_lesson(*, lesson_set: LessonSet, item_id: int) -> bool:
    deleted, _ = lesson_set.items.filter(pk=item_id).delete()
    _renumber(lesson_set)
    return bool(deleted)


@transaction.atomic
def move_lesson(*, lesson_set: LessonSet, item_id: int, offset: int) -> bool:
    """Move an item ``offset`` places (-1 up, +1 down); False when it is already at that end."""
    items = list(lesson_set.items.select_for_update().order_by("position", "pk"))
    index = next((i for i, item in enumerate(items) if item.pk == item_id), None)
    if index is None:
        raise TeachError("That lesson isn't in this set.")
    target = index + offset
    if not 0 <= target < len(items):
        return False
    items.insert(target, items.pop(index))
    _write_positions(items)
    return True


def _renumber(lesson_set: LessonSet) -> None:
    _write_positions(list(lesson_set.items.order_by("position", "pk")))


def _write_positions(items: list[LessonSetItem]) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position
    LessonSetItem.objects.bulk_update(items, ["position"])


@transaction.atomic
def rename_lesson_set(
    *, lesson_set: LessonSet, name: str, description: str, shared: bool | None = None
) -> None:
    lesson_set.name, lesson_set.description = name, description
    if shared is not None:
        lesson_set.shared = shared
    lesson_set.save()


@transaction.atomic
def delete_lesson_set(*, lesson_set: LessonSet) -> None:
    """Delete a set no assignment uses (assignments keep their set: remove those first)."""
    if Assignment.objects.filter(lesson_set=lesson_set).exists():
        raise TeachError(
            "A group's assignment uses this set, so it stays. Remove the assignment first, or "
            "make a copy to change."
        )
    lesson_set.delete()


@transaction.atomic
def copy_lesson_set(*, lesson_set: LessonSet, owner) -> LessonSet:
    """The trainer's own copy (not shared), lessons in the same order."""
    lessons = [
        item.lesson for item in lesson_set.items.select_related("lesson").order_by("position")
    ]
    return create_lesson_set(
        owner=owner,
        name=f"Copy of {lesson_set.name}"[:120],
        description=lesson_set.description,
        lessons=lessons,
    )


# --- Assignments ------------------------------------------------------------------------------


@transaction.atomic
def create_assignment(
    *,
    cohort: Cohort,
    lesson_set: LessonSet,
    created_by,
    due_at: datetime | None = None,
    goal: str = Assignment.Goal.PRACTICE,
    min_percent: int = 80,
    exam_questions: int = 10,
    pass_percent: int = 70,
) -> Assignment:
    if not lesson_set.items.exists():
        raise TeachError("That lesson set has no lessons yet: add some before assigning it.")
    return Assignment.objects.create(
        cohort=cohort,
        lesson_set=lesson_set,
        created_by=created_by,
        due_at=due_at,
        goal=goal,
        min_percent=min_percent,
        exam_questions=exam_questions,
        pass_percent=pass_percent,
    )


@transaction.atomic
def update_assignment(
    *,
    assignment: Assignment,
    lesson_set: LessonSet,
    due_at: datetime | None,
    goal: str,
    min_percent: int,
    exam_questions: int,
    pass_percent: int,
) -> Assignment:
    if lesson_set.pk != assignment.lesson_set_id and not lesson_set.items.exists():
        raise TeachError("That lesson set has no lessons yet: add some before assigning it.")
    assignment.lesson_set = lesson_set
    assignment.due_at = due_at
    assignment.goal = goal
    assignment.min_percent = min_percent
    assignment.exam_questions = exam_questions
    assignment.pass_percent = pass_percent
    assignment.save()
    return assignment


@transaction.atomic
def delete_assignment(*, assignment: Assignment) -> None:
    """Learners' answers and reads stay; only the assignment (and its exam links) goes."""
    assignment.delete()


@transaction.atomic
def start_assignment_exam(
    *, assignment: Assignment, learner, rng: random.Random, now: datetime
) -> Attempt:
    """A mock exam on the set's lessons, with the assignment's size and pass mark."""
    lessons = [item.lesson for item in assignment.lesson_set.items.select_related("lesson")]
    try:
        attempt = attempts.start_exam(
            learner=learner,
            size=assignment.exam_questions,
            pass_mark=assignment.pass_percent / 100,
            lessons=lessons,
            rng=rng,
            now=now,
        )
    except attempts.NoQuestions as error:
        raise TeachError("These lessons have no published questions yet.") from error
    AssignmentExam.objects.create(assignment=assignment, attempt=attempt)
    return attempt
