"""A demonstration data set for load benches and demos: many learners, each with a practice history.

Written in bulk (a handful of INSERT statements per thousand answers), with each learner's per-topic
summary row computed from their answers by the same arithmetic as a live answer (`scoring.tally_of`,
`scoring.recent_of` for the recent answers per quarter hour and `scoring.lesson_answers_of` for the
answers per lesson), so the pages show what they would show had the learners answered one by one.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from accounts.models import Profile
from quizzes import scoring
from quizzes.models import Attempt, AttemptQuestion, Question, Response, TopicScore

ROUND = 10  # questions per practice round, as a learner's practice rounds are
DEMO_PREFIX = "demo-"


class NoQuestionsToAnswer(Exception):
    """The bank has no published question: load content (sync_content) first."""


@dataclass(frozen=True)
class DemoSet:
    learners: int
    attempts: int
    answers: int
    topic_scores: int


def _batches(count: int, size: int) -> Iterator[range]:
    for start in range(0, count, size):
        yield range(start, min(start + size, count))


def seed_demo(
    *,
    learners: int,
    answers: int,
    rng: random.Random,
    now: datetime,
    password: str,
    batch: int = 200,
) -> DemoSet:
    """`learners` new accounts (`demo-00001`, ...) with `answers` practice answers each, spread over the
    past 30 days; right about 40-90% of the time, a level drawn per learner."""
    questions = list(Question.objects.published().prefetch_related("choices").order_by("pk"))
    if not questions:
        raise NoQuestionsToAnswer
    choices = {q.pk: sorted(q.choices.all(), key=lambda c: c.position) for q in questions}
    first = get_user_model().objects.filter(username__startswith=DEMO_PREFIX).count()
    hashed = make_password(password)  # one hash for all: Argon2 takes ~50 ms a call
    made = [
        _seed_batch([first + n + 1 for n in numbers], answers, questions, choices, rng, now, hashed)
        for numbers in _batches(learners, batch)
    ]
    return DemoSet(
        learners=sum(m.learners for m in made),
        attempts=sum(m.attempts for m in made),
        answers=sum(m.answers for m in made),
        topic_scores=sum(m.topic_scores for m in made),
    )


@transaction.atomic
def _seed_batch(
    numbers: Sequence[int],
    answers: int,
    questions: Sequence[Question],
    choices: dict[int, list],
    rng: random.Random,
    now: datetime,
    hashed: str,
) -> DemoSet:
    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        user_model(username=f"{DEMO_PREFIX}{n:05d}", password=hashed, date_joined=now)
        for n in numbers
    )
    Profile.objects.bulk_create(Profile(user=user) for user in users)

    # Each learner's rounds: ROUND questions drawn at random, answered over the past 30 days.
    plans: list[tuple[Attempt, list[tuple[Question, object, datetime]]]] = []
    for user in users:
        level = rng.uniform(0.4, 0.9)
        for count in (len(r) for r in _batches(answers, min(ROUND, len(questions)))):
            started = now - timedelta(days=rng.uniform(0, 30))
            picked = rng.sample(questions, count)
            answered = []
            for offset, question in enumerate(picked):
                options = choices[question.pk]
                right = next(c for c in options if c.is_correct)
                chosen = (
                    right
                    if rng.random() < level
                    else rng.choice([c for c in options if not c.is_correct])
                )
                answered.append((question, chosen, started + timedelta(seconds=30 * offset)))
            attempt = Attempt(
                learner=user,
                mode=Attempt.Mode.PRACTICE,
                scope=Attempt.Scope.MIXED,
                started_at=started,
                finished_at=answered[-1][2],
                question_count=len(answered),
                answered_count=len(answered),
                correct_count=sum(chosen.is_correct for _, chosen, _ in answered),
            )
            plans.append((attempt, answered))
    Attempt.objects.bulk_create([attempt for attempt, _ in plans])

    items = [
        AttemptQuestion(
            attempt=attempt,
            question=question,
            position=position,
            choice_order=[c.pk for c in choices[question.pk]],
        )
        for attempt, answered in plans
        for position, (question, _, _) in enumerate(answered, start=1)
    ]
    AttemptQuestion.objects.bulk_create(items, batch_size=2000)
    flat = [row for _, answered in plans for row in answered]
    Response.objects.bulk_create(
        (
            Response(
                attempt_question=item,
                choice=chosen,
                choice_text=chosen.text,
                is_correct=chosen.is_correct,
                answered_at=at,
            )
            for item, (_, chosen, at) in zip(items, flat, strict=True)
        ),
        batch_size=2000,
    )

    # Per learner and topic, the answers oldest first, folded as live answers are.
    history: dict[tuple[int, int], list[tuple[datetime, bool]]] = defaultdict(list)
    lessons: dict[tuple[int, int], list[tuple[int, bool]]] = defaultdict(list)
    for attempt, answered in plans:
        for question, chosen, at in answered:
            history[attempt.learner.pk, question.topic_id].append((at, chosen.is_correct))
            lessons[attempt.learner.pk, question.topic_id].append(
                (question.lesson_id, chosen.is_correct)
            )
    scores = []
    since = scoring.recent_since(now)
    for (learner_id, topic_id), rows in history.items():
        rows.sort(key=lambda row: row[0])
        tally = scoring.tally_of(correct for _, correct in rows)
        scores.append(
            TopicScore(
                learner_id=learner_id,
                topic_id=topic_id,
                answered=tally.answered,
                correct=tally.correct,
                weighted_answered=tally.weighted_answered,
                weighted_correct=tally.weighted_correct,
                mastery=tally.mastery,
                recent_answers=scoring.recent_of(rows, since=since),
                lesson_answers=scoring.lesson_answers_of(lessons[learner_id, topic_id]),
                updated_at=rows[-1][0],
            )
        )
    TopicScore.objects.bulk_create(scores, batch_size=2000)
    return DemoSet(len(users), len(plans), len(flat), len(scores))
