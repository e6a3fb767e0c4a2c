"""The per-topic summary rows (``TopicScore``) recomputed from the answers themselves.

``TopicScore`` is kept up to date answer by answer (``quizzes.attempts``). Whenever questions change
topic (a lesson moved to another topic by ``sync_content``), the rows of the learners who answered
them are rebuilt here, in the same transaction; ``manage.py rebuild_scores`` rebuilds (or, with
``--check``, only compares) every row.

An answer counts in the topic its question is in now, in the order the answers were scored: a
practice or review answer when it was given, a mock exam's answers when the exam finished (within
one exam by question), exactly as ``quizzes.attempts`` folds them in one at a time. A row's recent
answers (``recent_answers``) count the answers given in the last ``scoring.RECENT_DAYS`` days per
quarter hour of ``answered_at``; slots older than that are compared and rebuilt as absent (a row
drops them when it is next written). Its answers per lesson (``lesson_answers``) count every answer
by its question's lesson.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Case, F, QuerySet, When
from django.utils import timezone

from quizzes import scoring
from quizzes.models import Attempt, Response, TopicScore

Key = tuple[int, int]  # (learner id, topic id)


@dataclass(frozen=True)
class Summary:
    """What one (learner, topic) row holds: the tally, the recent answers per quarter hour, and
    the answers per lesson."""

    tally: scoring.Tally
    recent: list[list[int]]
    lessons: list[list[int]]


@dataclass(frozen=True)
class ScoreDifference:
    """One summary row whose stored counts differ from the answers (``None``: no row / no answers)."""

    learner_id: int
    topic_id: int
    stored: Summary | None
    rebuilt: Summary | None

    def describe(self, *, learner: str, topic: str) -> str:
        def counts(summary: Summary | None) -> str:
            if summary is None:
                return "no row"
            tally = summary.tally
            return f"{tally.correct}/{tally.answered} right, mastery {tally.mastery:.1%}"

        def recent(summary: Summary) -> str:
            answers = sum(answered for _, answered, _ in summary.recent)
            return f"{answers} in {len(summary.recent)} quarter hours"

        def lessons(summary: Summary) -> str:
            return ", ".join(
                f"lesson {lesson_id} {correct}/{answered}"
                for lesson_id, answered, correct in summary.lessons
            )

        line = (
            f"{learner}, topic {topic}: stored {counts(self.stored)}; "
            f"from the answers {counts(self.rebuilt)}"
        )
        if self.stored and self.rebuilt and self.stored.recent != self.rebuilt.recent:
            line += (
                f"; answers of the last {scoring.RECENT_DAYS} days: stored {recent(self.stored)}, "
                f"from the answers {recent(self.rebuilt)}"
            )
        if self.stored and self.rebuilt and self.stored.lessons != self.rebuilt.lessons:
            line += (
                f"; answers per lesson: stored {lessons(self.stored)}, "
                f"from the answers {lessons(self.rebuilt)}"
            )
        return line


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
    ).values_list(
        "learner_id",
        "topic_id",
        "is_correct",
        "answered_at",
        "attempt_question__question__lesson_id",
    )


def summaries_from_answers(
    *,
    now: datetime,
    learner_ids: Collection[int] | None = None,
    topic_ids: Collection[int] | None = None,
) -> dict[Key, Summary]:
    """What every (learner, topic) row should hold at ``now``, from the scored answers (one query)."""
    since = scoring.recent_since(now)
    tallies: dict[Key, scoring.Tally] = {}
    recent: dict[Key, list[tuple[datetime, bool]]] = {}  # the answers from ``since`` on
    lessons: dict[Key, list[tuple[int, bool]]] = {}
    for learner_id, topic_id, correct, answered_at, lesson_id in _scored_answers(
        learner_ids=learner_ids, topic_ids=topic_ids
    ).iterator(chunk_size=2000):
        key = (learner_id, topic_id)
        tallies[key] = scoring.add_answer(tallies.get(key, scoring.Tally()), correct=correct)
        if scoring.slot_of(answered_at) >= since:
            recent.setdefault(key, []).append((answered_at, correct))
        lessons.setdefault(key, []).append((lesson_id, correct))
    return {
        key: Summary(
            tally=tally,
            recent=scoring.recent_of(recent.get(key, ()), since=since),
            lessons=scoring.lesson_answers_of(lessons[key]),
        )
        for key, tally in tallies.items()
    }


def _stored(row: TopicScore, since: int) -> Summary:
    return Summary(
        tally=row.tally,
        recent=[entry for entry in row.recent_answers if entry[0] >= since],
        lessons=row.lesson_answers,
    )


def _same(stored: TopicScore, rebuilt: Summary, since: int) -> bool:
    def close(a: float, b: float) -> bool:
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)

    tally = rebuilt.tally
    return (
        stored.answered == tally.answered
        and stored.correct == tally.correct
        and close(stored.weighted_answered, tally.weighted_answered)
        and close(stored.weighted_correct, tally.weighted_correct)
        and close(stored.mastery, tally.mastery)
        and _stored(stored, since).recent == rebuilt.recent
        and stored.lesson_answers == rebuilt.lessons
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
    rows: dict[Key, TopicScore], rebuilt: dict[Key, Summary], now: datetime
) -> list[ScoreDifference]:
    since = scoring.recent_since(now)
    differences = []
    for key in sorted(rows.keys() | rebuilt.keys()):
        row, summary = rows.get(key), rebuilt.get(key)
        if row is not None and summary is not None and _same(row, summary, since):
            continue
        differences.append(
            ScoreDifference(
                learner_id=key[0],
                topic_id=key[1],
                stored=_stored(row, since) if row is not None else None,
                rebuilt=summary,
            )
        )
    return differences


def topic_score_differences(
    *,
    now: datetime | None = None,
    learner_ids: Collection[int] | None = None,
    topic_ids: Collection[int] | None = None,
) -> list[ScoreDifference]:
    """The rows that differ from what the answers say at ``now`` (default: the present); writes
    nothing (``rebuild_scores --check``)."""
    now = now or timezone.now()
    return _differences(
        _rows(learner_ids=learner_ids, topic_ids=topic_ids, lock=False),
        summaries_from_answers(now=now, learner_ids=learner_ids, topic_ids=topic_ids),
        now,
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
    rebuilt = summaries_from_answers(now=now, learner_ids=learner_ids, topic_ids=topic_ids)
    differences = _differences(rows, rebuilt, now)
    to_create, to_update, to_delete = [], [], []
    for difference in differences:
        key = (difference.learner_id, difference.topic_id)
        if difference.rebuilt is None:
            to_delete.append(rows[key].pk)
            continue
        tally = difference.rebuilt.tally
        row = rows.get(key) or TopicScore(learner_id=key[0], topic_id=key[1])
        row.answered, row.correct = tally.answered, tally.correct
        row.weighted_answered, row.weighted_correct = (
            tally.weighted_answered,
            tally.weighted_correct,
        )
        row.mastery, row.updated_at = tally.mastery, now
        row.recent_answers = difference.rebuilt.recent
        row.lesson_answers = difference.rebuilt.lessons
        (to_update if row.pk else to_create).append(row)
    TopicScore.objects.filter(pk__in=to_delete).delete()
    fields = [
        "answered",
        "correct",
        "weighted_answered",
        "weighted_correct",
        "mastery",
        "recent_answers",
        "lesson_answers",
    ]
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
