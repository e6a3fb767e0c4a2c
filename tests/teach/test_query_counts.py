"""Trainer pages read a fixed number of rows however many learners, lessons and answers there are:
the same query count with 1 learner and with 50 (each with answers, reads and an exam)."""

import pytest

from articles.models import LessonRead
from quizzes.models import Attempt
from teach import group_counts, teaching
from teach.models import AssignmentExam, Membership
from tests.factories import make_lesson, make_question, make_topic
from tests.quizzes.test_statistics import answer_round
from tests.teach.conftest import NOW, make_user

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _trainer_signed_in(client, trainer):
    """Signed in, with the session's trainer flag already written by a first visit."""
    client.force_login(trainer)
    client.get("/teach/")


@pytest.fixture(params=[1, 50], ids=["1-learner", "50-learners"])
def full_group(request, cohort, trainer, member, bank):
    """``n`` learners (the fixture's member among them) with answers in three topics, lesson
    reads, and a practice and an exam assignment over three lessons."""
    third = make_lesson("third-lesson", topic=make_topic("ethics", position=2))
    extra = [make_question(third) for _ in range(3)]
    lessons = [bank["empathy"][0].lesson, bank["recovery"][0].lesson, third]
    lesson_set = teaching.create_lesson_set(owner=trainer, name="All", lessons=lessons)
    practice = teaching.create_assignment(
        cohort=cohort, lesson_set=lesson_set, created_by=trainer, due_at=NOW
    )
    exam = teaching.create_assignment(
        cohort=cohort, lesson_set=lesson_set, created_by=trainer, goal="exam"
    )
    learners = [member] + [make_user(f"learner{n}") for n in range(request.param - 1)]
    Membership.objects.bulk_create(
        Membership(cohort=cohort, learner=learner, joined_at=NOW) for learner in learners[1:]
    )
    questions = bank["empathy"] + bank["recovery"] + extra
    for n, learner in enumerate(learners):
        for round_ in range(3):  # three answers per question: enough for "hardest questions"
            answer_round(learner, [(q, (i + n + round_) % 3 != 0) for i, q in enumerate(questions)])
        LessonRead.objects.bulk_create(
            LessonRead(learner=learner, lesson=lesson, first_read_at=NOW) for lesson in lessons
        )
    AssignmentExam.objects.create(
        assignment=exam, attempt=Attempt.objects.filter(learner=member).first()
    )
    group_counts.recount([cohort.pk])  # the answers above were bulk-created, not scored
    return {"n": request.param, "practice": practice, "lesson_set": lesson_set}


# session, user, is-trainer check, the group, members, topics with question counts, topic scores
# (and so last active), recent mock exams (readiness), assignments, set items (with their lessons'
# question counts), reads, answers per learner and lesson, assignment exams (there is an exam goal)
GRADEBOOK_TABLE = 13
# the group's hardest questions: from the group's answer counts (one query over a few rows per
# question, however many answers), those questions with their choices (one query, a row per
# choice); the hardest topics come from the topic scores already read
STATISTICS = 2
GRADEBOOK = GRADEBOOK_TABLE + STATISTICS


def test_gradebook(client, trainer, cohort, full_group, django_assert_num_queries):
    with django_assert_num_queries(GRADEBOOK):
        response = client.get(f"/teach/groups/{cohort.pk}/?sort=readiness&dir=desc")
    assert len(response.context["book"].rows) == full_group["n"]
    assert len(response.context["hardest"]) == 5
    for item, question, options in response.context["hardest"]:  # each with all its options
        assert question.pk == item.question_id
        assert [choice.pk for choice, _ in options] == list(
            question.choices.order_by("position").values_list("pk", flat=True)
        )
        assert sum(chosen for _, chosen in options) == item.answered
    with django_assert_num_queries(GRADEBOOK_TABLE):  # sorting swaps in the table: no statistics
        client.get(f"/teach/groups/{cohort.pk}/?sort=name", **HTMX)


def test_gradebook_csv(client, trainer, cohort, full_group, django_assert_num_queries):
    with django_assert_num_queries(GRADEBOOK_TABLE):  # no statistics
        response = client.get(f"/teach/groups/{cohort.pk}/gradebook.csv")
    assert response.content.decode().count("\r\n") == full_group["n"] + 1


def test_learner_drill_down(client, trainer, cohort, member, full_group, django_assert_num_queries):
    # the gradebook's reads for one learner (no statistics), the membership, recent attempts
    with django_assert_num_queries(GRADEBOOK_TABLE + 2):
        client.get(f"/teach/groups/{cohort.pk}/members/{member.pk}/")


def test_members_page(client, trainer, cohort, full_group, django_assert_num_queries):
    for n in range(full_group["n"]):  # as many waiting for their address to be confirmed
        waiting = make_user(f"waiting{n}", email=False)
        teaching.join_cohort(learner=waiting, code=cohort.join_code, now=NOW)
    # session, user, is-trainer, group, members with when each was last active (a subquery over
    # their topic scores), those waiting for email confirmation, co-trainers
    with django_assert_num_queries(7):
        response = client.get(f"/teach/groups/{cohort.pk}/members/")
    assert len(response.context["members"]) == len(response.context["pending"]) == full_group["n"]
    with django_assert_num_queries(7):
        client.get(f"/teach/groups/{cohort.pk}/members/", **HTMX)


def test_delete_group_page(client, trainer, cohort, full_group, django_assert_num_queries):
    # session, user, is-trainer, group, members, waiting joins and assignments counted
    with django_assert_num_queries(7):
        client.get(f"/teach/groups/{cohort.pk}/delete/")


def test_assignment_page(client, trainer, cohort, full_group, django_assert_num_queries):
    practice = full_group["practice"]
    # session, user, is-trainer, group, assignment, members, set items (with their lessons'
    # question counts), reads, answers; no mock exams for a practice goal
    with django_assert_num_queries(9):
        client.get(f"/teach/groups/{cohort.pk}/assignments/{practice.pk}/")
    with django_assert_num_queries(9):
        client.get(f"/teach/groups/{cohort.pk}/assignments/{practice.pk}/results.csv")


def test_home_and_lesson_set(client, trainer, cohort, full_group, django_assert_num_queries):
    with django_assert_num_queries(5):  # session, user, is-trainer, groups, sets
        client.get("/teach/")
    lesson_set = full_group["lesson_set"]
    make_lesson("not-in-the-set")
    # session, user, is-trainer, the set, its items, lessons not in it (checked, then listed)
    with django_assert_num_queries(7):
        client.get(f"/teach/sets/{lesson_set.pk}/")


def test_dashboard_with_assignments(client, member, full_group, django_assert_num_queries):
    client.force_login(member)
    # the dashboard's own 4 + teach's block: groups with their assignments and whether the learner
    # is a trainer, set items (with their lessons' question counts and whether the learner read
    # each), exams (there is an exam goal); the answers per lesson come with the topic rows the
    # dashboard reads
    with django_assert_num_queries(7):
        response = client.get("/dashboard/")
    assert "Assigned to you" in response.content.decode()
