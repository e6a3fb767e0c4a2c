"""Per-topic summary rows rebuilt from the answers: after a lesson moves topic, and on demand."""

import importlib
import random
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import ProtectedError
from django.utils import timezone

from articles.models import Article, Topic
from quizzes import attempts, scoring
from quizzes.models import Attempt, Response, TopicScore
from quizzes.scores import rebuild_topic_scores, topic_score_differences
from tests.factories import make_lesson, make_question
from tests.quizzes.conftest import NOW
from tests.quizzes.test_attempts import answer

pytestmark = pytest.mark.django_db


def authored(lesson: str, n: int) -> dict:
    return {
        "stem": f"A peer shares setback number {n} of {lesson}. What is the most helpful first response?",
        "choices": [
            "Listening and reflecting what you hear",
            "Telling them what to do next",
            "Changing the subject to something lighter",
            "Suggesting a new medication",
        ],
        "answer": 1,
        "explanation": "Listening comes first.",
    }


def rows() -> dict[tuple[str, str], tuple]:
    return {
        (row.learner.username, row.topic.slug): (
            row.answered,
            row.correct,
            round(row.weighted_answered, 9),
            round(row.weighted_correct, 9),
            round(row.mastery, 9),
        )
        for row in TopicScore.objects.select_related("learner", "topic")
    }


def expected(tally: scoring.Tally) -> tuple:
    return (
        tally.answered,
        tally.correct,
        round(tally.weighted_answered, 9),
        round(tally.weighted_correct, 9),
        round(tally.mastery, 9),
    )


def practise_round(learner, rng, now, *, correct=lambda i: True, spaced=False) -> None:
    """Answer every question of a practice round (any lesson): ``correct(i)`` says how the i-th
    is answered; ``spaced`` puts the answers a minute apart, else all at ``now``."""
    practice = attempts.start_practice(learner=learner, rng=rng, now=now)
    for i, item in enumerate(practice.items.all()):
        at = now + timedelta(minutes=i) if spaced else now
        answer(practice, item, correct=correct(i), now=at)


def practise(learner, slug: str, *, start, pattern: list[bool]) -> list[bool]:
    """Answer every question of a practice round on the lesson, right or wrong as ``pattern`` says
    (cycled), a minute apart; returns the answers in order."""
    lesson = Article.objects.get(slug=slug)
    attempt = attempts.start_practice(
        learner=learner, lesson=lesson, rng=random.Random(1), now=start
    )
    given = []
    for i, item in enumerate(attempt.items.select_related("question").order_by("position")):
        correct = pattern[i % len(pattern)]
        answer(attempt, item, correct=correct, now=start + timedelta(minutes=i))
        given.append(correct)
    attempts.finish_attempt(attempt=attempt, now=start + timedelta(minutes=30))
    return given


def test_moving_a_lesson_to_another_topic_moves_its_answers_in_the_summary_rows(
    content_dir, write_lesson
):
    write_lesson("alpha", topic="empathy", questions=[authored("alpha", n) for n in range(3)])
    write_lesson("beta", topic="validation", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")
    patterns = [[True], [False, True], [True, True, False]]
    history: dict[str, list[bool]] = {}
    for number, pattern in enumerate(patterns):
        learner = get_user_model().objects.create_user(f"learner{number}")
        # Interleaved in time: alpha, then beta, then alpha again.
        given = practise(learner, "alpha", start=NOW, pattern=pattern)
        given += practise(learner, "beta", start=NOW + timedelta(hours=1), pattern=pattern[::-1])
        given += practise(learner, "alpha", start=NOW + timedelta(hours=2), pattern=[False])
        history[learner.username] = given
    assert {topic for _, topic in rows()} == {"empathy", "validation"}

    write_lesson("beta", topic="empathy", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")

    beta = Article.objects.get(slug="beta")
    assert set(beta.questions.values_list("topic__slug", flat=True)) == {"empathy"}
    # Every answer now counts in empathy, in the order given; nothing is left in validation.
    assert rows() == {
        (name, "empathy"): expected(scoring.tally_of(given)) for name, given in history.items()
    }
    assert topic_score_differences() == []


def test_rebuild_leaves_a_consistent_history_of_practice_and_exams_alone(learner, bank, rng):
    practice = attempts.start_practice(learner=learner, rng=rng, now=NOW)
    for i, item in enumerate(practice.items.order_by("position")):
        answer(practice, item, correct=i % 3 != 0, now=NOW + timedelta(seconds=i))
    exam = attempts.start_exam(learner=learner, size=7, rng=rng, now=NOW + timedelta(hours=1))
    for i, item in enumerate(exam.items.order_by("position")):
        answer(exam, item, correct=i % 2 == 0, now=NOW + timedelta(hours=1, seconds=i))
    attempts.finish_attempt(attempt=exam, now=NOW + timedelta(hours=1, minutes=5))
    again = attempts.start_practice(learner=learner, rng=rng, now=NOW + timedelta(hours=2))
    for item in again.items.order_by("position")[:3]:
        answer(again, item, correct=False, now=NOW + timedelta(hours=2))
    before = rows()
    assert len(before) == 2

    assert topic_score_differences() == []
    assert rebuild_topic_scores(now=NOW + timedelta(days=1)) == []
    assert rows() == before


def test_an_exam_closed_after_practice_past_its_deadline_agrees_with_a_rebuild(learner, bank, rng):
    exam = attempts.start_exam(learner=learner, size=7, seconds_per_question=10, rng=rng, now=NOW)
    for i, item in enumerate(exam.items.order_by("position")):
        answer(exam, item, correct=i % 2 == 0, now=NOW + timedelta(seconds=i))
    # The learner leaves the exam open and practises after its deadline...
    later = exam.deadline + timedelta(minutes=5)
    practice = attempts.start_practice(learner=learner, rng=rng, now=later)
    for i, item in enumerate(practice.items.order_by("position")):
        answer(practice, item, correct=i % 3 == 0, now=later + timedelta(seconds=i))
    # ...and the exam is closed (at its deadline) only when the dashboard next reads it.
    attempts.close_if_expired(exam, later + timedelta(minutes=10))

    assert topic_score_differences(now=later + timedelta(minutes=10)) == []
    assert TopicScore.objects.exclude(recent_answers=[]).count() == 2


def test_an_open_exam_does_not_count_until_it_is_submitted(learner, bank, rng):
    exam = attempts.start_exam(learner=learner, size=3, rng=rng, now=NOW)
    for item in exam.items.all():
        answer(exam, item, correct=True)
    assert rebuild_topic_scores(now=NOW) == []
    assert not TopicScore.objects.exists()


def drift(learner, bank, rng) -> None:
    """A learner with practice answers in both topics, then rows that disagree three ways."""
    practice = attempts.start_practice(learner=learner, rng=rng, now=NOW)
    for item in practice.items.all():
        answer(practice, item, correct=True)
    empathy, recovery = Topic.objects.get(slug="empathy"), Topic.objects.get(slug="recovery")
    TopicScore.objects.filter(learner=learner, topic=empathy).update(answered=99, correct=1)
    TopicScore.objects.filter(learner=learner, topic=recovery).delete()
    spare = Topic.objects.create(slug="spare", name="Spare", position=9)
    TopicScore.objects.create(learner=learner, topic=spare, answered=1, correct=1, updated_at=NOW)


def test_rebuild_scores_check_reports_drift_and_exits_non_zero(learner, bank, rng, capsys):
    drift(learner, bank, rng)
    before = rows()
    with pytest.raises(CommandError, match="3 summary rows differ") as caught:
        call_command("rebuild_scores", "--check")
    assert caught.value.returncode == 1
    out = capsys.readouterr().out
    assert "ada, topic empathy: stored 1/99 right" in out
    assert "ada, topic recovery: stored no row; from the answers 3/3 right" in out
    assert "ada, topic spare: stored 1/1 right, mastery 50.0%; from the answers no row" in out
    assert rows() == before  # --check writes nothing


def test_rebuild_scores_fixes_every_row_from_the_answers(learner, bank, rng, capsys):
    drift(learner, bank, rng)
    call_command("rebuild_scores")
    assert "Fixed 3 summary rows" in capsys.readouterr().out
    answers = list(
        Response.objects.filter(attempt_question__attempt__learner=learner)
        .order_by("answered_at", "pk")
        .values_list("attempt_question__question__topic__slug", "is_correct")
    )
    assert rows() == {
        ("ada", slug): expected(scoring.tally_of(c for s, c in answers if s == slug))
        for slug in ("empathy", "recovery")
    }
    call_command("rebuild_scores", "--check")
    assert "All 2 summary rows agree with the answers" in capsys.readouterr().out


@pytest.mark.parametrize("learners", [1, 6])
def test_rebuild_scores_reads_a_constant_number_of_queries(
    learners, bank, rng, django_assert_num_queries
):
    for number in range(learners):
        who = get_user_model().objects.create_user(f"learner{number}")
        attempt = attempts.start_practice(learner=who, rng=rng, now=NOW)
        for i, item in enumerate(attempt.items.all()):
            answer(attempt, item, correct=i % 2 == 0)
    assert Attempt.objects.count() == learners
    with django_assert_num_queries(2):  # the rows, and the answers
        assert topic_score_differences() == []
    TopicScore.objects.update(answered=99)
    # Locking the rows, reading the answers, one bulk update (plus the savepoint's own queries).
    with django_assert_num_queries(5):
        assert len(rebuild_topic_scores(now=NOW)) == 2 * learners


# --- Recent answers per quarter hour (the dashboard's daily trend) -----------------------------


def counted_answers(field: str, bucket) -> dict[tuple[str, str], dict]:
    """Per (learner, topic slug), the scored answers straight from the answers, counted under
    ``bucket(<field's value>)`` (left out where it gives None): {bucket: [answered, right]}."""
    counted: dict[tuple[str, str], dict] = {}
    for name, slug, value, correct in Response.objects.scored().values_list(
        "attempt_question__attempt__learner__username",
        "attempt_question__question__topic__slug",
        field,
        "is_correct",
    ):
        key = bucket(value)
        if key is not None:
            counts = counted.setdefault((name, slug), {}).setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += int(correct)
    return counted


def quarter_hours(now) -> dict[tuple[str, str], dict[datetime, list[int]]]:
    """The scored answers of the last ``RECENT_DAYS`` days before ``now`` per quarter hour of
    UTC: {start: [answered, right]}."""

    def quarter(answered_at: datetime) -> datetime | None:
        start = answered_at.astimezone(UTC).replace(second=0, microsecond=0)
        start -= timedelta(minutes=start.minute % 15)
        return start if start >= now - timedelta(days=scoring.RECENT_DAYS) else None

    return counted_answers("answered_at", quarter)


def stored_quarter_hours(now) -> dict[tuple[str, str], dict[datetime, list[int]]]:
    stored: dict[tuple[str, str], dict[datetime, list[int]]] = {}
    for row in TopicScore.objects.select_related("learner", "topic"):
        for slot, answered, correct in row.recent_answers:
            start = datetime.fromtimestamp(slot * 15 * 60, tz=UTC)
            if start >= now - timedelta(days=scoring.RECENT_DAYS):
                stored.setdefault((row.learner.username, row.topic.slug), {})[start] = [
                    answered,
                    correct,
                ]
    return stored


def test_recent_answers_count_every_scored_answer_in_its_quarter_hour(learner, bank, rng):
    """Practice either side of a quarter hour's end, a mock exam counted once submitted at the
    times its answers were given (not while open), practice given while it was open."""
    practice = attempts.start_practice(learner=learner, rng=rng, now=NOW)
    for i, item in enumerate(practice.items.order_by("position")):
        at = NOW + timedelta(minutes=14, seconds=58 + i)  # 10:14:58, 10:14:59, 10:15:00, ...
        answer(practice, item, correct=i % 3 != 0, now=at)
    exam = attempts.start_exam(
        learner=learner, size=7, seconds_per_question=600, rng=rng, now=NOW + timedelta(hours=1)
    )
    for i, item in enumerate(exam.items.order_by("position")):
        answer(exam, item, correct=i % 2 == 0, now=NOW + timedelta(hours=1, minutes=7 * i))
    before_submitting = quarter_hours(NOW + timedelta(hours=2))
    assert stored_quarter_hours(NOW + timedelta(hours=2)) == before_submitting
    again = attempts.start_practice(learner=learner, rng=rng, now=NOW + timedelta(hours=1))
    for item in again.items.order_by("position")[:3]:
        answer(again, item, correct=False, now=NOW + timedelta(hours=1, minutes=20))
    attempts.finish_attempt(attempt=exam, now=NOW + timedelta(hours=2))

    later = NOW + timedelta(days=3)
    counted = quarter_hours(later)
    assert counted != before_submitting
    assert stored_quarter_hours(later) == counted
    assert sum(sum(a for a, _ in slots.values()) for slots in counted.values()) == (
        Response.objects.count()
    )
    assert topic_score_differences(now=later) == []
    assert rebuild_topic_scores(now=later) == []


def test_recent_answers_keep_the_last_days_only(learner, bank, rng):
    """An answer older than ``RECENT_DAYS`` leaves the recent answers when the row is next written
    (it still counts in the totals); until then a check ignores it."""
    question = bank["empathy"][0]
    old = NOW - timedelta(days=scoring.RECENT_DAYS + 1)
    for when in (old, NOW):
        attempt = attempts.start_practice(
            learner=learner, lesson=question.lesson, size=1, rng=rng, now=when
        )
        answer(attempt, attempt.items.get(), correct=True, now=when)
        assert topic_score_differences(now=when) == []
    row = TopicScore.objects.get(learner=learner)
    assert row.answered == 2
    assert row.recent_answers == [[scoring.slot_of(NOW), 1, 1]]
    assert stored_quarter_hours(NOW) == quarter_hours(NOW)
    later = NOW + timedelta(days=scoring.RECENT_DAYS + 1)  # nothing recent, nothing written since
    assert topic_score_differences(now=later) == []
    assert rebuild_topic_scores(now=later) == []


def test_rebuild_scores_finds_and_fixes_recent_answers_that_differ(learner, bank, rng, capsys):
    now = timezone.now()
    practise_round(learner, rng, now)
    empathy = TopicScore.objects.get(learner=learner, topic__slug="empathy")
    empathy.recent_answers = [[scoring.slot_of(now) - 4, 4, 4]]
    empathy.save()
    with pytest.raises(CommandError, match="1 summary row differs"):
        call_command("rebuild_scores", "--check")
    out = capsys.readouterr().out
    assert "ada, topic empathy: stored 4/4 right" in out
    assert (
        "; answers of the last 32 days: stored 4 in 1 quarter hours, from the answers 4 in 1 "
        "quarter hours"
    ) in out
    call_command("rebuild_scores")
    assert stored_quarter_hours(now) == quarter_hours(now)
    call_command("rebuild_scores", "--check")


def test_recent_and_lesson_answers_follow_a_deleted_attempt_after_a_rebuild(learner, bank, rng):
    """Answers deleted with their attempt (the admin can) leave rows to rebuild; rebuilt, the
    recent answers and the answers per lesson are those left."""
    for hours, right in ((0, True), (1, False)):
        practise_round(learner, rng, NOW + timedelta(hours=hours), correct=lambda i, r=right: r)
    Attempt.objects.order_by("started_at").first().delete()
    later = NOW + timedelta(hours=2)
    assert len(topic_score_differences(now=later)) == 2
    rebuild_topic_scores(now=later)
    assert stored_quarter_hours(later) == quarter_hours(later)
    assert stored_lesson_counts() == lesson_counts()
    assert topic_score_differences(now=later) == []


def test_moving_a_lesson_moves_its_recent_answers(content_dir, write_lesson):
    write_lesson("alpha", topic="empathy", questions=[authored("alpha", n) for n in range(3)])
    write_lesson("beta", topic="validation", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")
    now = timezone.now()
    learner = get_user_model().objects.create_user("learner")
    practise(learner, "alpha", start=now - timedelta(days=2), pattern=[True])
    practise(learner, "beta", start=now - timedelta(hours=3), pattern=[False, True])
    assert {topic for _, topic in stored_quarter_hours(now)} == {"empathy", "validation"}

    write_lesson("beta", topic="empathy", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")

    assert {topic for _, topic in stored_quarter_hours(now)} == {"empathy"}
    assert stored_quarter_hours(now) == quarter_hours(now)
    assert topic_score_differences() == []


def test_the_migration_fills_the_recent_answers_of_existing_rows(learner, bank, rng):
    """Migration 0010 adds the column empty, then counts each row's last days from the answers."""
    from django.apps import apps

    migration = importlib.import_module("quizzes.migrations.0010_topicscore_recent_answers")
    now = timezone.now()
    for hours in (30, 2):
        practise_round(
            learner, rng, now - timedelta(hours=hours), correct=lambda i: i % 2 == 0, spaced=True
        )
    filled = stored_quarter_hours(now)
    TopicScore.objects.update(recent_answers=[])
    assert topic_score_differences() != []
    migration.fill_recent_answers(apps, None)
    assert stored_quarter_hours(now) == filled == quarter_hours(now)
    assert topic_score_differences() == []


# --- Answers per lesson (assignment progress) --------------------------------------------------


def lesson_counts() -> dict[tuple[str, str], dict[str, list[int]]]:
    """The scored answers per lesson slug: {lesson: [answered, right]}."""
    return counted_answers("attempt_question__question__lesson__slug", lambda slug: slug)


def stored_lesson_counts() -> dict[tuple[str, str], dict[str, list[int]]]:
    slugs = dict(Article.objects.values_list("pk", "slug"))
    return {
        (row.learner.username, row.topic.slug): {
            slugs[lesson_id]: [answered, correct]
            for lesson_id, answered, correct in row.lesson_answers
        }
        for row in TopicScore.objects.select_related("learner", "topic")
    }


@pytest.fixture
def second_empathy_lesson(bank):
    """A second lesson on empathy, with three questions: a topic row counts two lessons."""
    lesson = make_lesson("empathy-second", topic=Topic.objects.get(slug="empathy"))
    return [make_question(lesson) for _ in range(3)]


def test_lesson_answers_count_every_scored_answer_by_its_lesson(
    learner, bank, second_empathy_lesson, rng
):
    """Practice over two lessons of a topic, a mock exam counted only once submitted, practice
    given while it was open."""
    practice = attempts.start_practice(learner=learner, rng=rng, now=NOW)
    for i, item in enumerate(practice.items.order_by("position")):
        answer(practice, item, correct=i % 3 != 0, now=NOW + timedelta(seconds=i))
    exam = attempts.start_exam(learner=learner, size=8, rng=rng, now=NOW + timedelta(hours=1))
    for i, item in enumerate(exam.items.order_by("position")):
        answer(exam, item, correct=i % 2 == 0, now=NOW + timedelta(hours=1, minutes=i))
    before_submitting = lesson_counts()
    assert stored_lesson_counts() == before_submitting
    again = attempts.start_practice(learner=learner, rng=rng, now=NOW + timedelta(hours=1))
    for item in again.items.order_by("position")[:3]:
        answer(again, item, correct=False, now=NOW + timedelta(hours=1, minutes=20))
    attempts.finish_attempt(attempt=exam, now=NOW + timedelta(hours=2))

    counted = lesson_counts()
    assert counted != before_submitting
    assert stored_lesson_counts() == counted
    assert set(counted[("ada", "empathy")]) == {"empathy-lesson", "empathy-second"}
    assert sum(a for lessons in counted.values() for a, _ in lessons.values()) == (
        Response.objects.count()
    )
    assert topic_score_differences(now=NOW + timedelta(hours=2)) == []
    assert rebuild_topic_scores(now=NOW + timedelta(hours=2)) == []


def test_rebuild_scores_finds_and_fixes_lesson_answers_that_differ(learner, bank, rng, capsys):
    now = timezone.now()
    practise_round(learner, rng, now)
    empathy = TopicScore.objects.get(learner=learner, topic__slug="empathy")
    lesson_id = empathy.lesson_answers[0][0]
    empathy.lesson_answers = [[lesson_id, 4, 3]]
    empathy.save()
    with pytest.raises(CommandError, match="1 summary row differs"):
        call_command("rebuild_scores", "--check")
    out = capsys.readouterr().out
    assert (
        f"; answers per lesson: stored lesson {lesson_id} 3/4, from the answers lesson "
        f"{lesson_id} 4/4"
    ) in out
    call_command("rebuild_scores")
    assert stored_lesson_counts() == lesson_counts()
    call_command("rebuild_scores", "--check")


def test_moving_a_lesson_moves_its_lesson_answers(content_dir, write_lesson):
    write_lesson("alpha", topic="empathy", questions=[authored("alpha", n) for n in range(3)])
    write_lesson("beta", topic="validation", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")
    learner = get_user_model().objects.create_user("learner")
    practise(learner, "alpha", start=NOW, pattern=[True])
    practise(learner, "beta", start=NOW + timedelta(hours=3), pattern=[False, True])
    assert stored_lesson_counts() == {
        ("learner", "empathy"): {"alpha": [3, 3]},
        ("learner", "validation"): {"beta": [3, 1]},
    }

    write_lesson("beta", topic="empathy", questions=[authored("beta", n) for n in range(3)])
    call_command("sync_content")

    assert stored_lesson_counts() == {("learner", "empathy"): {"alpha": [3, 3], "beta": [3, 1]}}
    assert stored_lesson_counts() == lesson_counts()
    assert topic_score_differences() == []


def test_a_lesson_with_answered_questions_cannot_be_deleted(learner, bank, rng):
    """Answers point at questions and questions at their lesson (both PROTECT), and the lesson
    editor deletes only a lesson nobody has practised: one learners answered is unpublished, never
    deleted, so answers per lesson never point at nothing."""
    from editorial.pipeline import LessonInUse, delete_lesson

    practise_round(learner, rng, NOW)
    before = stored_lesson_counts()
    lesson = Article.objects.get(slug="empathy-lesson")
    with pytest.raises(LessonInUse):
        delete_lesson(lesson=lesson)
    with pytest.raises(ProtectedError):
        lesson.delete()
    assert stored_lesson_counts() == before == lesson_counts()


def test_the_migration_fills_the_lesson_answers_of_existing_rows(
    learner, other_learner, bank, second_empathy_lesson, rng
):
    """Migration 0011 adds the column empty, then counts each row's answers per lesson."""
    from django.apps import apps

    migration = importlib.import_module("quizzes.migrations.0011_topicscore_lesson_answers")
    for who in (learner, other_learner):
        practise_round(who, rng, NOW, correct=lambda i: i % 2 == 0, spaced=True)
    open_exam = attempts.start_exam(learner=learner, size=3, rng=rng, now=NOW + timedelta(hours=1))
    for item in open_exam.items.all():
        answer(open_exam, item, correct=True, now=NOW + timedelta(hours=1))
    filled = stored_lesson_counts()
    TopicScore.objects.update(lesson_answers=[])
    assert topic_score_differences(now=NOW + timedelta(hours=1)) != []
    migration.fill_lesson_answers(apps, None)
    assert stored_lesson_counts() == filled == lesson_counts()
    assert topic_score_differences(now=NOW + timedelta(hours=1)) == []
