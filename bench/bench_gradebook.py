"""Bench the trainer's gradebook and the item statistics.

Run from the project root: `DEBUG=1 python bench/bench_gradebook.py [REQUESTS]` (default 30). It
migrates a throwaway SQLite database in a temporary folder, so it never touches db.sqlite3, and
seeds a group of 200 learners with 100 answers each (10 practice rounds of 10), their topic scores
and lesson reads, and two assignments. Then it prints the gradebook's time per request (median and
95th percentile; the page includes the group's item statistics), the sorted table's (the htmx
fragment, without them), the CSV export's, their query counts, and the time of `quizzes.statistics.item_statistics` over 100,000 answers (800 more
learners' answers added outside the group) and of the question admin's list, whose item statistics
column aggregates the answers to the questions on its page. The bank has 60 questions (the admin's
page shows them all); `BENCH_QUESTIONS=600` spreads the answers over 600 (a page is a sixth of them).
"""

from __future__ import annotations

# isort: off
from throwaway_db import ROOT, TMP  # noqa: F401 (first: Django on a throwaway database)
# isort: on

import os
import random
import statistics
import sys
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import LessonRead
from quizzes import scoring
from quizzes import statistics as item_stats
from quizzes.models import Attempt, AttemptQuestion, Question, Response, TopicScore
from teach import group_counts, teaching
from teach.access import TRAINERS_GROUP
from teach.models import Membership
from tests.factories import make_lesson, make_question, make_topic

GROUP_SIZE = int(os.environ.get("BENCH_GROUP", 200))
ANSWERS_EACH = 100
ROUND = 10
STATISTICS_ANSWERS = int(os.environ.get("BENCH_ANSWERS", 100_000))
BANK = int(os.environ.get("BENCH_QUESTIONS", 60))


def setup_bank() -> list[Question]:
    topics = [
        make_topic(slug, position=n) for n, slug in enumerate(["empathy", "recovery", "ethics"])
    ]
    lessons = [make_lesson(topic=topics[n % 3]) for n in range(6)]
    for n in range(BANK):
        make_question(lessons[n % 6])
    return list(Question.objects.prefetch_related("choices"))


@transaction.atomic
def seed_answers(learners, questions: list[Question], rng: random.Random) -> None:
    """``ANSWERS_EACH`` answers per learner in finished practice rounds, bulk-created, and each
    learner's topic scores (their counts and answers per lesson) as answering them one by one would
    leave them."""
    now = timezone.now()
    # Each round: (learner, [(question, right?)...]); a learner's skill sets their odds.
    rounds = []
    for learner in learners:
        skill = rng.uniform(0.3, 0.95)
        for _ in range(ANSWERS_EACH // ROUND):
            drawn = rng.sample(questions, ROUND)
            rounds.append((learner, [(q, rng.random() < skill) for q in drawn]))
    made = Attempt.objects.bulk_create(
        (
            Attempt(
                learner=learner,
                mode=Attempt.Mode.PRACTICE,
                scope=Attempt.Scope.MIXED,
                started_at=now,
                finished_at=now,
                question_count=ROUND,
                answered_count=ROUND,
                correct_count=sum(right for _, right in answers),
            )
            for learner, answers in rounds
        ),
        batch_size=2000,
    )
    items = AttemptQuestion.objects.bulk_create(
        (
            AttemptQuestion(
                attempt=attempt,
                question=question,
                position=position,
                choice_order=[choice.pk for choice in question.choices.all()],
            )
            for attempt, (_, answers) in zip(made, rounds, strict=True)
            for position, (question, _) in enumerate(answers, start=1)
        ),
        batch_size=2000,
    )
    rights = [right for _, answers in rounds for _, right in answers]
    by_question = {question.pk: list(question.choices.all()) for question in questions}
    responses = []
    tallies: dict[tuple[int, int], scoring.Tally] = {}
    lessons: dict[tuple[int, int], list[tuple[int, bool]]] = {}
    lesson_of = {question.pk: question.lesson_id for question in questions}
    topic_of = {question.pk: question.topic_id for question in questions}
    for item, right in zip(items, rights, strict=True):
        learner_id = item.attempt.learner_id
        choices = by_question[item.question_id]
        choice = next(c for c in choices if c.is_correct == right)
        responses.append(
            Response(
                attempt_question=item,
                choice=choice,
                choice_text=choice.text,
                is_correct=right,
                answered_at=now,
            )
        )
        key = (learner_id, topic_of[item.question_id])
        tallies[key] = scoring.add_answer(tallies.get(key, scoring.Tally()), correct=right)
        lessons.setdefault(key, []).append((lesson_of[item.question_id], right))
    Response.objects.bulk_create(responses, batch_size=2000)
    TopicScore.objects.bulk_create(
        (
            TopicScore(
                learner_id=learner_id,
                topic_id=topic_id,
                answered=tally.answered,
                correct=tally.correct,
                weighted_answered=tally.weighted_answered,
                weighted_correct=tally.weighted_correct,
                mastery=tally.mastery,
                lesson_answers=scoring.lesson_answers_of(lessons[learner_id, topic_id]),
                updated_at=now,
            )
            for (learner_id, topic_id), tally in tallies.items()
        ),
        batch_size=2000,
    )


def timed(
    client: Client, url: str, count: int, cpu: list[float] | None = None, **headers: str
) -> list[float]:
    """Wall-clock ms per request; ``cpu`` collects this process's CPU ms per request too (SQLite
    runs in-process, so that is the request's own work, without waiting for a shared CPU)."""
    times = []
    for _ in range(count):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, **headers)
        assert response.status_code == 200, response.status_code
        times.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - start_cpu) * 1000)
    return times


def queries(client: Client, url: str, **headers: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, **headers).status_code == 200
    return len(captured)


def main(count: int) -> None:
    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    questions = setup_bank()
    users = get_user_model()
    trainer = users.objects.create_user("trainer")
    trainer.groups.add(Group.objects.get_or_create(name=TRAINERS_GROUP)[0])
    now = timezone.now()
    cohort = teaching.create_cohort(owner=trainer, name="Bench class")
    learners = users.objects.bulk_create(users(username=f"l{n}") for n in range(GROUP_SIZE))
    Membership.objects.bulk_create(
        Membership(cohort=cohort, learner=learner, joined_at=now) for learner in learners
    )
    lessons = list({question.lesson_id: question.lesson for question in questions}.values())
    LessonRead.objects.bulk_create(
        LessonRead(learner=learner, lesson=lesson, first_read_at=now)
        for learner in learners
        for lesson in lessons
        if rng.random() < 0.7
    )
    for name, chosen, goal in (
        ("Week 1", lessons[:3], "practice"),
        ("Week 2", lessons[3:], "exam"),
    ):
        lesson_set = teaching.create_lesson_set(owner=trainer, name=name, lessons=chosen)
        teaching.create_assignment(
            cohort=cohort, lesson_set=lesson_set, created_by=trainer, goal=goal
        )
    seed_answers(learners, questions, rng)
    group_counts.recount([cohort.pk])  # the group's answer counts, as answering would leave them
    group_answers = Response.objects.count()

    # Not setup_test_environment(): its instrumented template rendering would be timed too.
    client = Client(HTTP_HOST="localhost")
    client.force_login(trainer)
    url = f"/teach/groups/{cohort.pk}/"
    timed(client, url, 3)  # warm up templates and caches
    page_cpu: list[float] = []
    sort_cpu: list[float] = []
    csv_cpu: list[float] = []
    htmx = {"HTTP_HX_REQUEST": "true"}
    sort_url = f"{url}?sort=readiness&dir=desc"
    page = timed(client, url, count, page_cpu)
    sort = timed(client, sort_url, count, sort_cpu, **htmx)
    csv = timed(client, f"{url}gradebook.csv", count, csv_cpu)
    print(
        f"gradebook: {GROUP_SIZE} learners, {group_answers} answers, {len(questions)} questions, "
        f"SQLite in {TMP.name}"
    )
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'':<34} {'median ms':>9} {'p95 ms':>7} {'CPU ms':>7} {'queries':>7}")
    for label, times, cpu, target, headers in (
        ("gradebook page (with statistics)", page, page_cpu, url, {}),
        ("sorted table (htmx fragment)", sort, sort_cpu, sort_url, htmx),
        ("gradebook CSV", csv, csv_cpu, f"{url}gradebook.csv", {}),
    ):
        p95 = statistics.quantiles(times, n=20)[-1]
        print(
            f"{label:<34} {statistics.median(times):>9.1f} {p95:>7.1f} "
            f"{statistics.median(cpu):>7.1f} {queries(client, target, **headers):>7}"
        )

    others = users.objects.bulk_create(
        users(username=f"o{n}") for n in range((STATISTICS_ANSWERS - group_answers) // ANSWERS_EACH)
    )
    seed_answers(others, questions, rng)
    total = Response.objects.count()
    runs, runs_cpu = [], []
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = item_stats.item_statistics(Response.objects.scored())
        runs.append((time.perf_counter() - start) * 1000)
        runs_cpu.append((time.process_time() - start_cpu) * 1000)
    dubious = sum(item.dubious for item in result.values())
    print(
        f"\nitem statistics over {total} answers ({len(result)} questions, {dubious} dubious): "
        f"median {statistics.median(runs):.0f} ms (CPU {statistics.median(runs_cpu):.0f} ms), "
        f"best {min(runs):.0f} ms of {len(runs)} runs"
    )
    group_cpu: list[float] = []
    group_runs = timed(client, url, 5, group_cpu)
    print(
        f"gradebook page with {total} answers in the database: "
        f"median {statistics.median(group_runs):.1f} ms (CPU {statistics.median(group_cpu):.1f} ms)"
    )
    sample = next(iter(result.values()))
    print(
        f"one item: {sample.answered} answers, facility {sample.facility:.2f}, "
        f"discrimination {sample.discrimination}, reasons {sample.reasons}"
    )
    staff = users.objects.create_superuser("staff", "staff@example.org", None)
    admin = Client(HTTP_HOST="localhost")
    admin.force_login(staff)
    admin_cpu: list[float] = []
    admin_runs = timed(admin, "/admin/quizzes/question/", 5, admin_cpu)
    print(
        f"question admin's list ({min(len(questions), 100)} of {len(questions)} questions, with "
        f"their item statistics): median {statistics.median(admin_runs):.0f} ms "
        f"(CPU {statistics.median(admin_cpu):.0f} ms), "
        f"{queries(admin, '/admin/quizzes/question/')} queries"
    )
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    print("the gradebook's slowest queries (ms):")
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:4]
    for query in slowest:
        print(f"  {1000 * float(query['time']):7.1f}  {query['sql'][:110]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
