"""The write functions: groups, join codes, joining (and after confirming an address), leaving,
co-trainers, lesson sets and assignments."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from articles.models import LessonRead
from articles.reading import record_read
from quizzes.models import Question
from teach import teaching
from teach.models import (
    JOIN_ALPHABET,
    CoTrainer,
    LessonSet,
    Membership,
    PendingJoin,
    new_join_code,
)
from tests.factories import make_lesson, make_question
from tests.teach.conftest import NOW, make_user

pytestmark = pytest.mark.django_db


def test_join_codes_are_long_random_and_unambiguous():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) >= 8
        assert set(code) <= set(JOIN_ALPHABET)
    assert not set("0O1IL5S2Z8B") & set(JOIN_ALPHABET)


def test_joining_with_a_code_typed_loosely(cohort, outsider):
    code = cohort.join_code.lower()
    typed = f" {code[:4]}-{code[4:]} "
    joined, outcome = teaching.join_cohort(learner=outsider, code=typed, now=NOW)
    assert (joined, outcome) == (cohort, teaching.Joined.JOINED)
    assert teaching.join_cohort(learner=outsider, code=code, now=NOW)[1] is teaching.Joined.ALREADY
    assert Membership.objects.filter(cohort=cohort, learner=outsider).count() == 1


def test_a_new_code_or_closed_joining_refuses_the_old_code(cohort, outsider):
    old = cohort.join_code
    new = teaching.regenerate_join_code(cohort=cohort)
    assert new != old
    with pytest.raises(teaching.UnknownCode):
        teaching.join_cohort(learner=outsider, code=old, now=NOW)
    teaching.set_joining(cohort=cohort, open=False)
    with pytest.raises(teaching.JoiningClosed):
        teaching.join_cohort(learner=outsider, code=new, now=NOW)
    assert not Membership.objects.filter(learner=outsider).exists()


def test_signing_up_through_a_join_link_joins_once_the_address_is_confirmed(
    client, cohort, mailoutbox
):
    join_url = reverse("teach:join", kwargs={"code": cohort.join_code})
    page = client.get(join_url).content.decode()
    assert "Create an account" in page
    response = client.post(
        reverse("signup") + f"?next={join_url}",
        {
            "username": "newbie",
            "email": "newbie@example.org",
            "password1": "a calm river 42",
            "password2": "a calm river 42",
            "next": join_url,
        },
    )
    assert response["Location"] == join_url
    response = client.post(join_url)
    assert response["Location"] == reverse("account")
    assert not Membership.objects.filter(learner__username="newbie").exists()
    assert PendingJoin.objects.filter(learner__username="newbie", cohort=cohort).exists()

    link = re.search(r"http://testserver(/accounts/confirm-email/\S+/)", mailoutbox[0].body)[1]
    page = client.post(link, follow=True).content.decode()
    assert f"You&#x27;ve joined {cohort.name}" in page
    assert Membership.objects.filter(learner__username="newbie", cohort=cohort).exists()
    assert not PendingJoin.objects.exists()


def test_removing_or_leaving_keeps_the_learners_own_history(cohort, member, bank):
    lesson = bank["empathy"][0].lesson
    record_read(learner=member, lesson=lesson, now=NOW)
    assert teaching.remove_member(cohort=cohort, learner_id=member.pk)
    assert not Membership.objects.filter(learner=member).exists()
    assert LessonRead.objects.filter(learner=member).count() == 1
    teaching.join_cohort(learner=member, code=cohort.join_code, now=NOW)
    assert teaching.leave_cohort(learner=member, cohort=cohort)
    assert not teaching.leave_cohort(learner=member, cohort=cohort)


def test_co_trainers_by_username_or_address_and_only_trainers(cohort, other_trainer, outsider):
    added = teaching.add_co_trainer(cohort=cohort, identifier="OTTO@example.org", now=NOW)
    assert added.trainer == other_trainer
    with pytest.raises(teaching.TeachError, match="already trains"):
        teaching.add_co_trainer(cohort=cohort, identifier="otto", now=NOW)
    with pytest.raises(teaching.TeachError, match="already trains"):
        teaching.add_co_trainer(cohort=cohort, identifier="tess", now=NOW)  # the owner
    with pytest.raises(teaching.TeachError, match="No trainer"):
        teaching.add_co_trainer(cohort=cohort, identifier="lou", now=NOW)  # a learner
    with pytest.raises(teaching.TeachError, match="No trainer"):
        teaching.add_co_trainer(cohort=cohort, identifier="nobody", now=NOW)
    assert teaching.remove_co_trainer(cohort=cohort, trainer_id=other_trainer.pk)
    assert CoTrainer.objects.filter(cohort=cohort).count() == 1  # cole, from the fixture


def test_lesson_sets_keep_order_through_moves_removals_and_copies(trainer, bank):
    lessons = [make_lesson(f"l{n}") for n in range(3)]
    lesson_set = teaching.create_lesson_set(owner=trainer, name="Set", lessons=lessons)

    def order(s: LessonSet) -> list[str]:
        return [item.lesson.slug for item in s.items.order_by("position")]

    first, _, third = lesson_set.items.order_by("position")
    assert teaching.move_lesson(lesson_set=lesson_set, item_id=third.pk, offset=-1)
    assert order(lesson_set) == ["l0", "l2", "l1"]
    assert not teaching.move_lesson(lesson_set=lesson_set, item_id=first.pk, offset=-1)
    teaching.remove_lesson(lesson_set=lesson_set, item_id=first.pk)
    assert order(lesson_set) == ["l2", "l1"]
    assert list(lesson_set.items.values_list("position", flat=True).order_by("position")) == [1, 2]
    teaching.add_lesson(lesson_set=lesson_set, lesson=lessons[0])
    with pytest.raises(teaching.TeachError, match="already"):
        teaching.add_lesson(lesson_set=lesson_set, lesson=lessons[0])
    draft = make_lesson("draft", status="draft")
    with pytest.raises(teaching.TeachError, match="published"):
        teaching.add_lesson(lesson_set=lesson_set, lesson=draft)

    other = make_user("otto", trainer=True)
    copy = teaching.copy_lesson_set(lesson_set=lesson_set, owner=other)
    assert (copy.owner, copy.name, copy.shared) == (other, "Copy of Set", False)
    assert order(copy) == ["l2", "l1", "l0"]


def test_only_staff_share_lesson_sets(trainer, staff):
    with pytest.raises(teaching.TeachError):
        teaching.create_lesson_set(owner=trainer, name="Mine", shared=True)
    shared = teaching.create_lesson_set(owner=staff, name="For all", shared=True)
    assert LessonSet.objects.usable_by(trainer).filter(pk=shared.pk).exists()
    assert not LessonSet.objects.editable_by(trainer).filter(pk=shared.pk).exists()


def test_an_empty_set_cannot_be_assigned(cohort, trainer):
    empty = teaching.create_lesson_set(owner=trainer, name="Empty")
    with pytest.raises(teaching.TeachError, match="no lessons"):
        teaching.create_assignment(cohort=cohort, lesson_set=empty, created_by=trainer)


def test_reading_is_recorded_once_for_signed_in_readers_of_published_lessons(member, bank):
    lesson = bank["empathy"][0].lesson
    record_read(learner=member, lesson=lesson, now=NOW)
    record_read(learner=member, lesson=lesson, now=NOW)
    record_read(learner=AnonymousUser(), lesson=lesson, now=NOW)
    record_read(learner=member, lesson=make_lesson("d", status="draft"), now=NOW)
    assert list(LessonRead.objects.values_list("learner__username", "lesson__slug")) == [
        ("mia", lesson.slug)
    ]


def test_an_assignment_exam_draws_only_from_the_sets_lessons(
    cohort, trainer, member, lesson_set, bank, rng
):
    make_question(make_lesson("outside"))
    assignment = teaching.create_assignment(
        cohort=cohort,
        lesson_set=lesson_set,
        created_by=trainer,
        goal="exam",
        exam_questions=50,
        pass_percent=60,
    )
    attempt = teaching.start_assignment_exam(
        assignment=assignment, learner=member, rng=rng, now=NOW
    )
    lessons = set(
        Question.objects.filter(pk__in=attempt.items.values("question")).values_list(
            "lesson__slug", flat=True
        )
    )
    assert lessons == {"empathy-lesson", "recovery-lesson"}
    assert attempt.question_count == 7
    assert attempt.pass_mark == 0.6
