import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from quizzes import attempts, scoring
from quizzes.models import Attempt, AttemptQuestion, Choice, Flag, Question, Response, TopicScore
from review.models import ReviewCard
from tests.factories import make_lesson, make_question, make_topic
from tests.quizzes.conftest import NOW
from tests.quizzes.rows import snapshot

pytestmark = pytest.mark.django_db


def answer(attempt, item, *, correct=True, learner=None, now=NOW) -> Response:
    choice = (
        item.question.choices.get(is_correct=correct)
        if correct
        else (item.question.choices.filter(is_correct=False).first())
    )
    if attempt.is_exam:
        attempts.save_exam_page(
            attempt=attempt,
            attempt_question=item,
            choice=choice,
            marked=item.marked_for_review,
            learner=learner or attempt.learner,
            now=now,
        )
        return Response.objects.get(attempt_question=item)
    return attempts.submit_answer(
        attempt=attempt,
        attempt_question=item,
        choice=choice,
        learner=learner or attempt.learner,
        now=now,
    )


# --- Starting -----------------------------------------------------------------------------------


def test_practice_on_a_lesson_fixes_question_and_option_order(learner, bank, rng):
    lesson = bank["empathy"][0].lesson
    attempt = attempts.start_practice(learner=learner, lesson=lesson, size=3, rng=rng, now=NOW)
    assert (attempt.mode, attempt.scope, attempt.lesson, attempt.deadline) == (
        "practice",
        "lesson",
        lesson,
        None,
    )
    items = list(attempt.items.order_by("position"))
    assert [item.position for item in items] == [1, 2, 3]
    assert {item.question.lesson_id for item in items} == {lesson.pk}
    for item in items:
        assert sorted(item.choice_order) == sorted(
            item.question.choices.values_list("pk", flat=True)
        )
    # The same seed draws the same round: nothing else about the order is left to chance.
    again = attempts.start_practice(
        learner=learner, lesson=lesson, size=3, rng=random.Random(5), now=NOW
    )
    assert [(i.question_id, i.choice_order) for i in again.items.order_by("position")] == [
        (i.question_id, i.choice_order) for i in items
    ]


def test_practice_draws_only_published_questions_in_scope(learner, bank, rng):
    topic = bank["recovery"][0].topic
    Question.objects.filter(pk=bank["recovery"][0].pk).update(status=Question.Status.RETIRED)
    attempt = attempts.start_practice(learner=learner, topic=topic, size=10, rng=rng, now=NOW)
    assert attempt.question_count == 2
    assert set(attempt.items.values_list("question_id", flat=True)) == {
        q.pk for q in bank["recovery"][1:]
    }
    mixed = attempts.start_practice(learner=learner, size=10, rng=rng, now=NOW)
    assert (mixed.scope, mixed.question_count) == ("mixed", 6)


def test_practice_with_no_questions_is_refused(learner, rng):
    lesson = make_lesson(topic=make_topic("ethics"))
    with pytest.raises(attempts.NoQuestions):
        attempts.start_practice(learner=learner, lesson=lesson, rng=rng, now=NOW)
    assert Attempt.objects.count() == 0


def test_exam_is_timed_and_spread_across_topics(learner, bank, rng):
    attempt = attempts.start_exam(
        learner=learner, size=4, seconds_per_question=90, rng=rng, now=NOW
    )
    assert attempt.time_limit_seconds == 360
    assert attempt.deadline == NOW + timedelta(seconds=360)
    assert attempt.pass_mark == scoring.PASS_MARK
    topics = list(attempt.items.values_list("question__topic__slug", flat=True))
    assert sorted(topics) == ["empathy", "empathy", "recovery", "recovery"]


def test_exam_size_is_capped_at_the_bank(learner, bank, rng):
    attempt = attempts.start_exam(learner=learner, size=50, rng=rng, now=NOW)
    assert attempt.question_count == 7


def test_extra_time_multiplies_the_limit(learner, bank, rng):
    from accounts.models import Profile

    profile = Profile.for_user(learner)
    profile.extra_time_factor = Decimal("1.50")
    profile.save()
    learner.refresh_from_db()
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=60, rng=rng, now=NOW
    )
    assert attempt.time_limit_seconds == 180


# --- Answering in practice ----------------------------------------------------------------------


def test_a_practice_answer_is_scored_at_once(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=7, rng=rng, now=NOW)
    item = attempt.items.get(position=1)
    wrong = item.question.choices.filter(is_correct=False).first()
    response = attempts.submit_answer(
        attempt=attempt, attempt_question=item, choice=wrong, learner=learner, now=NOW
    )
    assert (response.is_correct, response.choice_text, response.answered_at) == (
        False,
        wrong.text,
        NOW,
    )
    score = TopicScore.objects.get(learner=learner, topic=item.question.topic)
    assert (score.answered, score.correct) == (1, 0)
    assert score.mastery == pytest.approx(1 / 3)
    card = ReviewCard.objects.get(learner=learner, question=item.question)
    assert (card.reps, card.lapses) == (1, 1)


def test_topic_score_follows_the_pure_tally(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=7, rng=rng, now=NOW)
    pattern = [True, False, True, True, False, True, True]
    by_topic: dict[int, list[bool]] = {}
    for item, correct in zip(attempt.items.order_by("position"), pattern, strict=True):
        answer(attempt, item, correct=correct)
        by_topic.setdefault(item.question.topic_id, []).append(correct)
    for topic_id, answers in by_topic.items():
        score = TopicScore.objects.get(learner=learner, topic_id=topic_id)
        expected = scoring.tally_of(answers)
        assert (score.answered, score.correct) == (expected.answered, expected.correct)
        assert score.mastery == pytest.approx(expected.mastery)


def test_the_same_answer_twice_is_idempotent(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    item = attempt.items.get(position=1)
    first = answer(attempt, item)
    before = snapshot()
    second = answer(attempt, item, now=NOW + timedelta(seconds=5))
    assert second.pk == first.pk
    assert snapshot() == before


def test_a_different_practice_answer_after_the_first_is_refused(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    item = attempt.items.get(position=1)
    answer(attempt, item, correct=True)
    before = snapshot()
    with pytest.raises(attempts.AnswerFinal):
        answer(attempt, item, correct=False)
    assert snapshot() == before


@pytest.mark.parametrize("same", [True, False], ids=["same-answer", "other-answer"])
def test_an_answer_saved_in_another_tab_since_the_page_was_read_counts(learner, bank, rng, same):
    """The page's item was read before another tab answered (its ``response`` is None): the insert
    fails on the one-answer-per-question constraint, and the saved answer counts as if it had been
    read in the transaction."""
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    stale = AttemptQuestion.objects.select_related("response").get(attempt=attempt, position=1)
    first = answer(attempt, attempt.items.get(position=1), correct=True)  # the other tab
    before = snapshot()
    if same:
        assert answer(attempt, stale, correct=True).pk == first.pk
    else:
        with pytest.raises(attempts.AnswerFinal):
            answer(attempt, stale, correct=False)
    assert snapshot() == before


def test_a_choice_of_another_question_is_refused(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    item = attempt.items.get(position=1)
    stranger = Choice.objects.exclude(question=item.question).first()
    before = snapshot()
    with pytest.raises(attempts.ChoiceNotOffered):
        attempts.submit_answer(
            attempt=attempt, attempt_question=item, choice=stranger, learner=learner, now=NOW
        )
    assert snapshot() == before


def test_a_question_from_another_attempt_is_refused(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    other = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    before = snapshot()
    with pytest.raises(attempts.QuestionNotInAttempt):
        answer(attempt, other.items.get(position=1))
    assert snapshot() == before


def test_another_learners_attempt_is_refused(learner, other_learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    before = snapshot()
    with pytest.raises(attempts.NotYourAttempt):
        answer(attempt, attempt.items.get(position=1), learner=other_learner)
    assert snapshot() == before


def test_a_finished_attempt_is_refused(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=NOW)
    attempts.finish_attempt(attempt=attempt, now=NOW)
    before = snapshot()
    with pytest.raises(attempts.AttemptClosed):
        answer(attempt, attempt.items.get(position=1))
    assert snapshot() == before


# --- Mock exams ---------------------------------------------------------------------------------


def test_exam_answers_can_change_and_are_scored_at_the_end(learner, bank, rng):
    attempt = attempts.start_exam(learner=learner, size=3, rng=rng, now=NOW)
    items = list(attempt.items.order_by("position"))
    answer(attempt, items[0], correct=False)
    changed = answer(attempt, items[0], correct=True, now=NOW + timedelta(seconds=30))
    assert Response.objects.count() == 1
    assert (changed.is_correct, changed.answered_at) == (True, NOW + timedelta(seconds=30))
    answer(attempt, items[1], correct=False)
    assert TopicScore.objects.count() == 0
    assert ReviewCard.objects.count() == 0

    finished = attempts.finish_attempt(attempt=attempt, now=NOW + timedelta(minutes=2))
    assert (finished.answered_count, finished.correct_count) == (2, 1)
    assert finished.finished_at == NOW + timedelta(minutes=2)
    assert finished.passed is False
    assert sum(TopicScore.objects.values_list("answered", flat=True)) == 2
    assert ReviewCard.objects.count() == 3  # the unanswered third is missed: back in Review
    # Finishing again changes nothing.
    before = snapshot()
    attempts.finish_attempt(attempt=attempt, now=NOW + timedelta(minutes=3))
    assert snapshot() == before


def test_an_answer_at_the_deadline_is_refused(learner, bank, rng):
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=30, rng=rng, now=NOW
    )
    before = snapshot()
    with pytest.raises(attempts.AttemptExpired):
        answer(attempt, attempt.items.get(position=1), now=attempt.deadline)
    assert snapshot() == before


def test_an_expired_exam_closes_at_its_deadline_when_read(learner, bank, rng):
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=30, rng=rng, now=NOW
    )
    answer(attempt, attempt.items.get(position=1), correct=True)
    late = attempt.deadline + timedelta(hours=5)
    assert attempts.close_if_expired(attempt, attempt.deadline - timedelta(seconds=1)) is attempt
    closed = attempts.close_if_expired(attempt, late)
    assert closed.finished_at == attempt.deadline
    assert (closed.answered_count, closed.correct_count) == (1, 1)
    assert TopicScore.objects.get(learner=learner).answered == 1


def test_close_expired_attempts_closes_only_expired_ones(learner, other_learner, bank, rng):
    expired = attempts.start_exam(
        learner=learner, size=1, seconds_per_question=30, rng=rng, now=NOW
    )
    running = attempts.start_exam(
        learner=other_learner, size=1, seconds_per_question=600, rng=rng, now=NOW
    )
    practice = attempts.start_practice(learner=learner, size=1, rng=rng, now=NOW)
    assert attempts.close_expired_attempts(NOW + timedelta(minutes=1)) == 1
    expired.refresh_from_db()
    running.refresh_from_db()
    practice.refresh_from_db()
    assert expired.finished_at == expired.deadline
    assert running.finished_at is None
    assert practice.finished_at is None


def test_an_exam_page_saves_its_answer_and_mark_together(learner, bank, rng):
    attempt = attempts.start_exam(learner=learner, size=2, rng=rng, now=NOW)
    item = attempt.items.get(position=2)
    right = item.question.choices.get(is_correct=True)
    saved = attempts.save_exam_page(
        attempt=attempt,
        attempt_question=item,
        choice=right,
        marked=True,
        learner=learner,
        now=NOW,
        version=0,
    )
    assert (saved.marked_for_review, saved.version) == (True, 1)
    assert Response.objects.get(attempt_question=item).choice == right
    # Moving on without a choice keeps the answer; unmarking is one more change.
    saved = attempts.save_exam_page(
        attempt=attempt,
        attempt_question=item,
        choice=None,
        marked=False,
        learner=learner,
        now=NOW,
        version=1,
    )
    assert (saved.marked_for_review, saved.version) == (False, 2)
    assert Response.objects.get(attempt_question=item).choice == right
    attempts.finish_attempt(attempt=attempt, now=NOW)
    before = snapshot()
    with pytest.raises(attempts.AttemptClosed):
        attempts.save_exam_page(
            attempt=attempt,
            attempt_question=item,
            choice=None,
            marked=True,
            learner=learner,
            now=NOW,
        )
    assert snapshot() == before


def test_a_stale_exam_page_is_refused_whole(learner, bank, rng):
    """Two tabs drew question 1 at version 0; the first saves, the second would overwrite it."""
    attempt = attempts.start_exam(learner=learner, size=2, rng=rng, now=NOW)
    item = attempt.items.get(position=1)
    right = item.question.choices.get(is_correct=True)
    wrong = item.question.choices.filter(is_correct=False).first()
    attempts.save_exam_page(
        attempt=attempt,
        attempt_question=item,
        choice=right,
        marked=False,
        learner=learner,
        now=NOW,
        version=0,
    )
    before = snapshot()
    with pytest.raises(attempts.StaleAnswer):
        attempts.save_exam_page(
            attempt=attempt,
            attempt_question=item,
            choice=wrong,
            marked=True,  # neither the answer nor the mark of the stale page is written
            learner=learner,
            now=NOW + timedelta(seconds=5),
            version=0,
        )
    assert snapshot() == before
    # A stale page that would change nothing (the same answer, the same mark) just moves on.
    unchanged = attempts.save_exam_page(
        attempt=attempt,
        attempt_question=item,
        choice=right,
        marked=False,
        learner=learner,
        now=NOW + timedelta(seconds=6),
        version=0,
    )
    assert unchanged.version == 1
    assert snapshot() == before


def test_practice_and_exam_keep_to_their_own_write_function(learner, bank, rng):
    exam = attempts.start_exam(learner=learner, size=1, rng=rng, now=NOW)
    practice = attempts.start_practice(learner=learner, size=1, rng=rng, now=NOW)
    exam_item, practice_item = exam.items.get(), practice.items.get()
    with pytest.raises(ValueError, match="save_exam_page"):
        attempts.submit_answer(
            attempt=exam,
            attempt_question=exam_item,
            choice=exam_item.question.choices.first(),
            learner=learner,
            now=NOW,
        )
    with pytest.raises(ValueError, match="Only a mock exam"):
        attempts.save_exam_page(
            attempt=practice,
            attempt_question=practice_item,
            choice=None,
            marked=True,
            learner=learner,
            now=NOW,
        )


def test_finishing_an_exam_scores_in_topic_then_question_order(learner, bank, rng, monkeypatch):
    """A fixed order for the rows locked while scoring, whatever order the questions were in."""
    attempt = attempts.start_exam(learner=learner, size=7, rng=rng, now=NOW)
    items = list(attempt.items.order_by("position").select_related("question"))
    for item in items:
        answer(attempt, item, correct=item.position % 2 == 0)
    in_position_order = [(item.question.topic_id, item.question_id) for item in items]
    assert in_position_order != sorted(in_position_order)  # the seed shuffles them
    scored = []
    real = attempts._score_answer

    def recording(*, learner, question, correct, now, answered_at):
        scored.append((question.topic_id, question.pk))
        real(learner=learner, question=question, correct=correct, now=now, answered_at=answered_at)

    monkeypatch.setattr(attempts, "_score_answer", recording)
    attempts.finish_attempt(attempt=attempt, now=NOW + timedelta(minutes=1))
    assert scored == sorted(in_position_order)


# --- Flags and constraints ----------------------------------------------------------------------


def test_flagging_again_updates_the_open_flag(learner, bank):
    question = bank["empathy"][0]
    attempts.flag_question(learner=learner, question=question, reason="unclear", comment=" Hm ")
    flag = attempts.flag_question(learner=learner, question=question, reason="wrong", comment="B?")
    assert Flag.objects.count() == 1
    assert (flag.reason, flag.comment, flag.resolved) == ("wrong", "B?", False)
    Flag.objects.update(resolved=True)
    attempts.flag_question(learner=learner, question=question, reason="other")
    assert Flag.objects.count() == 2
    with pytest.raises(ValueError, match="Unknown reason"):
        attempts.flag_question(learner=learner, question=question, reason="rude")


def test_the_database_refuses_a_second_response_and_duplicate_positions(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=2, rng=rng, now=NOW)
    item = attempt.items.get(position=1)
    response = answer(attempt, item)
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.create(
            attempt_question=item,
            choice=response.choice,
            choice_text="x",
            is_correct=True,
            answered_at=NOW,
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        AttemptQuestion.objects.create(
            attempt=attempt, question=make_question(), position=2, choice_order=[]
        )


def test_the_database_refuses_an_untimed_exam(learner):
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(
            learner=learner, mode="exam", scope="mixed", started_at=NOW, question_count=1
        )


def test_history_keeps_the_option_text_as_shown(learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=1, rng=rng, now=NOW)
    item = attempt.items.get(position=1)
    response = answer(attempt, item)
    shown = response.choice_text
    Choice.objects.filter(pk=response.choice_id).update(text="Edited later")
    Question.objects.filter(pk=item.question_id).update(status=Question.Status.RETIRED)
    assert Response.objects.get(pk=response.pk).choice_text == shown


def test_close_expired_attempts_command(learner, bank, rng):
    from io import StringIO

    from django.core.management import call_command

    attempts.start_exam(learner=learner, size=1, seconds_per_question=30, rng=rng, now=NOW)
    out = StringIO()
    call_command("close_expired_attempts", stdout=out)
    assert out.getvalue() == "Closed 1 expired attempt(s).\n"
    assert Attempt.objects.open().count() == 0


def test_unanswered_exam_questions_come_back_in_review_as_missed(learner, bank, rng):
    """The results page promises missed questions back in Review: an unanswered one is missed."""
    attempt = attempts.start_exam(learner=learner, size=3, rng=rng, now=NOW)
    items = list(attempt.items.order_by("position"))
    answer(attempt, items[0], correct=True)
    finished_at = NOW + timedelta(minutes=2)

    attempts.finish_attempt(attempt=attempt, now=finished_at)

    cards = {card.question_id: card for card in ReviewCard.objects.filter(learner=learner)}
    assert set(cards) == {item.question_id for item in items}
    for item in items[1:]:
        card = cards[item.question_id]
        assert (card.last_rating, card.lapses) == (ReviewCard.LastRating.AGAIN, 1)
        assert card.due == finished_at + timedelta(minutes=10)
    # Only answers feed the topic scores: an unanswered question has no answer to count.
    assert sum(TopicScore.objects.values_list("answered", flat=True)) == 1
