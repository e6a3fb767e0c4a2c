"""Bench rebuilding the per-topic summary rows from the answers (``manage.py rebuild_scores``).

Run from the project root: `DEBUG=1 python bench/bench_rebuild_scores.py [LEARNERS] [ANSWERS]`
(default 200 learners with 100 practice answers each). It migrates a throwaway SQLite database in a
temporary folder, so it never touches db.sqlite3, writes the answers in bulk, and prints how long
`--check` (compare only), a full rebuild and the rebuild after a lesson moves topic take, and the
queries each makes.
"""

from __future__ import annotations

# isort: off
from throwaway_db import ROOT, TMP  # noqa: F401 (first: Django on a throwaway database)
# isort: on

import random
import sys
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext, setup_test_environment
from django.utils import timezone

from quizzes import scoring
from quizzes.bank import follow_lesson_topic
from quizzes.models import Attempt, AttemptQuestion, Response, TopicScore
from quizzes.scores import rebuild_topic_scores, topic_score_differences
from tests.factories import make_lesson, make_question, make_topic


def setup(learners: int, answers: int) -> list:
    rng = random.Random(3)
    topics = [
        make_topic(slug, position=n) for n, slug in enumerate(["empathy", "recovery", "ethics"])
    ]
    lessons = [make_lesson(topic=topic) for topic in topics]
    questions = [make_question(lessons[n % 3]) for n in range(60)]
    choices = {q.pk: list(q.choices.all()) for q in questions}
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"learner{n}") for n in range(learners)
    )
    start = timezone.now() - timedelta(days=30)
    since = scoring.recent_since(timezone.now())
    for user in users:
        responses, tallies, recent, lessons = [], {}, {}, {}
        for number in range(answers // 10):  # rounds of ten, as practice deals them
            attempt = Attempt.objects.create(
                learner=user,
                mode=Attempt.Mode.PRACTICE,
                scope=Attempt.Scope.MIXED,
                started_at=start + timedelta(hours=number),
                question_count=10,
            )
            items = AttemptQuestion.objects.bulk_create(
                AttemptQuestion(
                    attempt=attempt,
                    question=question,
                    position=n + 1,
                    choice_order=[c.pk for c in choices[question.pk]],
                )
                for n, question in enumerate(rng.sample(questions, 10))
            )
            for n, item in enumerate(items):
                choice = rng.choice(choices[item.question_id])
                responses.append(
                    Response(
                        attempt_question=item,
                        choice=choice,
                        choice_text=choice.text,
                        is_correct=choice.is_correct,
                        answered_at=start + timedelta(hours=number, minutes=n),
                    )
                )
                topic = item.question.topic_id
                tallies[topic] = scoring.add_answer(
                    tallies.get(topic, scoring.Tally()), correct=choice.is_correct
                )
                recent.setdefault(topic, []).append((responses[-1].answered_at, choice.is_correct))
                lessons.setdefault(topic, []).append((item.question.lesson_id, choice.is_correct))
        Response.objects.bulk_create(responses)
        TopicScore.objects.bulk_create(
            TopicScore(
                learner=user,
                topic_id=topic,
                answered=t.answered,
                correct=t.correct,
                weighted_answered=t.weighted_answered,
                weighted_correct=t.weighted_correct,
                mastery=t.mastery,
                recent_answers=scoring.recent_of(recent[topic], since=since),
                lesson_answers=scoring.lesson_answers_of(lessons[topic]),
                updated_at=start,
            )
            for topic, t in tallies.items()
        )
    return lessons


def timed(label: str, action) -> None:
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        result = action()
        elapsed = (time.perf_counter() - start) * 1000
    print(f"{label:<44} {elapsed:>9.1f} ms {len(captured):>5} queries  {len(result)} rows changed")


def main(learners: int = 200, answers: int = 100) -> None:
    setup_test_environment()
    call_command("migrate", verbosity=0)
    lessons = setup(learners, answers)
    print(
        f"{learners} learners x {answers} answers = {Response.objects.count()} answers, "
        f"{TopicScore.objects.count()} summary rows (SQLite in {TMP.name})"
    )
    timed("rebuild_scores --check (no drift)", topic_score_differences)
    timed("rebuild_scores (nothing to fix)", lambda: rebuild_topic_scores(now=timezone.now()))
    TopicScore.objects.filter(pk__in=TopicScore.objects.values("pk")[: learners // 2]).update(
        answered=0, correct=0, weighted_answered=0, weighted_correct=0
    )
    timed(
        "rebuild_scores (half the learners' rows off)",
        lambda: rebuild_topic_scores(now=timezone.now()),
    )
    lesson = lessons[2]
    lesson.topic = lessons[0].topic
    lesson.save()

    def rows() -> dict:
        return {(r.learner_id, r.topic_id): r.answered for r in TopicScore.objects.all()}

    def move() -> list:
        before = rows()
        follow_lesson_topic(lesson)
        after = rows()
        return [key for key in before.keys() | after.keys() if before.get(key) != after.get(key)]

    timed("a lesson moves topic (incl. reading rows twice)", move)
    assert topic_score_differences() == []


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
