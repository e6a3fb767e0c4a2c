"""Learner pages: start practice or a mock exam, answer one question at a time, results, dashboard.

Every attempt is looked up from ``request.user``'s own attempts, so another learner's attempt is a
404 whatever the URL. Plain POSTs redirect (post/redirect/get); htmx POSTs get the fresh fragment.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import (
    Count,
    F,
    Func,
    IntegerField,
    Prefetch,
    Q,
    QuerySet,
)
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect, HttpResponseClientRefresh
from django_htmx.middleware import HtmxDetails

from articles.models import Article, Topic
from quizzes import attempts, dashboard_html, dashboard_reads, question_reads, scoring
from quizzes.forms import AnswerForm, ExamStartForm, FlagForm
from quizzes.models import (
    Attempt,
    AttemptQuestion,
    Choice,
    Question,
    Response,
    TopicScore,
    published_via,
)

PRACTICE_SIZE = 10
TREND_DAYS = 30


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _now() -> datetime:
    return timezone.now()


def _own_attempt(request: HttpRequest, pk: int) -> Attempt:
    """The signed-in learner's attempt (else 404), closed first if its deadline has passed."""
    attempt = get_object_or_404(Attempt.objects.for_learner(request.user), pk=pk)
    return attempts.close_if_expired(attempt, _now())


# What a question page does not show: its lesson's body (only the lesson page reads it; the page
# links to the lesson by title and address) and the question's authoring record.
NOT_SHOWN = (
    *(f"question__lesson__{name}" for name in Article.BODY_FIELDS),
    "question__rubric_failures",
    "question__source_sentence",
    "question__fingerprint",
    "question__generator_version",
)


def _item(attempt: Attempt, position: int) -> AttemptQuestion:
    """Question ``position`` of ``attempt`` (one of the learner's own) with what its page shows
    (one statement, ``question_reads``), else 404."""
    item = question_reads.item(attempt.learner_id, attempt.pk, position)
    if item is None:
        raise Http404("No such question in this attempt.")
    return item


def _own_item(request: HttpRequest, pk: int, position: int) -> AttemptQuestion | None:
    """The signed-in learner's question at ``position`` of attempt ``pk``, with its attempt and what
    its page shows (one statement, ``question_reads``); None when there is no such question (or
    attempt)."""
    return question_reads.item(request.user.pk, pk, position)


def _offered_choice(item: AttemptQuestion, pk: int) -> Choice | None:
    """The option ``pk`` among the question's (loaded with it), else from the database (whatever
    question it belongs to: ``submit_answer`` says why it can't be taken)."""
    for choice in item.options:
        if choice.pk == pk:
            return choice
    return Choice.objects.filter(pk=pk).first()


def _refused(
    request: HtmxHttpRequest, error: attempts.AttemptError, attempt: Attempt
) -> HttpResponse:
    """A refusal: 4xx, nothing written. htmx reloads the page so the tab shows the current state,
    with a message saying why."""
    if request.htmx:
        messages.warning(request, str(error))
        response = HttpResponseClientRefresh()
        response.status_code = error.status
        return response
    return TemplateResponse(
        request, "quizzes/refused.html", {"attempt": attempt, "error": error}, status=error.status
    )


def _topics_with_question_counts() -> QuerySet[Topic]:
    """Every topic, with ``question_count``: how many published questions it has, in the topics'
    own order (Django drops ``Meta.ordering`` from a grouped query, so it is named here)."""
    return Topic.objects.annotate(
        question_count=Count("questions", filter=published_via("questions__"))
    ).order_by(*Topic._meta.ordering)


# --- Starting ---------------------------------------------------------------------------------


@require_GET
@login_required
def practice_home(request: HttpRequest) -> TemplateResponse:
    topics = list(_topics_with_question_counts().filter(question_count__gt=0))
    lesson = None
    if slug := request.GET.get("lesson"):
        lesson = Article.objects.published().filter(slug=slug).first()
    return TemplateResponse(
        request,
        "quizzes/practice_home.html",
        {
            "topics": topics,
            "lesson": lesson,
            "total": sum(topic.question_count for topic in topics),
            "size": PRACTICE_SIZE,
        },
    )


@require_POST
@login_required
def practice_start(request: HttpRequest) -> HttpResponseRedirect:
    lesson = topic = None
    if slug := request.POST.get("lesson"):
        lesson = get_object_or_404(Article.objects.published(), slug=slug)
    elif slug := request.POST.get("topic"):
        topic = get_object_or_404(Topic, slug=slug)
    try:
        attempt = attempts.start_practice(
            learner=request.user,
            lesson=lesson,
            topic=topic,
            size=PRACTICE_SIZE,
            rng=random.Random(),
            now=_now(),
        )
    except attempts.NoQuestions:
        messages.info(request, "There are no practice questions here yet. Try a mixed set instead.")
        return redirect("quizzes:practice")
    return redirect(attempt.items.get(position=1))


@require_http_methods(["GET", "POST"])
@login_required
def exam_start(request: HttpRequest) -> HttpResponse:
    available = Question.objects.published().count()
    form = ExamStartForm(request.POST or None, available=available)
    if request.method == "POST" and form.is_valid():
        attempt = attempts.start_exam(
            learner=request.user,
            size=form.cleaned_data["questions"],
            seconds_per_question=form.cleaned_data["seconds_per_question"],
            pass_mark=form.cleaned_data["pass_mark"] / 100,
            rng=random.Random(),
            now=_now(),
        )
        return redirect(attempt.items.get(position=1))
    factor = attempts.extra_time_factor(request.user)
    questions, seconds = _exam_settings(form, available)
    total = None
    if questions and seconds:
        total = attempts.time_limit_seconds(questions, seconds, factor)
    return TemplateResponse(
        request,
        "quizzes/exam_start.html",
        {
            "form": form,
            "available": available,
            "extra_time": factor if factor != 1 else None,
            "factor": factor,
            "total_questions": questions,
            "total_seconds_per_question": seconds,
            "total_seconds": total,
        },
        status=400 if form.is_bound else 200,
    )


def _exam_settings(form: ExamStartForm, available: int) -> tuple[int | None, int | None]:
    """The number of questions and seconds per question the form shows, where they are valid
    (typed ones on a form sent back for another look), for the "Time allowed" line."""
    values = []
    for name in ("questions", "seconds_per_question"):
        field = form.fields[name]
        if form.is_bound:
            if name in form.errors:
                return None, None
            value = form.cleaned_data.get(name)
        else:
            value = form.get_initial_for_field(field, name)
        values.append(value)
    questions, seconds = values
    return (min(questions, available) if questions else None), seconds


# --- Answering --------------------------------------------------------------------------------


@require_GET
@login_required
def attempt_detail(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    """Resume: the results if finished, else the first question not yet answered."""
    attempt = _own_attempt(request, pk)
    if attempt.is_finished:
        return redirect("quizzes:results", pk=attempt.pk)
    item = (
        attempt.items.filter(response__isnull=True).order_by("position").first()
        or attempt.items.order_by("-position").first()
    )
    return redirect(item)


def _question_context(attempt: Attempt, item: AttemptQuestion, now: datetime) -> dict:
    response: Response | None = getattr(item, "response", None)
    choices = item.ordered_choices(item.options)
    correct_choice = next((choice for choice in choices if choice.is_correct), None)
    # The chosen option as loaded with the others (with its stored feedback), not as the response
    # loaded it (only what the page shows of it).
    chosen = None
    if response is not None:
        chosen = next((c for c in item.options if c.pk == response.choice_id), response.choice)
    context = {
        "attempt": attempt,
        "item": item,
        "question": item.question,
        "choices": choices,
        "response": response,
        "correct_choice": correct_choice,
        "explanation_html": item.question.explanation_after(chosen=chosen, correct=correct_choice),
        "is_last": item.position == attempt.question_count,
        "flag_form": FlagForm(),
    }
    if attempt.is_exam:
        context["nav"] = attempt.items.navigation()
        context["answered_count"] = sum(entry["answered"] for entry in context["nav"])
        context["seconds_left"] = attempt.seconds_left(now)
    return context


def _render_question(
    request: HtmxHttpRequest,
    attempt: Attempt,
    item: AttemptQuestion,
    *,
    extra: dict | None = None,
    status: int = 200,
) -> TemplateResponse:
    template = "quizzes/exam_question.html" if attempt.is_exam else "quizzes/question.html"
    if request.htmx:
        template += "#exam-card" if attempt.is_exam else "#question-card"
    context = _question_context(attempt, item, _now()) | (extra or {})
    return TemplateResponse(request, template, context, status=status)


@require_GET
@login_required
def question(request: HtmxHttpRequest, pk: int, position: int) -> HttpResponse:
    item = _own_item(request, pk, position)
    if item is None:  # 404, unless a finished exam's results are where to go
        attempt = _own_attempt(request, pk)
        item = None if attempt.is_exam and attempt.is_finished else _item(attempt, position)
    else:
        attempt = attempts.close_if_expired(item.attempt, _now())
    if attempt.is_exam and attempt.is_finished:
        return redirect("quizzes:results", pk=attempt.pk)
    return _render_question(request, attempt, item)


@require_POST
@login_required
def answer(request: HtmxHttpRequest, pk: int, position: int) -> HttpResponse:
    item = _own_item(request, pk, position)
    if item is None:
        raise Http404("No such question in your attempts.")
    attempt = item.attempt
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return HttpResponse("That answer couldn't be read.", status=400)
    if not attempt.is_exam and not form.cleaned_data["choice"]:
        # Practice with nothing chosen (only possible without the browser's own check): ask again.
        return _render_question(request, attempt, item, extra={"no_choice": True})
    now = _now()
    data = form.cleaned_data
    try:
        choice = None
        if data["choice"]:
            choice = _offered_choice(item, data["choice"])
            if choice is None:
                raise attempts.ChoiceNotOffered
        if attempt.is_exam:
            attempts.save_exam_page(
                attempt=attempt,
                attempt_question=item,
                choice=choice,
                marked=data["marked"],
                learner=request.user,
                now=now,
                version=data["version"],
            )
        else:
            saved = attempts.submit_answer(
                attempt=attempt, attempt_question=item, choice=choice, learner=request.user, now=now
            )
    except attempts.AttemptExpired as error:
        attempts.close_if_expired(attempt, now)
        if request.htmx:
            messages.warning(request, str(error))
            response = HttpResponseClientRedirect(reverse("quizzes:results", args=[attempt.pk]))
            response.status_code = error.status
            return response
        return _refused(request, error, attempt)
    except attempts.StaleAnswer as error:
        # Another tab saved this question since this page was drawn: show what counts now.
        if request.htmx:
            return _refused(request, error, attempt)
        messages.warning(request, str(error))
        return redirect(item)
    except attempts.AttemptError as error:
        return _refused(request, error, attempt)

    if not attempt.is_exam:
        if request.htmx:
            item.response = saved  # the answer that counts: the page shows its feedback
            return _render_question(request, attempt, item)
        return redirect(item)

    go = data["go"] or "next"
    if go == "stay":  # saved as the learner chose (htmx), or "save" without moving (no JS)
        if request.htmx:
            template = "quizzes/exam_question.html#exam-saved"
            return TemplateResponse(
                request, template, _question_context(attempt, _item(attempt, position), now)
            )
        return redirect(item)
    if go == "submit":
        url = reverse("quizzes:submit", args=[attempt.pk])
        return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
    if go == "next":
        target = min(position + 1, attempt.question_count)
    elif go == "prev":
        target = max(position - 1, 1)
    else:
        target = min(max(int(go), 1), attempt.question_count)
    if request.htmx:
        response = _render_question(request, attempt, _item(attempt, target))
        response["HX-Push-Url"] = reverse("quizzes:question", args=[attempt.pk, target])
        return response
    return redirect("quizzes:question", pk=attempt.pk, position=target)


@require_POST
@login_required
def flag(request: HtmxHttpRequest, pk: int, position: int) -> HttpResponse:
    item = _own_item(request, pk, position)
    if item is None:
        raise Http404("No such question in your attempts.")
    attempt = item.attempt
    form = FlagForm(request.POST)
    if form.is_valid():
        attempts.flag_question(
            learner=request.user,
            question=item.question,
            reason=form.cleaned_data["reason"],
            comment=form.cleaned_data["comment"],
        )
        if not request.htmx:
            messages.success(
                request, "Thank you for flagging this question. Staff will look at it."
            )
            if attempt.is_finished and attempt.is_exam:
                return redirect("quizzes:results", pk=attempt.pk)
            return redirect(item)
    if request.htmx:
        context = {"attempt": attempt, "item": item, "flag_form": form, "flagged": form.is_valid()}
        return TemplateResponse(request, "quizzes/question.html#flag-box", context)
    if attempt.is_finished and attempt.is_exam:  # a finished exam's questions live on its results
        return _render_results(request, attempt, invalid_flag=(item.pk, form), status=400)
    return _render_question(request, attempt, item, extra={"flag_form": form}, status=400)


# --- Finishing --------------------------------------------------------------------------------


@require_GET
@login_required
def submit_page(request: HttpRequest, pk: int) -> HttpResponse:
    """A mock exam's last stop: which questions are unanswered or marked, then submit."""
    attempt = _own_attempt(request, pk)
    if attempt.is_finished:
        return redirect("quizzes:results", pk=attempt.pk)
    if not attempt.is_exam:
        return redirect(attempt)  # practice and review have no timer and no submit step
    nav = attempt.items.navigation()
    return TemplateResponse(
        request,
        "quizzes/submit.html",
        {
            "attempt": attempt,
            "nav": nav,
            "answered": sum(entry["answered"] for entry in nav),
            "unanswered": [entry["position"] for entry in nav if not entry["answered"]],
            "marked": [entry["position"] for entry in nav if entry["marked_for_review"]],
            "seconds_left": attempt.seconds_left(_now()),
        },
    )


@require_POST
@login_required
def finish(request: HttpRequest, pk: int) -> HttpResponseRedirect:
    attempt = get_object_or_404(Attempt.objects.for_learner(request.user), pk=pk)
    attempts.finish_attempt(attempt=attempt, now=_now())
    return redirect("quizzes:results", pk=attempt.pk)


@require_GET
@login_required
def results(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _own_attempt(request, pk)
    if not attempt.is_finished:
        return redirect(attempt)
    return _render_results(request, attempt)


def _render_results(
    request: HttpRequest,
    attempt: Attempt,
    *,
    invalid_flag: tuple[int, FlagForm] | None = None,
    status: int = 200,
) -> TemplateResponse:
    """A finished attempt's results; ``invalid_flag`` (item pk, bound form) shows one flag form's
    errors, kept beside its question."""
    flagged_pk, flagged_form = invalid_flag or (None, None)
    items = list(
        attempt.items.order_by("position")
        .select_related("question__lesson", "question__topic", "response__choice")
        .defer(*NOT_SHOWN)
        .prefetch_related(
            Prefetch("question__choices", queryset=Choice.objects.order_by("position"))
        )
    )
    reviewed = []
    for item in items:
        response = getattr(item, "response", None)
        choices = item.ordered_choices()
        correct_choice = next((choice for choice in choices if choice.is_correct), None)
        reviewed.append(
            {
                "item": item,
                "question": item.question,
                "response": response,
                "correct_choice": correct_choice,
                "explanation_html": item.question.explanation_after(
                    chosen=response.choice if response else None, correct=correct_choice
                ),
                "flag_form": flagged_form if item.pk == flagged_pk else FlagForm(),
            }
        )
    topics = {item.question.topic_id: item.question.topic for item in items}
    lines = scoring.breakdown(
        (
            item.question.topic_id,
            item.response.is_correct if hasattr(item, "response") else None,
        )
        for item in items
    )
    outcome = scoring.Outcome(
        correct=attempt.correct_count,
        questions=attempt.question_count,
        pass_mark=attempt.pass_mark or scoring.MASTERY_THRESHOLD,
    )
    return TemplateResponse(
        request,
        "quizzes/results.html",
        {
            "attempt": attempt,
            "outcome": outcome,
            "lines": [(topics[line.key], line) for line in lines],
            "reviewed": reviewed,
        },
        status=status,
    )


# --- Dashboard --------------------------------------------------------------------------------


@require_GET
@login_required
def dashboard(request: HttpRequest) -> TemplateResponse:
    now = _now()
    learner = request.user
    sessions = dashboard_reads.attempts(learner.pk, now)
    if sessions.expired:  # an attempt left to time out: closed, then read again
        attempts.close_expired_attempts(now, learner=learner)
        sessions = dashboard_reads.attempts(learner.pk, now)
    topic_rows, due_count = dashboard_reads.topics(learner.pk, now)
    recent, lesson_answers = {}, []
    rows = []  # (topic id, name, slug, standing)
    for row in topic_rows:
        tally = None
        if row.score is not None:
            answered, correct, weighted_answered, weighted_correct, slots, lessons = row.score
            tally = scoring.Tally(  # the same numbers as ``TopicScore.tally``
                answered=answered,
                correct=correct,
                weighted_answered=weighted_answered,
                weighted_correct=weighted_correct,
            )
            recent[row.topic_id] = slots
            lesson_answers.append(lessons)
        if row.question_count == 0 and tally is None:
            continue
        standing = scoring.Standing(
            key=row.topic_id, bank_questions=row.question_count, tally=tally or scoring.Tally()
        )
        rows.append((row.topic_id, row.name, row.slug, standing))
    standings = [standing for *_, standing in rows]

    trend_by_topic, overall = _trend(learner, now, recent)
    weakest = scoring.weakest(standings)
    weakest_topic = next(
        (
            {"name": name, "slug": slug}
            for topic_id, name, slug, _ in rows
            if weakest and topic_id == weakest.key
        ),
        None,
    )
    exam_results = [
        scoring.ExamResult(correct=correct, questions=questions)
        for _, correct, questions in sessions.exams
    ]
    return TemplateResponse(
        request,
        "quizzes/dashboard.html",
        {
            "rows": rows,
            "weakest": weakest,
            "weakest_topic": weakest_topic,
            "readiness": scoring.readiness(standings, exam_results, pass_mark=scoring.PASS_MARK),
            "mastery_threshold": round(100 * scoring.MASTERY_THRESHOLD),
            "enough_evidence": scoring.ENOUGH_EVIDENCE,
            "practised_topics": sum(
                standing.practised for standing in standings if standing.bank_questions
            ),
            "practice_cap": scoring.PRACTICE_CAP,
            "practice_answers_per_exam_answer": round(1 / scoring.PRACTICE_WEIGHT),
            "exam_half_life": scoring.EXAM_HALF_LIFE,
            "half_life": scoring.HALF_LIFE_ANSWERS,
            "recent": dashboard_html.recent_sessions(sessions.recent),
            "topic_cards": dashboard_html.topic_cards(
                (name, standing, trend_by_topic.get(topic_id))
                for topic_id, name, _, standing in rows
            ),
            "overall": overall,
            "chart_marks": dashboard_html.chart_marks(overall),
            "chart_rows": dashboard_html.chart_rows(overall.points),
            "trend_days": TREND_DAYS,
            "due_count": due_count,
            # the rows' answers per lesson, for the "Assigned to you" block (teach's template
            # tag), which would read the rows again otherwise
            "lesson_answers": lesson_answers,
        },
    )


class DayIndex(Func):
    """Which of a run of days an instant falls in (0, 1, ...), given the first instant of each day
    after the first: a CASE over plain comparisons, nested so that a row takes five of them for a
    month, which the database evaluates itself. (``TruncDate`` in the learner's time zone costs
    SQLite a Python call per row, so the dashboard grew slower with every answer.)"""

    output_field = IntegerField()

    def __init__(self, expression: str, starts: Sequence[datetime]) -> None:
        super().__init__(F(expression))
        self.starts = list(starts)

    def as_sql(self, compiler, connection, **extra_context) -> tuple[str, list]:
        column, params = compiler.compile(self.source_expressions[0])
        starts = [connection.ops.adapt_datetimefield_value(start) for start in self.starts]

        def day(first: int, last: int) -> tuple[str, list]:
            """Which of days ``first``..``last``: day ``n`` starts at ``starts[n - 1]``."""
            if first == last:
                return str(first), []
            middle = (first + last + 1) // 2
            before, before_params = day(first, middle - 1)
            after, after_params = day(middle, last)
            return (
                f"CASE WHEN {column} < %s THEN {before} ELSE {after} END",
                [*params, starts[middle - 1], *before_params, *after_params],
            )

        return day(0, len(starts))


def _day_starts(first: date, days: int) -> list[datetime]:
    """The first instant of each of ``days`` days from ``first`` in the current time zone (a day
    that starts in a daylight-saving gap starts when the clocks jump)."""
    zone = timezone.get_current_timezone()
    return [datetime.combine(first + timedelta(days=n), time.min, tzinfo=zone) for n in range(days)]


def _daily_from_recent(
    recent: dict[int, list[list[int]]], starts: Sequence[datetime]
) -> list[tuple[int, int, int, int]]:
    """(day index, topic id, answered, correct) for each day from ``starts[0]`` up to ``starts[-1]``
    with answers, from the topic summaries' recent answers (no query); ``starts`` must be aligned
    with their quarter hours (``scoring.aligned``)."""
    bounds = scoring.slot_bounds(starts)  # once, not once per topic
    return [
        (day, topic_id, answered, correct)
        for topic_id, slots in recent.items()
        for day, (answered, correct) in scoring.days_of_recent(slots, starts, bounds=bounds).items()
    ]


def _daily_from_answers(learner, starts: Sequence[datetime]) -> list[tuple[int, int, int, int]]:
    """The same from the answers themselves: one aggregate query (at most days × topics rows),
    its days counted in SQL by plain comparisons. For a time zone whose days would not start on a
    quarter hour, which no zone in use does (and ``rebuild_scores`` and the tests compare)."""
    return list(
        Response.objects.scored()
        .filter(
            attempt_question__attempt__learner=learner,
            answered_at__gte=starts[0],
            answered_at__lt=starts[-1],
        )
        .annotate(day=DayIndex("answered_at", starts[1:-1]))
        .values_list("day", "attempt_question__question__topic_id")
        .annotate(answered=Count("pk"), correct=Count("pk", filter=Q(is_correct=True)))
        .order_by()
    )


def _trend(
    learner, now: datetime, recent: dict[int, list[list[int]]] | None = None
) -> tuple[dict[int, scoring.TrendLine], scoring.TrendChart]:
    """Percent correct per day over the last ``TREND_DAYS`` days up to today, per topic and
    overall, counted from the learner's topic summaries' recent answers per quarter hour
    (``recent``: per topic id, as the dashboard read them; else read here), so its cost does not
    grow with the answers."""
    # Days run in the current time zone (the learner's).
    today = timezone.localdate(now)
    since = today - timedelta(days=TREND_DAYS - 1)
    starts = _day_starts(since, TREND_DAYS + 1)  # and tomorrow's: the end of the window
    if not scoring.aligned(starts):
        daily = _daily_from_answers(learner, starts)
    else:
        if recent is None:
            recent = dict(
                TopicScore.objects.filter(learner=learner).values_list("topic_id", "recent_answers")
            )
        daily = _daily_from_recent(recent, starts)
    per_topic: dict[int, list[tuple[int, float]]] = {}
    totals: dict[int, list[int]] = {}
    for index, topic_id, answered, correct in daily:
        per_topic.setdefault(topic_id, []).append((index, correct / answered))
        total = totals.setdefault(index, [0, 0])
        total[0] += answered
        total[1] += correct
    lines = {
        topic_id: scoring.trend(values, span=TREND_DAYS, width=120, height=32)
        for topic_id, values in per_topic.items()
    }
    overall = scoring.trend_chart(
        [
            scoring.DayResult(day=index, answered=answered, correct=correct)
            for index, (answered, correct) in totals.items()
        ],
        start=since,
        span=TREND_DAYS,
    )
    return lines, overall
