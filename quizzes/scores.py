"""The per-topic summary rows (``TopicScore``) recomputed from the answers themselves.

``TopicScore`` is kept up to date answer by answer (``quizzes.attempts``). Whenever questions change
topic (a lesson moved to another topic by ``sync_content``), the rows of the learners who answered
them are rebuilt here, in the same transaction; ``manage.py rebuild_scores`` rebuilds (or, with
``--check``, only compares) every row.

An answer counts in the topic its question is in now, in the order the answers were scored: a
practice or review answer when it was given, a mock exam's answers when the exam finished (within
one exam by question), exactly as ``quizzes.attempts`` folds them in one at a time.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Case, F, QuerySet, When

from quizzes import scoring
from quizzes.models import Attempt, Response, TopicScore

Key = tuple[int, int]  # (learner id, topic id)


@dataclass(frozen=True)
class ScoreDifference:
    """One summary row whose stored counts differ from the answers (``None``: no row / no answers)."""

    learner_id: int
    topic_id: int
    stored: scoring.Tally | None
    rebuilt: scoring.Tally | None

    def describe(self, *, learner: str, topic: str) -> str:
        def counts(tally: scoring.Tally | None) -> str:
            if tally is None:
                return "no row"
            return f"{tally.correct}/{tally.answered} right, mastery {tally.mastery:.1%}"

        return (
            f"{learner}, topic {topic}: stored {counts(self.stored)}; "
            f"from the answers {counts(self.rebuilt)}"
        )


def _scored_answers(
    *, learner_ids: Collection[int] | None, topic_ids: Collection[int] | None
) -> QuerySet:
    answers = Response.objects.scored().annotate(
        learner_id=F("attempt_question__attempt__learner_id"),
        topic_id=F("attempt_question__question__topic_id"),
        counted_at=Case(
            When(
                attempt_question__attempt__mode=Attempt.Mode.EXAM,
                then=F("attempt_question__attempt__finished_at"),
            ),
            default=F("answered_at"),
        ),
        # At one moment: an exam's answers by question (as finish_attempt scores them), others
        # in the order they were saved.
        then_by=Case(
            When(
                attempt_question__attempt__mode=Attempt.Mode.EXAM,
                then=F("attempt_question__question_id"),
            ),
            default=F("pk"),
        ),
    )
    if learner_ids is not None:
        answers = answers.filter(attempt_question__attempt__learner_id__in=learner_ids)
    if topic_ids is not None:
        answers = answers.filter(attempt_question__question__topic_id__in=topic_ids)
    return answers.order_by(
        "learner_id",
        "topic_id",
        "counted_at",
        "attempt_question__attempt_id",
        "then_by",
        "pk",
    ).values_list("learner_id", "topic_id", "is_correct")


def tallies_from_answers(
    *, learner_ids: Collection[int] | None = None, topic_ids: Collection[int] | None = None
) -> dict[Key, scoring.Tally]:
    """What every (learner, topic) row should hold, from the scored answers (one query)."""
    tallies: dict[Key, scoring.Tally] = {}
    for learner_id, topic_id, correct in _scored_answers(
        learner_ids=learner_ids, topic_ids=topic_ids
    ).iterator(chunk_size=2000):
        key = (learner_id, topic_id)
        tallies[key] = scoring.add_answer(tallies.get(key, scoring.Tally()), correct=correct)
    return tallies


def _same(stored: TopicScore, tally: scoring.Tally) -> bool:
    def close(a: float, b: float) -> bool:
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)

    return (
        stored.answered == tally.answered
        and stored.correct == tally.correct
        and close(stored.weighted_answered, tally.weighted_answered)
        and close(stored.weighted_correct, tally.weighted_correct)
        and close(stored.mastery, tally.mastery)
    )


def _rows(
    *, learner_ids: Collection[int] | None, topic_ids: Collection[int] | None, lock: bool
) -> dict[Key, TopicScore]:
    rows = TopicScore.objects.order_by("learner_id", "topic_id")
    if lock:
        rows = rows.select_for_update()
    if learner_ids is not None:
        rows = rows.filter(learner_id__in=learner_ids)
    if topic_ids is not None:
        rows = rows.filter(topic_id__in=topic_ids)
    return {(row.learner_id, row.topic_id): row for row in rows}


def _differences(
    rows: dict[Key, TopicScore], tallies: dict[Key, scoring.Tally]
) -> list[ScoreDifference]:
    differences = []
    for key in sorted(rows.keys() | tallies.keys()):
        row, tally = rows.get(key), tallies.get(key)
        if row is not None and tally is not None and _same(row, tally):
            continue
        differences.append(
            ScoreDifference(
                learner_id=key[0],
                topic_id=key[1],
                stored=row.tally if row is not None else None,
                rebuilt=tally,
            )
        )
    return differences


def topic_score_differences(
    *, learner_ids: Collection[int] | None = None, topic_ids: Collection[int] | None = None
) -> list[ScoreDifference]:
    """The rows that differ from what the answers say; writes nothing (``rebuild_scores --check``)."""
    return _differences(
        _rows(learner_ids=learner_ids, topic_ids=topic_ids, lock=False),
        tallies_from_answers(learner_ids=learner_ids, topic_ids=topic_ids),
    )


@transaction.atomic
def rebuild_topic_scores(
    *,
    now: datetime,
    learner_ids: Collection[int] | None = None,
    topic_ids: Collection[int] | None = None,
) -> list[ScoreDifference]:
    """Make the learners' rows for the topics (``None``: all) agree with their answers: correct the
    rows that differ, add missing ones, delete those with no answers left. Returns what it changed.

    Rows are locked first, so an answer being scored at the same time waits (or is waited for)."""
    rows = _rows(learner_ids=learner_ids, topic_ids=topic_ids, lock=True)
    tallies = tallies_from_answers(learner_ids=learner_ids, topic_ids=topic_ids)
    differences = _differences(rows, tallies)
    to_create, to_update, to_delete = [], [], []
    for difference in differences:
        key = (difference.learner_id, difference.topic_id)
        tally = difference.rebuilt
        if tally is None:
            to_delete.append(rows[key].pk)
            continue
        row = rows.get(key) or TopicScore(learner_id=key[0], topic_id=key[1])
        row.answered, row.correct = tally.answered, tally.correct
        row.weighted_answered, row.weighted_correct = (
            tally.weighted_answered,
            tally.weighted_correct,
        )
        row.mastery, row.updated_at = tally.mastery, now
        (to_update if row.pk else to_create).append(row)
    TopicScore.objects.filter(pk__in=to_delete).delete()
    fields = ["answered", "correct", "weighted_answered", "weighted_correct", "mastery"]
    TopicScore.objects.bulk_update(to_update, [*fields, "updated_at"], batch_size=500)
    TopicScore.objects.bulk_create(to_create, batch_size=500)
    return differences


def learners_who_answered(question_ids: Collection[int]) -> set[int]:
    """The learners with a scored answer to any of these questions."""
    return set(
        Response.objects.scored()
        .filter(attempt_question__question_id__in=question_ids)
        .values_list("attempt_question__attempt__learner_id", flat=True)
        .distinct()
    )
