"""Answering through the real code path, for the teach tests."""

from __future__ import annotations

import random
from datetime import datetime

from quizzes import attempts
from quizzes.models import Question


def practise(learner, questions: list[Question], rights: list[bool], now: datetime) -> None:
    """One practice round on a lesson's questions answered right or wrong as given, then finished."""
    attempt = attempts.start_practice(
        learner=learner,
        lesson=questions[0].lesson,
        size=len(questions),
        rng=random.Random(1),
        now=now,
    )
    by_question = {item.question_id: item for item in attempt.items.all()}
    for question, right in zip(questions, rights, strict=False):
        choice = question.choices.filter(is_correct=right).first()
        attempts.submit_answer(
            attempt=attempt,
            attempt_question=by_question[question.pk],
            choice=choice,
            learner=learner,
            now=now,
        )
    attempts.finish_attempt(attempt=attempt, now=now)
