"""The write functions of practice and mock exams: start, answer, finish, close, flag.

Each is one transaction. Refusals raise an ``AttemptError`` before anything is written (or inside the
transaction, which then rolls back), so a refused request changes nothing.

Scoring: a practice (or review) answer is final and is scored at once, into the learner's
``TopicScore``, their spaced-review card and the counts other apps keep (``quizzes.counters``:
the answer counts of the learner's groups, which the gradebook's hardest questions are read from). A mock-exam answer
can be changed until the exam is submitted, so its ``Response`` row is overwritten in place (no
history: only the final answer counts) and all of the exam's answers are scored when it finishes.

Deadlines: an exam closes at its deadline even if the browser is gone. Nothing needs to run at that
moment: any read of an expired open attempt (``close_if_expired``, called by every attempt page and
the dashboard) finishes it with ``finished_at = deadline``, and ``close_expired_attempts`` (the
``close_expired_attempts`` command, for cron) does the same in bulk. Answers at or after the deadline
are refused whether or not the attempt has been closed yet.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from articles.models import Article, Topic
from quizzes import counters, scoring
from quizzes.models import Attempt, AttemptQuestion, Choice, Flag, Question, Response, TopicScore
from quizzes.scores import rebuild_topic_scores
from review import cards


class AttemptError(Exception):
    """A request the rules refuse; ``status`` is the HTTP status a view answers with."""

    status = 400
    message = "That can't be done."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class NoQuestions(AttemptError):
    status = 404
    message = "There are no published questions here yet."


class NotYourAttempt(AttemptError):
    status = 404
    message = "That attempt isn't yours."


class QuestionNotInAttempt(AttemptError):
    status = 404
    message = "That question isn't part of this attempt."


class ChoiceNotOffered(AttemptError):
    status = 400
    message = "That option doesn't belong to this question."


class AttemptClosed(AttemptError):
    status = 409
    message = (
        "This was already submitted (perhaps in another tab or window), so that answer wasn't "
        "saved. Here is how it went."
    )


class AttemptExpired(AttemptClosed):
    message = (
        "Time was up, so that answer wasn't saved: answers after the deadline can't count. "
        "Everything you saved before it was submitted for you."
    )


class AnswerFinal(AttemptError):
    status = 409
    message = "This question has already been answered."


class StaleAnswer(AttemptError):
    status = 409
    message = (
        "This question was changed in another tab or window since this page was opened, so this "
        "page's answer wasn't saved. Here is the answer that counts now."
    )


def _add_items(attempt: Attempt, questions: Sequence[Question], rng: random.Random) -> None:
    """Fix the question order (as given) and, per question, a shuffled option order."""
    items = []
    for position, question in enumerate(questions, start=1):
        choice_ids = [choice.pk for choice in question.choices.all()]
        rng.shuffle(choice_ids)
        items.append(
            AttemptQuestion(
                attempt=attempt, question=question, position=position, choice_order=choice_ids
            )
        )
    AttemptQuestion.objects.bulk_create(items)


@transaction.atomic
def start_practice(
    *,
    learner,
    lesson: Article | None = None,
    topic: Topic | None = None,
    size: int = 10,
    rng: random.Random,
    now: datetime,
) -> Attempt:
    """An untimed practice round of up to ``size`` questions drawn at random from a lesson, a topic,
    or (neither given) everything published."""
    if lesson is not None and topic is not None:
        raise ValueError("Practise a lesson or a topic, not both.")
    questions = Question.objects.published().order_by("pk")
    if lesson is not None:
        questions, scope = questions.for_lesson(lesson), Attempt.Scope.LESSON
    elif topic is not None:
        questions, scope = questions.for_topic(topic), Attempt.Scope.TOPIC
    else:
        scope = Attempt.Scope.MIXED
    pool = list(questions.with_choices())
    if not pool:
        raise NoQuestions
    drawn = rng.sample(pool, min(size, len(pool)))
    attempt = Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.PRACTICE,
        scope=scope,
        lesson=lesson,
        topic=topic,
        started_at=now,
        question_count=len(drawn),
    )
    _add_items(attempt, drawn, rng)
    return attempt


def draw_across_topics(pool: Sequence[Question], size: int, rng: random.Random) -> list[Question]:
    """``size`` questions spread over topics: shuffle each topic's questions, deal them out one
    topic at a time (topics in shuffled order), then shuffle the hand."""
    by_topic: dict[int, list[Question]] = {}
    for question in pool:
        by_topic.setdefault(question.topic_id, []).append(question)
    piles = list(by_topic.values())
    for pile in piles:
        rng.shuffle(pile)
    rng.shuffle(piles)
    hand: list[Question] = []
    while len(hand) < size and any(piles):
        for pile in piles:
            if pile and len(hand) < size:
                hand.append(pile.pop())
    rng.shuffle(hand)
    return hand


def extra_time_factor(learner) -> float:
    profile = getattr(learner, "profile", None)
    factor = getattr(profile, "extra_time_factor", None)
    return float(factor) if factor else 1.0


def time_limit_seconds(questions: int, seconds_per_question: int, factor: float) -> int:
    """A mock exam's time limit: questions × seconds per question × the extra-time factor."""
    return max(1, round(questions * seconds_per_question * factor))


@transaction.atomic
def start_exam(
    *,
    learner,
    size: int = 20,
    seconds_per_question: int = 90,
    pass_mark: float = scoring.PASS_MARK,
    lessons: Sequence[Article] | None = None,
    rng: random.Random,
    now: datetime,
) -> Attempt:
    """A timed mock exam of ``size`` published questions across topics (from ``lessons`` only, when
    given: a trainer's assignment). The time limit is ``size × seconds_per_question``, multiplied
    by the learner's extra-time factor."""
    if not 0 < pass_mark <= 1:
        raise ValueError("The pass mark is a share between 0 and 1.")
    if seconds_per_question <= 0:
        raise ValueError("Allow at least one second per question.")
    questions = Question.objects.published().order_by("pk")
    if lessons is not None:
        questions = questions.filter(lesson__in=lessons)
    pool = list(questions.with_choices())
    if not pool:
        raise NoQuestions
    drawn = draw_across_topics(pool, size, rng)
    limit = time_limit_seconds(len(drawn), seconds_per_question, extra_time_factor(learner))
    attempt = Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.EXAM,
        scope=Attempt.Scope.MIXED,
        started_at=now,
        deadline=now + timedelta(seconds=limit),
        time_limit_seconds=limit,
        pass_mark=pass_mark,
        question_count=len(drawn),
    )
    _add_items(attempt, drawn, rng)
    return attempt


@transaction.atomic
def start_review(
    *, learner, questions: Sequence[Question], rng: random.Random, now: datetime
) -> Attempt:
    """An untimed review round over the given questions, in the given order (choices shuffled)."""
    if not questions:
        raise NoQuestions
    attempt = Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.REVIEW,
        scope=Attempt.Scope.MIXED,
        started_at=now,
        question_count=len(questions),
    )
    _add_items(attempt, list(questions), rng)
    return attempt


def _score_answer(
    *, learner, question: Question, correct: bool, now: datetime, answered_at: datetime
) -> None:
    """Fold one final answer, given at ``answered_at``, into the learner's topic summary (its
    counts, its recent answers per quarter hour, which the dashboard's daily trend reads, and its
    answers per lesson, which assignment progress reads) and
    their review card: one read and one write each (an INSERT for the first answer, an UPDATE
    after). The caller holds the learner's row lock (``_lock_learner``), so no other transaction
    makes the same rows meanwhile."""
    try:
        score = TopicScore.objects.select_for_update().get(
            learner=learner, topic_id=question.topic_id
        )
    except TopicScore.DoesNotExist:
        score = TopicScore(learner=learner, topic_id=question.topic_id)
    tally = scoring.add_answer(score.tally, correct=correct)
    score.answered = tally.answered
    score.correct = tally.correct
    score.weighted_answered = tally.weighted_answered
    score.weighted_correct = tally.weighted_correct
    score.mastery = tally.mastery
    score.recent_answers = scoring.add_recent(
        score.recent_answers,
        slot=scoring.slot_of(answered_at),
        correct=correct,
        since=scoring.recent_since(now),
    )
    score.lesson_answers = scoring.add_lesson_answer(
        score.lesson_answers, lesson_id=question.lesson_id, correct=correct
    )
    score.updated_at = now
    score.save()
    cards.record_answer(learner=learner, question=question, correct=correct, now=now)


def _lock_attempt(pk: int) -> Attempt:
    """The attempt re-read under a row lock, and its learner's row locked too (PostgreSQL; SQLite's
    IMMEDIATE transactions queue every write): two tabs answering at once queue up, and the topic
    summaries and review cards a first answer creates are never created twice."""
    return (
        Attempt.objects.select_related("learner")
        .select_for_update(of=("self", "learner"))
        .get(pk=pk)
    )


def _lock_open(
    *, attempt: Attempt, attempt_question: AttemptQuestion, learner, now: datetime
) -> Attempt:
    """The attempt re-read under a row lock (``_lock_attempt``), after checking that it is the
    learner's, holds the question, and is still open."""
    attempt = _lock_attempt(attempt.pk)
    if attempt.learner_id != learner.pk:
        raise NotYourAttempt
    if attempt_question.attempt_id != attempt.pk:
        raise QuestionNotInAttempt
    if attempt.is_finished:
        raise AttemptClosed
    if attempt.is_expired(now):
        raise AttemptExpired
    return attempt


def _check_offered(attempt_question: AttemptQuestion, choice: Choice) -> None:
    if choice.question_id != attempt_question.question_id or (
        choice.pk not in attempt_question.choice_order
    ):
        raise ChoiceNotOffered


def submit_answer(
    *,
    attempt: Attempt,
    attempt_question: AttemptQuestion,
    choice: Choice,
    learner,
    now: datetime,
) -> Response:
    """Record ``learner``'s choice for one question of their open practice or review round.

    The first answer is final and scored at once: the same answer again returns the existing
    response and changes nothing, a different one is refused (``AnswerFinal``). Mock exams save
    their pages through ``save_exam_page``.

    One transaction, no savepoint: lock the attempt, insert the answer, then read and write the
    topic summary and the review card. An answer is final, so the one ``attempt_question`` was read
    with (its ``response``, loaded with it) still counts; one saved since (another tab) makes the
    insert fail on the one-answer-per-question constraint, and then the saved one is read afresh.
    """
    try:
        with transaction.atomic():
            return _submit_answer(
                attempt=attempt,
                attempt_question=attempt_question,
                choice=choice,
                learner=learner,
                now=now,
            )
    except IntegrityError:
        saved = Response.objects.filter(attempt_question=attempt_question).first()
        if saved is None:
            raise
        if saved.choice_id == choice.pk:
            return saved
        raise AnswerFinal from None


def _submit_answer(
    *,
    attempt: Attempt,
    attempt_question: AttemptQuestion,
    choice: Choice,
    learner,
    now: datetime,
) -> Response:
    attempt = _lock_open(
        attempt=attempt, attempt_question=attempt_question, learner=learner, now=now
    )
    if attempt.is_exam:
        raise ValueError("Save a mock exam's answers with save_exam_page.")
    _check_offered(attempt_question, choice)
    response = getattr(attempt_question, "response", None)
    if response is not None:
        if response.choice_id == choice.pk:
            return response
        raise AnswerFinal
    response = Response.objects.create(
        attempt_question=attempt_question,
        choice=choice,
        choice_text=choice.text,
        is_correct=choice.is_correct,
        answered_at=now,
    )
    question = attempt_question.question
    _score_answer(
        learner=learner, question=question, correct=choice.is_correct, now=now, answered_at=now
    )
    for counter in counters.installed():
        counter.count_answer(
            learner_id=learner.pk,
            question_id=question.pk,
            choice_id=choice.pk,
            correct=choice.is_correct,
        )
    return response


@transaction.atomic
def save_exam_page(
    *,
    attempt: Attempt,
    attempt_question: AttemptQuestion,
    choice: Choice | None,
    marked: bool,
    learner,
    now: datetime,
    version: int | None = None,
) -> AttemptQuestion:
    """Save what one mock-exam page shows: its answer (``None`` leaves the answer as it is) and its
    "marked for review" flag, while the exam is open. Nothing is scored until the exam finishes.

    ``version`` is the question's ``version`` when the page was drawn. If the question has been
    saved since (from another tab) and this page would change it, the save is refused
    (``StaleAnswer``); a page that changes nothing is fine. Each change adds one to the version.
    """
    attempt = _lock_open(
        attempt=attempt, attempt_question=attempt_question, learner=learner, now=now
    )
    if not attempt.is_exam:
        raise ValueError("Only a mock exam has pages to save.")
    if choice is not None:
        _check_offered(attempt_question, choice)
    item = AttemptQuestion.objects.get(pk=attempt_question.pk)  # fresh: the attempt lock is held
    response = Response.objects.filter(attempt_question=item).first()
    answer_changes = choice is not None and (response is None or response.choice_id != choice.pk)
    mark_changes = item.marked_for_review != marked
    if not (answer_changes or mark_changes):
        return item
    if version is not None and version != item.version:
        raise StaleAnswer
    if answer_changes:
        # Only the final answer counts, so the row is overwritten in place.
        response = response or Response(attempt_question=item)
        response.choice = choice
        response.choice_text = choice.text
        response.is_correct = choice.is_correct
        response.answered_at = now
        response.save()
    item.marked_for_review = marked
    item.version += 1
    item.save(update_fields=["marked_for_review", "version"])
    return item


@transaction.atomic
def finish_attempt(*, attempt: Attempt, now: datetime) -> Attempt:
    """Close the attempt and fill in its score; an exam's answers are scored now, and its
    unanswered questions go to Review as missed. Finishing twice is harmless. A timed attempt finished late is recorded as finished at its deadline."""
    attempt = _lock_attempt(attempt.pk)
    if attempt.is_finished:
        return attempt
    finished_at = min(now, attempt.deadline) if attempt.deadline else now
    responses = list(
        Response.objects.filter(attempt_question__attempt=attempt)
        .select_related("attempt_question__question")
        .order_by("attempt_question__position")
    )
    if attempt.is_exam:
        # Score in one fixed order, so two finishes that touch the same topic scores and review
        # cards lock those rows in the same order and cannot deadlock. A question left unanswered
        # is missed: it has no answer to score, but it comes back in Review like a wrong one.
        answered = {response.attempt_question_id: response for response in responses}
        items = sorted(
            attempt.items.select_related("question"),
            key=lambda item: (item.question.topic_id, item.question_id),
        )
        for item in items:
            response = answered.get(item.pk)
            if response is None:
                cards.record_answer(
                    learner=attempt.learner, question=item.question, correct=False, now=finished_at
                )
                continue
            _score_answer(
                learner=attempt.learner,
                question=item.question,
                correct=response.is_correct,
                now=finished_at,
                answered_at=response.answered_at,
            )
    attempt.finished_at = finished_at
    attempt.answered_count = len(responses)
    attempt.correct_count = sum(response.is_correct for response in responses)
    attempt.save(update_fields=["finished_at", "answered_count", "correct_count"])
    for counter in counters.installed():
        counter.count_finished(attempt, responses)
    if attempt.is_exam and responses and finished_at < now:
        # Closed after its deadline: answers given since then were scored first, so put the rows
        # in the order the answers count (at the deadline), as rebuild_scores would.
        rebuild_topic_scores(
            now=now,
            learner_ids={attempt.learner_id},
            topic_ids={r.attempt_question.question.topic_id for r in responses},
        )
    return attempt


def close_if_expired(attempt: Attempt, now: datetime) -> Attempt:
    """Finish an open attempt whose deadline has passed (at its deadline); else return it as is."""
    if attempt.is_finished or not attempt.is_expired(now):
        return attempt
    return finish_attempt(attempt=attempt, now=now)


def close_expired_attempts(now: datetime, *, learner=None) -> int:
    """Finish every open attempt past its deadline (one learner's, if given); return how many."""
    expired = Attempt.objects.expired(now)
    if learner is not None:
        expired = expired.for_learner(learner)
    closed = 0
    for attempt in expired.select_related("learner"):
        finish_attempt(attempt=attempt, now=now)
        closed += 1
    return closed


@transaction.atomic
@transaction.atomic
def delete_attempts(*, attempts: QuerySet[Attempt], now: datetime) -> int:
    """Delete attempts with their answers (staff, from the admin) and bring what summarises the
    answers back into line in the same transaction: the learners' topic rows are rebuilt and the
    counts other apps keep are recounted for those learners. Returns how many attempts went."""
    learner_ids = set(attempts.values_list("learner_id", flat=True))
    _, deleted = attempts.delete()
    if learner_ids:
        rebuild_topic_scores(now=now, learner_ids=learner_ids)
        for counter in counters.installed():
            counter.recount_learners(learner_ids)
    return deleted.get(Attempt._meta.label, 0)


def flag_question(*, learner, question: Question, reason: str, comment: str = "") -> Flag:
    """Report a question for staff. Flagging it again while the flag is open updates that flag."""
    if reason not in Flag.Reason.values:
        raise ValueError(f"Unknown reason {reason!r}.")
    flag, _ = Flag.objects.update_or_create(
        learner=learner,
        question=question,
        resolved=False,
        defaults={"reason": reason, "comment": comment.strip()},
    )
    return flag
