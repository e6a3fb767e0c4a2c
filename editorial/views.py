"""Staff pages for editing content: lessons, questions, the review queue and history.

Every view starts from ``request.user``: ``staff_required`` turns away anyone signed in without the
content permission (403), and the querysets (``editable_by(request.user)``) find nothing for them.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.middleware import HtmxDetails
from reversion.models import Version

from articles.content import ContentError
from articles.importer import ArticleFormatError
from articles.markdown import render_markdown
from articles.models import Article, Topic
from editorial import pipeline
from editorial.forms import FlagReplyForm, LessonForm, QuestionForm, UploadForm
from quizzes import bank as question_bank
from quizzes import editing, statistics
from quizzes.editing import ChoiceInput
from quizzes.models import Choice, Flag, Question, Response
from quizzes.staff_views import RUBRIC_RULES

REVIEW_PAGE_SIZE = 30


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def staff_required(permission: str) -> Callable:
    """Signed-out visitors go to sign in; signed-in users without ``permission`` get 403."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not (user.is_active and user.is_staff and user.has_perm(permission)):
                raise PermissionDenied("Only staff who edit content may use this page.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


lesson_staff = staff_required("articles.change_article")
question_staff = staff_required("quizzes.change_question")


# --- Lessons ------------------------------------------------------------------------------------


@require_GET
@lesson_staff
def lesson_list(request: HttpRequest) -> TemplateResponse:
    lessons = list(
        Article.objects.editable_by(request.user)
        .for_listing()
        .select_related("topic")
        .annotate(
            question_count=Count("questions", filter=~Q(questions__status="retired")),
        )
        .in_reading_order()
    )
    return TemplateResponse(
        request,
        "editorial/lesson_list.html",
        {"lessons": lessons, "upload_form": UploadForm()},
    )


@require_POST
@lesson_staff
def lesson_import(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES)
    error = ""
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            imported = pipeline.import_upload(
                name=upload.name, data=upload.read(), user=request.user
            )
        except ContentError as problem:
            error = f"The article would make a lesson file that cannot be used: {problem.message}"
        except (ArticleFormatError, ValueError) as problem:
            error = str(problem)
        else:
            messages.success(
                request,
                f"Imported “{imported.lesson.title}” as a draft. " + " ".join(imported.notes),
            )
            return redirect("editorial:lesson_edit", slug=imported.lesson.slug)
    if error:
        form.add_error("file", error)
    lessons = list(
        Article.objects.editable_by(request.user)
        .for_listing()
        .select_related("topic")
        .annotate(question_count=Count("questions", filter=~Q(questions__status="retired")))
        .in_reading_order()
    )
    return TemplateResponse(
        request,
        "editorial/lesson_list.html",
        {"lessons": lessons, "upload_form": form},
        status=400,
    )


@require_http_methods(["GET", "POST"])
@lesson_staff
def lesson_edit(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    lesson = get_object_or_404(
        Article.objects.editable_by(request.user).select_related("topic"), slug=slug
    )
    if request.method == "POST":
        data = request.POST.copy()
        data["slug"] = lesson.slug
        form = LessonForm(data, lesson=lesson)
        if "preview" in request.POST:  # the no-JavaScript preview: show it, save nothing
            form.is_valid()
            status = 200
        elif form.is_valid():
            report = pipeline.save_lesson(
                lesson=lesson, validated=form.validated, user=request.user
            )
            messages.success(
                request,
                f"Saved “{lesson.title}”: the page shows it now. Questions: {report.summary()}.",
            )
            return redirect("editorial:lesson_edit", slug=lesson.slug)
        else:
            status = 400
    else:
        form = LessonForm(initial=LessonForm.initial_for(lesson), lesson=lesson)
        status = 200
    preview = render_markdown(form["body"].value() or "")
    return TemplateResponse(
        request,
        "editorial/lesson_edit.html",
        {
            "lesson": lesson,
            "form": form,
            "preview": preview,
            "in_use": pipeline.lesson_in_use(lesson),
        },
        status=status,
    )


@require_GET
@lesson_staff
def lesson_file(request: HttpRequest, slug: str) -> HttpResponse:
    """The lesson as ``export_content`` writes it, to download and commit."""
    lesson = get_object_or_404(
        Article.objects.editable_by(request.user).select_related("topic"), slug=slug
    )
    response = HttpResponse(
        pipeline.lesson_text(lesson), content_type="text/markdown; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{lesson.slug}.md"'
    return response


@require_POST
@lesson_staff
def lesson_delete(request: HttpRequest, slug: str) -> HttpResponse:
    lesson = get_object_or_404(Article.objects.editable_by(request.user), slug=slug)
    try:
        pipeline.delete_lesson(lesson=lesson)
    except pipeline.LessonInUse as error:
        messages.error(request, str(error))
        return redirect("editorial:lesson_edit", slug=slug)
    messages.success(request, f"Deleted “{lesson.title}” and its questions.")
    return redirect("editorial:lessons")


@require_POST
@lesson_staff
def lesson_preview(request: HttpRequest) -> TemplateResponse:
    """The body as the lesson page will show it: the same renderer and sanitiser."""
    preview = render_markdown(request.POST.get("body", ""))
    return TemplateResponse(request, "editorial/lesson_edit.html#preview", {"preview": preview})


# --- History ------------------------------------------------------------------------------------

LESSON_DIFF_FIELDS = [
    ("title", "Title"),
    ("summary", "Summary"),
    ("topic_id", "Topic"),
    ("status", "Status"),
    ("order", "Order"),
    ("main_point", "Main point"),
    ("key_question", "Key question"),
    ("source_name", "Source"),
    ("source_url", "Source address"),
    ("body_markdown", "Body"),
]


def _diff(old: dict[str, Any], new: dict[str, Any], fields: list[tuple[str, str]]) -> list[dict]:
    """Per changed field, its lines marked as removed (-), added (+) or kept."""
    changes = []
    for name, label in fields:
        before = "" if old.get(name) is None else str(old.get(name))
        after = "" if new.get(name) is None else str(new.get(name))
        if before == after:
            continue
        lines = []
        for line in difflib.ndiff(before.splitlines(), after.splitlines()):
            if line.startswith("? "):
                continue
            lines.append({"mark": line[:1].strip(), "text": line[2:]})
        changes.append({"label": label, "lines": lines})
    return changes


def _history(
    request: HttpRequest,
    states: list[tuple[Version, dict[str, Any]]],
    fields: list[tuple[str, str]],
) -> dict[str, Any]:
    """Each version against the one before it, and any two chosen versions (?old=&new=)."""
    entries = [
        {
            "version": version,
            "changes": _diff(
                states[index + 1][1] if index + 1 < len(states) else {}, state, fields
            ),
        }
        for index, (version, state) in enumerate(states)
    ]
    by_id = {str(version.pk): (version, state) for version, state in states}
    old, new = by_id.get(request.GET.get("old", "")), by_id.get(request.GET.get("new", ""))
    comparison = None
    if old and new:
        comparison = {"old": old[0], "new": new[0], "changes": _diff(old[1], new[1], fields)}
    return {
        "entries": entries,
        "comparison": comparison,
        "versions": [version for version, _state in states],
        "chosen_old": request.GET.get("old", ""),
        "chosen_new": request.GET.get("new", ""),
    }


def _versions(obj: Any) -> list[Version]:
    return list(Version.objects.get_for_object(obj).select_related("revision", "revision__user"))


@require_GET
@lesson_staff
def lesson_history(request: HttpRequest, slug: str) -> TemplateResponse:
    lesson = get_object_or_404(Article.objects.editable_by(request.user), slug=slug)
    topic_names = dict(Topic.objects.values_list("pk", "name"))
    states = []
    for version in _versions(lesson):
        state = dict(version.field_dict)
        state["topic_id"] = topic_names.get(state.get("topic_id"), state.get("topic_id"))
        states.append((version, state))
    context = _history(request, states, LESSON_DIFF_FIELDS)
    return TemplateResponse(
        request,
        "editorial/history.html",
        {
            **context,
            "object": lesson,
            "title": lesson.title,
            "restore_url_name": "editorial:lesson_restore",
            "restore_key": lesson.slug,
            "back_url": reverse("editorial:lesson_edit", kwargs={"slug": lesson.slug}),
        },
    )


@require_POST
@lesson_staff
def lesson_restore(request: HttpRequest, slug: str, version_id: int) -> HttpResponse:
    lesson = get_object_or_404(
        Article.objects.editable_by(request.user).select_related("topic"), slug=slug
    )
    version = get_object_or_404(Version.objects.get_for_object(lesson), pk=version_id)
    try:
        pipeline.restore_lesson(lesson=lesson, version=version, user=request.user)
    except ContentError as error:
        messages.error(request, f"That version cannot be restored as it is: {error.message}")
    else:
        messages.success(request, "Restored. The lesson was re-rendered and its questions rebuilt.")
    return redirect("editorial:lesson_history", slug=lesson.slug)


# --- Questions ----------------------------------------------------------------------------------


def _save_question_form(
    request: HttpRequest, form: QuestionForm, question: Question
) -> Question | None:
    if not form.is_valid():
        return None
    if question.pk is None:
        question.lesson = form.cleaned_data["lesson"]
    try:
        saved = editing.save_question(
            question=question,
            stem=form.cleaned_data["stem"],
            explanation=form.cleaned_data["explanation"],
            choices=form.choice_inputs(),
            status=form.cleaned_data["status"],
            now=timezone.now(),
            user=request.user,
        )
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
        return None
    if saved.origin == Question.Origin.AUTHORED:
        displaced = sum(r.retired for r in question_bank.make_room_for_authored([saved.lesson_id]))
        if displaced:
            messages.info(request, _displaced_message(displaced))
    return saved


def _displaced_message(displaced: int) -> str:
    return (
        f"{displaced} generated item{'s' if displaced != 1 else ''} asking the same question or "
        "keyed by the same answer gave way to this one (retired; learners' answers kept)."
    )


@require_http_methods(["GET", "POST"])
@question_staff
def question_new(request: HttpRequest) -> HttpResponse:
    question = Question()
    lessons = Article.objects.editable_by(request.user)
    if request.method == "POST":
        form = QuestionForm(request.POST, question=question)
        form.fields["lesson"].queryset = lessons
        saved = _save_question_form(request, form, question)
        if saved is not None:
            messages.success(request, _saved_message(saved))
            return redirect("editorial:question_edit", pk=saved.pk)
        status = 400
    else:
        lesson = lessons.filter(slug=request.GET.get("lesson", "")).first()
        form = QuestionForm(
            initial={"lesson": lesson.pk if lesson else None, "status": "published"},
            question=question,
        )
        form.fields["lesson"].queryset = lessons
        status = 200
    return TemplateResponse(
        request, "editorial/question_edit.html", {"form": form, "question": None}, status=status
    )


def _saved_message(question: Question) -> str:
    if question.status == Question.Status.PUBLISHED:
        return "Saved and published: learners practising this lesson can be served it now."
    return f"Saved as {question.get_status_display().lower()}."


@require_http_methods(["GET", "POST"])
@question_staff
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(
        Question.objects.editable_by(request.user).select_related("lesson", "lesson__topic"),
        pk=pk,
    )
    if request.method == "POST":
        data = request.POST.copy()
        data["lesson"] = str(question.lesson_id)
        form = QuestionForm(data, question=question)
        saved = _save_question_form(request, form, question)
        if saved is not None:
            messages.success(request, _saved_message(saved))
            return redirect("editorial:question_edit", pk=saved.pk)
        question.refresh_from_db()
        status = 400
    else:
        form = QuestionForm(initial=QuestionForm.initial_for(question), question=question)
        status = 200
    stats = statistics.item_statistics(
        Response.objects.scored().filter(attempt_question__question=question)
    ).get(question.pk)
    options = []
    if stats is not None:
        options = [
            (choice, stats.options.get(choice.pk, 0))
            for choice in question.choices.order_by("position")
        ]
    return TemplateResponse(
        request,
        "editorial/question_edit.html",
        {
            "form": form,
            "question": question,
            "reasons": _reasons(question),
            "stats": stats,
            "stat_options": options,
        },
        status=status,
    )


def _reasons(question: Question) -> list[str]:
    return [f"{rule}: {RUBRIC_RULES.get(rule, '')}" for rule in question.rubric_failures]


QUESTION_DIFF_FIELDS = [
    ("stem", "Question"),
    ("explanation", "Explanation"),
    ("status", "Status"),
    ("options", "Options"),
]


def _question_state(version: Version) -> dict[str, Any]:
    """A question version with its choices (saved in the same revision), as plain values."""
    data = dict(version.field_dict)
    choices = sorted(
        (
            other.field_dict
            for other in version.revision.version_set.all()
            if other.content_type.model_class() is Choice
            and other.field_dict.get("question_id") == version.field_dict.get("id")
        ),
        key=lambda choice: choice.get("position", 0),
    )
    data["choices"] = choices
    data["options"] = "\n".join(
        f"{'✓' if choice.get('is_correct') else '·'} {choice.get('text', '')}" for choice in choices
    )
    return data


@require_GET
@question_staff
def question_history(request: HttpRequest, pk: int) -> TemplateResponse:
    question = get_object_or_404(Question.objects.editable_by(request.user), pk=pk)
    versions = list(
        Version.objects.get_for_object(question)
        .select_related("revision", "revision__user")
        .prefetch_related("revision__version_set__content_type")
    )
    states = [(version, _question_state(version)) for version in versions]
    context = _history(request, states, QUESTION_DIFF_FIELDS)
    return TemplateResponse(
        request,
        "editorial/history.html",
        {
            **context,
            "object": question,
            "title": question.stem[:80],
            "restore_url_name": "editorial:question_restore",
            "restore_key": question.pk,
            "back_url": reverse("editorial:question_edit", kwargs={"pk": question.pk}),
        },
    )


@require_POST
@question_staff
def question_restore(request: HttpRequest, pk: int, version_id: int) -> HttpResponse:
    question = get_object_or_404(
        Question.objects.editable_by(request.user).select_related("lesson"), pk=pk
    )
    version = get_object_or_404(Version.objects.get_for_object(question), pk=version_id)
    state = _question_state(version)
    existing = set(question.choices.values_list("pk", flat=True))
    choices = [
        ChoiceInput(
            text=choice.get("text", ""),
            is_correct=bool(choice.get("is_correct")),
            rationale=choice.get("rationale", ""),
            id=choice.get("id") if choice.get("id") in existing else None,
        )
        for choice in state["choices"]
    ]
    try:
        editing.save_question(
            question=question,
            stem=state.get("stem", ""),
            explanation=state.get("explanation", ""),
            choices=choices,
            status=state.get("status", Question.Status.DRAFT),
            now=timezone.now(),
            user=request.user,
            comment="Restored an earlier version",
        )
    except ValidationError as error:
        messages.error(request, "That version cannot be restored: " + " ".join(error.messages))
    else:
        messages.success(request, "Restored, and checked against the rubric again.")
    return redirect("editorial:question_history", pk=question.pk)


# --- The review queue ---------------------------------------------------------------------------


def _queue(user) -> dict[str, Any]:
    questions = (
        Question.objects.editable_by(user)
        .select_related("lesson", "topic")
        .prefetch_related(Prefetch("choices", queryset=Choice.objects.order_by("position")))
    )
    flags = list(
        Flag.objects.filter(question__in=Question.objects.editable_by(user), resolved=False)
        .select_related("learner", "question", "question__lesson")
        .order_by("created_at")[:REVIEW_PAGE_SIZE]
    )
    failing = questions.filter(status=Question.Status.DRAFT).exclude(rubric_failures=[])
    waiting = questions.filter(status=Question.Status.DRAFT, rubric_failures=[])
    unseen = questions.needs_review().filter(status=Question.Status.PUBLISHED)
    # Items learners' answers mark as dubious (quizzes/statistics.py: one aggregate query over the
    # scored answers to the questions this person may edit).
    stats = statistics.item_statistics(
        Response.objects.scored().filter(
            attempt_question__question__in=Question.objects.editable_by(user).exclude(
                status=Question.Status.RETIRED
            )
        )
    )
    dubious_reasons = {pk: item.reasons for pk, item in stats.items() if item.dubious}
    dubious = questions.filter(pk__in=dubious_reasons)
    return {
        "flags": flags,
        "flag_count": Flag.objects.filter(
            question__in=Question.objects.editable_by(user), resolved=False
        ).count(),
        "sections": [
            {
                "id": "waiting",
                "title": "Ready to publish",
                "intro": "Rubric-clean items that wait for a person to publish them.",
                "items": list(waiting.order_by("pk")[:REVIEW_PAGE_SIZE]),
                "count": waiting.count(),
            },
            {
                "id": "failing",
                "title": "Drafts that fail the rubric",
                "intro": "Fix the wording (Edit) and they can be published, or retire them.",
                "items": list(failing.needs_review().order_by("pk")[:REVIEW_PAGE_SIZE]),
                "count": failing.needs_review().count(),
            },
            {
                "id": "unseen",
                "title": "Published by the generator, not yet looked at",
                "intro": "Already served to learners. Read them: keep, edit or retire.",
                "items": list(unseen.order_by("pk")[:REVIEW_PAGE_SIZE]),
                "count": unseen.count(),
            },
            {
                "id": "dubious",
                "title": "Dubious by learners' answers",
                "intro": (
                    f"After {statistics.DUBIOUS_MIN_ANSWERS} or more answers, almost everyone or "
                    "almost no one gets these right, or stronger learners miss them more often "
                    "than weaker ones: check the key and the wording."
                ),
                "items": list(dubious.order_by("pk")[:REVIEW_PAGE_SIZE]),
                "count": len(dubious_reasons),
                "reasons": dubious_reasons,
                "reasons_label": "Answer statistics:",
            },
        ],
    }


@require_GET
@question_staff
def review_queue(request: HttpRequest) -> TemplateResponse:
    context = _queue(request.user)
    for section in context["sections"]:
        for question in section["items"]:
            question.reasons = section.get("reasons", {}).get(question.pk) or _reasons(question)
            question.reasons_label = section.get("reasons_label", "Fails the rubric:")
    return TemplateResponse(request, "editorial/review.html", context)


ACTIONS = {
    "publish": Question.Status.PUBLISHED,
    "retire": Question.Status.RETIRED,
}


@require_POST
@question_staff
def question_action(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(Question.objects.editable_by(request.user), pk=pk)
    action = request.POST.get("action", "")
    now = timezone.now()
    if action in ACTIONS:
        report = editing.set_status(
            questions=Question.objects.filter(pk=question.pk),
            status=ACTIONS[action],
            now=now,
            user=request.user,
        )
        text = (
            f"{'Published' if action == 'publish' else 'Retired'}: “{question.stem[:60]}”."
            if report.changed
            else "Not published: " + "; ".join(report.refused)
        )
        if report.displaced:
            text += " " + _displaced_message(report.displaced)
    elif action == "keep":
        editing.mark_reviewed(questions=[question], now=now)
        text = f"Marked as looked at: “{question.stem[:60]}”."
    else:
        return HttpResponse("Unknown action.", status=400)
    if request.htmx:
        return TemplateResponse(request, "editorial/review.html#done", {"text": text})
    messages.success(request, text)
    return redirect("editorial:review")


@require_POST
@staff_required("quizzes.change_flag")
def flag_resolve(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(
        Flag.objects.filter(question__in=Question.objects.editable_by(request.user)),
        pk=pk,
        resolved=False,
    )
    form = FlagReplyForm(request.POST)
    if not form.is_valid():
        text = " ".join(form.errors.get("reply", ["The reply is too long."]))
        return HttpResponse(text, status=400)
    editing.resolve_flag(
        flag=flag, reply=form.cleaned_data["reply"], user=request.user, now=timezone.now()
    )
    text = "Flag resolved; the learner sees your reply on their flag."
    if request.htmx:
        return TemplateResponse(request, "editorial/review.html#done", {"text": text})
    messages.success(request, text)
    return redirect("editorial:review")


# --- Learners: their own flags and staff's replies ----------------------------------------------


@require_GET
@login_required
def my_flags(request: HttpRequest) -> TemplateResponse:
    flags = list(
        Flag.objects.filter(learner=request.user)
        .select_related("question", "question__lesson")
        .order_by("-created_at")
    )
    return TemplateResponse(request, "editorial/my_flags.html", {"flags": flags})
