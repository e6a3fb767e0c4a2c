"""The review page: how many cards are due, and a button that starts a review round over them."""

from __future__ import annotations

import random

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from quizzes.attempts import start_review
from quizzes.models import Attempt, AttemptQuestion, Choice
from review.cards import due_cards, due_count, next_due_at

ROUND_SIZE = 20  # at most this many due cards per review round; the rest wait for the next one


def _open_review(learner) -> Attempt | None:
    """The learner's unfinished review round that still has questions to answer, if any."""
    unanswered = AttemptQuestion.objects.filter(response__isnull=True)
    return (
        Attempt.objects.for_learner(learner)
        .open()
        .filter(mode=Attempt.Mode.REVIEW, items__in=unanswered)
        .order_by("-started_at", "-pk")
        .first()
    )


@login_required
@require_GET
def review_home(request: HttpRequest) -> TemplateResponse:
    now = timezone.now()
    due = due_count(request.user, now)
    return TemplateResponse(
        request,
        "review/home.html",
        {
            "due": due,
            "round_size": min(due, ROUND_SIZE),
            "open_review": _open_review(request.user) if due else None,
            "next_due": None if due else next_due_at(request.user, now),
        },
    )


@login_required
@require_POST
def start(request: HttpRequest) -> HttpResponseRedirect:
    """Continue the open review round, or start one over the cards due now (most overdue first)."""
    open_review = _open_review(request.user)
    if open_review is not None:
        return redirect(open_review)
    now = timezone.now()
    cards = due_cards(request.user, now).prefetch_related(
        Prefetch("question__choices", queryset=Choice.objects.order_by("position"))
    )[:ROUND_SIZE]
    questions = [card.question for card in cards]
    if not questions:
        messages.info(request, "Nothing is due for review right now.")
        return redirect("review:home")
    attempt = start_review(learner=request.user, questions=questions, rng=random.Random(), now=now)
    return redirect(attempt)
