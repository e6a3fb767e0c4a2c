"""Bench an answer round trip: POST an answer through Django's test client, plain and htmx.

Run from the project root: `DEBUG=1 python bench/bench_answer.py [N]` (N answers of each kind, default
300). It migrates a throwaway SQLite database in a temporary folder (the settings' own SQLite options:
WAL, IMMEDIATE transactions), so it never touches db.sqlite3. Prints the median and 95th percentile
per round trip, and the queries each learner page makes.
"""

from __future__ import annotations

# isort: off
from throwaway_db import ROOT, TMP  # noqa: F401 (first: Django on a throwaway database)
# isort: on

import random
import statistics
import sys
import time

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
from django.utils import timezone

from quizzes import attempts
from quizzes.models import Attempt
from tests.factories import make_lesson, make_question, make_topic

ROUND = 10  # questions per practice round


def setup_bank(questions: int) -> None:
    topics = [
        make_topic(slug, position=n) for n, slug in enumerate(["empathy", "recovery", "ethics"])
    ]
    lessons = [make_lesson(topic=topic) for topic in topics]
    for n in range(questions):
        make_question(lessons[n % len(lessons)])


class Rounds:
    """Hands out the next unanswered question, starting a fresh practice round when one is done."""

    def __init__(self, learner, rng: random.Random) -> None:
        self.learner, self.rng = learner, rng
        self.attempt: Attempt | None = None
        self.position = ROUND

    def next(self) -> tuple[Attempt, int, int]:
        if self.attempt is None or self.position >= self.attempt.question_count:
            if self.attempt is not None:
                attempts.finish_attempt(attempt=self.attempt, now=timezone.now())
            self.attempt = attempts.start_practice(
                learner=self.learner, size=ROUND, rng=self.rng, now=timezone.now()
            )
            self.position = 0
        self.position += 1
        item = self.attempt.items.get(position=self.position)
        choice = self.rng.choice(item.choice_order)
        return self.attempt, self.position, choice


def time_answers(client: Client, rounds: Rounds, count: int, *, htmx: bool) -> list[float]:
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    expected = 200 if htmx else 302
    times = []
    for _ in range(count):
        attempt, position, choice = rounds.next()
        start = time.perf_counter()
        response = client.post(
            f"/attempts/{attempt.pk}/{position}/answer/", {"choice": choice}, **headers
        )
        assert response.status_code == expected, response.status_code
        if not htmx:  # without JavaScript the round trip includes following the redirect
            response = client.get(response["Location"])
            assert response.status_code == 200
        times.append((time.perf_counter() - start) * 1000)
    return times


def queries(client: Client, method: str, url: str, **kwargs) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, **kwargs)
    assert response.status_code in (200, 302), (url, response.status_code)
    return len(captured)


def main(count: int) -> None:
    setup_test_environment()
    call_command("migrate", verbosity=0)
    setup_bank(questions=60)
    learner = get_user_model().objects.create_user("bench")
    client = Client()
    client.force_login(learner)
    rounds = Rounds(learner, random.Random(7))

    time_answers(client, rounds, 20, htmx=True)  # warm up templates and caches
    results = {
        "htmx POST (feedback fragment)": time_answers(client, rounds, count, htmx=True),
        "plain POST (302, then GET)": time_answers(client, rounds, count, htmx=False),
    }
    answered = sum(
        attempt.items.filter(response__isnull=False).count() for attempt in Attempt.objects.all()
    )
    print(
        f"answer round trip, {count} answers each, SQLite in {TMP.name} ({answered} answers in all)"
    )
    print(f"{'':<32} {'median ms':>9} {'p95 ms':>7}")
    for label, times in results.items():
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"{label:<32} {statistics.median(times):>9.2f} {p95:>7.2f}")

    attempt, position, choice = rounds.next()
    base = f"/attempts/{attempt.pk}"
    print(f"\nqueries per page (after {answered} answers)")
    rows = [
        ("question page", "get", f"{base}/{position}/", {}),
        (
            "answer, htmx POST",
            "post",
            f"{base}/{position}/answer/",
            {"data": {"choice": choice}, "HTTP_HX_REQUEST": "true"},
        ),
        ("feedback page", "get", f"{base}/{position}/", {}),
        ("results page", "get", None, {}),
        ("dashboard", "get", "/dashboard/", {}),
    ]
    for label, method, url, kwargs in rows:
        if url is None:
            attempts.finish_attempt(attempt=attempt, now=timezone.now())
            url = f"{base}/results/"
        print(f"{label:<32} {queries(client, method, url, **kwargs):>3}")
    exam = attempts.start_exam(learner=learner, size=20, rng=random.Random(1), now=timezone.now())
    print(f"{'exam question page':<32} {queries(client, 'get', f'/attempts/{exam.pk}/3/'):>3}")
    choice = exam.items.get(position=3).choice_order[0]
    saved = queries(
        client,
        "post",
        f"/attempts/{exam.pk}/3/answer/",
        data={"choice": choice, "version": 0, "go": "stay"},
        HTTP_HX_REQUEST="true",
    )
    print(f"{'exam answer, saved as chosen':<32} {saved:>3}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
