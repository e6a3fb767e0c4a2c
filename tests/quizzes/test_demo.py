"""`seed_demo`: learners with practice histories, their summaries as live answers would leave them."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from quizzes import scoring
from quizzes.demo import seed_demo
from quizzes.models import Attempt, Question, Response, TopicScore
from quizzes.scores import topic_score_differences
from tests.quizzes.conftest import NOW

pytestmark = pytest.mark.django_db


def test_learners_answers_and_summaries_agree(bank: dict[str, list[Question]]) -> None:
    made = seed_demo(learners=3, answers=25, rng=random.Random(1), now=NOW, password="pw-123456")
    assert (made.learners, made.attempts, made.answers) == (3, 12, 75)
    assert Response.objects.count() == 75
    # Rounds of at most the bank (7 questions): 7, 7, 7 and 4 answers each.
    assert sorted(Attempt.objects.values_list("question_count", flat=True)) == [4] * 3 + [7] * 9
    history: dict[tuple[int, int], list[bool]] = defaultdict(list)
    for learner_id, topic_id, correct in Response.objects.order_by("answered_at", "pk").values_list(
        "attempt_question__attempt__learner", "attempt_question__question__topic", "is_correct"
    ):
        history[learner_id, topic_id].append(correct)
    rows = {(s.learner_id, s.topic_id): s for s in TopicScore.objects.all()}
    assert rows.keys() == history.keys()
    for key, answers in history.items():
        tally = scoring.tally_of(answers)
        assert (rows[key].answered, rows[key].correct) == (tally.answered, tally.correct)
        assert rows[key].mastery == pytest.approx(tally.mastery)
    # the recent answers per quarter hour too, as a live answer leaves them
    assert all(row.recent_answers for row in rows.values())
    # and the answers per lesson
    lessons: dict[tuple[int, int], dict[int, list[int]]] = defaultdict(dict)
    for learner_id, topic_id, lesson_id, correct in Response.objects.values_list(
        "attempt_question__attempt__learner",
        "attempt_question__question__topic",
        "attempt_question__question__lesson",
        "is_correct",
    ):
        counts = lessons[learner_id, topic_id].setdefault(lesson_id, [lesson_id, 0, 0])
        counts[1] += 1
        counts[2] += int(correct)
    for key, row in rows.items():
        assert row.lesson_answers == [lessons[key][lesson] for lesson in sorted(lessons[key])]
    assert topic_score_differences(now=NOW) == []


def test_demo_learners_can_sign_in(bank: dict[str, list[Question]]) -> None:
    seed_demo(learners=2, answers=1, rng=random.Random(1), now=NOW, password="pw-123456")
    user = get_user_model().objects.get(username="demo-00002")
    assert user.check_password("pw-123456")
    assert user.profile.extra_time_factor == 1


def test_a_second_run_adds_more_learners(bank: dict[str, list[Question]]) -> None:
    seed_demo(learners=2, answers=1, rng=random.Random(1), now=NOW, password="pw")
    seed_demo(learners=2, answers=1, rng=random.Random(2), now=NOW, password="pw")
    assert get_user_model().objects.filter(username__startswith="demo-").count() == 4


def test_the_command_says_to_load_content_first_when_there_are_no_questions() -> None:
    with pytest.raises(CommandError, match="sync_content"):
        call_command("seed_demo", "--learners", "1")
