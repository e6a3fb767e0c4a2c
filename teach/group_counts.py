"""The groups' answer counts per option (``GroupOptionCount``): kept answer by answer, read for the
gradebook's hardest questions, and recounted from the answers.

What a group's rows hold is what ``quizzes.statistics.option_sums`` counts over the scored answers
of its members (all of a member's answers, those given before joining too), per question and
chosen option. They change:

- when a practice or review answer is scored (``count_answer``, in the answer's transaction: one
  statement for all of the learner's groups);
- when an attempt finishes (``count_finished``, in its transaction): a mock exam's answers are
  scored then, and every attempt's answers get the rest-of-attempt sums of the discrimination;
- when a learner joins a group (``add_member``: their answers are added) or leaves it
  (``recount``: the group is counted again from the answers of those left);
- when staff delete an attempt or an account in the admin (``recount_learners``, or the groups
  the deleted account was in: ``teaching.delete_learners``);
- ``rebuild_scores`` compares every row with the answers (``differences``) and ``recount``s what
  differs (after answers were deleted outside the admin, say); ``seed_demo_group`` counts its new
  group.

Questions changing topic or lesson (a content reload) change nothing here: the rows are per
question and option, which a reload never moves, and the hardest topics come from the members'
topic rows. Rows are written with an upsert (``INSERT ... ON CONFLICT DO UPDATE``, SQLite and
PostgreSQL alike), one statement for all the rows a change touches, in (group, option) order, so
two transactions adding to the same rows lock them in the same order.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import F, FloatField, Subquery, Sum
from django.db.models.functions import Cast

from quizzes import statistics
from quizzes.models import Attempt, Response
from teach.models import GroupOptionCount, Membership

FIELDS = (
    "answered",
    "correct",
    "rest_answers",
    "rest_correct",
    "rest_sum",
    "rest_sum_squares",
    "rest_sum_correct",
)
# (question id, choice id, then FIELDS' values): what one change adds to an option's row
Added = tuple[int, int, int, int, int, int, float, float, float]
Key = tuple[int, int]  # (group id, choice id)


BATCH = 500  # rows per statement: 4,500 parameters, well within SQLite's and PostgreSQL's limits


def _add(added: Sequence[Added], *, learner_id: int, cohort_id: int | None = None) -> None:
    """Add each of ``added`` to the rows of every group ``learner_id`` is in (only ``cohort_id``,
    if given), creating the rows that are missing: one statement (per ``BATCH`` rows)."""
    for start in range(0, len(added), BATCH):
        _add_batch(added[start : start + BATCH], learner_id=learner_id, cohort_id=cohort_id)


def _add_batch(added: Sequence[Added], *, learner_id: int, cohort_id: int | None) -> None:
    table = connection.ops.quote_name(GroupOptionCount._meta.db_table)
    members = connection.ops.quote_name(Membership._meta.db_table)
    columns = ("question_id", "choice_id", *FIELDS)
    values = ", ".join(["(" + ", ".join(["%s"] * len(columns)) + ")"] * len(added))
    picked = ", ".join(f"added.column{n}" for n in range(1, len(columns) + 1))
    updates = ", ".join(f"{field} = counts.{field} + excluded.{field}" for field in FIELDS)
    only_group = " AND membership.cohort_id = %s" if cohort_id is not None else ""
    sql = (
        f"INSERT INTO {table} AS counts (cohort_id, {', '.join(columns)}) "
        f"SELECT membership.cohort_id, {picked} FROM {members} AS membership, "
        f"(VALUES {values}) AS added WHERE membership.learner_id = %s{only_group} "
        "ORDER BY membership.cohort_id, added.column2 "
        f"ON CONFLICT (cohort_id, choice_id) DO UPDATE SET {updates}"
    )
    params: list[object] = [value for row in added for value in row]
    params.append(learner_id)
    if cohort_id is not None:
        params.append(cohort_id)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def count_answer(*, learner_id: int, question_id: int, choice_id: int, correct: bool) -> None:
    """One practice or review answer scored: counted in each of the learner's groups."""
    _add(
        [(question_id, choice_id, 1, int(correct), 0, 0, 0.0, 0.0, 0.0)],
        learner_id=learner_id,
    )


def count_finished(attempt: Attempt, responses: Iterable[Response]) -> None:
    """``attempt`` has just finished with ``responses`` (its answers, with ``attempt_question``):
    a mock exam's answers are counted now, and, when it has more than one answer, each answer's
    rest of the attempt (``answered_count`` and ``correct_count`` are filled in)."""
    exam = attempt.is_exam
    scored_rest = attempt.answered_count is not None and attempt.answered_count > 1
    added = []
    for response in sorted(responses, key=lambda response: response.choice_id):
        x = 1 if response.is_correct else 0
        rest = (attempt.correct_count - x) / (attempt.answered_count - 1) if scored_rest else 0.0
        if exam or scored_rest:
            added.append(
                (
                    response.attempt_question.question_id,
                    response.choice_id,
                    int(exam),
                    x if exam else 0,
                    int(scored_rest),
                    x if scored_rest else 0,
                    rest,
                    rest * rest,
                    rest * x,
                )
            )
    _add(added, learner_id=attempt.learner_id)


def _answers_of(
    *, cohort_ids: Collection[int] | None = None, learner_id: int | None = None
) -> dict[Key, Added]:
    """What the rows should hold, from the answers: per (group, option), for the groups given
    (all, if None), only ``learner_id``'s answers if given. One aggregate query."""
    membership = "attempt_question__attempt__learner__memberships__"
    # One filter() call: the membership it joins is the one grouped by below, not a second one.
    conditions: dict[str, object] = {f"{membership}isnull": False}
    if cohort_ids is not None:
        conditions[f"{membership}cohort__in"] = cohort_ids
    if learner_id is not None:
        conditions["attempt_question__attempt__learner_id"] = learner_id
    answers = Response.objects.scored().filter(**conditions)
    counted = {}
    for cohort_id, question_id, choice_id, *figures in statistics.option_sums(
        answers, cohort_key=F(f"{membership}cohort_id")
    ).values_list("cohort_key", "question_key", "choice_key", *statistics.SUM_NAMES):
        counted[(cohort_id, choice_id)] = (
            question_id,
            choice_id,
            *(figure or 0 for figure in figures),
        )
    return counted


def _lock_learners(learner_ids: Subquery | Collection[int]) -> None:
    """Lock the learners' rows, as the answer and finish transactions do (``quizzes.attempts``):
    none of their answers is scored until the caller's transaction ends."""
    list(
        get_user_model()
        .objects.select_for_update()
        .filter(pk__in=learner_ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


@transaction.atomic
def add_member(*, cohort_id: int, learner_id: int) -> None:
    """A learner has just joined the group: their answers so far are counted in it."""
    _lock_learners([learner_id])
    added = sorted(_answers_of(cohort_ids=[cohort_id], learner_id=learner_id).values())
    _add(added, learner_id=learner_id, cohort_id=cohort_id)


def _stored(cohort_ids: Collection[int] | None) -> dict[Key, Added]:
    rows = GroupOptionCount.objects.order_by("cohort_id", "choice_id")
    if cohort_ids is not None:
        rows = rows.filter(cohort_id__in=cohort_ids)
    return {
        (cohort_id, choice_id): (question_id, choice_id, *figures)
        for cohort_id, question_id, choice_id, *figures in rows.values_list(
            "cohort_id", "question_id", "choice_id", *FIELDS
        )
    }


def _same(stored: Added | None, counted: Added | None) -> bool:
    if stored is None or counted is None:
        return stored is counted
    return stored[:6] == counted[:6] and all(
        math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
        for a, b in zip(stored[6:], counted[6:], strict=True)
    )


@dataclass(frozen=True)
class CountDifference:
    """One group's row for one option that differs from the answers (None: no row / no answers)."""

    cohort_id: int
    choice_id: int
    stored: Added | None
    counted: Added | None

    def describe(self) -> str:
        def counts(row: Added | None) -> str:
            return "no row" if row is None else f"chosen {row[2]} times, {row[3]} right"

        return (
            f"group {self.cohort_id}, option {self.choice_id}: stored {counts(self.stored)}; "
            f"from the answers {counts(self.counted)}"
        )


def differences(cohort_ids: Collection[int] | None = None) -> list[CountDifference]:
    """The rows of the groups (all, if None) that differ from their members' answers; writes
    nothing (``rebuild_scores --check``). Two queries."""
    stored, counted = _stored(cohort_ids), _answers_of(cohort_ids=cohort_ids)
    return [
        CountDifference(
            cohort_id=key[0], choice_id=key[1], stored=stored.get(key), counted=counted.get(key)
        )
        for key in sorted(stored.keys() | counted.keys())
        if not _same(stored.get(key), counted.get(key))
    ]


@transaction.atomic
def recount(cohort_ids: Collection[int] | None = None) -> list[CountDifference]:
    """Count the groups' rows (all, if None) again from their members' answers, and return what
    differed. The members' rows are locked first, so an answer scored meanwhile waits."""
    members = Membership.objects.all()
    if cohort_ids is not None:
        members = members.filter(cohort__in=cohort_ids)
    _lock_learners(Subquery(members.values("learner_id")))
    found = differences(cohort_ids)
    rows = GroupOptionCount.objects.all()
    if cohort_ids is not None:
        rows = rows.filter(cohort_id__in=cohort_ids)
    rows.delete()
    GroupOptionCount.objects.bulk_create(
        (
            GroupOptionCount(
                cohort_id=cohort_id,
                question_id=question_id,
                choice_id=choice_id,
                **dict(zip(FIELDS, figures, strict=True)),
            )
            for (cohort_id, _), (question_id, choice_id, *figures) in sorted(
                _answers_of(cohort_ids=cohort_ids).items()
            )
        ),
        batch_size=500,
    )
    return found


def recount_learners(learner_ids: Collection[int]) -> list[CountDifference]:
    """Count again the groups these learners are in (their answers changed: staff deleted an
    attempt), and return what differed."""
    cohort_ids = set(
        Membership.objects.filter(learner_id__in=learner_ids).values_list("cohort_id", flat=True)
    )
    return recount(cohort_ids) if cohort_ids else []


def hardest(cohort_id: int, *, limit: int = 5, min_answers: int = 3) -> list[statistics.ItemStats]:
    """The group's ``limit`` questions with the lowest share right among those answered at least
    ``min_answers`` times (as ``quizzes.statistics.hardest`` orders them), with how often each
    option was chosen and their discrimination: one query over the group's rows, a few per
    question of the bank, however many answers there are."""
    rows = GroupOptionCount.objects.filter(cohort_id=cohort_id)
    hardest_ids = (
        rows.values("question_id")
        .annotate(answers=Sum("answered"), right=Sum("correct"))
        .filter(answers__gte=min_answers)
        .order_by(
            Cast("right", FloatField()) / Cast("answers", FloatField()),
            "-answers",
            "question_id",
        )
        .values("question_id")[:limit]
    )
    stats = statistics.items_from_option_sums(
        rows.filter(question_id__in=Subquery(hardest_ids)).values_list(
            "question_id", "choice_id", *FIELDS
        )
    )
    return statistics.hardest(stats, limit=limit, min_answers=min_answers)
