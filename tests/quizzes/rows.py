"""The rows a learner's answering can touch, to show that a refused request changed nothing."""

from __future__ import annotations

from quizzes.models import Attempt, AttemptQuestion, Flag, Response, TopicScore
from review.models import ReviewCard


def snapshot() -> dict[str, list]:
    """Every row answering or flagging can touch, in a comparable form."""
    return {
        "attempts": list(Attempt.objects.order_by("pk").values()),
        "items": list(AttemptQuestion.objects.order_by("pk").values()),
        "responses": list(Response.objects.order_by("pk").values()),
        "scores": list(TopicScore.objects.order_by("pk").values()),
        "cards": list(ReviewCard.objects.order_by("pk").values()),
        "flags": list(Flag.objects.order_by("pk").values()),
    }
