"""Spaced-review cards: one per learner and question, holding the FSRS scheduler's state."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from fsrs import Card, Rating

from quizzes.models import Question, published_via


class ReviewCardQuerySet(models.QuerySet["ReviewCard"]):
    def for_learner(self, learner) -> ReviewCardQuerySet:
        return self.filter(learner=learner)

    def live(self) -> ReviewCardQuerySet:
        """Cards whose question may still be served (``Question.objects.published()``): a retired
        question, or one whose lesson was unpublished, is never served again."""
        return self.filter(published_via("question__"))

    def due(self, now: datetime) -> ReviewCardQuerySet:
        return self.filter(due__lte=now)

    def upcoming(self, now: datetime) -> ReviewCardQuerySet:
        return self.filter(due__gt=now)


class ReviewCard(models.Model):
    """A question a learner has answered, scheduled for review by FSRS."""

    class LastRating(models.IntegerChoices):
        AGAIN = Rating.Again.value, "Again (answered wrongly)"
        HARD = Rating.Hard.value, "Hard"
        GOOD = Rating.Good.value, "Good (answered correctly)"
        EASY = Rating.Easy.value, "Easy"

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards"
    )
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="review_cards")
    fsrs_card = models.JSONField(help_text="The FSRS card state (fsrs.Card.to_dict()).")
    due = models.DateTimeField(help_text="When the card is next due; a copy of the FSRS state's.")
    last_rating = models.PositiveSmallIntegerField(choices=LastRating)
    reps = models.PositiveIntegerField(default=0, help_text="How many times it was answered.")
    lapses = models.PositiveIntegerField(default=0, help_text="How many times it was missed.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReviewCardQuerySet.as_manager()

    class Meta:
        ordering = ["due", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "question"], name="reviewcard_unique_learner_question"
            ),
            models.CheckConstraint(
                condition=Q(last_rating__gte=1) & Q(last_rating__lte=4),
                name="reviewcard_last_rating_valid",
            ),
        ]
        # "Which of my cards are due?" is the only hot query: learner first, then due.
        indexes = [models.Index(fields=["learner", "due"], name="reviewcard_learner_due")]

    def __str__(self) -> str:
        return f"{self.learner} · {self.question} (due {self.due:%Y-%m-%d %H:%M})"

    def to_fsrs(self) -> Card:
        return Card.from_dict(self.fsrs_card)
