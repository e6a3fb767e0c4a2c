"""Profile the learner pages and the gradebook: where a request's time goes, per function.

Run from the project root: `python bench/profile_pages.py [--learners 200] [--answers 100]
[--requests 100] [--top 20] [PAGE ...]` (PAGE: question, feedback, answer-htmx, answer-plain,
dashboard, gradebook; default all). It builds a throwaway SQLite database in a temporary folder
(migrate, sync_content, seed_demo with a trainer's group), runs with DEBUG off as `make serve` does,
and sends real requests through Django's test client (the whole middleware stack, no network). For
each page it prints the time per request without the profiler (wall and CPU, median), the SQL
statements, then cProfile's figures per request: the functions with the most time of their own, and
the cumulative time of the steps named in STEPS (ms per request, under the profiler's overhead).
"""

from __future__ import annotations

import os

# As `make serve` runs: DEBUG off (no query log), no request log lines among the figures.
os.environ.update(
    DEBUG="0",
    SECRET_KEY="profile-pages-" + "x" * 50,
    STATIC_MANIFEST="0",
    SECURE_COOKIES="0",
    ALLOWED_HOSTS="testserver",
    REQUEST_LOG="0",
)

# isort: off
from throwaway_db import ROOT, TMP  # first: Django on a throwaway database
# isort: on

import argparse
import cProfile
import pstats
import random
import statistics
import time
from collections.abc import Callable, Iterator

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from quizzes import attempts
from quizzes.models import Attempt
from teach.demo import DEMO_TRAINER
from teach.models import Cohort

HTMX = {"HTTP_HX_REQUEST": "true"}
PASSWORD = "demo-password-1"

# Steps worth a line of their own: (label, file name ends with, function name).
STEPS = [
    ("request: session load", "sessions/backends/db.py", "load"),
    ("request: request.user (session included)", "auth/__init__.py", "get_user"),
    ("view: question", "quizzes/views.py", "question"),
    ("view: answer", "quizzes/views.py", "answer"),
    ("view: _own_attempt", "quizzes/views.py", "_own_attempt"),
    ("view: _item", "quizzes/views.py", "_item"),
    ("view: _own_item", "quizzes/views.py", "_own_item"),
    ("  question_reads.item", "quizzes/question_reads.py", "item"),
    ("view: _question_context", "quizzes/views.py", "_question_context"),
    ("view: submit_answer", "quizzes/attempts.py", "submit_answer"),
    ("  _score_answer", "quizzes/attempts.py", "_score_answer"),
    ("  cards.record_answer", "review/cards.py", "record_answer"),
    ("view: dashboard", "quizzes/views.py", "dashboard"),
    ("  _trend", "quizzes/views.py", "_trend"),
    ("  close_expired_attempts", "quizzes/attempts.py", "close_expired_attempts"),
    ("view: gradebook_page", "teach/views.py", "gradebook_page"),
    ("  gradebook.gradebook", "teach/gradebook.py", "gradebook"),
    ("  _group_statistics", "teach/views.py", "_group_statistics"),
    ("template rendering", "django/template/response.py", "render"),
    ("  assigned_to_you tag", "teach/templatetags/teach_tags.py", "assigned_to_you"),
    ("SQL: execute", "django/db/backends/utils.py", "_execute"),
    ("SQL: model instances", "django/db/models/query.py", "__iter__"),
]


def setup(learners: int, answers: int) -> None:
    call_command("migrate", verbosity=0)
    call_command("sync_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command(
        "seed_demo",
        learners=learners,
        answers=answers,
        password=PASSWORD,
        stdout=open(os.devnull, "w"),  # noqa: SIM115
    )
    call_command("seed_demo_group", learners=learners, stdout=open(os.devnull, "w"))  # noqa: SIM115


class Rounds:
    """The next unanswered practice question of ``learner``, a new round when one is done."""

    def __init__(self, learner) -> None:
        self.learner, self.rng = learner, random.Random(7)

    def __iter__(self) -> Iterator[tuple[Attempt, int, int]]:
        while True:
            attempt = attempts.start_practice(
                learner=self.learner, size=10, rng=self.rng, now=timezone.now()
            )
            for item in attempt.items.order_by("position"):
                yield attempt, item.position, self.rng.choice(item.choice_order)


def pages(client: Client, learner, trainer_client: Client) -> dict[str, Callable[[], int]]:
    """Each page as a function sending one request (and returning its status)."""
    rounds = iter(Rounds(learner))
    unanswered, position, _ = next(rounds)
    answered = attempts.start_practice(
        learner=learner, size=10, rng=random.Random(1), now=timezone.now()
    )
    item = answered.items.get(position=1)
    wrong = item.question.choices.filter(is_correct=False).first()
    attempts.submit_answer(
        attempt=answered, attempt_question=item, choice=wrong, learner=learner, now=timezone.now()
    )
    cohort = Cohort.objects.get()

    def answer(headers: dict) -> int:
        attempt, at, choice = next(rounds)
        url = f"/attempts/{attempt.pk}/{at}/answer/"
        return client.post(url, {"choice": choice}, **headers).status_code

    return {
        "question": lambda: client.get(f"/attempts/{unanswered.pk}/{position}/").status_code,
        "feedback": lambda: client.get(f"/attempts/{answered.pk}/1/").status_code,
        "answer-htmx": lambda: answer(HTMX),
        "answer-plain": lambda: answer({}),
        "dashboard": lambda: client.get("/dashboard/").status_code,
        "gradebook": lambda: trainer_client.get(f"/teach/groups/{cohort.pk}/").status_code,
    }


def step_times(profile: pstats.Stats, requests: int) -> list[tuple[str, float, int]]:
    rows = []
    for label, filename, function in STEPS:
        total, calls = 0.0, 0
        for (path, _line, name), (_cc, nc, _tt, ct, _callers) in profile.stats.items():
            if name == function and path.endswith(filename):
                total += ct
                calls += nc
        if calls:
            rows.append((label, 1000 * total / requests, calls // requests))
    return rows


def report(name: str, send: Callable[[], int], requests: int, top: int) -> None:
    for _ in range(20):  # warm up: templates compiled, connection open
        send()
    walls, cpus = [], []
    for _ in range(requests):
        wall, cpu = time.perf_counter(), time.process_time()
        send()
        walls.append(1000 * (time.perf_counter() - wall))
        cpus.append(1000 * (time.process_time() - cpu))
    with CaptureQueriesContext(connection) as captured:
        status = send()
    queries = [query["sql"] for query in captured.captured_queries]  # before the next request
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        send()
    profiler.disable()
    stats = pstats.Stats(profiler)
    profiled = 1000 * stats.total_tt / requests
    print(
        f"\n== {name}: status {status}, {len(queries)} SQL statements; median {statistics.median(walls):.2f} ms "
        f"wall, {statistics.median(cpus):.2f} ms CPU (p95 wall {statistics.quantiles(walls, n=20)[-1]:.2f}); "
        f"under cProfile {profiled:.2f} ms"
    )
    for sql in queries:
        print(f"   sql: {sql[:160]}")
    print(f"   {'step (cumulative, profiled)':44} {'ms/req':>7} {'calls':>5}")
    for label, ms, calls in step_times(stats, requests):
        print(f"   {label:44} {ms:7.2f} {calls:5}")
    print(f"   {'own time (profiled)':44} {'ms/req':>7} {'calls':>5}")
    entries = sorted(stats.stats.items(), key=lambda entry: -entry[1][2])[:top]
    for (path, line, function), (_cc, nc, tt, _ct, _callers) in entries:
        where = path.replace(str(ROOT), "").split("site-packages/")[-1]
        print(
            f"   {f'{where}:{line}({function})'[-44:]:44} {1000 * tt / requests:7.2f} {nc // requests:5}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--answers", type=int, default=100, help="seeded answers per learner")
    parser.add_argument("--requests", type=int, default=100, help="per page, timed and profiled")
    parser.add_argument("--top", type=int, default=20, help="functions listed by own time")
    parser.add_argument("pages", nargs="*", help="question feedback answer-htmx answer-plain ...")
    args = parser.parse_args()
    setup(args.learners, args.answers)
    users = get_user_model().objects
    client, trainer_client = Client(), Client()
    learner = users.get(username="demo-00001")
    client.force_login(learner)
    trainer_client.force_login(users.get(username=DEMO_TRAINER))
    print(
        f"{args.learners} demo learners x {args.answers} answers, {args.requests} requests a page; "
        f"SQLite in {TMP.name}"
    )
    for name, send in pages(client, learner, trainer_client).items():
        if not args.pages or name in args.pages:
            report(name, send, args.requests, args.top)


if __name__ == "__main__":
    main()
