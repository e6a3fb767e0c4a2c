"""Load bench: the app under `make serve`'s server, each page alone and a realistic mix, figures per endpoint.

Run from the project root: `python bench/load.py [--seconds 30] [--users 8] [--workers 2] [--servers 1]
[--alone-seconds 8] [--learners 200] [--answers 100]` (`make load` does). It builds a throwaway SQLite
database in a temporary folder (migrate, sync_content, seed_demo, seed_demo_group: a trainer with a group
of up to 200 demo learners), starts gunicorn with the project's config on free loopback ports (`--servers
2`: two servers on the same database, each with `--workers` workers) and drives it with locust (headless,
in this process, `--users` connections at a time, no pause between requests):

1. the ceiling: the same servers answering `/livez` (no database, no template);
2. each page alone (`--alone-seconds` each; 0 skips): the question page, the answer POST (htmx, then
   plain), the feedback page, the dashboard and the trainer's gradebook, each the only request sent, on
   practice rounds opened for the bench beforehand. Its req/s as a share of the ceiling is the figure the
   issue's targets are in (the ratio holds from machine to machine where absolute figures do not), and the
   servers' CPU time per request is read from /proc;
3. the mix (`--seconds`): signed-in demo learners reading lessons, practising (question page, htmx answer,
   feedback), sitting a short mock exam (plain POSTs) and opening their dashboard, and one trainer now and
   then opening the group's gradebook.

It prints req/s, share of the ceiling, p50/p95/p99 and failures per endpoint, and afterwards checks that the
learners' per-topic totals and the group's answer counts per option equal the answers in the database. With two servers every user sends its
requests to both in turn (a page drawn by one server is answered on the other), so the check also shows that
no server keeps anything in its memory between requests. Traffic goes to 127.0.0.1 only, for a bounded time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PASSWORD = "demo-password-1"
CHOICE = re.compile(r'name="choice"[^>]*value="(\d+)"')
VERSION = re.compile(r'name="version"[^>]*value="(\d+)"')
LESSON = re.compile(r'href="(/lessons/[a-z0-9-]+/)"')
GROUP_SIZE = 200  # the gradebook: a group of 200 learners
ROUND = 10  # questions per practice round
ANSWERS_PER_SECOND = (
    150  # per worker, a generous bound: how many practice rounds to open for phase 2
)

# Targets (issue 12), per endpoint alone: the least share of the ceiling.
TARGETS = {
    "question page": 0.20,
    "feedback page": 0.20,
    "answer (htmx)": 0.08,
    "answer (plain)": 0.08,
    "dashboard": 0.15,
}
P99_TARGET_MS = 100  # every learner page in the mix
GRADEBOOK_TARGET_MS = 100  # median, alone


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
from teach import group_counts
print(
    Response.objects.count(), sum(by_answers.values()), len(by_rows), wrong,
    len(group_counts.differences()),
)
"""

# Open practice rounds for phase 2, made the way a learner's "Start practice" makes them: per learner
# (demo-00001, ...), a list of rounds, each [attempt id, [[position, a choice to send], ...]].
OPEN_ROUNDS = """
import json, os, random
from django.contrib.auth import get_user_model
from django.utils import timezone
from quizzes import attempts
rng = random.Random(11)
plan = {}
for n in range(1, int(os.environ["LOAD_LEARNERS"]) + 1):
    learner = get_user_model().objects.get(username=f"demo-{n:05d}")
    rounds = plan[learner.username] = []
    for _ in range(int(os.environ["LOAD_ROUNDS"])):
        attempt = attempts.start_practice(learner=learner, size=10, rng=rng, now=timezone.now())
        items = attempt.items.order_by("position").values_list("position", "choice_order")
        rounds.append([attempt.pk, [[p, rng.choice(order)] for p, order in items]])
print(json.dumps(plan))
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


def cpu_seconds(servers: list[subprocess.Popen]) -> float | None:
    """User + system CPU seconds used so far by the servers' workers (Linux /proc), else None."""
    masters = {server.pid for server in servers}
    total = 0.0
    try:
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) in masters:  # a worker: its parent is a server's master
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return None
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30, help="length of the mix")
    parser.add_argument("--users", type=int, default=8, help="concurrent simulated users")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument(
        "--servers", type=int, default=1, help="gunicorn servers on the same database"
    )
    parser.add_argument(
        "--alone-seconds", type=float, default=8, help="per page alone, and the ceiling (0: skip)"
    )
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--answers", type=int, default=100, help="seeded answers per learner")
    args = parser.parse_args()
    if args.learners < args.users:
        parser.error("--learners must be at least --users (each user signs in as its own learner)")

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
    seeded = manage(
        env,
        "seed_demo",
        f"--learners={args.learners}",
        f"--answers={args.answers}",
        f"--password={PASSWORD}",
    )
    print(seeded.strip())
    grouped = manage(
        env,
        "seed_demo_group",
        f"--learners={min(GROUP_SIZE, args.learners)}",
        f"--password={PASSWORD}",
    )
    print(grouped.strip())
    group = int(re.search(r"group #(\d+)", grouped).group(1))
    rounds: dict[str, list] = {}
    if args.alone_seconds > 0:
        answers = 2 * args.alone_seconds * ANSWERS_PER_SECOND * args.workers * args.servers
        per_user = 1 + math.ceil(answers / ROUND / args.users)  # + one round for the page views
        opened = manage(
            {**env, "LOAD_LEARNERS": str(args.users), "LOAD_ROUNDS": str(per_user)},
            "shell",
            "-c",
            OPEN_ROUNDS,
        )
        rounds = json.loads(opened.strip().splitlines()[-1])
        print(f"Opened {per_user} practice rounds for each of {args.users} learners.")
    print(f"set-up: {time.perf_counter() - started:.0f} s")

    servers = []
    try:
        for _ in range(args.servers):
            port = free_port()
            servers.append((f"http://127.0.0.1:{port}", serve(env, port, args.workers)))
        results = drive([url for url, _ in servers], [p for _, p in servers], args, group, rounds)
    finally:
        for _, process in servers:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    report(results, args)
    responses, scored, rows, wrong, group_wrong = (
        manage(env, "shell", "-c", CHECK_TOTALS).strip().splitlines()[-1].split()
    )
    print(
        f"\nanswers in the database: {responses} ({scored} scored), topic rows: {rows}, "
        f"rows that disagree with the answers: {wrong}; the group's answer counts per option "
        f"that disagree: {group_wrong}"
    )
    if wrong != "0" or group_wrong != "0":
        sys.exit("per-topic totals or the group's answer counts drifted from the answers")


def drive(
    hosts: list[str],
    servers: list[subprocess.Popen],
    args: argparse.Namespace,
    group: int,
    rounds: dict[str, list],
) -> dict[str, object]:
    # locust patches the standard library (gevent) when imported: only here, after the set-up.
    import gevent
    from gevent.event import Event
    from locust import FastHttpUser, between, constant, task
    from locust.env import Environment
    from locust.exception import StopUser

    numbers = iter(random.Random(7).sample(range(1, args.learners + 1), args.learners))
    gradebook = f"/teach/groups/{group}/"

    class Visitor(FastHttpUser):
        """A user whose requests go to the servers in turn, each started at a different one."""

        abstract = True
        wait_time = constant(0)
        instances = 0

        def __init__(self, *a, **kw) -> None:
            super().__init__(*a, **kw)
            Visitor.instances += 1
            self.index = self.turn = Visitor.instances

        def url(self, path: str) -> str:
            self.turn += 1
            return hosts[self.turn % len(hosts)] + path

        def get(self, path: str, name: str, **kwargs):
            return self.client.get(self.url(path), name=name, **kwargs)

        def post(self, path: str, data: dict[str, str], name: str, htmx: bool = False):
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-CSRFToken": self.cookie("csrftoken"),
            }
            if htmx:
                headers["HX-Request"] = "true"
            return self.client.post(
                self.url(path),
                data=urllib.parse.urlencode(data),
                headers=headers,
                name=name,
                allow_redirects=False,
            )

        def cookie(self, name: str) -> str:
            return next((c.value for c in self.client.cookiejar if c.name == name), "")

        def sign_in(self, username: str) -> None:
            self.get("/accounts/login/", name="sign-in page")
            self.post(
                "/accounts/login/", {"username": username, "password": PASSWORD}, name="sign in"
            )

    # --- 1 and 2: the ceiling and each page alone ------------------------------------------
    # Per learner: the round whose pages are viewed (the first, unanswered), and the answers to send,
    # round after round (shared by the two answer phases: a question is answered once).
    views = {learner: own[0] for learner, own in rounds.items()}
    answers = {
        learner: iter(
            [
                (attempt, position, choice)
                for attempt, items in own[1:]
                for position, choice in items
            ]
        )
        for learner, own in rounds.items()
    }
    ready = Event()
    signed_in = [0]

    class Alone(Visitor):
        """Sends one kind of request, as fast as it is answered, once every user has signed in."""

        abstract = True
        page = ""

        def on_start(self) -> None:
            learner = f"demo-{self.index:05d}"  # its own open rounds
            if self.page != "ceiling":
                self.sign_in("trainer-demo" if self.page == "gradebook" else learner)
            own = views.get(learner, [])
            self.views = [(own[0], position) for position, _ in own[1]] if own else []
            self.answers = answers.get(learner, iter(()))
            signed_in[0] += 1
            if signed_in[0] == args.users:
                ready.set()
            ready.wait()

        @task
        def send(self) -> None:
            if self.page == "ceiling":
                self.get("/livez", name="ceiling /livez")
            elif self.page in ("question page", "feedback page"):
                attempt, position = random.choice(self.views)
                self.get(f"/attempts/{attempt}/{position}/", name=self.page)
            elif self.page.startswith("answer"):
                answer = next(self.answers, None)
                if answer is None:
                    Alone.ran_out = True
                    raise StopUser
                attempt, position, choice = answer
                self.post(
                    f"/attempts/{attempt}/{position}/answer/",
                    {"choice": str(choice)},
                    name=self.page,
                    htmx=self.page == "answer (htmx)",
                )
            elif self.page == "dashboard":
                self.get("/dashboard/", name="dashboard")
            else:
                self.get(gradebook, name="gradebook")

    Alone.ran_out = False

    def run(users: list[type], seconds: float, wait_for_sign_in: bool) -> dict[str, object]:
        Visitor.instances = 0
        signed_in[0] = 0
        ready.clear()
        environment = Environment(user_classes=users, host=hosts[0])
        runner = environment.create_local_runner()
        runner.start(args.users, spawn_rate=args.users * 10)
        if wait_for_sign_in:
            ready.wait(timeout=60)
        environment.stats.reset_all()
        cpu, start = cpu_seconds(servers), time.perf_counter()
        gevent.sleep(seconds)
        elapsed, cpu_after = time.perf_counter() - start, cpu_seconds(servers)
        runner.quit()
        return {
            "stats": environment.stats,
            "elapsed": elapsed,
            "cpu": None if cpu is None or cpu_after is None else cpu_after - cpu,
        }

    results: dict[str, object] = {}
    alone = ["ceiling"]
    if args.alone_seconds > 0:
        # The question page reads the first round before it is answered; the feedback page reads
        # the rounds the answer phases answered.
        alone += [
            "question page",
            "answer (htmx)",
            "answer (plain)",
            "feedback page",
            "dashboard",
            "gradebook",
        ]
    for page in alone:
        if page == "feedback page":
            views.update((learner, own[1]) for learner, own in rounds.items())  # answered by now
        user = type(page.title().replace(" ", ""), (Alone,), {"page": page, "abstract": False})
        seconds = args.alone_seconds if args.alone_seconds > 0 else args.seconds / 3
        results[page] = run([user], seconds, wait_for_sign_in=True)

    # --- 3: the mix -----------------------------------------------------------------------
    class Learner(Visitor):
        wait_time = constant(0)

        def on_start(self) -> None:
            self.username = f"demo-{next(numbers):05d}"
            self.sign_in(self.username)
            lessons = LESSON.findall(self.get("/lessons/", name="lesson list").text)
            self.lessons = sorted(set(lessons)) or ["/lessons/"]

        @task(3)
        def read_a_lesson(self) -> None:
            self.get(random.choice(self.lessons), name="lesson page")

        @task(6)
        def practise(self) -> None:
            started = self.post("/practice/start/", {}, name="start practice")
            url = started.headers["Location"]
            for _ in range(3):
                page = self.get(url, name="question page")
                choices = CHOICE.findall(page.text)
                if not choices:
                    return
                self.post(
                    f"{url}answer/",
                    {"choice": random.choice(choices)},
                    name="answer (htmx)",
                    htmx=True,
                )
                if random.random() < 0.3:  # some come back to the question: its feedback
                    self.get(url, name="feedback page")
                number = int(url.rstrip("/").rsplit("/", 1)[1])
                url = f"{url.rstrip('/').rsplit('/', 1)[0]}/{number + 1}/"

        @task(2)
        def dashboard(self) -> None:
            self.get("/dashboard/", name="dashboard")

        @task(1)
        def mock_exam(self) -> None:
            started = self.post(
                "/exam/",
                {"questions": "5", "seconds_per_question": "60", "pass_mark": "70"},
                name="start exam",
            )
            url = started.headers["Location"]
            attempt = url.strip("/").split("/")[1]
            for _ in range(5):
                page = self.get(url, name="exam question page")
                choices, version = CHOICE.findall(page.text), VERSION.search(page.text)
                if not choices or not version:
                    break
                answered = self.post(
                    f"{url}answer/",
                    {"choice": random.choice(choices), "version": version.group(1), "go": "next"},
                    name="exam answer (plain)",
                )
                url = answered.headers["Location"]
                if "/submit/" in url:
                    break
            self.post(f"/attempts/{attempt}/finish/", {}, name="finish exam")
            self.get(f"/attempts/{attempt}/results/", name="exam results")

    class Trainer(Visitor):
        """One trainer, opening the group's gradebook now and then (and sorting it, by htmx)."""

        fixed_count = 1
        wait_time = between(1, 3)

        def on_start(self) -> None:
            self.sign_in("trainer-demo")

        @task(3)
        def open_gradebook(self) -> None:
            self.get(gradebook, name="gradebook")

        @task(1)
        def sort_gradebook(self) -> None:
            self.client.get(
                self.url(f"{gradebook}?sort=readiness&dir=desc"),
                name="gradebook sorted (htmx)",
                headers={"HX-Request": "true"},
            )

    results["mix"] = run([Learner, Trainer], args.seconds, wait_for_sign_in=False)
    results["ran_out"] = Alone.ran_out
    return results


def _row(name: str, entry, rate: float, ceiling: float, extra: str = "") -> str:
    return (
        f"{name:28} {entry.num_requests:8} {rate:7.1f} {rate / ceiling:8.1%} "
        f"{entry.get_response_time_percentile(0.5):6.0f} "
        f"{entry.get_response_time_percentile(0.95):6.0f} "
        f"{entry.get_response_time_percentile(0.99):6.0f} {entry.num_failures:5}{extra}"
    )


def report(results: dict[str, object], args: argparse.Namespace) -> None:
    header = (
        f"{'endpoint':28} {'requests':>8} {'req/s':>7} {'of ceil.':>8} {'p50':>6} {'p95':>6} "
        f"{'p99':>6} {'fail':>5}"
    )
    first = results["ceiling"]
    ceiling = first["stats"].total
    ceiling_rps = ceiling.num_requests / first["elapsed"]
    servers = f"{args.servers} servers x " if args.servers > 1 else ""
    print(
        f"\n{args.users} users, {servers}{args.workers} workers; ceiling (/livez): "
        f"{ceiling_rps:.0f} req/s, p50 {ceiling.get_response_time_percentile(0.5):.0f} ms"
    )
    alone = [name for name in results if name not in ("ceiling", "mix", "ran_out")]
    if alone:
        print(
            f"\neach page alone ({args.alone_seconds:g} s each; CPU: the servers' workers, /proc)"
        )
        print(f"{header} {'CPU ms':>6}  target")
        for name in ["ceiling", *alone]:
            run = results[name]
            entry = run["stats"].entries.get(
                (
                    name if name != "ceiling" else "ceiling /livez",
                    "POST" if "answer" in name else "GET",
                )
            )
            if entry is None:
                print(f"{name:28} no requests")
                continue
            rate = entry.num_requests / run["elapsed"]
            cpu = (
                f"{1000 * run['cpu'] / entry.num_requests:6.1f}"
                if run["cpu"] is not None and entry.num_requests
                else f"{'n/a':>6}"
            )
            target = ""
            if name in TARGETS:
                met = rate / ceiling_rps >= TARGETS[name]
                target = f"  >= {TARGETS[name]:.0%}: {'met' if met else 'NOT met'}"
            elif name == "gradebook":
                p50 = entry.get_response_time_percentile(0.5)
                target = f"  p50 < {GRADEBOOK_TARGET_MS} ms: {'met' if p50 < GRADEBOOK_TARGET_MS else 'NOT met'}"
            print(_row(name, entry, rate, ceiling_rps, f" {cpu}{target}"))
        if results["ran_out"]:
            print("  (an answer phase ran out of open questions: its rate is a lower bound)")

    mix = results["mix"]
    stats = mix["stats"]
    print(f"\nthe mix ({args.seconds:g} s; p99 target for learner pages: < {P99_TARGET_MS} ms)")
    print(header)
    for entry in sorted(stats.entries.values(), key=lambda e: -e.num_requests):
        rate = entry.num_requests / mix["elapsed"]
        learner_page = not entry.name.startswith(("gradebook", "sign"))
        slow = entry.get_response_time_percentile(0.99) >= P99_TARGET_MS
        note = ""
        if learner_page and slow:
            # A p99 of fewer than 100 requests is the slowest one (the lesson list: once a user).
            note = "  p99 over" if entry.num_requests >= 100 else "  (too few for a p99)"
        print(_row(entry.name, entry, rate, ceiling_rps, note))
    total = stats.total
    print(
        f"{'all':28} {total.num_requests:8} {total.num_requests / mix['elapsed']:7.1f} "
        f"{'':8} {total.get_response_time_percentile(0.5):6.0f} "
        f"{total.get_response_time_percentile(0.95):6.0f} "
        f"{total.get_response_time_percentile(0.99):6.0f} {total.num_failures:5}"
    )
    for name in ["ceiling", *alone, "mix"]:
        for error in results[name]["stats"].errors.values():
            print(
                f"  error ({name}): {error.method} {error.name}: {error.error} x{error.occurrences}"
            )


if __name__ == "__main__":
    main()
