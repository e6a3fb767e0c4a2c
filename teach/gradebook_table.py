"""The gradebook table's rows as HTML, each built once in Python.

Through the template engine, 200 learners × (name, readiness, a cell per topic and per assignment,
last active) came to about 5,000 variable nodes, ~35 ms of the page. Here each row's cells are one
string, every value in it escaped, and a cell already made for the same table (the same mastery,
status and score, readiness or day) is reused: ~6 ms. The markup is the template's: mastery
coloured *and* written, an assignment's status with its score and a line of detail, so colour is
never the only sign. ``templates/teach/gradebook.html`` puts each row in its ``<tr>``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date, datetime
from html import escape

from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from quizzes import scoring
from teach import progress
from teach.gradebook import Gradebook

MARKER = 987654321  # stands for a learner's id in a URL reversed once


def learner_urls(cohort_id: int) -> Callable[[int], str]:
    """The drill-down URL of each member, from one ``reverse()`` (it costs about 0.1 ms: 20 ms for
    200 rows)."""
    url = reverse("teach:learner", kwargs={"pk": cohort_id, "learner_id": MARKER})
    head, tail = url.rsplit(str(MARKER), 1)
    return lambda learner_id: f"{head}{learner_id}{tail}"


class _Cells:
    """The cells made so far for one table, by what they show."""

    def __init__(self) -> None:
        self.made: dict[Hashable, str] = {}
        self.days: dict[date, str] = {}

    def _once(self, key: Hashable, build: Callable[[], str]) -> str:
        if key not in self.made:
            self.made[key] = build()
        return self.made[key]

    def readiness(self, readiness: scoring.Readiness) -> str:
        percent, ready = readiness.percent, readiness.ready
        return self._once(
            ("readiness", percent, ready),
            lambda: format_html(
                "<td>{}{}</td>",
                "Not enough yet" if percent is None else f"{percent}%",
                mark_safe(' <span class="status status-done">Ready</span>') if ready else "",
            ),
        )

    def topic(self, mastery: float | None) -> str:
        band = progress.band(mastery)
        text = "–" if mastery is None else f"{round(100 * mastery)}%"
        key = ("topic", band, text)
        made = self.made.get(key)  # looked up first: most of a table's cells were made already
        if made is None:
            made = self.made[key] = format_html(
                '<td><span class="cell-band band-{}">{}</span><span class="band-word">{}</span></td>',
                band,
                text,
                progress.BAND_LABELS[band],
            )
        return made

    def assignment(self, work: progress.AssignmentWork) -> str:
        total = len(work.lessons)
        detail = f"{work.read}/{total} read"
        if not work.exam_goal:
            detail += f", {work.practised}/{total} practised"
        status, score = work.status, work.score
        return self._once(
            ("assignment", status, score, detail),
            lambda: format_html(
                '<td><span class="status status-{}">{}</span>{}<span class="band-word">{}</span></td>',
                status.css,
                status.label,
                "" if score is None else f" {score}%",
                detail,
            ),
        )

    def last_active(self, when: datetime | None) -> str:
        if when is None:
            return "<td>Not yet</td>"
        local = timezone.localtime(when)  # in the current time zone, as the template's |date
        day = local.date()
        if day not in self.days:
            self.days[day] = escape(dateformat.format(local, "j M"))
        # isoformat() is what |date:"c" gives
        return f'<td><time datetime="{local.isoformat()}">{self.days[day]}</time></td>'


def rows_html(book: Gradebook) -> list[SafeString]:
    """Each row's cells, in the book's (sorted) order. The learner's name and last activity differ
    from row to row: they are escaped with the standard library's ``html.escape`` (what Django's
    ``escape`` calls, without its lazy-string wrapper: a third of the time here)."""
    cells = _Cells()
    learner_url = learner_urls(book.cohort.pk)
    rows = []
    for row in book.rows:
        name = f'<th scope="row"><a href="{escape(learner_url(row.learner_id))}">{escape(row.username)}</a></th>'
        topics = "".join(map(cells.topic, row.masteries))
        assignments = "".join(cells.assignment(work) for _, work in row.assignments)
        rows.append(
            mark_safe(  # every value in it escaped
                f"{name}{cells.readiness(row.readiness)}{topics}{assignments}"
                f"{cells.last_active(row.last_active)}"
            )
        )
    return rows


def table_body(rows: list[SafeString]) -> SafeString:
    """The rows in their ``<tr>``: one string for the template to write, not a loop of 200
    iterations through the template engine."""
    return mark_safe("".join([f"<tr>{row}</tr>" for row in rows]))  # each row escaped already
