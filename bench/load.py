"""Load bench: the app under `make serve`'s server, a realistic mix of learners, figures per endpoint.

Run from the project root: `python bench/load.py [--seconds 30] [--users 8] [--workers 2]
[--learners 200] [--answers 100]` (`make load` does). It builds a throwaway SQLite database in a
temporary folder (migrate, sync_content, seed_demo), starts gunicorn with the project's config on a
free loopback port, and drives it with locust (headless, in this process):

1. the ceiling: the same server answering `/livez` (no database, no template), for a third of the time;
2. the mix: signed-in demo learners reading lessons, practising (question page, htmx answer, feedback),
   sitting a short mock exam and opening their dashboard.

It prints req/s, p50/p95/p99 and failures per endpoint, each endpoint's rate as a share of the ceiling
(the ratio holds from machine to machine where absolute figures do not), and afterwards checks that the
learners' per-topic totals equal the answers in the database. Traffic goes to 127.0.0.1 only, for a
bounded time.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PASSWORD = "demo-password-1"
CHOICE = re.compile(r'name="choice"[^>]*value="(\d+)"')
VERSION = re.compile(r'name="version"[^>]*value="(\d+)"')
LESSON = re.compile(r'href="(/lessons/[a-z0-9-]+/)"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


CHECK_TOTALS = """
from django.db.models import Count, Q, Sum
from quizzes.models import Attempt, Response, TopicScore
scored = Response.objects.exclude(
    Q(attempt_question__attempt__mode=Attempt.Mode.EXAM)
    & Q(attempt_question__attempt__finished_at__isnull=True)
)
by_answers = {
    (row["attempt_question__attempt__learner"], row["attempt_question__question__topic"]): row["n"]
    for row in scored.values(
        "attempt_question__attempt__learner", "attempt_question__question__topic"
    ).annotate(n=Count("pk"))
}
by_rows = {(s.learner_id, s.topic_id): s.answered for s in TopicScore.objects.all()}
wrong = sum(1 for key in by_answers.keys() | by_rows.keys() if by_answers.get(key) != by_rows.get(key))
print(Response.objects.count(), sum(by_answers.values()), len(by_rows), wrong)
"""


def serve(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(Path(PYTHON).with_name("gunicorn")),
            "cps_prep.wsgi:application",
            "--config",
            "cps_prep/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env={**env, "WEB_CONCURRENCY": str(workers)},
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    os.killpg(process.pid, signal.SIGTERM)
    sys.exit("gunicorn did not answer /healthz within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds", type=float, default=30, help="length of the mix (ceiling: 1/3)"
    )
    parser.add_argument("--users", type=int, default=8, help="concurrent simulated users")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--answers", type=int, default=100, help="seeded answers per learner")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="cps-load-")
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "load-bench-" + "x" * 50,
        "DATABASE_URL": f"sqlite:///{tmp.name}/load.sqlite3",
        "STATIC_ROOT": f"{tmp.name}/static",
        "SECURE_COOKIES": "0",
        "REQUEST_LOG": "0",
        "SIGN_IN_FAILURES_PER_ADDRESS": "0",
    }
    started = time.perf_counter()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "sync_content")
    print(
        manage(
            env,
            "seed_demo",
            "--learners",
            str(args.learners),
            "--answers",
            str(args.answers),
            "--password",
            PASSWORD,
        ).strip()
    )
    print(f"set-up: {time.perf_counter() - started:.0f} s")

    port = free_port()
    server = serve(env, port, args.workers)
    try:
        results = drive(f"http://127.0.0.1:{port}", args)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    report(results, args)
    responses, scored, rows, wrong = (
        manage(env, "shell", "-c", CHECK_TOTALS).strip().splitlines()[-1].split()
    )
    print(
        f"\nanswers in the database: {responses} ({scored} scored), topic rows: {rows}, "
        f"rows that disagree with the answers: {wrong}"
    )
    if wrong != "0":
        sys.exit("per-topic totals drifted from the answers")


def drive(host: str, args: argparse.Namespace) -> dict[str, object]:
    # locust patches the standard library (gevent) when imported: only here, after the set-up.
    import gevent
    from locust import HttpUser, between, task
    from locust.env import Environment

    numbers = iter(random.Random(7).sample(range(1, args.learners + 1), args.learners))

    class Ceiling(HttpUser):
        wait_time = between(0, 0)

        @task
        def livez(self) -> None:
            self.client.get("/livez", name="ceiling /livez")

    class Learner(HttpUser):
        wait_time = between(0, 0)

        def on_start(self) -> None:
            self.username = f"demo-{next(numbers):05d}"
            self.client.get("/accounts/login/", name="sign-in page")
            self.post(
                "/accounts/login/",
                {"username": self.username, "password": PASSWORD},
                name="sign in",
            )
            lessons = LESSON.findall(self.client.get("/lessons/", name="lesson list").text)
            self.lessons = sorted(set(lessons)) or ["/lessons/"]

        def post(self, url: str, data: dict[str, str], **kwargs: object):
            headers = {
                "X-CSRFToken": self.client.cookies.get("csrftoken", ""),
                **kwargs.pop("headers", {}),
            }
            return self.client.post(url, data=data, headers=headers, **kwargs)

        @task(3)
        def read_a_lesson(self) -> None:
            self.client.get(random.choice(self.lessons), name="lesson page")

        @task(6)
        def practise(self) -> None:
            response = self.post("/practice/start/", {}, name="start practice")
            url = response.url.removeprefix(host)
            for _ in range(3):
                page = self.client.get(url, name="question page")
                choices = CHOICE.findall(page.text)
                if not choices:
                    return
                self.post(
                    f"{url}answer/",
                    {"choice": random.choice(choices)},
                    headers={"HX-Request": "true"},
                    name="answer (htmx)",
                )
                number = int(url.rstrip("/").rsplit("/", 1)[1])
                url = f"{url.rstrip('/').rsplit('/', 1)[0]}/{number + 1}/"

        @task(2)
        def dashboard(self) -> None:
            self.client.get("/dashboard/", name="dashboard")

        @task(1)
        def mock_exam(self) -> None:
            response = self.post(
                "/exam/",
                {"questions": "5", "seconds_per_question": "60", "pass_mark": "70"},
                name="start exam",
            )
            url = response.url.removeprefix(host)
            attempt = url.strip("/").split("/")[1]
            for _ in range(5):
                page = self.client.get(url, name="exam question page")
                choices, version = CHOICE.findall(page.text), VERSION.search(page.text)
                if not choices or not version:
                    break
                answered = self.post(
                    f"{url}answer/",
                    {"choice": random.choice(choices), "version": version.group(1), "go": "next"},
                    name="exam answer (plain)",
                )
                url = answered.url.removeprefix(host)
                if "/submit/" in url:
                    break
            self.post(f"/attempts/{attempt}/finish/", {}, name="finish exam")

    results: dict[str, object] = {}
    for name, users, seconds in (
        ("ceiling", [Ceiling], args.seconds / 3),
        ("mix", [Learner], args.seconds),
    ):
        environment = Environment(user_classes=users, host=host)
        runner = environment.create_local_runner()
        runner.start(args.users, spawn_rate=args.users * 4)
        gevent.sleep(seconds)
        runner.quit()
        results[name] = environment.stats
    return results


def report(results: dict[str, object], args: argparse.Namespace) -> None:
    ceiling = results["ceiling"].total
    ceiling_rps = ceiling.num_requests / max(
        ceiling.last_request_timestamp - ceiling.start_time, 1e-9
    )
    print(
        f"\n{args.users} users, {args.workers} workers; ceiling (/livez): {ceiling_rps:.0f} req/s, "
        f"p50 {ceiling.get_response_time_percentile(0.5):.0f} ms"
    )
    print(
        f"{'endpoint':28} {'requests':>8} {'req/s':>7} {'of ceil.':>8} {'p50':>6} {'p95':>6} "
        f"{'p99':>6} {'fail':>5}"
    )
    stats = results["mix"]
    elapsed = max(stats.total.last_request_timestamp - stats.total.start_time, 1e-9)
    for entry in sorted(stats.entries.values(), key=lambda e: -e.num_requests):
        rate = entry.num_requests / elapsed
        print(
            f"{entry.name:28} {entry.num_requests:8} {rate:7.1f} {rate / ceiling_rps:8.1%} "
            f"{entry.get_response_time_percentile(0.5):6.0f} "
            f"{entry.get_response_time_percentile(0.95):6.0f} "
            f"{entry.get_response_time_percentile(0.99):6.0f} {entry.num_failures:5}"
        )
    total = stats.total
    print(
        f"{'all':28} {total.num_requests:8} {total.num_requests / elapsed:7.1f} "
        f"{'':8} {total.get_response_time_percentile(0.5):6.0f} "
        f"{total.get_response_time_percentile(0.95):6.0f} "
        f"{total.get_response_time_percentile(0.99):6.0f} {total.num_failures:5}"
    )
    for error in stats.errors.values():
        print(f"  error: {error.method} {error.name}: {error.error} x{error.occurrences}")


if __name__ == "__main__":
    main()
