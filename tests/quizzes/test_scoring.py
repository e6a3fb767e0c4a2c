from datetime import UTC, date, datetime, timedelta

import pytest

from quizzes import scoring
from quizzes.scoring import DayResult, ExamResult, Outcome, Standing, Tally, add_answer, tally_of


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


FIVE_TOPICS = ("a", "b", "c", "d", "e")


def practised(answers_per_topic: dict[str, list[bool]], bank: int = 10) -> list[Standing]:
    """Five topics of ``bank`` questions each; the given ones practised with these answers."""
    return [
        Standing(key, bank_questions=bank, tally=tally_of(answers_per_topic.get(key, [])))
        for key in FIVE_TOPICS
    ]


def exams(*percents: int, questions: int = 20) -> list[ExamResult]:
    """Mock exams, newest first, each of ``questions`` questions scoring the given percent."""
    return [ExamResult(correct=round(p * questions / 100), questions=questions) for p in percents]


def test_a_new_learner_gets_no_estimate_not_a_guess():
    result = scoring.readiness(practised({}), pass_mark=0.7)
    assert result.estimate is None
    assert result.percent is None
    assert not result.enough
    assert not result.ready
    assert result.evidence_needed == 10
    assert (result.topics, result.unpractised, result.mastered) == (5, 5, 0)


def test_mock_exams_of_40_then_four_zeros_are_not_shown_as_65():
    """The reported case: strong practice, then mock exams of 40%, 0%, 0%, 0%, 0%."""
    strong = {key: [True] * 8 for key in FIVE_TOPICS}
    for history in (exams(40, 0, 0, 0, 0), exams(0, 0, 0, 0, 40)):
        result = scoring.readiness(practised(strong), history, pass_mark=0.7)
        assert result.enough
        assert result.percent < 30
        assert result.high < 0.4
        assert not result.ready
    # The exams carry the weight: the same practice alone looks far better.
    alone = scoring.readiness(practised(strong), pass_mark=0.7)
    assert alone.percent > 70


def test_newer_mock_exams_count_more():
    improving = scoring.readiness(practised({}), exams(80, 40), pass_mark=0.7)
    slipping = scoring.readiness(practised({}), exams(40, 80), pass_mark=0.7)
    assert improving.estimate > slipping.estimate
    # Half the weight after three newer exams: 80% newest, 40% with weight 0.5^(1/3).
    weight = 0.5 ** (1 / 3)
    right, answers = 16 + weight * 8, 20 + weight * 20
    assert improving.estimate == pytest.approx((right + 1) / (answers + 2))


def test_one_mock_exam_is_enough_and_more_evidence_narrows_the_range():
    one = scoring.readiness(practised({}), exams(75), pass_mark=0.7)
    assert one.percent == round(100 * 16 / 22)  # (15 right + 1) / (20 answers + 2)
    assert one.low < one.estimate < one.high
    five = scoring.readiness(practised({}), exams(75, 75, 75, 75, 75), pass_mark=0.7)
    assert five.high - five.low < one.high - one.low
    assert not one.ready  # 73% is above the pass mark, but the range reaches below it
    many = scoring.readiness(practised({}), exams(*[90] * 8), pass_mark=0.7)
    assert many.ready
    assert many.low >= 0.7


def test_practice_in_one_topic_is_not_enough_and_counts_by_coverage():
    one_topic = scoring.readiness(practised({"a": [True] * 20}), pass_mark=0.7)
    assert not one_topic.enough
    assert one_topic.coverage == pytest.approx(0.2)
    assert one_topic.practice_mastery == pytest.approx(tally_of([True] * 20).mastery)


def test_practice_alone_is_capped_so_its_range_stays_wide():
    lots = {key: [True] * 40 for key in FIVE_TOPICS}
    result = scoring.readiness(practised(lots), pass_mark=0.7)
    assert result.enough
    assert result.practice_evidence == scoring.PRACTICE_CAP
    assert result.high - result.low > 0.15
    # 20 answers spread over every topic are not quite enough on their own; 25 are.
    assert not scoring.readiness(
        practised({k: [True] * 4 for k in FIVE_TOPICS}), pass_mark=0.7
    ).enough
    assert scoring.readiness(practised({k: [True] * 5 for k in FIVE_TOPICS}), pass_mark=0.7).enough


def test_topics_without_questions_are_left_out_of_readiness():
    standings = [*practised({"a": [True] * 10}), Standing("z", 0, tally_of([False] * 30))]
    result = scoring.readiness(standings, pass_mark=0.7)
    assert result.topics == 5
    assert result.practice_mastery == pytest.approx(tally_of([True] * 10).mastery)


def test_readiness_of_plain_numbers_is_readiness_of_the_standings():
    """The gradebook's path (no ``Standing`` per topic) gives the dashboard's figures."""
    standings = [
        *practised({"a": [True] * 10, "b": [False, True, True], "c": [True] * 30}),
        Standing("z", 0, tally_of([False] * 30)),
    ]
    numbers = [
        (s.bank_questions, s.tally.answered, s.tally.weighted_answered, s.tally.weighted_correct)
        for s in standings
    ]
    for history in ((), exams(60, 90)):
        expected = scoring.readiness(standings, history, pass_mark=0.7)
        assert scoring.readiness_of(numbers, history, pass_mark=0.7) == expected
    assert expected.enough
    assert (expected.mastered, expected.unpractised) == (2, 2)


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


def test_trend_chart_has_a_percent_axis_dates_and_a_point_per_day_with_answers():
    start = date(2025, 2, 2)
    days = [DayResult(29, 5, 4), DayResult(0, 2, 0), DayResult(14, 4, 2), DayResult(20, 0, 0)]
    chart = scoring.trend_chart(days, start=start, span=30, width=400, height=220)
    # Plot area: x from 44 to 386, y from 12 (100%) to 190 (0%).
    assert (chart.left, chart.right, chart.top, chart.bottom) == (44, 386, 12, 190)
    assert [(p.date, p.x, p.y, p.percent) for p in chart.points] == [
        (date(2025, 2, 2), 44, 190, 0),
        (date(2025, 2, 16), 209.1, 101, 50),
        (date(2025, 3, 3), 386, 47.6, 80),
    ]
    assert chart.polyline == "44,190 209.1,101 386,47.6"
    assert [(t.label, t.position) for t in chart.percent_ticks] == [
        (0, 190),
        (25, 145.5),
        (50, 101),
        (75, 56.5),
        (100, 12),
    ]
    # A date every 7 days back from today; the last one ends at the right edge.
    assert [t.label.day for t in chart.date_ticks] == [3, 10, 17, 24, 3]
    assert chart.date_ticks[-1].anchor == "end"
    assert (chart.answered, chart.correct) == (11, 6)


def test_trend_chart_of_one_day_is_one_point_inside_the_plot():
    chart = scoring.trend_chart([DayResult(29, 1, 1)], start=date(2025, 1, 1), span=30)
    (point,) = chart.points
    assert chart.left <= point.x <= chart.right
    assert point.y == chart.top
    assert scoring.trend_chart([], start=date(2025, 1, 1), span=30).points == ()


def test_recent_answers_are_counted_per_quarter_hour_and_kept_for_the_last_days():
    at = datetime(2025, 3, 3, 10, 14, 59, tzinfo=UTC)
    slot = scoring.slot_of(at)
    assert scoring.slot_of(at + timedelta(seconds=1)) == slot + 1
    since = scoring.recent_since(at)
    assert slot - since == scoring.RECENT_DAYS * 24 * 4
    recent = scoring.add_recent([], slot=slot, correct=True, since=since)
    recent = scoring.add_recent(recent, slot=slot, correct=False, since=since)
    recent = scoring.add_recent(recent, slot=slot - 3, correct=True, since=since)  # given earlier
    assert recent == [[slot - 3, 1, 1], [slot, 2, 1]]
    assert scoring.add_recent(recent, slot=since - 1, correct=True, since=since) == recent
    assert scoring.add_recent(recent, slot=slot + 1, correct=True, since=slot) == [
        [slot, 2, 1],
        [slot + 1, 1, 1],
    ]
    answers = [(at, True), (at, False), (at - timedelta(minutes=45), True)]
    assert scoring.recent_of(answers, since=since) == recent
    assert scoring.recent_of(answers, since=slot) == [[slot, 2, 1]]


def test_days_of_recent_counts_each_quarter_hour_on_its_day():
    starts = [datetime(2025, 3, d, 5, tzinfo=UTC) for d in (1, 2, 3)]  # two days, 05:00 UTC each
    assert scoring.aligned(starts)
    assert not scoring.aligned([datetime(2025, 3, 1, 5, 7, tzinfo=UTC)])
    recent = [
        [scoring.slot_of(starts[0]) - 1, 5, 5],  # before the first day
        [scoring.slot_of(starts[0]), 1, 0],
        [scoring.slot_of(starts[1]) - 1, 2, 1],  # 04:45 on the second: the first day's last
        [scoring.slot_of(starts[1]), 3, 3],
        [scoring.slot_of(starts[2]), 4, 4],  # the end of the window
    ]
    assert scoring.days_of_recent(recent, starts) == {0: [3, 1], 1: [3, 3]}
    bounds = scoring.slot_bounds(starts)
    assert bounds == [scoring.slot_of(start) for start in starts]
    assert scoring.days_of_recent(recent, starts, bounds=bounds) == {0: [3, 1], 1: [3, 3]}


def test_answers_per_lesson_folded_one_by_one_equal_those_counted_at_once():
    answers = [(7, True), (3, False), (7, False), (12, True), (3, True), (7, True)]
    folded: list[list[int]] = []
    for lesson_id, correct in answers:
        folded = scoring.add_lesson_answer(folded, lesson_id=lesson_id, correct=correct)
    assert folded == scoring.lesson_answers_of(answers) == [[3, 2, 1], [7, 3, 2], [12, 1, 1]]
    assert scoring.lesson_answers_of(reversed(answers)) == folded
