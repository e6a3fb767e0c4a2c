"""Trainer pages under /teach/: groups, members, co-trainers, lesson sets, assignments, gradebook.

Every view requires a signed-in trainer (``trainer_required``: anonymous users are sent to sign in,
anyone else gets a 403 page), and looks every id in its URL up through the trainer's own objects:
groups through ``Cohort.objects.trained_by(request.user)``, members through that group's
memberships, lesson sets through ``LessonSet.objects.usable_by`` / ``editable_by``. Anything else is
a 404, whatever the URL. Plain POSTs redirect; htmx POSTs get the fresh fragment.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.middleware import HtmxDetails

from articles.models import Article
from quizzes.models import Choice, Question, TopicScore
from teach import export, gradebook, gradebook_table, group_counts, progress, teaching
from teach.access import remember_trainer
from teach.forms import (
    AddLessonForm,
    AssignmentForm,
    CohortForm,
    CoTrainerForm,
    LessonSetForm,
)
from teach.models import Assignment, Cohort, CoTrainer, LessonSet, Membership, PendingJoin


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _now() -> datetime:
    return timezone.now()


def trainer_required(view: Callable) -> Callable:
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not remember_trainer(request):
            return TemplateResponse(request, "teach/trainers_only.html", status=403)
        return view(request, *args, **kwargs)

    return login_required(wrapped)


def _cohort(request: HttpRequest, pk: int) -> Cohort:
    return get_object_or_404(Cohort.objects.trained_by(request.user).select_related("owner"), pk=pk)


def _membership(cohort: Cohort, learner_id: int) -> Membership:
    return get_object_or_404(gradebook.members_of(cohort), learner_id=learner_id)


def _assignment(cohort: Cohort, pk: int) -> Assignment:
    return get_object_or_404(cohort.assignments.select_related("lesson_set"), pk=pk)


def _editable_set(request: HttpRequest, pk: int) -> LessonSet:
    return get_object_or_404(LessonSet.objects.editable_by(request.user), pk=pk)


def _group_tabs(cohort: Cohort, current: str) -> dict:
    return {"cohort": cohort, "tab": current}


def _is_owner(request: HttpRequest, cohort: Cohort) -> bool:
    """The group's owner, or staff: they may delete it and remove other co-trainers; co-trainers
    may not."""
    return cohort.owner_id == request.user.pk or request.user.is_staff


# --- Home -------------------------------------------------------------------------------------


@require_GET
@trainer_required
def home(request: HttpRequest) -> TemplateResponse:
    cohorts = list(
        Cohort.objects.trained_by(request.user)
        .annotate(member_count=Count("memberships", distinct=True))
        .select_related("owner")
    )
    lesson_sets = list(
        LessonSet.objects.usable_by(request.user)
        .annotate(lesson_count=Count("items"))
        .select_related("owner")
    )
    return TemplateResponse(
        request, "teach/home.html", {"cohorts": cohorts, "lesson_sets": lesson_sets}
    )


# --- Groups -----------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@trainer_required
def cohort_new(request: HttpRequest) -> HttpResponse:
    form = CohortForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        cohort = teaching.create_cohort(owner=request.user, **form.cleaned_data)
        messages.success(
            request, f"Group “{cohort.name}” created. Share its join code with your learners."
        )
        return redirect("teach:members", pk=cohort.pk)
    return TemplateResponse(
        request,
        "teach/cohort_form.html",
        {"form": form, "cohort": None},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
@trainer_required
def cohort_edit(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    form = CohortForm(request.POST or None, instance=cohort)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Group details saved.")
        return redirect(cohort)
    return TemplateResponse(
        request,
        "teach/cohort_form.html",
        {"form": form, **_group_tabs(cohort, "edit"), "is_owner": _is_owner(request, cohort)},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
@trainer_required
def cohort_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page (GET) and the deletion (POST). The learners keep their history."""
    cohort = _cohort(request, pk)
    if not _is_owner(request, cohort):
        return HttpResponse("Only the group's owner can delete it.", status=403)
    if request.method == "POST":
        teaching.delete_cohort(cohort=cohort)
        messages.success(
            request,
            f"Group “{cohort.name}” deleted. Its learners keep their own answers, scores and reading.",
        )
        return redirect("teach:home")
    return TemplateResponse(
        request,
        "teach/cohort_delete.html",
        {
            **_group_tabs(cohort, "edit"),
            "member_count": Membership.objects.filter(cohort=cohort).count(),
            "pending_count": PendingJoin.objects.filter(cohort=cohort).count(),
            "assignment_count": cohort.assignments.count(),
        },
    )


SORT_LABELS = {"name": "Learner", "joined": "Joined", "active": "Last active"}


def _group_statistics(cohort: Cohort, book: gradebook.Gradebook) -> dict:
    """The group's hardest questions (with how often each option was chosen), from the group's
    answer counts (``teach.group_counts``), and its hardest topics, from the members' topic rows
    the gradebook has read: neither aggregates the group's answers. The questions come with their
    options: one query, a row per option (with its question's stem and lesson, not its body)."""
    hardest = group_counts.hardest(cohort.pk, limit=5)
    questions: dict[int, Question] = {}
    choices: dict[int, list[Choice]] = {}
    for choice in (
        Choice.objects.filter(question__in=[item.question_id for item in hardest])
        .select_related("question__lesson")
        .only(
            "text",
            "is_correct",
            "question__stem",
            "question__lesson__title",
            "question__lesson__slug",
        )
        .order_by("question_id", "position")
    ):
        questions.setdefault(choice.question_id, choice.question)
        choices.setdefault(choice.question_id, []).append(choice)
    hard_topics = [(topic.name, row) for topic, row in book.topic_facility()][:3]
    return {
        "hardest": [
            (
                item,
                questions[item.question_id],
                [(choice, item.options.get(choice.pk, 0)) for choice in choices[item.question_id]],
            )
            for item in hardest
            if item.question_id in questions
        ],
        "hard_topics": hard_topics,
    }


@require_GET
@trainer_required
def gradebook_page(request: HtmxHttpRequest, pk: int) -> TemplateResponse:
    cohort = _cohort(request, pk)
    now = _now()
    book = gradebook.gradebook(cohort, now)
    descending = request.GET.get("dir") == "desc"
    sort = gradebook.sort_rows(book, request.GET.get("sort", "name"), descending)
    template = "teach/gradebook.html"
    rows = gradebook_table.rows_html(book)
    statistics_context: dict = {}
    if request.htmx:
        # Sorting swaps in the table alone: the group's item statistics are not on it.
        template += "#gradebook-table"
    else:
        statistics_context = _group_statistics(cohort, book)
    return TemplateResponse(
        request,
        template,
        {
            **_group_tabs(cohort, "gradebook"),
            "book": book,
            "table_body": gradebook_table.table_body(rows),
            "summary": book.summary,
            "sort": sort,
            "descending": descending,
            "topic_columns": [(topic, f"topic-{topic.pk}") for topic in book.topics],
            "assignment_columns": [(a, f"assignment-{a.pk}") for a in book.assignments],
            **statistics_context,
            "bands": progress.BAND_LABELS,
            "now": now,
        },
    )


@require_GET
@trainer_required
def gradebook_csv(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    book = gradebook.gradebook(cohort, _now())
    gradebook.sort_rows(book, "name", False)
    header = ["Learner", "Joined", "Last active", "Readiness %", "Ready"]
    header += [f"{topic.name} mastery %" for topic in book.topics]
    for assignment in book.assignments:
        header += [f"{assignment.lesson_set.name} status", f"{assignment.lesson_set.name} score %"]
    rows = []
    for row in book.rows:
        cells: list[object] = [
            row.username,
            row.joined_at.date().isoformat(),
            row.last_active.date().isoformat() if row.last_active else "",
            "" if row.readiness.percent is None else row.readiness.percent,
            "yes" if row.readiness.ready else "no",
        ]
        cells += ["" if mastery is None else round(100 * mastery) for mastery in row.masteries]
        for _, work in row.assignments:
            cells += [work.status.value, "" if work.score is None else work.score]
        rows.append(cells)
    return _csv_response(export.to_csv(header, rows), f"gradebook-{cohort.pk}.csv")


def _csv_response(text: str, filename: str) -> HttpResponse:
    response = HttpResponse(text.encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@trainer_required
def learner_detail(request: HttpRequest, pk: int, learner_id: int) -> TemplateResponse:
    """One member, read-only: per-topic scores, recent attempts, assignment progress."""
    cohort = _cohort(request, pk)
    membership = _membership(cohort, learner_id)
    now = _now()
    book = gradebook.gradebook(cohort, now, learner_id=learner_id)
    row = book.rows[0]
    recent = list(
        membership.learner.attempts.select_related("lesson", "topic").order_by("-started_at")[:10]
    )
    return TemplateResponse(
        request,
        "teach/learner.html",
        {
            **_group_tabs(cohort, "gradebook"),
            "membership": membership,
            "row": row,
            "cells": book.cells(row),
            "book": book,
            "recent": recent,
        },
    )


# --- Members, join code, co-trainers ----------------------------------------------------------


def _members_context(request: HttpRequest, cohort: Cohort) -> dict:
    # last active: the latest scored answer (a topic score is updated with each), as in the gradebook
    latest_answer = (
        TopicScore.objects.filter(learner=OuterRef("learner_id"))
        .order_by("-updated_at")
        .values("updated_at")[:1]
    )
    return {
        **_group_tabs(cohort, "members"),
        "members": list(gradebook.members_of(cohort).annotate(last_active=Subquery(latest_answer))),
        # signed up through the join link, address not confirmed yet: they join when it is
        "pending": list(
            PendingJoin.objects.filter(cohort=cohort)
            .select_related("learner")
            .order_by("asked_at", "pk")
        ),
        "co_trainers": list(
            CoTrainer.objects.filter(cohort=cohort).select_related("trainer").order_by("added_at")
        ),
        "co_trainer_form": CoTrainerForm(),
        "join_url": request.build_absolute_uri(
            reverse("teach:join", kwargs={"code": cohort.join_code})
        ),
        "is_owner": _is_owner(request, cohort),
    }


@require_GET
@trainer_required
def members(request: HtmxHttpRequest, pk: int) -> TemplateResponse:
    cohort = _cohort(request, pk)
    template = "teach/members.html"
    if request.htmx:
        template += "#member-list"
    return TemplateResponse(request, template, _members_context(request, cohort))


@require_POST
@trainer_required
def member_remove(request: HtmxHttpRequest, pk: int, learner_id: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    membership = _membership(cohort, learner_id)
    teaching.remove_member(cohort=cohort, learner_id=membership.learner_id)
    done = f"{membership.learner.get_username()} is no longer in this group. Their own history stays theirs."
    if request.htmx:
        context = _members_context(request, cohort) | {"removed": done}
        return TemplateResponse(request, "teach/members.html#member-list", context)
    messages.success(request, done)
    return redirect("teach:members", pk=cohort.pk)


@require_POST
@trainer_required
def join_code(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    action = request.POST.get("action")
    if action == "regenerate":
        teaching.regenerate_join_code(cohort=cohort)
        messages.success(request, "New join code made: the old code and link no longer work.")
    elif action in {"open", "close"}:
        teaching.set_joining(cohort=cohort, open=action == "open")
        messages.success(
            request, "Joining is open." if action == "open" else "Joining is closed for now."
        )
    else:
        return HttpResponse("Unknown action.", status=400)
    return redirect("teach:members", pk=cohort.pk)


@require_POST
@trainer_required
def co_trainer_add(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    form = CoTrainerForm(request.POST)
    if form.is_valid():
        try:
            added = teaching.add_co_trainer(
                cohort=cohort, identifier=form.cleaned_data["identifier"], now=_now()
            )
        except teaching.TeachError as error:
            form.add_error("identifier", str(error))
        else:
            messages.success(request, f"{added.trainer.get_username()} now co-trains this group.")
            return redirect("teach:members", pk=cohort.pk)
    context = _members_context(request, cohort) | {"co_trainer_form": form}
    return TemplateResponse(request, "teach/members.html", context, status=400)


@require_POST
@trainer_required
def co_trainer_remove(request: HttpRequest, pk: int, trainer_id: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    if not _is_owner(request, cohort) and trainer_id != request.user.pk:
        return HttpResponse("Only the group's owner can remove another co-trainer.", status=403)
    if not teaching.remove_co_trainer(cohort=cohort, trainer_id=trainer_id):
        raise Http404
    messages.success(request, "Co-trainer removed.")
    if trainer_id == request.user.pk:
        return redirect("teach:home")
    return redirect("teach:members", pk=cohort.pk)


# --- Assignments ------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@trainer_required
def assignment_new(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    lesson_sets = LessonSet.objects.usable_by(request.user).filter(items__isnull=False).distinct()
    initial = {}
    if set_id := request.GET.get("set"):
        initial["lesson_set"] = set_id
    form = AssignmentForm(
        request.POST or None, initial=initial, lesson_sets=lesson_sets, cohort=cohort
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            teaching.create_assignment(
                cohort=cohort,
                lesson_set=data["lesson_set"],
                created_by=request.user,
                due_at=form.due_at,
                goal=data["goal"],
                min_percent=data["min_percent"],
                exam_questions=data["exam_questions"],
                pass_percent=data["pass_percent"],
            )
        except teaching.TeachError as error:
            form.add_error("lesson_set", str(error))
        else:
            messages.success(request, f"“{data['lesson_set'].name}” assigned to {cohort.name}.")
            return redirect(cohort)
    return TemplateResponse(
        request,
        "teach/assignment_form.html",
        {**_group_tabs(cohort, "assign"), "form": form},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
@trainer_required
def assignment_edit(request: HttpRequest, pk: int, assignment_id: int) -> HttpResponse:
    """Change an assignment's set, due date or goal (a later due date, say); progress is always
    worked out afresh from the learners' reading and answers, so nothing else changes."""
    cohort = _cohort(request, pk)
    assignment = _assignment(cohort, assignment_id)
    lesson_sets = LessonSet.objects.filter(
        Q(pk__in=LessonSet.objects.usable_by(request.user).filter(items__isnull=False))
        | Q(pk=assignment.lesson_set_id)
    )
    initial = {
        "lesson_set": assignment.lesson_set_id,
        "goal": assignment.goal,
        "min_percent": assignment.min_percent,
        "exam_questions": assignment.exam_questions,
        "pass_percent": assignment.pass_percent,
    }
    if assignment.due_at:
        local = assignment.due_at.astimezone(cohort.tzinfo)
        initial |= {"due_date": local.date(), "due_time": local.time().replace(tzinfo=None)}
    form = AssignmentForm(
        request.POST or None, initial=initial, lesson_sets=lesson_sets, cohort=cohort
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        teaching.update_assignment(
            assignment=assignment,
            lesson_set=data["lesson_set"],
            due_at=form.due_at,
            goal=data["goal"],
            min_percent=data["min_percent"],
            exam_questions=data["exam_questions"],
            pass_percent=data["pass_percent"],
        )
        messages.success(request, "Assignment saved.")
        return redirect("teach:assignment", pk=cohort.pk, assignment_id=assignment.pk)
    return TemplateResponse(
        request,
        "teach/assignment_form.html",
        {**_group_tabs(cohort, "gradebook"), "form": form, "assignment": assignment},
        status=400 if form.is_bound else 200,
    )


def _assignment_results(cohort: Cohort, assignment: Assignment) -> tuple[list, list]:
    now = _now()
    memberships = list(gradebook.members_of(cohort))
    learner_ids = Membership.objects.filter(cohort=cohort).values("learner")
    data = gradebook.assignment_data([assignment], learner_ids)
    lessons = [
        (lesson_id, *data.lesson_titles[lesson_id])
        for lesson_id in data.lessons.get(assignment.lesson_set_id, [])
    ]
    rows = [
        (membership, data.work(assignment, membership.learner_id, now))
        for membership in memberships
    ]
    rows.sort(key=lambda row: row[0].learner.get_username().casefold())
    return lessons, rows


@require_GET
@trainer_required
def assignment_detail(request: HttpRequest, pk: int, assignment_id: int) -> TemplateResponse:
    cohort = _cohort(request, pk)
    assignment = _assignment(cohort, assignment_id)
    lessons, rows = _assignment_results(cohort, assignment)
    return TemplateResponse(
        request,
        "teach/assignment.html",
        {
            **_group_tabs(cohort, "gradebook"),
            "assignment": assignment,
            "lessons": lessons,
            "rows": rows,
            "done": sum(work.done for _, work in rows),
        },
    )


@require_GET
@trainer_required
def assignment_csv(request: HttpRequest, pk: int, assignment_id: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    assignment = _assignment(cohort, assignment_id)
    lessons, rows = _assignment_results(cohort, assignment)
    header: list[object] = ["Learner", "Status", "Score %", "Lessons read", "Lessons practised"]
    for _, title, _slug in lessons:
        header += [f"{title}: read", f"{title}: answered", f"{title}: % right"]
    table = []
    for membership, work in rows:
        cells: list[object] = [
            membership.learner.get_username(),
            work.status.value,
            "" if work.score is None else work.score,
            work.read,
            work.practised,
        ]
        for lesson in work.lessons:
            cells += [
                "yes" if lesson.read else "no",
                lesson.answered,
                "" if lesson.percent is None else lesson.percent,
            ]
        table.append(cells)
    return _csv_response(
        export.to_csv(header, table), f"assignment-{assignment.pk}-group-{cohort.pk}.csv"
    )


@require_POST
@trainer_required
def assignment_delete(request: HttpRequest, pk: int, assignment_id: int) -> HttpResponse:
    cohort = _cohort(request, pk)
    assignment = _assignment(cohort, assignment_id)
    teaching.delete_assignment(assignment=assignment)
    messages.success(request, "Assignment removed. Learners' reading and answers are kept.")
    return redirect(cohort)


# --- Lesson sets ------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@trainer_required
def lesson_set_new(request: HttpRequest) -> HttpResponse:
    form = LessonSetForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        lesson_set = teaching.create_lesson_set(
            owner=request.user,
            name=form.cleaned_data["name"],
            description=form.cleaned_data["description"],
            shared=form.cleaned_data.get("shared", False),
        )
        messages.success(request, "Lesson set created. Now add its lessons.")
        return redirect(lesson_set)
    return TemplateResponse(
        request,
        "teach/lesson_set_form.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


def _set_context(request: HttpRequest, lesson_set: LessonSet, **extra) -> dict:
    items = list(lesson_set.items.select_related("lesson__topic").order_by("position"))
    in_set = [item.lesson_id for item in items]
    editable = request.user.is_staff or lesson_set.owner_id == request.user.pk
    context = {
        "lesson_set": lesson_set,
        "items": items,
        "editable": editable,
        "add_form": AddLessonForm(
            lessons=Article.objects.published()
            .for_listing()
            .exclude(pk__in=in_set)
            .in_reading_order()
        ),
        "form": LessonSetForm(instance=lesson_set, user=request.user),
    }
    return context | extra


@require_http_methods(["GET", "POST"])
@trainer_required
def lesson_set_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """A set's lessons; its owner (or staff) edits them here. Shared sets are read-only to others."""
    if request.method == "POST":
        lesson_set = _editable_set(request, pk)
        form = LessonSetForm(request.POST, instance=lesson_set, user=request.user)
        if form.is_valid():
            teaching.rename_lesson_set(
                lesson_set=lesson_set,
                name=form.cleaned_data["name"],
                description=form.cleaned_data["description"],
                shared=form.cleaned_data.get("shared"),
            )
            messages.success(request, "Lesson set saved.")
            return redirect(lesson_set)
        return TemplateResponse(
            request,
            "teach/lesson_set.html",
            _set_context(request, lesson_set, form=form),
            status=400,
        )
    lesson_set = get_object_or_404(
        LessonSet.objects.usable_by(request.user).select_related("owner"), pk=pk
    )
    template = "teach/lesson_set.html"
    if request.htmx:
        template += "#set-items"
    return TemplateResponse(request, template, _set_context(request, lesson_set))


def _after_set_change(request: HtmxHttpRequest, lesson_set: LessonSet, **extra) -> HttpResponse:
    if request.htmx:
        return TemplateResponse(
            request, "teach/lesson_set.html#set-items", _set_context(request, lesson_set, **extra)
        )
    return redirect(lesson_set)


@require_POST
@trainer_required
def lesson_set_add(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    lesson_set = _editable_set(request, pk)
    form = AddLessonForm(request.POST, lessons=Article.objects.published())
    if form.is_valid():
        try:
            teaching.add_lesson(lesson_set=lesson_set, lesson=form.cleaned_data["lesson"])
        except teaching.TeachError as error:
            form.add_error("lesson", str(error))
    if form.errors:
        context = _set_context(request, lesson_set)
        context["add_form"].errors.update(form.errors)
        context["add_form"].is_bound = True
        template = "teach/lesson_set.html" + ("#set-items" if request.htmx else "")
        return TemplateResponse(request, template, context, status=400)
    return _after_set_change(request, lesson_set)


@require_POST
@trainer_required
def lesson_set_move(request: HtmxHttpRequest, pk: int, item_id: int) -> HttpResponse:
    lesson_set = _editable_set(request, pk)
    offset = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    if offset is None:
        return HttpResponse("Move up or down.", status=400)
    try:
        teaching.move_lesson(lesson_set=lesson_set, item_id=item_id, offset=offset)
    except teaching.TeachError as error:
        raise Http404 from error
    return _after_set_change(
        request, lesson_set, moved=item_id, direction=request.POST["direction"]
    )


@require_POST
@trainer_required
def lesson_set_remove(request: HtmxHttpRequest, pk: int, item_id: int) -> HttpResponse:
    lesson_set = _editable_set(request, pk)
    if not teaching.remove_lesson(lesson_set=lesson_set, item_id=item_id):
        raise Http404
    return _after_set_change(request, lesson_set)


@require_POST
@trainer_required
def lesson_set_delete(request: HttpRequest, pk: int) -> HttpResponse:
    lesson_set = _editable_set(request, pk)
    try:
        teaching.delete_lesson_set(lesson_set=lesson_set)
    except teaching.TeachError as error:
        messages.error(request, str(error))
        return redirect(lesson_set)
    messages.success(request, f"Lesson set “{lesson_set.name}” deleted.")
    return redirect("teach:home")


@require_POST
@trainer_required
def lesson_set_copy(request: HttpRequest, pk: int) -> HttpResponse:
    original = get_object_or_404(LessonSet.objects.usable_by(request.user), pk=pk)
    copy = teaching.copy_lesson_set(lesson_set=original, owner=request.user)
    messages.success(request, f"Copied: “{copy.name}” is yours to change.")
    return redirect(copy)
