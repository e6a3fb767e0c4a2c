"""The dashboard's statements written out (``quizzes.dashboard_reads``, ``teach.gradebook.
learner_groups`` and ``reader_lessons``) read what the ORM's querysets read, for the learner only."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db.models import Count, FilteredRelation, Q

from articles.models import Article, LessonRead, Topic
from quizzes import dashboard_html, dashboard_reads, scoring
from quizzes.models import Attempt, Question, TopicScore, published_via
from review import cards
from review.models import ReviewCard
from teach import gradebook
from teach.access import TRAINERS_GROUP, is_trainer
from teach.models import Assignment, Cohort, LessonSet, LessonSetItem, Membership
from tests.factories import make_lesson, make_question, make_topic
from tests.quizzes.conftest import NOW
from tests.quizzes.test_views import finished_exam

pytestmark = pytest.mark.django_db


def attempt(learner, *, days_ago: float, finished: bool = True, **fields) -> Attempt:
    started = NOW - timedelta(days=days_ago)
    scope = (
        Attempt.Scope.LESSON
        if "lesson" in fields
        else Attempt.Scope.TOPIC
        if "topic" in fields
        else Attempt.Scope.MIXED
    )
    return Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.PRACTICE,
        scope=scope,
        started_at=started,
        finished_at=started + timedelta(minutes=5) if finished else None,
        question_count=5,
        correct_count=3 if finished else None,
        **fields,
    )


@pytest.fixture
def history(learner, other_learner):
    """Lessons and questions published or not; attempts of every kind, more exams than are
    counted, one exam left open past its deadline; the other learner's attempts, rows and cards."""
    hope, trust = make_topic("hope", position=1), make_topic("trust", position=0)
    make_topic("empty", position=2)
    lesson = make_lesson("hope-lesson", topic=hope, title="Hope & <more>")
    draft = make_lesson("draft-lesson", topic=trust, status=Article.Status.DRAFT)
    questions = [make_question(lesson) for _ in range(4)]
    questions.append(make_question(lesson, status=Question.Status.RETIRED))
    questions.append(make_question(draft))
    questions.append(make_question(make_lesson("trust-lesson", topic=trust)))
    for who in (learner, other_learner):
        for n, question in enumerate(questions):
            card = cards.record_answer(learner=who, question=question, correct=n % 2 == 0, now=NOW)
            ReviewCard.objects.filter(pk=card.pk).update(due=NOW + timedelta(hours=n - 5))
        for days_ago in range(1, 14):
            finished_exam(who, correct=days_ago, questions=20, days_ago=days_ago)
    attempt(learner, days_ago=0.5, lesson=lesson)
    attempt(learner, days_ago=0.4, topic=hope, finished=False)
    attempt(learner, days_ago=0.3)
    attempt(other_learner, days_ago=0.1)
    started = NOW - timedelta(hours=2)
    Attempt.objects.create(  # left open past its deadline
        learner=learner,
        mode=Attempt.Mode.EXAM,
        scope=Attempt.Scope.MIXED,
        started_at=started,
        deadline=started + timedelta(minutes=30),
        time_limit_seconds=1800,
        pass_mark=0.7,
        question_count=20,
    )
    for who, topic, answered in ((learner, hope, 7), (other_learner, trust, 9)):
        TopicScore.objects.create(
            learner=who,
            topic=topic,
            answered=answered,
            correct=answered - 2,
            weighted_answered=answered - 0.5,
            weighted_correct=answered - 2.5,
            recent_answers=[[1, 2, 1]],
            lesson_answers=[[lesson.pk, answered, answered - 2]],
            updated_at=NOW,
        )


@pytest.mark.parametrize("now", [NOW, NOW - timedelta(hours=3)])
def test_the_sessions_and_exams_are_those_of_the_querysets(learner, history, now):
    read = dashboard_reads.attempts(learner.pk, now)
    expected = list(
        Attempt.objects.for_learner(learner)
        .described()
        .only(*dashboard_html.RECENT_FIELDS)[: dashboard_reads.RECENT_SESSIONS]
    )
    assert [a.pk for a in read.recent] == [a.pk for a in expected]
    assert dashboard_html.recent_sessions(read.recent) == dashboard_html.recent_sessions(expected)
    assert read.exams == list(
        Attempt.objects.for_learner(learner)
        .latest_exams_or_expired(now)
        .values_list("finished_at", "correct_count", "question_count")[: scoring.RECENT_EXAMS]
    )
    assert read.expired == (now == NOW)


def test_the_topics_are_those_of_the_querysets(learner, history):
    rows, due = dashboard_reads.topics(learner.pk, NOW)
    topics = Topic.objects.annotate(
        question_count=Count("questions", filter=published_via("questions__"))
    ).order_by("position", "name")
    assert [(row.topic_id, row.name, row.slug, row.question_count) for row in rows] == list(
        topics.values_list("pk", "name", "slug", "question_count")
    )
    scores = {
        topic_id: list(numbers)
        for topic_id, *numbers in TopicScore.objects.filter(learner=learner).values_list(
            "topic_id",
            "answered",
            "correct",
            "weighted_answered",
            "weighted_correct",
            "recent_answers",
            "lesson_answers",
        )
    }
    assert {row.topic_id: row.score for row in rows if row.score is not None} == scores
    assert due == cards.due_count(learner, NOW) == 4  # not the retired one, nor the draft's


def test_no_topics_no_rows_and_nothing_due(learner):
    assert dashboard_reads.topics(learner.pk, NOW) == ([], 0)
    assert dashboard_reads.attempts(learner.pk, NOW).recent == []


def test_a_learners_groups_are_those_of_the_querysets(learner, other_learner, django_user_model):
    trainer = django_user_model.objects.create_user("trainer")
    lesson_set = LessonSet.objects.create(name="Set <one>", owner=trainer)
    groups = [
        Cohort.objects.create(name=name, owner=trainer, time_zone="Europe/Paris")
        for name in ("B group", "A group", "C group")
    ]
    for cohort in groups[:2]:
        Membership.objects.create(cohort=cohort, learner=learner, joined_at=NOW)
    Membership.objects.create(cohort=groups[2], learner=other_learner, joined_at=NOW)
    made = [
        Assignment.objects.create(
            cohort=cohort, lesson_set=lesson_set, created_by=trainer, due_at=due
        )
        for cohort, due in ((groups[0], NOW), (groups[0], None), (groups[2], NOW))
    ]
    read = gradebook.learner_groups(learner)
    assert read.cohorts == [
        {"pk": groups[1].pk, "name": "A group", "trainer": "trainer"},
        {"pk": groups[0].pk, "name": "B group", "trainer": "trainer"},
    ]
    assert [a.pk for a in read.assignments] == [made[0].pk, made[1].pk]
    for assignment in read.assignments:
        expected = Assignment.objects.select_related("cohort", "lesson_set").get(pk=assignment.pk)
        for name in ("lesson_set_id", "due_at", "goal", "min_percent", "exam_questions"):
            assert getattr(assignment, name) == getattr(expected, name)
        assert assignment.pass_percent == expected.pass_percent
        assert assignment.cohort.name == expected.cohort.name
        assert assignment.cohort.time_zone == "Europe/Paris"
        assert assignment.lesson_set.name == "Set <one>"
    assert read.in_trainers_group is False
    assert gradebook.learner_groups(other_learner).cohorts[0]["pk"] == groups[2].pk


def test_whether_a_learner_is_in_the_trainers_group(learner, other_learner):
    assert gradebook.learner_groups(learner) == gradebook.LearnerGroups(False, [], [])
    Group.objects.get_or_create(name=TRAINERS_GROUP)[0].user_set.add(learner)
    Group.objects.create(name="Others").user_set.add(other_learner)
    for who in (learner, other_learner):
        in_group = gradebook.learner_groups(who).in_trainers_group
        assert in_group == who.groups.filter(name=TRAINERS_GROUP).exists()
        assert is_trainer(who, in_trainers_group=in_group) == is_trainer(who)


def test_the_lessons_of_a_learners_sets_are_those_of_the_queryset(
    learner, other_learner, django_user_model
):
    """Two sets sharing a lesson, a draft lesson, published questions or not, lessons read by the
    learner or only by another."""
    trainer = django_user_model.objects.create_user("trainer")
    topic = make_topic("hope")
    lessons = [make_lesson(f"lesson-{n}", topic=topic, title=f"Lesson <{n}>") for n in range(4)]
    draft = make_lesson("draft-lesson", topic=topic, status=Article.Status.DRAFT)
    for lesson, count in zip(lessons, (3, 0, 1, 2), strict=True):
        for _ in range(count):
            make_question(lesson)
    make_question(lessons[1], status=Question.Status.RETIRED)
    make_question(draft)
    sets = [LessonSet.objects.create(name=name, owner=trainer) for name in ("B set", "A set")]
    for lesson_set, members in ((sets[0], [lessons[2], draft, lessons[0]]), (sets[1], lessons)):
        for position, lesson in enumerate(members, start=1):
            LessonSetItem.objects.create(lesson_set=lesson_set, lesson=lesson, position=position)
    other_set = LessonSet.objects.create(name="Other", owner=trainer)
    LessonSetItem.objects.create(lesson_set=other_set, lesson=lessons[3], position=1)
    for who, lesson in ((learner, lessons[0]), (learner, draft), (other_learner, lessons[2])):
        LessonRead.objects.create(learner=who, lesson=lesson, first_read_at=NOW)
    set_ids = {lesson_set.pk for lesson_set in sets}

    expected = (  # the ORM's queryset the statement replaced
        LessonSetItem.objects.filter(lesson_set__in=set_ids)
        .annotate(
            own_read=FilteredRelation(
                "lesson__reads", condition=Q(lesson__reads__learner=learner.pk)
            )
        )
        .order_by("lesson_set", "position")
        .values_list("lesson_set_id", "lesson_id", "lesson__title", "lesson__slug")
        .annotate(questions=Count("lesson__questions", filter=published_via("lesson__questions__")))
        .annotate(read=Count("own_read"))
    )
    read = gradebook.reader_lessons(set_ids, learner.pk)
    by_set = lambda rows: sorted(rows, key=lambda row: row[0])  # noqa: E731 (each set in order)
    assert by_set(read) == by_set((*row[:5], bool(row[5])) for row in expected)
    assert [row[4] for row in read if row[1] == draft.pk] == [0]
    assert {row[1] for row in read if row[5]} == {lessons[0].pk, draft.pk}
    assert gradebook.reader_lessons({other_set.pk}, learner.pk) == [
        (other_set.pk, lessons[3].pk, "Lesson <3>", "lesson-3", 2, False)
    ]
