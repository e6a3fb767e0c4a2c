"""Bench the editorial pipeline: sync the real content, save a lesson from the browser, preview, export.

Run from the project root: `DEBUG=1 python bench/bench_editorial.py [N]` (N repetitions, default 10). It
migrates a throwaway SQLite database in a temporary folder, so it never touches db.sqlite3. Prints the
median time of each step and the queries the review queue makes with a small and a large bank.
"""

from __future__ import annotations

# isort: off
from throwaway_db import ROOT, TMP  # noqa: F401 (first: Django on a throwaway database)
# isort: on

import statistics
import sys
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment

from articles.models import Article
from editorial import pipeline
from tests.factories import make_question


def median_ms(step, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(repeat: int) -> None:
    setup_test_environment()
    call_command("migrate", verbosity=0)
    settings.ALLOWED_HOSTS = ["testserver"]
    content = Path(settings.CPS_CONTENT_DIR)
    start = time.perf_counter()
    pipeline.sync_and_regenerate(content)
    print(
        f"first sync of {Article.objects.count()} lessons: {1000 * (time.perf_counter() - start):.0f} ms"
    )
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw-pw-pw-42")
    client = Client()
    client.force_login(editor)
    lesson = Article.objects.select_related("topic").order_by("slug").first()

    def save() -> None:
        validated = pipeline.validate_lesson(
            {
                "title": lesson.title,
                "slug": lesson.slug,
                "summary": lesson.summary,
                "topic": lesson.topic.slug,
                "status": lesson.status,
                "order": lesson.order,
                "main_point": lesson.main_point,
                "key_question": lesson.key_question,
                "source": {"name": lesson.source_name, "url": lesson.source_url},
            },
            lesson.body_markdown + f"\nEdited at {time.perf_counter()}.\n",
        )
        pipeline.save_lesson(lesson=lesson, validated=validated, user=editor)

    print(f"save a lesson (render + regenerate + version): {median_ms(save, repeat):.0f} ms median")
    body = lesson.body_markdown

    def preview() -> None:
        client.post("/staff/lessons/preview/", {"body": body}, HTTP_HX_REQUEST="true")

    print(f"live preview request: {median_ms(preview, repeat):.1f} ms median")
    out = Path(TMP.name) / "export"
    print(
        f"export_content: {median_ms(lambda: pipeline.export_content(out), repeat):.0f} ms median"
    )
    for extra in (0, 500):
        for _ in range(extra):
            make_question(lesson, status="draft", rubric_failures=["R4"])
        with CaptureQueriesContext(connection) as queries:
            client.get("/staff/review/")
        total = lesson.questions.count()
        print(f"review queue with {total} questions in the lesson: {len(queries)} queries")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
