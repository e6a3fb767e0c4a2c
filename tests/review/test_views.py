import random
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes import attempts
from quizzes.models import Attempt
from review.cards import record_answer
from tests.factories import make_question

pytestmark = pytest.mark.django_db


def miss(learner, question, minutes_ago: int = 30):
    """Record a wrong answer long enough ago that its card is due now."""
    when = timezone.now() - timedelta(minutes=minutes_ago)
    return record_answer(learner=learner, question=question, correct=False, now=when)


def test_review_needs_an_account(client):
    for response in (client.get(reverse("review:home")), client.post(reverse("review:start"))):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=/review/")


@pytest.mark.parametrize("extra_cards", [0, 30])
def test_review_page_counts_only_the_learners_own_due_cards(
    client, learner, other_learner, django_assert_num_queries, extra_cards
):
    miss(learner, make_question())
    miss(learner, make_question())
    record_answer(learner=learner, question=make_question(), correct=True, now=timezone.now())
    miss(other_learner, make_question())
    lesson = make_question().lesson
    for _ in range(extra_cards):
        miss(learner, make_question(lesson))
    client.force_login(learner)

    # Session, user, due count, open review round: the same however many cards there are.
    with django_assert_num_queries(4):
        response = client.get(reverse("review:home"))
    content = response.content.decode()
    assert f"{2 + extra_cards} questions are due" in content
    assert f"Review {min(2 + extra_cards, 20)} questions" in content


def test_caught_up_page_says_when_the_next_card_is_due(client, learner, other_learner):
    miss(other_learner, make_question())
    record_answer(learner=learner, question=make_question(), correct=True, now=timezone.now())
    client.force_login(learner)

    content = client.get(reverse("review:home")).content.decode()
    assert "You’re all caught up" in content
    assert "Your next question comes back" in content
    assert "1\xa0day" in content or "2\xa0days" in content


def test_caught_up_page_for_a_new_learner(client, learner):
    client.force_login(learner)
    content = client.get(reverse("review:home")).content.decode()
    assert "You’re all caught up" in content
    assert "Nothing to review yet" in content


def test_review_page_refuses_other_methods(client, learner):
    client.force_login(learner)
    assert client.post(reverse("review:home")).status_code == 405
    assert client.get(reverse("review:start")).status_code == 405


def test_start_makes_a_review_round_of_the_learners_due_questions(client, learner, other_learner):
    oldest, newer = make_question(), make_question()
    miss(learner, newer, minutes_ago=20)
    miss(learner, oldest, minutes_ago=60)
    record_answer(learner=learner, question=make_question(), correct=True, now=timezone.now())
    miss(other_learner, make_question())
    client.force_login(learner)

    response = client.post(reverse("review:start"))
    attempt = Attempt.objects.get(learner=learner)
    assert attempt.mode == Attempt.Mode.REVIEW
    assert response["Location"] == attempt.get_absolute_url()
    assert [item.question for item in attempt.items.order_by("position")] == [oldest, newer]

    # Starting again continues the same round rather than making another.
    assert client.post(reverse("review:start"))["Location"] == attempt.get_absolute_url()
    assert Attempt.objects.filter(learner=learner).count() == 1


def test_start_with_nothing_due_goes_back_to_the_review_page(client, learner):
    client.force_login(learner)
    response = client.post(reverse("review:start"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("review:home")
    assert "Nothing is due for review right now." in response.content.decode()
    assert not Attempt.objects.exists()


def test_a_review_round_answered_right_pushes_the_card_out(client, learner):
    question = make_question()
    card = miss(learner, question, minutes_ago=60)
    client.force_login(learner)

    response = client.post(reverse("review:start"), follow=True)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Review" in content
    assert question.stem in content
    item = Attempt.objects.get(learner=learner).items.get()
    right = question.choices.get(is_correct=True)
    client.post(reverse("quizzes:answer", args=[item.attempt_id, 1]), {"choice": right.pk})

    card.refresh_from_db()
    assert card.reps == 2
    assert card.due > timezone.now() + timedelta(hours=12)
    assert "all caught up" in client.get(reverse("review:home")).content.decode()


def _timing(html: str) -> str:
    found = re.search(r'<p class="review-timing">(.*?)</p>', html, re.S)
    assert found, "no review-timing paragraph"
    return re.sub(r"<[^>]+>|\s+", " ", found.group(1)).strip()


def test_results_and_review_describe_the_same_timing_the_scheduler_keeps(client, learner):
    """One description of when a missed question comes back, and it is what the scheduler does."""
    question = make_question()
    now = timezone.now()
    missed = record_answer(learner=learner, question=question, correct=False, now=now)
    assert missed.due == now + timedelta(minutes=10)
    relearned = record_answer(learner=learner, question=question, correct=True, now=missed.due)
    assert relearned.due == missed.due + timedelta(days=1)
    first_right = record_answer(learner=learner, question=make_question(), correct=True, now=now)
    assert first_right.due == now + timedelta(days=2)

    client.force_login(learner)
    exam = attempts.start_exam(learner=learner, size=1, rng=random.Random(1), now=now)
    attempts.finish_attempt(attempt=exam, now=now)
    results = client.get(reverse("quizzes:results", args=[exam.pk])).content.decode()
    review = client.get(reverse("review:home")).content.decode()

    assert "over the next days" not in results
    assert _timing(results) == _timing(review)
    said = _timing(review)
    for words in ("10 minutes", "the next day", "about two days"):
        assert words in said


def test_the_tab_title_of_a_review_question_says_review(client, learner):
    miss(learner, make_question(), minutes_ago=60)
    client.force_login(learner)
    html = client.post(reverse("review:start"), follow=True).content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.startswith("Question 1 of 1 · Review")
    assert "Practice" not in title
