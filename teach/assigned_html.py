"""The lessons of an assignment on the learner's dashboard ("Assigned to you") as HTML, built in
Python: a line per lesson with a link to it, whether it is read, how practice on it went, and
"Done" once it is.

The template's loop over them was most of the block's time (a learner in a group sees every lesson
of every assignment). The markup is the template's, every text escaped;
``templates/teach/_assigned.html`` puts the lines in each assignment's ``<ol>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from teach import progress

DONE = ' <span class="status status-done">Done</span>'


def lesson_lines(lessons: Iterable[tuple[progress.LessonWork, str, str]]) -> SafeString:
    """A ``<li>`` per (lesson's progress, title, slug), in the set's order."""
    lines = []
    for lesson, title, slug in lessons:
        state = "read" if lesson.read else "not read yet"
        if lesson.questions:
            if lesson.answered:
                plural = "" if lesson.answered == 1 else "s"
                state += f", {lesson.percent}% right over {lesson.answered} answer{plural}"
            else:
                state += ", not practised yet"
        url = reverse("articles:lesson_detail", args=[slug])
        lines.append(
            f'<li>\n<a href="{escape(url)}">{escape(title)}</a>:\n'
            f"{state}{DONE if lesson.done else ''}\n</li>\n"
        )
    return mark_safe("".join(lines))  # every text in it escaped
