"""Item statistics: the arithmetic from literal sums, and the SQL aggregation on a known pattern."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model

from quizzes import statistics
from quizzes.admin import QuestionAdmin
from quizzes.models import Attempt, AttemptQuestion, Response
from tests.factories import make_lesson, make_question

NOW = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def test_point_biserial_from_sums():
    # x = 1 1 0 0, y = 1 .5 .5 0: Pearson's r is 0.125 / sqrt(0.25 * 0.125) = 0.7071
    assert statistics.point_biserial(4, 2, 2.0, 1.5, 1.5) == pytest.approx(0.70711, abs=1e-5)
    # x = 1 1 0 0, y = 0 0 1 1: perfectly reversed
    assert statistics.point_biserial(4, 2, 2.0, 2.0, 0.0) == pytest.approx(-1.0)


def test_point_biserial_is_none_without_spread():
    assert statistics.point_biserial(1, 1, 1.0, 1.0, 1.0) is None
    assert statistics.point_biserial(3, 3, 1.5, 0.75, 1.5) is None  # everyone right
    assert statistics.point_biserial(3, 1, 1.5, 0.75, 0.5) is None  # every rest score 0.5


@pytest.mark.parametrize(
    ("answered", "facility", "discrimination", "dubious"),
    [
        (19, 0.1, -0.5, False),  # too few answers to judge
        (20, 0.5, 0.3, False),
        (20, 0.19, 0.3, True),
        (20, 0.2, 0.3, False),
        (20, 0.95, 0.3, False),
        (20, 0.96, 0.3, True),
        (20, 0.5, -0.01, True),
        (20, 0.5, None, False),
    ],
)
def test_dubious_after_twenty_answers(answered, facility, discrimination, dubious):
    assert statistics.is_dubious(answered, facility, discrimination) is dubious


def answer_round(learner, answers) -> None:
    """One finished practice attempt with the given (question, right?) answers."""
    attempt = Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.PRACTICE,
        scope=Attempt.Scope.MIXED,
        started_at=NOW,
        finished_at=NOW,
        question_count=len(answers),
        answered_count=len(answers),
        correct_count=sum(correct for _, correct in answers),
    )
    choices = {question.pk: list(question.choices.all()) for question, _ in answers}
    items = AttemptQuestion.objects.bulk_create(
        AttemptQuestion(
            attempt=attempt,
            question=question,
            position=position,
            choice_order=[c.pk for c in choices[question.pk]],
        )
        for position, (question, _) in enumerate(answers, start=1)
    )
    # make_question puts the right option at position 0
    picked = [choices[q.pk][0 if correct else 1] for q, correct in answers]
    Response.objects.bulk_create(
        Response(
            attempt_question=item,
            choice=choice,
            choice_text=choice.text,
            is_correct=choice.is_correct,
            answered_at=NOW,
        )
        for item, choice in zip(items, picked, strict=True)
    )


@pytest.mark.django_db
def test_item_statistics_by_aggregation(django_assert_num_queries):
    lesson = make_lesson()
    q1, q2, q3 = (make_question(lesson) for _ in range(3))
    users = [get_user_model().objects.create_user(name) for name in "abcd"]
    pattern = [(1, 1, 1), (1, 0, 1), (0, 0, 1), (0, 1, 0)]
    for user, row in zip(users, pattern, strict=True):
        answer_round(user, list(zip((q1, q2, q3), map(bool, row), strict=True)))

    with django_assert_num_queries(1):  # options and all
        stats = statistics.item_statistics(Response.objects.scored())

    first = stats[q1.pk]
    assert (first.answered, first.correct, first.facility) == (4, 2, 0.5)
    # rest scores 1, .5, .5, .5 against 1 1 0 0: r = 1 / sqrt(3)
    assert first.discrimination == pytest.approx(0.57735, abs=1e-5)
    right, wrong = (c.pk for c in q1.choices.order_by("position")[:2])
    assert first.options == {right: 2, wrong: 2}
    assert stats[q3.pk].facility == 0.75
    assert not first.dubious  # only four answers

    mine = statistics.item_statistics(
        Response.objects.filter(attempt_question__attempt__learner=users[0])
    )
    assert mine[q1.pk].answered == 1
    assert mine[q1.pk].discrimination is None
    assert mine[q1.pk].options == {right: 1}

    some = statistics.item_statistics(statistics.answers_to(Response.objects.all(), [q1.pk, q3.pk]))
    assert some == {q1.pk: first, q3.pk: stats[q3.pk]}

    hardest = statistics.hardest(stats, limit=2, min_answers=4)
    assert [item.question_id for item in hardest] == [q1.pk, q2.pk]
    topics = statistics.topic_facility(stats, {q.pk: q.topic_id for q in (q1, q2, q3)})
    assert [(row.answered, row.correct) for row in topics] == [(12, 7)]


@pytest.mark.django_db
def test_an_item_stronger_learners_miss_is_dubious():
    lesson = make_lesson()
    tricky, *others = (make_question(lesson) for _ in range(3))
    for n in range(20):
        strong = n % 2 == 0
        user = get_user_model().objects.create_user(f"u{n}")
        answer_round(user, [(tricky, not strong), (others[0], strong), (others[1], strong)])
    item = statistics.item_statistics(Response.objects.all())[tricky.pk]
    assert item.answered == 20
    assert item.discrimination == pytest.approx(-1.0)
    assert item.dubious
    assert item.reasons == ["stronger learners miss it more often"]


@pytest.mark.django_db
def test_unfinished_attempts_count_for_facility_but_not_discrimination():
    lesson = make_lesson()
    q1, q2 = make_question(lesson), make_question(lesson)
    user = get_user_model().objects.create_user("a")
    answer_round(user, [(q1, True), (q2, False)])
    Attempt.objects.update(finished_at=None, answered_count=None, correct_count=None)
    item = statistics.item_statistics(Response.objects.all())[q1.pk]
    assert (item.answered, item.correct, item.discrimination) == (1, 1, None)


@pytest.mark.django_db
def test_question_admin_shows_statistics_and_filters_dubious_items(client):
    lesson = make_lesson()
    tricky, *others = (make_question(lesson, stem=f"Stem {n}?") for n in range(3))
    for n in range(20):
        strong = n % 2 == 0
        user = get_user_model().objects.create_user(f"u{n}")
        answer_round(user, [(tricky, not strong), (others[0], strong), (others[1], strong)])
    staff = get_user_model().objects.create_superuser("staff", "staff@example.org", None)
    client.force_login(staff)
    page = client.get("/admin/quizzes/question/").content.decode()
    assert "20 answers · 50% right · discrimination -1.00 · DUBIOUS" in page
    page = client.get("/admin/quizzes/question/?dubious=yes").content.decode()
    assert "Stem 0?" in page
    assert "Stem 1?" not in page
    # One question is edited (and its statistics read) in the question editor.
    page = client.get(f"/admin/quizzes/question/{tricky.pk}/change/", follow=True)
    html = page.content.decode()
    assert page.redirect_chain[-1][0] == f"/staff/questions/{tricky.pk}/edit/"
    assert "Dubious: stronger learners miss it more often." in html
    assert "chosen 10 times" in html


@pytest.mark.django_db
def test_question_admin_aggregates_the_answers_to_the_shown_page_once(client, monkeypatch):
    lesson = make_lesson()
    questions = [make_question(lesson, stem=f"Stem {n}?") for n in range(3)]
    for n in range(4):
        user = get_user_model().objects.create_user(f"u{n}")
        answer_round(user, [(question, n % 2 == 0) for question in questions])
    seen: list[set[int]] = []  # the questions each aggregate covered
    aggregate = statistics.item_statistics

    def spy(responses):
        stats = aggregate(responses)
        seen.append(set(stats))
        return stats

    monkeypatch.setattr(statistics, "item_statistics", spy)
    staff = get_user_model().objects.create_superuser("staff", "staff@example.org", None)
    client.force_login(staff)

    page = client.get("/admin/quizzes/question/").content.decode()  # all three on one page
    assert seen == [{question.pk for question in questions}]
    assert page.count("4 answers · 50% right") == 3

    seen.clear()
    monkeypatch.setattr(QuestionAdmin, "list_per_page", 2)
    page = client.get("/admin/quizzes/question/?o=1&p=2").content.decode()  # by stem: the third
    assert seen == [{questions[2].pk}]
    assert "Stem 2?" in page
    assert page.count("4 answers · 50% right") == 1


@pytest.mark.django_db
def test_question_admin_list_queries_do_not_grow_with_its_rows(client, django_assert_num_queries):
    lesson = make_lesson()
    staff = get_user_model().objects.create_superuser("staff", "staff@example.org", None)
    client.force_login(staff)
    client.get("/admin/quizzes/question/")  # the session's first writes
    for size in (2, 20):
        questions = [make_question(lesson) for _ in range(size - lesson.questions.count())]
        for n in range(3):
            user = get_user_model().objects.create_user(f"u{size}-{n}")
            answer_round(user, [(question, n % 2 == 0) for question in questions])
        # session, user, filter choices (lessons, topics), counts (2), the page, its statistics
        with django_assert_num_queries(8):
            page = client.get("/admin/quizzes/question/").content.decode()
        assert page.count("3 answers · 67% right") == size
