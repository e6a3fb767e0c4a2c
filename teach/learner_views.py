"""Learner pages of the trainers' app: joining a group with a code, leaving one, starting an
assignment's mock exam. Groups and assignments are looked up through the learner's own memberships."""

from __future__ import annotations

import random

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from teach import teaching
from teach.forms import JoinCodeForm
from teach.models import Assignment, Cohort


@require_http_methods(["GET", "POST"])
def join_form(request: HttpRequest) -> HttpResponse:
    """Type a code: it leads to the group's join page."""
    form = JoinCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect("teach:join", code=form.cleaned_data["code"])
    return TemplateResponse(
        request, "teach/join_form.html", {"form": form}, status=400 if form.is_bound else 200
    )


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, code: str) -> HttpResponse:
    """The join link: a page with a button (opening a link changes nothing), then the join."""
    try:
        cohort = teaching.find_open_cohort(code)
    except teaching.TeachError as error:
        return TemplateResponse(
            request, "teach/join_refused.html", {"error": error}, status=error.status
        )
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{request.path}")
        try:
            cohort, outcome = teaching.join_cohort(
                learner=request.user, code=code, now=timezone.now()
            )
        except teaching.TeachError as error:
            return TemplateResponse(
                request, "teach/join_refused.html", {"error": error}, status=error.status
            )
        if outcome is teaching.Joined.PENDING:
            messages.info(
                request,
                f"Almost there: you'll join {cohort.name} as soon as you confirm your email "
                "address (follow the link we emailed you, or ask for it again below).",
            )
            return redirect("account")
        if outcome is teaching.Joined.ALREADY:
            messages.info(request, f"You're already in {cohort.name}.")
        else:
            messages.success(request, f"Welcome to {cohort.name}! Your assignments are below.")
        return redirect("quizzes:dashboard")
    member = (
        request.user.is_authenticated and cohort.memberships.filter(learner=request.user).exists()
    )
    return TemplateResponse(
        request, "teach/join.html", {"cohort": cohort, "code": code, "member": member}
    )


@require_POST
@login_required
def leave(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = get_object_or_404(Cohort.objects.joined_by(request.user), pk=pk)
    teaching.leave_cohort(learner=request.user, cohort=cohort)
    messages.success(request, f"You've left {cohort.name}. Your own progress is still here.")
    return redirect("quizzes:dashboard")


@require_POST
@login_required
def assignment_exam(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_object_or_404(
        Assignment.objects.filter(cohort__in=Cohort.objects.joined_by(request.user)).select_related(
            "lesson_set"
        ),
        pk=pk,
        goal=Assignment.Goal.EXAM,
    )
    try:
        attempt = teaching.start_assignment_exam(
            assignment=assignment, learner=request.user, rng=random.Random(), now=timezone.now()
        )
    except teaching.TeachError as error:
        messages.info(request, str(error))
        return redirect("quizzes:dashboard")
    return redirect(attempt.items.get(position=1))
