"""The dashboard's repeated parts as HTML, each built once in Python: a card per topic (with its
sparkline), the 30-day chart's axes and dots, the chart's table, the recent sessions.

Through the template engine these were most of the page's 540 to 600 variable nodes for a learner
with a month of practice (19 topic cards with a dot per day, the chart's dots and its table), about
3 ms of a 20 ms page unprofiled (cProfile made it look like half). Here each part is one string,
every text in it escaped. The markup is the template's: numbers as it wrote them with
localisation off (plain ``str``), dates as its ``|date`` filter wrote them, in the current time
zone. ``templates/quizzes/dashboard.html`` puts each part in its section.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.dates import MONTHS_3, WEEKDAYS_ABBR
from django.utils.safestring import SafeString, mark_safe

from quizzes import scoring
from quizzes.models import Attempt
from quizzes.templatetags.quiz_format import as_percent


def topic_cards(
    rows: Iterable[tuple[str, scoring.Standing, scoring.TrendLine | None]],
) -> SafeString:
    """A card per (topic name, standing, sparkline or None): answered, right, mastery (as a meter
    too once practised), the sparkline of the last days."""
    cards = []
    for topic_name, standing, trend in rows:
        name = escape(topic_name)
        tally = standing.tally
        mastery = as_percent(standing.mastery)
        right = f"{tally.percent}%" if tally.answered else "–"
        card = (
            f'<li class="card topic-score">\n<h3 class="card-title">{name}</h3>\n'
            f'<dl class="figures">\n<div><dt>Answered</dt><dd>{tally.answered}</dd></div>\n'
            f"<div><dt>Right</dt><dd>{right}</dd></div>\n"
            f"<div><dt>Mastery</dt><dd>{mastery}</dd></div>\n</dl>\n"
        )
        if standing.practised:
            card += (
                '<meter min="0" max="1" low="0.5" high="0.8" optimum="1" '
                f'value="{standing.mastery:.3f}" aria-label="Mastery of {name}">{mastery}</meter>\n'
            )
        if trend is not None:
            card += _sparkline(name, trend)
        cards.append(card + "</li>\n")
    return mark_safe("".join(cards))  # every text in it escaped


def _sparkline(name: str, trend: scoring.TrendLine) -> str:
    """A topic's percent right per day, ``name`` already escaped."""
    width = trend.width
    dots = "".join(
        f'<circle cx="{point.x}" cy="{point.y}" r="2.5" class="trend-dot"/>'
        for point in trend.points
    )
    return (
        f'<svg viewBox="0 0 {width} {trend.height}" role="img" class="sparkline" '
        f'aria-label="{name}, percent right per day: {as_percent(trend.first)} first, '
        f'{as_percent(trend.last)} latest">\n'
        f'<line x1="0" y1="4" x2="{width}" y2="4" class="grid"/>\n'
        f'<line x1="0" y1="28" x2="{width}" y2="28" class="grid"/>\n'
        f'<polyline points="{trend.polyline}" class="trend-line"/>\n{dots}\n</svg>\n'
    )


def month_day(day: date) -> str:
    """``day`` as the template's ``|date:"M j"`` wrote it ("Mar 3"), from the same month names as
    ``dateformat`` but without parsing a format string for each of the chart's dates."""
    return escape(f"{MONTHS_3[day.month].title()} {day.day}")


def weekday_month_day(day: date) -> str:
    """``day`` as ``|date:"D, M j"`` wrote it ("Mon, Mar 3")."""
    return f"{escape(str(WEEKDAYS_ABBR[day.weekday()]))}, {month_day(day)}"


def chart_marks(chart: scoring.TrendChart) -> SafeString:
    """The 30-day chart inside its ``<svg>``: the percent and date axes, the line, a dot per day
    with its own title."""
    left, right, bottom = chart.left, chart.right, chart.bottom
    # The template added to these with |add, which makes whole numbers of them first.
    label_x, tick_end, label_y = int(left) - 6, int(bottom) + 4, int(chart.height) - 8
    axis = [
        f'<line x1="{left}" y1="{tick.position}" x2="{right}" y2="{tick.position}" class="grid"/>\n'
        f'<text x="{label_x}" y="{tick.position}" text-anchor="end" '
        f'dominant-baseline="middle">{tick.label}%</text>\n'
        for tick in chart.percent_ticks
    ]
    axis += [
        f'<line x1="{tick.position}" y1="{bottom}" x2="{tick.position}" y2="{tick_end}" '
        f'class="tick"/>\n<text x="{tick.position}" y="{label_y}" '
        f'text-anchor="{tick.anchor}">{month_day(tick.label)}</text>\n'
        for tick in chart.date_ticks
    ]
    line = (
        f'<polyline points="{chart.polyline}" class="trend-line"/>' if len(chart.points) > 1 else ""
    )
    dots = "".join(
        f'<circle cx="{point.x}" cy="{point.y}" r="5" class="trend-dot"><title>'
        f"{month_day(point.date)}: {point.correct} of {point.answered} right "
        f"({point.percent}%)</title></circle>"
        for point in chart.points
    )
    return mark_safe(  # numbers and dates only
        f'<g class="axis" aria-hidden="true">\n{"".join(axis)}</g>\n{line}\n{dots}\n'
    )


def chart_rows(points: Sequence[scoring.ChartPoint]) -> SafeString:
    """The chart as table rows: a day, its answers, how many right."""
    return mark_safe(  # numbers and dates only
        "".join(
            f'<tr><th scope="row"><time datetime="{point.date.isoformat()}">'
            f"{weekday_month_day(point.date)}</time></th><td>{point.answered}</td>"
            f"<td>{point.correct} ({point.percent}%)</td></tr>\n"
            for point in points
        )
    )


# What ``recent_sessions`` reads of an attempt (with ``Attempt.objects.described()``).
RECENT_FIELDS = (
    "mode",
    "lesson",
    "topic",
    "started_at",
    "finished_at",
    "correct_count",
    "question_count",
    "pass_mark",
)


def recent_sessions(recent: Iterable[Attempt]) -> SafeString:
    """A line per attempt: its kind and scope, when it started, and a link to its results (with
    the score) or to carry on."""
    lines = []
    for attempt in recent:
        started = timezone.localtime(attempt.started_at)  # isoformat(): what |date:"c" gave
        if attempt.is_finished:
            outcome = ""
            if attempt.is_exam:
                outcome = ", passed" if attempt.passed else ", not a pass yet"
            link = (
                f'<a href="{escape(reverse("quizzes:results", args=[attempt.pk]))}">'
                f"{attempt.correct_count} of {attempt.question_count} right{outcome}</a>"
            )
        else:
            link = f'<a href="{escape(attempt.get_absolute_url())}">In progress: carry on</a>'
        lines.append(
            f"<li>\n<strong>{escape(attempt.get_mode_display())}</strong>: "
            f"{escape(attempt.describe())},\n"
            f'<time datetime="{started.isoformat()}">{escape(dateformat.format(started, "M j, H:i T"))}'
            f"</time>.\n{link}\n</li>\n"
        )
    return mark_safe("".join(lines))  # every text in it escaped
