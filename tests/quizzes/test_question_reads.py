"""The question page's statement written out (``quizzes.question_reads``) reads what the ORM's
queryset read (``select_related`` and ``only()`` over five tables, the options joined through a
``FilteredRelation``), as the same model instances and related caches, for the learner only."""

import random
from datetime import timedelta

import pytest
from django.db.models import FilteredRelation

from quizzes import attempts, question_reads
from quizzes.models import Attempt, AttemptQuestion, Choice, Question, Response
from tests.factories import make_lesson, make_question
from tests.quizzes.conftest import NOW

pytestmark = pytest.mark.django_db

# What the ORM's queryset loaded (the views' ``SHOWN`` before the statement was written out).
SHOWN = (
    *(field.name for field in AttemptQuestion._meta.concrete_fields),
    *(f"attempt__{field.name}" for field in Attempt._meta.concrete_fields),
    *(
        f"question__{name}"
        for name in ("lesson", "topic", "stem", "explanation", "explanation_html", "anchor")
    ),
    "question__lesson__title",
    "question__lesson__slug",
    *(f"response__{field.name}" for field in Response._meta.concrete_fields),
    *(
        f"response__choice__{name}"
        for name in ("question", "text", "is_correct", "position", "rationale")
    ),
)


def orm_item(learner_id: int, attempt_id: int, position: int) -> AttemptQuestion | None:
    """The ORM's read that ``question_reads.item`` replaces: a row per option, made one item."""
    rows = list(
        AttemptQuestion.objects.annotate(option=FilteredRelation("question__choices"))
        .select_related("attempt", "question__lesson", "response__choice", "option")
        .only(*SHOWN)
        .order_by("option__position")
        .filter(attempt__learner=learner_id, attempt_id=attempt_id, position=position)
    )
    if not rows:
        return None
    item = rows[0]
    item.options = [row.option for row in rows if getattr(row, "option", None) is not None]
    return item


def snapshot(obj, seen: tuple = ()) -> object:
    """A model instance as what can be told of it without a query: its class, the values it loaded
    (with their types), which fields are deferred, and its cached related objects, in turn."""
    if obj is None:
        return None
    if any(obj is other for other in seen):  # a cache pointing back (the answer to its item)
        return ("back to", type(obj).__name__, seen.index(obj))
    seen = (*seen, obj)
    loaded = {
        field.attname: (type(obj.__dict__[field.attname]).__name__, obj.__dict__[field.attname])
        for field in obj._meta.concrete_fields
        if field.attname in obj.__dict__
    }
    return (
        type(obj).__name__,
        loaded,
        sorted(obj.get_deferred_fields()),
        {name: snapshot(cached, seen) for name, cached in sorted(obj._state.fields_cache.items())},
        [snapshot(option, seen) for option in getattr(obj, "options", [])],
    )


@pytest.fixture
def rounds(learner, other_learner, bank):
    """A practice round answered in part (right, and wrong), an open mock exam with a deadline and
    an answer, and another learner's round."""
    practice = attempts.start_practice(learner=learner, rng=random.Random(3), now=NOW)
    items = list(practice.items.order_by("position"))
    for item, correct in ((items[0], True), (items[1], False)):
        choice = item.question.choices.get(is_correct=correct) if correct else None
        choice = choice or item.question.choices.filter(is_correct=False).last()
        attempts.submit_answer(
            attempt=practice, attempt_question=item, choice=choice, learner=learner, now=NOW
        )
    exam = attempts.start_exam(learner=learner, size=4, rng=random.Random(4), now=NOW)
    first = exam.items.get(position=1)
    attempts.save_exam_page(
        attempt=exam,
        attempt_question=first,
        choice=first.question.choices.first(),
        marked=True,
        learner=learner,
        now=NOW + timedelta(minutes=1),
    )
    others = attempts.start_practice(learner=other_learner, rng=random.Random(5), now=NOW)
    return {"practice": practice, "exam": exam, "others": others}


def test_each_question_is_the_querysets(learner, rounds):
    for attempt in (rounds["practice"], rounds["exam"]):
        for position in range(1, attempt.question_count + 1):
            read = question_reads.item(learner.pk, attempt.pk, position)
            assert snapshot(read) == snapshot(orm_item(learner.pk, attempt.pk, position))
            assert read.position == position
            assert read.attempt.pk == attempt.pk
            assert [choice.position for choice in read.options] == sorted(
                choice.position for choice in read.options
            )
            assert len(read.options) == 4
    answered = question_reads.item(learner.pk, rounds["practice"].pk, 2)
    assert answered.response.is_correct is False
    assert answered.response.attempt_question is answered
    assert isinstance(answered.choice_order, list)


def test_another_learners_attempt_or_no_such_question_reads_nothing(learner, other_learner, rounds):
    others = rounds["others"]
    assert question_reads.item(learner.pk, others.pk, 1) is None
    assert orm_item(learner.pk, others.pk, 1) is None
    assert question_reads.item(other_learner.pk, others.pk, 1) is not None
    assert question_reads.item(other_learner.pk, rounds["practice"].pk, 1) is None
    assert question_reads.item(learner.pk, rounds["practice"].pk, 99) is None


def test_a_question_without_options_reads_none(learner):
    question = make_question(make_lesson("bare"), choices=(), status=Question.Status.DRAFT)
    attempt = Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.PRACTICE,
        scope=Attempt.Scope.MIXED,
        started_at=NOW,
        question_count=1,
    )
    AttemptQuestion.objects.create(attempt=attempt, question=question, position=1, choice_order=[])
    read = question_reads.item(learner.pk, attempt.pk, 1)
    assert read.options == []
    assert snapshot(read) == snapshot(orm_item(learner.pk, attempt.pk, 1))


def test_what_the_page_shows_needs_no_further_query(learner, rounds, django_assert_num_queries):
    with django_assert_num_queries(1):
        item = question_reads.item(learner.pk, rounds["practice"].pk, 2)
    with django_assert_num_queries(0):
        assert item.attempt.learner_id == learner.pk
        assert item.question.lesson.title
        assert item.question.lesson.slug
        assert item.question.passage_url
        assert item.response.choice.rationale is not None
        assert isinstance(item.response.choice, Choice)
        assert item.ordered_choices(item.options)
        assert [option.feedback_html for option in item.options]
    unanswered = question_reads.item(learner.pk, rounds["practice"].pk, 3)
    with django_assert_num_queries(0):
        assert getattr(unanswered, "response", None) is None
