"""Learner pages read a fixed number of rows however long a learner's history is (and however many
other learners there are), never a lesson's body they do not show, and an answer is one short
transaction."""

import random
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from quizzes import attempts
from quizzes.demo import seed_demo
from quizzes.models import Attempt, AttemptQuestion, Question, Response
from teach import teaching
from teach.models import GroupOptionCount

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def make_history(learner, answers: int) -> None:
    """``answers`` past answers in finished practice rounds over the last month, bulk-created,
    plus the learner's topic scores and review cards, as answering would leave them."""
    questions = list(Question.objects.published().prefetch_related("choices"))
    now = timezone.now()
    rounds = -(-answers // len(questions))
    made = Attempt.objects.bulk_create(
        Attempt(
            learner=learner,
            mode=Attempt.Mode.PRACTICE,
            scope=Attempt.Scope.MIXED,
            started_at=now - timedelta(days=n % 28, hours=1),
            finished_at=now - timedelta(days=n % 28),
            question_count=len(questions),
            answered_count=0,
            correct_count=0,
        )
        for n in range(rounds)
    )
    items = AttemptQuestion.objects.bulk_create(
        AttemptQuestion(
            attempt=attempt,
            question=question,
            position=position,
            choice_order=[choice.pk for choice in question.choices.all()],
        )
        for attempt in made
        for position, question in enumerate(questions, start=1)
    )
    choices = {question.pk: list(question.choices.all()) for question in questions}
    Response.objects.bulk_create(
        Response(
            attempt_question=item,
            choice=choices[item.question_id][n % 2],
            choice_text=choices[item.question_id][n % 2].text,
            is_correct=choices[item.question_id][n % 2].is_correct,
            answered_at=item.attempt.finished_at,
        )
        for n, item in enumerate(items[:answers])
    )
    for question in questions:  # topic scores and review cards, through the real code path
        attempts._score_answer(
            learner=learner, question=question, correct=True, now=now, answered_at=now
        )
    assert Response.objects.filter(attempt_question__attempt__learner=learner).count() == answers


@pytest.fixture(params=[1, 1000], ids=["1-answer", "1000-answers"])
def history(request, learner, bank):
    """The learner's own history of 1 or 1000 answers; with the longer one, 40 other learners with
    50 answers each in the database too."""
    make_history(learner, request.param)
    if request.param > 1:
        seed_demo(learners=40, answers=50, rng=random.Random(3), now=timezone.now(), password="x")
    return request.param


@pytest.fixture
def practice(client, learner, history, rng):
    client.force_login(learner)
    attempt = attempts.start_practice(learner=learner, size=3, rng=rng, now=timezone.now())
    item = attempt.items.get(position=1)
    attempts.submit_answer(
        attempt=attempt,
        attempt_question=item,
        choice=item.question.choices.filter(is_correct=False).first(),
        learner=learner,
        now=timezone.now(),
    )
    return attempt


# session, user, the attempt question (with its attempt, question, lesson, response and choice,
# and the question's options: a row per option)
QUESTION_PAGE = 3


def test_question_page(client, practice, django_assert_num_queries):
    with django_assert_num_queries(QUESTION_PAGE):
        assert client.get(f"/attempts/{practice.pk}/2/").status_code == 200
    with django_assert_num_queries(QUESTION_PAGE):
        assert client.get(f"/attempts/{practice.pk}/2/", **HTMX).status_code == 200


def test_feedback_page(client, practice, django_assert_num_queries):
    with django_assert_num_queries(QUESTION_PAGE):
        response = client.get(f"/attempts/{practice.pk}/1/")
    assert "Not quite" in response.content.decode()


# The answer itself: session, user, item (with its attempt, response and options, the posted one
# among them); then in the transaction (a savepoint here, inside the test's transaction): lock,
# insert, topic score (read, write), review card (read, write), the counts of the learner's groups
# (one upsert, whatever the groups), release. The fragment shows what was read and written: no query.
ANSWER_HTMX = 12


def test_answer_round_trip(client, practice, django_assert_num_queries):
    item = practice.items.get(position=2)
    choice = item.question.choices.get(is_correct=True)
    with django_assert_num_queries(ANSWER_HTMX):
        response = client.post(f"/attempts/{practice.pk}/2/answer/", {"choice": choice.pk}, **HTMX)
    assert "Yes, that" in response.content.decode()


def test_exam_question_page(client, learner, history, rng, django_assert_num_queries):
    client.force_login(learner)
    exam = attempts.start_exam(learner=learner, size=5, rng=rng, now=timezone.now())
    with django_assert_num_queries(QUESTION_PAGE + 1):  # + the question grid
        assert client.get(f"/attempts/{exam.pk}/3/").status_code == 200


def test_results_page(client, practice, django_assert_num_queries):
    attempts.finish_attempt(attempt=practice, now=timezone.now())
    # session, user, attempt, its questions (with responses, topics, lessons), their choices
    with django_assert_num_queries(5):
        assert client.get(f"/attempts/{practice.pk}/results/").status_code == 200


DASHBOARD = 5


def test_dashboard(client, learner, history, django_assert_num_queries):
    client.force_login(learner)
    # session, user, the latest sessions with the latest mock-exam results (and whether an exam is
    # left to close), the topics with their bank counts, the learner's topic scores (the daily
    # trend is counted from their recent answers: no query of its own) and the due review cards;
    # teach's block: the learner's groups (none here) with whether they are a trainer
    with django_assert_num_queries(DASHBOARD):
        response = client.get("/dashboard/")
    assert "<polyline" in response.content.decode()


# An exam answer saved as it is chosen: session, user, item (with its attempt and options, the
# posted one among them); then in the transaction: savepoint, lock, the item afresh, its response,
# insert, item update, release; then the saved status (item with its options, the question grid).
EXAM_SAVE_HTMX = 12


def test_exam_answer_saved_as_chosen(client, learner, history, rng, django_assert_num_queries):
    client.force_login(learner)
    exam = attempts.start_exam(learner=learner, size=5, rng=rng, now=timezone.now())
    choice = exam.items.get(position=3).choice_order[0]
    with django_assert_num_queries(EXAM_SAVE_HTMX):
        response = client.post(
            f"/attempts/{exam.pk}/3/answer/",
            {"choice": choice, "version": 0, "go": "stay"},
            **HTMX,
        )
    assert "Your answer is saved." in response.content.decode()


@pytest.mark.parametrize("exams", [0, 1, 25])
def test_dashboard_queries_do_not_grow_with_mock_exams(
    client, learner, bank, exams, django_assert_num_queries
):
    now = timezone.now()
    for n in range(exams):
        started = now - timedelta(days=n + 1)
        Attempt.objects.create(
            learner=learner,
            mode=Attempt.Mode.EXAM,
            scope=Attempt.Scope.MIXED,
            started_at=started,
            deadline=started + timedelta(minutes=30),
            time_limit_seconds=1800,
            pass_mark=0.7,
            question_count=20,
            finished_at=started + timedelta(minutes=20),
            answered_count=15,
            correct_count=10,
        )
    client.force_login(learner)
    with django_assert_num_queries(DASHBOARD):
        html = client.get("/dashboard/").content.decode()
    if exams:
        assert "predicted mock-exam score" in html


# --- Lesson bodies ----------------------------------------------------------------------------

BODY_COLUMNS = [f'"articles_article"."{name}"' for name in Article.BODY_FIELDS]


def bodies_read(send) -> list[str]:
    """The statements ``send()`` runs that read a lesson's body (or what is derived from it)."""
    with CaptureQueriesContext(connection) as captured:
        send()
    assert len(captured) > 0
    return [
        query["sql"]
        for query in captured.captured_queries
        if any(column in query["sql"] for column in BODY_COLUMNS)
    ]


def test_learner_pages_do_not_read_lesson_bodies(client, learner, practice, rng):
    """The question, feedback, exam, results pages and the dashboard show a lesson's title and link
    to it; only the lesson page reads its body."""
    item = practice.items.get(position=2)
    right = item.question.choices.get(is_correct=True).pk
    third = practice.items.get(position=3).choice_order[0]
    base = f"/attempts/{practice.pk}"
    exam = attempts.start_exam(learner=learner, size=3, rng=rng, now=timezone.now())
    exam_choice = exam.items.get(position=1).choice_order[0]
    lesson = attempts.start_practice(
        learner=learner, lesson=item.question.lesson, size=2, rng=rng, now=timezone.now()
    )
    for label, send in [
        ("question page", lambda: client.get(f"{base}/2/")),
        ("question fragment", lambda: client.get(f"{base}/2/", **HTMX)),
        ("answer (htmx)", lambda: client.post(f"{base}/2/answer/", {"choice": right}, **HTMX)),
        (
            "answer (plain)",
            lambda: client.post(f"{base}/3/answer/", {"choice": third}, follow=True),
        ),
        ("feedback page", lambda: client.get(f"{base}/1/")),
        ("a lesson's practice", lambda: client.get(f"/attempts/{lesson.pk}/1/")),
        ("dashboard", lambda: client.get("/dashboard/")),
        ("flag", lambda: client.post(f"{base}/1/flag/", {"reason": "unclear"}, **HTMX)),
        ("exam page", lambda: client.get(f"/attempts/{exam.pk}/1/")),
        (
            "exam answer",
            lambda: client.post(
                f"/attempts/{exam.pk}/1/answer/", {"choice": exam_choice, "go": "next"}
            ),
        ),
        ("results", lambda: client.post(f"/attempts/{exam.pk}/finish/", follow=True)),
    ]:
        assert bodies_read(send) == [], label


def test_the_lesson_page_reads_its_body(client, learner, bank):
    """The check above can fail: the lesson page's own query is caught by it."""
    client.force_login(learner)
    lesson = bank["empathy"][0].lesson
    assert bodies_read(lambda: client.get(lesson.get_absolute_url())) != []


# --- One transaction per answer ---------------------------------------------------------------

MOST_STATEMENTS_PER_ANSWER = 12
WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
def test_an_answer_is_one_transaction_of_at_most_12_statements(client, learner, bank, rng, htmx):
    """Outside a test's own transaction, so BEGIN and COMMIT are the answer's: the first answer in
    a topic (topic summary and review card created) and the next (summary updated); the learner
    is in two groups, whose answer counts one statement writes."""
    trainer = get_user_model().objects.create_user("trainer")
    learner.email = "ada@example.org"  # confirmed: joins at once
    learner.save(update_fields=["email"])
    for name in ("Monday group", "Thursday group"):
        cohort = teaching.create_cohort(owner=trainer, name=name)
        teaching.join_cohort(learner=learner, code=cohort.join_code, now=timezone.now())
    client.force_login(learner)
    attempt = attempts.start_practice(learner=learner, size=4, rng=rng, now=timezone.now())
    headers = HTMX if htmx else {}
    for position in (1, 2):
        choice = attempt.items.get(position=position).choice_order[0]
        with CaptureQueriesContext(connection) as captured:
            response = client.post(
                f"/attempts/{attempt.pk}/{position}/answer/", {"choice": choice}, **headers
            )
        assert response.status_code == (200 if htmx else 302)
        sql = [query["sql"] for query in captured.captured_queries]
        begins = [n for n, text in enumerate(sql) if text.startswith("BEGIN")]
        commits = [n for n, text in enumerate(sql) if text == "COMMIT"]
        writes = [n for n, text in enumerate(sql) if text.startswith(WRITES)]
        assert len(sql) <= MOST_STATEMENTS_PER_ANSWER, sql
        assert len(begins) == 1, sql
        assert len(commits) == 1, sql
        assert not [text for text in sql if "SAVEPOINT" in text], sql
        written = [sql[n].split('"')[1] for n in writes]
        assert written == [
            "quizzes_response",
            "quizzes_topicscore",
            "review_reviewcard",
            "teach_groupoptioncount",
        ], sql
        assert all(begins[0] < n < commits[0] for n in writes), sql
    assert Response.objects.filter(attempt_question__attempt=attempt).count() == 2
    assert sorted(GroupOptionCount.objects.values_list("answered", flat=True)) == [1, 1, 1, 1]
