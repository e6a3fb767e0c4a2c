"""Reading: a lesson counts as read for an assignment once its page was opened by the learner.

``record_read`` is called from the lesson page view; it writes at most one row per learner and lesson,
the first time, and nothing for anonymous readers or drafts. Trainers' assignments (teach/) read the
rows; the lesson app owns them, so it never imports the apps built on it.
"""

from __future__ import annotations

from datetime import datetime

from articles.models import Article, LessonRead


def record_read(*, learner, lesson: Article, now: datetime) -> None:
    if not learner.is_authenticated or not lesson.is_published:
        return
    LessonRead.objects.bulk_create(
        [LessonRead(learner=learner, lesson=lesson, first_read_at=now)], ignore_conflicts=True
    )
