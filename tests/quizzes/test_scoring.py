import pytest

from quizzes import scoring
from quizzes.scoring import Outcome, Standing, Tally, add_answer, tally_of


def test_percent_rounds_and_is_none_without_answers():
    assert scoring.percent(2, 3) == 67
    assert scoring.percent(0, 4) == 0
    assert scoring.percent(0, 0) is None


def test_mastery_starts_from_one_right_and_one_wrong():
    assert Tally().mastery == pytest.approx(0.5)
    assert tally_of([True]).mastery == pytest.approx(2 / 3)
    assert tally_of([False]).mastery == pytest.approx(1 / 3)


def test_an_answer_counts_half_after_ten_newer_ones():
    assert pytest.approx(0.5) == scoring.DECAY**10
    one_right_then_ten_wrong = tally_of([True] + [False] * 10)
    assert one_right_then_ten_wrong.weighted_correct == pytest.approx(0.5)
    assert (one_right_then_ten_wrong.answered, one_right_then_ten_wrong.correct) == (11, 1)


def test_add_answer_keeps_plain_and_weighted_counts():
    tally = add_answer(add_answer(Tally(), correct=True), correct=False)
    assert (tally.answered, tally.correct) == (2, 1)
    assert tally.weighted_answered == pytest.approx(scoring.DECAY + 1)
    assert tally.weighted_correct == pytest.approx(scoring.DECAY)
    assert tally.percent == 50


def test_recent_answers_outweigh_old_ones():
    improving = tally_of([False] * 10 + [True] * 10)
    slipping = tally_of([True] * 10 + [False] * 10)
    assert improving.percent == slipping.percent == 50
    assert improving.mastery > 0.6 > 0.4 > slipping.mastery


def test_mastery_tops_out_below_one():
    assert tally_of([True] * 500).mastery == pytest.approx(
        (1 / (1 - scoring.DECAY) + 1) / (1 / (1 - scoring.DECAY) + 2), abs=1e-6
    )
    assert tally_of([True] * 500).mastery < 0.95


def test_breakdown_counts_unanswered_as_not_right():
    lines = scoring.breakdown(
        [("empathy", True), ("recovery", False), ("empathy", None), ("empathy", True)]
    )
    assert [(line.key, line.questions, line.answered, line.correct) for line in lines] == [
        ("empathy", 3, 2, 2),
        ("recovery", 1, 1, 0),
    ]
    assert [line.percent for line in lines] == [67, 0]


def test_outcome_against_the_pass_mark():
    assert Outcome(correct=14, questions=20, pass_mark=0.7).passed
    assert Outcome(correct=14, questions=20, pass_mark=0.7).percent == 70
    assert not Outcome(correct=13, questions=20, pass_mark=0.7).passed
    assert Outcome(correct=0, questions=3, pass_mark=0.7).needed == 3
    assert Outcome(correct=0, questions=20, pass_mark=0.7).needed == 14


def test_readiness_weights_topics_by_their_share_of_the_bank():
    standings = [
        Standing("a", bank_questions=30, tally=tally_of([True] * 4)),  # mastery 0.822
        Standing("b", bank_questions=10, tally=Tally()),  # not practised: counts as chance
        Standing("c", bank_questions=0, tally=tally_of([False])),  # no questions: left out
    ]
    result = scoring.readiness(standings, pass_mark=0.7)
    mastery_a = tally_of([True] * 4).mastery
    assert mastery_a == pytest.approx(0.822, abs=1e-3)
    assert result.predicted == pytest.approx((30 * mastery_a + 10 * 0.25) / 40)
    assert (result.topics, result.mastered, result.unpractised) == (2, 1, 1)
    assert not result.ready


def test_ready_needs_every_topic_practised_and_the_pass_mark():
    strong = tally_of([True] * 12)
    assert scoring.readiness(
        [Standing("a", 5, strong), Standing("b", 5, strong)], pass_mark=0.7
    ).ready
    assert scoring.readiness([], pass_mark=0.7).predicted == 0


def test_weakest_is_the_lowest_mastery_practised_topic():
    standings = [
        Standing("a", 5, tally_of([True, True])),
        Standing("b", 5, tally_of([True, False])),
        Standing("c", 5, Tally()),
        Standing("d", 0, tally_of([False, False])),  # no questions left to practise
    ]
    assert scoring.weakest(standings).key == "b"
    assert scoring.weakest([Standing("c", 5, Tally()), Standing("e", 3, Tally())]).key == "c"
    assert scoring.weakest([]) is None


def test_trend_places_days_left_to_right_and_values_bottom_to_top():
    line = scoring.trend([(29, 1.0), (0, 0.0), (14, 0.5)], span=30, width=120, height=32, pad=4)
    assert line.polyline == "4,28 58.1,16 116,4"
    assert (line.first, line.last) == (0.0, 1.0)
    assert scoring.trend([], span=30, width=120, height=32).polyline == ""
