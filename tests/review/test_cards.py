from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating, State

from articles.models import Article
from quizzes.models import Question
from review.cards import due_cards, due_count, next_due_at, record_answer
from review.models import ReviewCard
from tests.factories import make_question

pytestmark = pytest.mark.django_db

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def test_first_answer_creates_a_card_and_the_next_updates_it(learner):
    question = make_question()

    card = record_answer(learner=learner, question=question, correct=True, now=NOW)
    assert ReviewCard.objects.count() == 1
    assert (card.reps, card.lapses, card.last_rating) == (1, 0, Rating.Good)
    assert card.fsrs_card["last_review"] == NOW.isoformat()

    later = NOW + timedelta(days=3)
    again = record_answer(learner=learner, question=question, correct=False, now=later)
    assert again.pk == card.pk
    assert ReviewCard.objects.count() == 1
    card.refresh_from_db()
    assert (card.reps, card.lapses, card.last_rating) == (2, 1, Rating.Again)
    assert card.fsrs_card["state"] == State.Relearning
    assert card.due == later + timedelta(minutes=10)


def test_a_wrong_answer_is_due_in_minutes_and_a_right_one_in_days(learner):
    missed = record_answer(learner=learner, question=make_question(), correct=False, now=NOW)
    known = record_answer(learner=learner, question=make_question(), correct=True, now=NOW)

    assert missed.due == NOW + timedelta(minutes=10)
    assert known.due >= NOW + timedelta(days=1)
    assert missed.last_rating == Rating.Again
    assert known.last_rating == Rating.Good


def test_each_right_answer_pushes_the_card_further_out(learner):
    question = make_question()
    now = NOW
    intervals = []
    for _ in range(3):
        card = record_answer(learner=learner, question=question, correct=True, now=now)
        intervals.append(card.due - now)
        now = card.due
    assert intervals[0] < intervals[1] < intervals[2]


def test_due_cards_and_count_are_the_learners_own_cards_that_are_due(learner, other_learner):
    missed = make_question()
    known = make_question()
    record_answer(learner=learner, question=missed, correct=False, now=NOW)
    record_answer(learner=learner, question=known, correct=True, now=NOW)
    record_answer(learner=other_learner, question=missed, correct=False, now=NOW)

    assert due_count(learner, NOW) == 0
    soon = NOW + timedelta(minutes=11)
    assert due_count(learner, soon) == 1
    assert [card.question for card in due_cards(learner, soon)] == [missed]
    assert due_count(learner, NOW + timedelta(days=30)) == 2
    assert next_due_at(learner, NOW) == NOW + timedelta(minutes=10)
    assert next_due_at(learner, NOW + timedelta(days=30)) is None


def test_retired_questions_are_never_due(learner):
    question = make_question()
    record_answer(learner=learner, question=question, correct=False, now=NOW)
    Question.objects.filter(pk=question.pk).update(status=Question.Status.RETIRED)

    assert due_count(learner, NOW + timedelta(days=1)) == 0
    assert list(due_cards(learner, NOW + timedelta(days=1))) == []


def test_questions_of_an_unpublished_lesson_are_never_due(learner):
    kept, hidden = make_question(), make_question()
    for question in (kept, hidden):
        record_answer(learner=learner, question=question, correct=False, now=NOW)
    Article.objects.filter(pk=hidden.lesson_id).update(status=Article.Status.DRAFT)

    assert due_count(learner, NOW + timedelta(days=1)) == 1
    assert [card.question for card in due_cards(learner, NOW + timedelta(days=1))] == [kept]


def test_record_answer_accepts_an_aware_time_in_another_zone(learner):
    local = NOW.astimezone(ZoneInfo("America/Chicago"))
    card = record_answer(learner=learner, question=make_question(), correct=False, now=local)
    assert card.due == NOW + timedelta(minutes=10)


def test_due_count_is_one_query(learner, django_assert_num_queries):
    for _ in range(5):
        record_answer(learner=learner, question=make_question(), correct=False, now=NOW)
    with django_assert_num_queries(1):
        assert due_count(learner, NOW + timedelta(hours=1)) == 5
