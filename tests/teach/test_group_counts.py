"""The groups' answer counts per option never drift from the answers they count: after practice,
review and mock-exam answers, finishing, joining and leaving, a deleted attempt (after a rebuild)
and a content reload, every row equals a recount straight from the answers; and the gradebook's
hardest questions and topics read from them are what aggregating the answers gives."""

import importlib
import math
import random
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from quizzes import attempts, statistics
from quizzes.models import Attempt, Response
from teach import gradebook, group_counts, teaching
from teach.models import GroupOptionCount, Membership
from tests.quizzes.test_attempts import answer
from tests.quizzes.test_scores import authored
from tests.teach.conftest import NOW, make_user

pytestmark = pytest.mark.django_db


def recounted() -> dict[tuple[int, int], list[float]]:
    """Per (group, option), counted here from each member's scored answers one by one: [answered,
    right, rest answers, rest right, Σ rest, Σ rest², Σ rest over the right ones]."""
    counted: dict[tuple[int, int], list[float]] = {}
    for cohort_id, learner_id in Membership.objects.values_list("cohort_id", "learner_id"):
        for response in (
            Response.objects.scored()
            .filter(attempt_question__attempt__learner_id=learner_id)
            .select_related("attempt_question__attempt")
        ):
            attempt = response.attempt_question.attempt
            row = counted.setdefault((cohort_id, response.choice_id), [0, 0, 0, 0, 0.0, 0.0, 0.0])
            x = int(response.is_correct)
            row[0] += 1
            row[1] += x
            if attempt.finished_at is not None and attempt.answered_count > 1:
                rest = (attempt.correct_count - x) / (attempt.answered_count - 1)
                row[2] += 1
                row[3] += x
                row[4] += rest
                row[5] += rest * rest
                row[6] += rest * x
    return counted


def stored() -> dict[tuple[int, int], list[float]]:
    return {
        (row.cohort_id, row.choice_id): [getattr(row, field) for field in group_counts.FIELDS]
        for row in GroupOptionCount.objects.all()
    }


def assert_agree() -> None:
    """The stored rows are the recount (floats to 1e-9), and ``differences`` says so too."""
    rows, expected = stored(), recounted()
    assert rows.keys() == expected.keys()
    for key, figures in rows.items():
        assert figures[:4] == expected[key][:4], key
        assert all(
            math.isclose(a, b, abs_tol=1e-9)
            for a, b in zip(figures[4:], expected[key][4:], strict=True)
        ), key
    assert group_counts.differences() == []


@pytest.fixture
def groups(cohort, trainer, member):
    """The member in two groups, a second learner in the first only."""
    evening = teaching.create_cohort(owner=trainer, name="Evening class")
    teaching.join_cohort(learner=member, code=evening.join_code, now=NOW)
    other = make_user("otto")
    teaching.join_cohort(learner=other, code=cohort.join_code, now=NOW)
    return {"first": cohort, "evening": evening, "other": other}


def test_practice_review_and_exam_answers_are_counted_in_each_group(groups, member, bank, rng):
    practice = attempts.start_practice(learner=member, size=5, rng=rng, now=NOW)
    for i, item in enumerate(practice.items.order_by("position")[:3]):
        answer(practice, item, correct=i != 1)
        assert_agree()  # scored at once, in both of the member's groups
    assert {cohort_id for cohort_id, _ in stored()} == {groups["first"].pk, groups["evening"].pk}
    attempts.finish_attempt(attempt=practice, now=NOW + timedelta(minutes=5))
    assert_agree()  # the rest-of-attempt sums, now that it is finished
    assert sum(figures[2] for figures in stored().values()) == 2 * 3

    exam = attempts.start_exam(
        learner=groups["other"], size=6, rng=rng, now=NOW + timedelta(hours=1)
    )
    for i, item in enumerate(exam.items.order_by("position")):
        answer(exam, item, correct=i % 3 != 0, now=NOW + timedelta(hours=1, minutes=i))
    answer(exam, exam.items.get(position=1), correct=True, now=NOW + timedelta(hours=1, minutes=7))
    before = stored()
    assert_agree()  # an open exam counts for nothing yet
    attempts.finish_attempt(attempt=exam, now=NOW + timedelta(hours=1, minutes=8))
    assert stored() != before
    assert_agree()  # its final answers, once submitted

    review = attempts.start_review(
        learner=member, questions=bank["recovery"], rng=rng, now=NOW + timedelta(hours=2)
    )
    for item in review.items.all():
        answer(review, item, correct=False, now=NOW + timedelta(hours=2))
    attempts.finish_attempt(attempt=review, now=NOW + timedelta(hours=3))
    assert_agree()


def test_joining_counts_past_answers_and_leaving_recounts(cohort, member, bank, rng, monkeypatch):
    monkeypatch.setattr(group_counts, "BATCH", 3)  # a join's many rows, a few per statement
    late = make_user("lena")
    waiting = make_user("wes", email=False)
    for who in (late, waiting, member):
        practice = attempts.start_practice(learner=who, size=4, rng=rng, now=NOW)
        for i, item in enumerate(practice.items.all()):
            answer(practice, item, correct=i % 2 == 0)
        attempts.finish_attempt(attempt=practice, now=NOW)
    assert_agree()
    teaching.join_cohort(learner=late, code=cohort.join_code, now=NOW)
    assert_agree()  # their answers before joining count too
    teaching.join_cohort(learner=waiting, code=cohort.join_code, now=NOW)  # address unconfirmed
    assert not Membership.objects.filter(learner=waiting).exists()
    waiting.email = "wes@example.org"
    waiting.save()
    teaching.complete_pending_joins(learner=waiting, now=NOW)
    assert_agree()
    assert sum(figures[0] for figures in stored().values()) == 3 * 4
    teaching.leave_cohort(learner=late, cohort=cohort)
    teaching.remove_member(cohort=cohort, learner_id=waiting.pk)
    assert_agree()
    assert sum(figures[0] for figures in stored().values()) == 4


def test_a_deleted_attempt_is_found_and_recounted_by_rebuild_scores(
    groups, member, bank, rng, capsys
):
    """Answers deleted with their attempt (the admin can) leave counts to fix, as they leave topic
    rows: ``rebuild_scores --check`` reports them and ``rebuild_scores`` recounts them."""
    for hours in (0, 1):
        practice = attempts.start_practice(
            learner=member, size=3, rng=rng, now=NOW + timedelta(hours=hours)
        )
        for item in practice.items.all():
            answer(practice, item, correct=hours == 0, now=NOW + timedelta(hours=hours))
    Attempt.objects.order_by("started_at").first().delete()
    assert group_counts.differences() != []
    with pytest.raises(CommandError, match="differ from the answers"):
        call_command("rebuild_scores", "--check")
    assert f"group {groups['first'].pk}, option" in capsys.readouterr().out
    call_command("rebuild_scores")
    assert_agree()
    call_command("rebuild_scores", "--check")
    assert "agree with the answers" in capsys.readouterr().out


def test_the_admin_recounts_a_group_whose_members_it_changed(
    admin_client, cohort, member, bank, rng
):
    practice = attempts.start_practice(learner=member, size=3, rng=rng, now=NOW)
    for item in practice.items.all():
        answer(practice, item)
    membership = Membership.objects.get(cohort=cohort, learner=member)
    form = {
        "name": cohort.name,
        "description": "",
        "time_zone": cohort.time_zone,
        "owner": cohort.owner_id,
        "joining_open": "on",
    }
    for prefix, rows in (("co_trainers", cohort.co_trainers.all()), ("memberships", [membership])):
        form |= {
            f"{prefix}-TOTAL_FORMS": len(rows),
            f"{prefix}-INITIAL_FORMS": len(rows),
            f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
        for n, row in enumerate(rows):
            form[f"{prefix}-{n}-id"] = row.pk
            form[f"{prefix}-{n}-cohort"] = cohort.pk
    form |= {
        "co_trainers-0-trainer": cohort.co_trainers.get().trainer_id,
        "co_trainers-0-added_at_0": "2025-03-03",
        "co_trainers-0-added_at_1": "10:00:00",
        "memberships-0-learner": member.pk,
        "memberships-0-joined_at_0": "2025-03-03",
        "memberships-0-joined_at_1": "10:00:00",
        "memberships-0-DELETE": "on",
        "assignments-TOTAL_FORMS": 0,
        "assignments-INITIAL_FORMS": 0,
        "assignments-MIN_NUM_FORMS": 0,
        "assignments-MAX_NUM_FORMS": 1000,
    }
    assert stored() != {}
    response = admin_client.post(f"/admin/teach/cohort/{cohort.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not Membership.objects.filter(cohort=cohort).exists()
    assert stored() == {}
    assert_agree()


def test_a_content_reload_leaves_the_counts_agreeing(content_dir, write_lesson, trainer):
    """A lesson moved to another topic moves nothing here (the rows are per question and option);
    the gradebook's hardest topics, read from the topic rows, follow it."""
    write_lesson("alpha", topic="empathy", questions=[authored("alpha", n) for n in range(3)])
    write_lesson("beta", topic="validation", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")
    cohort = teaching.create_cohort(owner=trainer, name="Reload class")
    learners = [make_user(f"learner{n}") for n in range(2)]
    for n, learner in enumerate(learners):
        teaching.join_cohort(learner=learner, code=cohort.join_code, now=NOW)
        for slug in ("alpha", "beta"):
            lesson = apps.get_model("articles", "Article").objects.get(slug=slug)
            practice = attempts.start_practice(
                learner=learner, lesson=lesson, rng=random.Random(n), now=NOW
            )
            for i, item in enumerate(practice.items.all()):
                answer(practice, item, correct=(i + n) % 2 == 0)
            attempts.finish_attempt(attempt=practice, now=NOW)
    book = gradebook.gradebook(cohort, NOW)
    assert {topic.slug for topic, _ in book.topic_facility()} == {"empathy", "validation"}

    write_lesson("beta", topic="empathy", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")

    assert_agree()
    book = gradebook.gradebook(cohort, NOW)
    assert [(topic.slug, row.answered) for topic, row in book.topic_facility()] == [("empathy", 12)]


def test_hardest_questions_and_topics_are_the_aggregates_over_the_answers(
    groups, member, bank, rng
):
    """What the gradebook reads from the counts and topic rows equals what aggregating the
    group's answers gives (``quizzes.statistics``, as the page computed it before)."""
    cohort = groups["first"]
    for n, who in enumerate((member, groups["other"], member)):
        practice = attempts.start_practice(
            learner=who, size=7, rng=rng, now=NOW + timedelta(hours=n)
        )
        for i, item in enumerate(practice.items.order_by("position")):
            answer(practice, item, correct=(i * (n + 2)) % 3 == 0, now=NOW + timedelta(hours=n))
        if n < 2:
            attempts.finish_attempt(attempt=practice, now=NOW + timedelta(hours=n, minutes=30))
    members = Membership.objects.filter(cohort=cohort).values("learner")
    answers = Response.objects.scored().filter(attempt_question__attempt__learner__in=members)
    aggregated = statistics.item_statistics(answers)
    expected = statistics.hardest(aggregated, limit=5)
    read = group_counts.hardest(cohort.pk, limit=5)
    assert [item.question_id for item in read] == [item.question_id for item in expected]
    for got, want in zip(read, expected, strict=True):
        assert (got.answered, got.correct, got.options) == (
            want.answered,
            want.correct,
            want.options,
        )
        assert (got.discrimination is None) == (want.discrimination is None)
        if want.discrimination is not None:
            assert math.isclose(got.discrimination, want.discrimination, abs_tol=1e-9)
    topic_of = {q.pk: q.topic_id for questions in bank.values() for q in questions}
    book = gradebook.gradebook(cohort, NOW)
    assert [(topic.pk, row.answered, row.correct) for topic, row in book.topic_facility()] == [
        (row.topic_id, row.answered, row.correct)
        for row in statistics.topic_facility(aggregated, topic_of)
    ]


def test_the_migration_counts_the_answers_of_existing_groups(groups, member, bank, rng):
    migration = importlib.import_module("teach.migrations.0002_group_option_counts")
    for who in (member, groups["other"]):
        practice = attempts.start_practice(learner=who, size=5, rng=rng, now=NOW)
        for i, item in enumerate(practice.items.all()):
            answer(practice, item, correct=i % 2 == 0)
        attempts.finish_attempt(attempt=practice, now=NOW)
    open_one = attempts.start_practice(learner=member, size=2, rng=rng, now=NOW)
    answer(open_one, open_one.items.first())
    filled = stored()
    GroupOptionCount.objects.all().delete()
    migration.fill_group_option_counts(apps, None)
    assert stored().keys() == filled.keys()
    assert_agree()


def test_the_admin_deleting_attempts_or_an_account_leaves_no_count_to_fix(
    admin_client, groups, member, bank, rng
):
    """Staff deleting an attempt (one, or several with the bulk action) or a learner's account in
    the admin: the learner's topic rows and the groups' counts agree with the answers left at once,
    with no ``rebuild_scores`` needed."""
    from quizzes.scores import topic_score_differences

    for who in (member, groups["other"]):
        for hours in (0, 1, 2):
            practice = attempts.start_practice(
                learner=who, size=3, rng=rng, now=NOW + timedelta(hours=hours)
            )
            for i, item in enumerate(practice.items.all()):
                answer(practice, item, correct=i != hours, now=NOW + timedelta(hours=hours))
    assert_agree()
    first, second, third = Attempt.objects.filter(learner=member).order_by("started_at")

    response = admin_client.post(f"/admin/quizzes/attempt/{first.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Attempt.objects.filter(pk=first.pk).exists()
    assert_agree()
    assert topic_score_differences(learner_ids=[member.pk]) == []

    response = admin_client.post(
        "/admin/quizzes/attempt/",
        {"action": "delete_selected", "_selected_action": [second.pk, third.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Attempt.objects.filter(learner=member).exists()
    assert_agree()
    assert topic_score_differences(learner_ids=[member.pk]) == []

    other = groups["other"]
    response = admin_client.post(f"/admin/auth/user/{other.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302, response.content.decode()[:500]
    assert not Membership.objects.filter(learner_id=other.pk).exists()
    assert_agree()
    assert stored() == {}  # nobody left in the groups has an answer
