"""Spaced review: turn each answer into an FSRS review of the learner's card, and find due cards.

Mapping: a wrong answer rates ``Rating.Again``, a right one ``Rating.Good``. The scheduler has one
ten-minute (re)learning step and no fuzzing, so a missed question comes back in ten minutes, a question
answered right the first time in about two days, and each later right answer pushes it further out.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.db import transaction
from fsrs import Card, Rating, Scheduler

from quizzes.models import Question
from review.models import ReviewCard, ReviewCardQuerySet

SCHEDULER = Scheduler(
    learning_steps=(timedelta(minutes=10),),
    relearning_steps=(timedelta(minutes=10),),
    # Fuzzing draws from the global random generator; a schedule that is a function of the answers
    # alone is easier to explain and to test.
    enable_fuzzing=False,
)


def rating_for(*, correct: bool) -> Rating:
    return Rating.Good if correct else Rating.Again


@transaction.atomic(savepoint=False)
def record_answer(*, learner, question: Question, correct: bool, now: datetime) -> ReviewCard:
    """Review the learner's card for ``question`` (creating it on the first answer) and save it.

    Call it once per new answer, from inside the answering transaction: it reads one row (locked on
    PostgreSQL) and writes it, an INSERT for a new card, with no savepoint of its own. The caller
    holds the learner's row lock (``quizzes.attempts``), so no other transaction creates the card
    meanwhile.
    """
    now = now.astimezone(UTC)  # FSRS insists on UTC datetimes
    rating = rating_for(correct=correct)
    try:
        card = ReviewCard.objects.select_for_update().get(learner=learner, question=question)
    except ReviewCard.DoesNotExist:
        first, _log = SCHEDULER.review_card(Card(card_id=question.pk, due=now), rating, now)
        return ReviewCard.objects.create(
            learner=learner,
            question=question,
            fsrs_card=first.to_dict(),
            due=first.due,
            last_rating=rating,
            reps=1,
            lapses=0 if correct else 1,
        )
    reviewed, _log = SCHEDULER.review_card(card.to_fsrs(), rating, now)
    card.fsrs_card = reviewed.to_dict()
    card.due = reviewed.due
    card.last_rating = rating
    card.reps += 1
    card.lapses += 0 if correct else 1
    card.save(update_fields=["fsrs_card", "due", "last_rating", "reps", "lapses", "updated_at"])
    return card


def due_cards(learner, now: datetime) -> ReviewCardQuerySet:
    """The learner's cards due at ``now``, most overdue first, with their questions."""
    return (
        ReviewCard.objects.for_learner(learner)
        .live()
        .due(now)
        .select_related("question")
        .order_by("due", "pk")
    )


def due_count(learner, now: datetime) -> int:
    return ReviewCard.objects.for_learner(learner).live().due(now).count()


def next_due_at(learner, now: datetime) -> datetime | None:
    """When the learner's next card falls due after ``now``, or None if there is none."""
    card = (
        ReviewCard.objects.for_learner(learner)
        .live()
        .upcoming(now)
        .order_by("due")
        .only("due")
        .first()
    )
    return card.due if card else None
