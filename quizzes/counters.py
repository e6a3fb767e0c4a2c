"""Counts that other apps keep from the answers, in the answers' own transactions.

An app above ``quizzes`` (``teach`` keeps its groups' answer counts per option) names a module in
``settings.ANSWER_COUNTERS``; ``quizzes.attempts`` calls it when an answer is scored and when an
attempt finishes, and ``rebuild_scores`` has it compare (and recount) its rows with the answers.
So the counts are written in the same transaction as the answers they count, while ``quizzes``
imports nothing from the apps built on it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

from django.conf import settings

if TYPE_CHECKING:
    from quizzes.models import Attempt, Response


class Difference(Protocol):
    def describe(self) -> str: ...


class AnswerCounter(Protocol):
    """What a module named in ``settings.ANSWER_COUNTERS`` provides."""

    def count_answer(
        self, *, learner_id: int, question_id: int, choice_id: int, correct: bool
    ) -> None:
        """A practice or review answer has just been scored (one statement at most: the answer's
        transaction is kept short)."""

    def count_finished(self, attempt: Attempt, responses: Iterable[Response]) -> None:
        """``attempt`` has just finished with these answers (a mock exam's are scored now)."""

    def differences(self) -> Sequence[Difference]:
        """The rows that differ from the answers; writes nothing."""

    def recount(self) -> Sequence[Difference]:
        """Count every row again from the answers; returns what differed."""

    def recount_learners(self, learner_ids: Collection[int]) -> Sequence[Difference]:
        """Some of these learners' answers were deleted (staff deleted an attempt): count again
        the rows their answers were in; returns what differed."""


def installed() -> list[AnswerCounter]:
    return [import_module(name) for name in settings.ANSWER_COUNTERS]  # type: ignore[misc]
