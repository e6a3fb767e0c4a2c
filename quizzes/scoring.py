"""Score arithmetic on plain numbers: percent correct, mastery, readiness, outcomes, trend lines.

No Django here. The rules, as the README's "How scores work" explains them to learners:

- **Percent correct** is right answers over answers, rounded to a whole percent.
- **Mastery** is a recency-weighted share correct. Every answer in a topic counts with weight 1 when
  given, and each newer answer in that topic multiplies the older weights by ``DECAY``, so an answer
  counts half as much after ``HALF_LIFE_ANSWERS`` (10) newer ones. To that are added one imaginary
  right and one imaginary wrong answer (a Beta(1, 1) prior), so one lucky guess reads as 67%, not 100%:

      mastery = (weighted_correct + 1) / (weighted_answered + 2)

  The most a topic can reach is about 94% (the weights add up to at most 1 / (1 − DECAY) ≈ 14.9).
  A topic is *mastered* at ``MASTERY_THRESHOLD`` (80%).
- **Readiness** predicts a mock-exam score from the learner's own evidence: their recent mock-exam
  results weigh most, the mastery of the topics they practised next; it comes with a likely range,
  and with no estimate at all ("not enough answers yet") until there is enough evidence.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

HALF_LIFE_ANSWERS = 10
DECAY = 0.5 ** (1 / HALF_LIFE_ANSWERS)
PRIOR_CORRECT = 1.0
PRIOR_WRONG = 1.0
MASTERY_THRESHOLD = 0.8
CHANCE = 0.25
PASS_MARK = 0.7  # the mock exam's default, as a share correct
# Readiness (see ``readiness``):
EXAM_HALF_LIFE = 3  # a mock exam counts half as much once there are 3 newer ones
EXAM_DECAY = 0.5 ** (1 / EXAM_HALF_LIFE)
RECENT_EXAMS = 10  # older exams than this weigh under a tenth and are left out
PRACTICE_WEIGHT = 0.5  # a practice answer counts as half a mock-exam answer...
PRACTICE_CAP = 15  # ...and all practice together as at most 15 mock-exam answers
ENOUGH_EVIDENCE = 10  # mock-exam answers' worth of evidence before an estimate is shown
RANGE_Z = 1.28  # the likely range: about 8 times in 10
# Recent answers (see ``add_recent``): counted per quarter of an hour, for as many days as the
# dashboard's 30-day trend can reach back in any time zone.
SLOT_SECONDS = 15 * 60
RECENT_DAYS = 32


def percent(correct: int, answered: int) -> int | None:
    """Whole percent correct, or None when nothing was answered."""
    if answered == 0:
        return None
    return round(100 * correct / answered)


def mastery(weighted_correct: float, weighted_answered: float) -> float:
    return (weighted_correct + PRIOR_CORRECT) / (weighted_answered + PRIOR_CORRECT + PRIOR_WRONG)


@dataclass(frozen=True, slots=True)
class Tally:
    """Plain and recency-weighted counts of one learner's answers in one topic."""

    answered: int = 0
    correct: int = 0
    weighted_answered: float = 0.0
    weighted_correct: float = 0.0

    @property
    def percent(self) -> int | None:
        return percent(self.correct, self.answered)

    @property
    def mastery(self) -> float:
        return mastery(self.weighted_correct, self.weighted_answered)


def add_answer(tally: Tally, *, correct: bool) -> Tally:
    """The tally after one more answer: older weights decay, the new answer weighs 1."""
    return Tally(
        answered=tally.answered + 1,
        correct=tally.correct + int(correct),
        weighted_answered=tally.weighted_answered * DECAY + 1.0,
        weighted_correct=tally.weighted_correct * DECAY + (1.0 if correct else 0.0),
    )


def tally_of(answers: Iterable[bool]) -> Tally:
    """The tally of answers given oldest first."""
    tally = Tally()
    for correct in answers:
        tally = add_answer(tally, correct=correct)
    return tally


# --- Recent answers in quarter-hour slots ----------------------------------------------------------
#
# A topic summary keeps its last ``RECENT_DAYS`` days of answers as ``[slot, answered, correct]``
# triples, oldest slot first, a slot being a quarter of an hour of UTC (``slot_of``). Every time
# zone in use starts its days on a quarter hour, so a slot lies within one local day wherever the
# learner is, and the dashboard counts each day's answers from the slots in any zone.


def slot_of(instant: datetime) -> int:
    """The quarter hour ``instant`` falls in, counted from the Unix epoch."""
    return math.floor(instant.timestamp()) // SLOT_SECONDS


def recent_since(now: datetime) -> int:
    """The oldest slot a summary written at ``now`` keeps."""
    return slot_of(now) - RECENT_DAYS * 24 * 3600 // SLOT_SECONDS


def add_recent(
    recent: Sequence[Sequence[int]], *, slot: int, correct: bool, since: int
) -> list[list[int]]:
    """``recent`` with one more answer in ``slot``, slots before ``since`` dropped (an answer
    before ``since`` is left out too)."""
    kept = [list(entry) for entry in recent if entry[0] >= since]
    if slot < since:
        return kept
    return _count_in(kept, slot, correct)


def _count_in(entries: list[list[int]], key: int, correct: bool) -> list[list[int]]:
    """``entries`` (``[key, answered, correct]`` triples in key order, a new list) with one more
    answer under ``key``: its triple counted up, or a new one put in its place."""
    index = bisect.bisect_left(entries, key, key=lambda entry: entry[0])
    if index < len(entries) and entries[index][0] == key:
        entries[index][1] += 1
        entries[index][2] += int(correct)
    else:
        entries.insert(index, [key, 1, int(correct)])
    return entries


def recent_of(answers: Iterable[tuple[datetime, bool]], *, since: int) -> list[list[int]]:
    """The slots of (answered at, correct) answers in any order, from ``since`` on."""
    slots = ((slot_of(answered_at), correct) for answered_at, correct in answers)
    return _triples((slot, correct) for slot, correct in slots if slot >= since)


def _triples(answers: Iterable[tuple[int, bool]]) -> list[list[int]]:
    """(key, correct) answers in any order as ``[key, answered, correct]`` triples in key order."""
    counts: dict[int, list[int]] = {}
    for key, correct in answers:
        entry = counts.setdefault(key, [key, 0, 0])
        entry[1] += 1
        entry[2] += int(correct)
    return [counts[key] for key in sorted(counts)]


# --- Answers per lesson ---------------------------------------------------------------------------
#
# A topic summary also keeps its answers per lesson of its questions, as ``[lesson id, answered,
# correct]`` triples in lesson id order: what an assignment's progress counts (``teach.progress``),
# read from the rows the answer already writes instead of an aggregate over all the answers.


def add_lesson_answer(
    lessons: Sequence[Sequence[int]], *, lesson_id: int, correct: bool
) -> list[list[int]]:
    """``lessons`` with one more answer to a question of ``lesson_id``."""
    return _count_in([list(entry) for entry in lessons], lesson_id, correct)


def lesson_answers_of(answers: Iterable[tuple[int, bool]]) -> list[list[int]]:
    """The per-lesson counts of (lesson id, correct) answers in any order."""
    return _triples(answers)


def aligned(starts: Sequence[datetime]) -> bool:
    """Whether every instant starts a slot (a day boundary between two slots)."""
    return all(start.timestamp() % SLOT_SECONDS == 0 for start in starts)


def slot_bounds(starts: Sequence[datetime]) -> list[int]:
    """The slot each instant starts (``aligned(starts)`` must hold)."""
    return [math.floor(start.timestamp()) // SLOT_SECONDS for start in starts]


def days_of_recent(
    recent: Sequence[Sequence[int]],
    starts: Sequence[datetime],
    *,
    bounds: Sequence[int] | None = None,
) -> dict[int, list[int]]:
    """Day index -> [answered, correct] from the slots, day ``n`` running from ``starts[n]`` to
    ``starts[n + 1]`` (the last instant ends the last day; ``aligned(starts)`` must hold).
    ``bounds``: ``slot_bounds(starts)``, when the caller has worked them out (for many topics)."""
    if bounds is None:
        bounds = slot_bounds(starts)
    days: dict[int, list[int]] = {}
    for slot, answered, correct in recent:
        index = bisect.bisect_right(bounds, slot) - 1
        if 0 <= index < len(bounds) - 1:
            day = days.setdefault(index, [0, 0])
            day[0] += answered
            day[1] += correct
    return days


@dataclass(frozen=True)
class TopicLine:
    """One row of a per-topic breakdown."""

    key: Hashable
    questions: int
    answered: int
    correct: int

    @property
    def percent(self) -> int | None:
        """Percent of the topic's questions answered right (unanswered count as not right)."""
        return percent(self.correct, self.questions)


def breakdown(results: Iterable[tuple[Hashable, bool | None]]) -> list[TopicLine]:
    """Per-topic lines from (topic, correct or None if unanswered) pairs, in first-seen order."""
    lines: dict[Hashable, list[int]] = {}
    for key, correct in results:
        counts = lines.setdefault(key, [0, 0, 0])
        counts[0] += 1
        if correct is not None:
            counts[1] += 1
            counts[2] += int(correct)
    return [TopicLine(key, *counts) for key, counts in lines.items()]


@dataclass(frozen=True)
class Outcome:
    correct: int
    questions: int
    pass_mark: float

    @property
    def score(self) -> float:
        return self.correct / self.questions

    @property
    def percent(self) -> int:
        return round(100 * self.score)

    @property
    def passed(self) -> bool:
        return self.score >= self.pass_mark

    @property
    def needed(self) -> int:
        """Right answers needed to pass."""
        needed = 0
        while needed / self.questions < self.pass_mark:
            needed += 1
        return needed


@dataclass(frozen=True, slots=True)
class Standing:
    """A topic as the dashboard sees it: its share of the bank and the learner's tally."""

    key: Hashable
    bank_questions: int
    tally: Tally

    @property
    def practised(self) -> bool:
        return self.tally.answered > 0

    @property
    def mastery(self) -> float | None:
        return self.tally.mastery if self.practised else None

    @property
    def mastered(self) -> bool:
        return self.practised and self.tally.mastery >= MASTERY_THRESHOLD


@dataclass(frozen=True)
class ExamResult:
    """One finished mock exam: right answers out of its questions (unanswered count as not right)."""

    correct: int
    questions: int


@dataclass(frozen=True)
class Readiness:
    """A predicted mock-exam score from the learner's own evidence, with its uncertainty.

    ``estimate`` is None until there is enough evidence (``ENOUGH_EVIDENCE`` answers' worth).
    ``low`` and ``high`` bound the likely range (about 8 times in 10).
    """

    estimate: float | None
    low: float | None
    high: float | None
    evidence: float
    exams: int
    exam_correct: int
    exam_questions: int
    practice_mastery: float | None
    practice_evidence: float
    coverage: float
    pass_mark: float
    topics: int
    mastered: int
    unpractised: int

    @property
    def enough(self) -> bool:
        return self.estimate is not None

    @property
    def percent(self) -> int | None:
        return None if self.estimate is None else round(100 * self.estimate)

    @property
    def low_percent(self) -> int | None:
        return None if self.low is None else round(100 * self.low)

    @property
    def high_percent(self) -> int | None:
        return None if self.high is None else round(100 * self.high)

    @property
    def evidence_needed(self) -> int:
        """Exam answers' worth of evidence still needed before an estimate is shown."""
        return max(0, math.ceil(ENOUGH_EVIDENCE - self.evidence))

    @property
    def ready(self) -> bool:
        """Ready when even the low end of the likely range reaches the pass mark."""
        return self.low is not None and self.low >= self.pass_mark


def readiness(
    standings: Sequence[Standing], exams: Sequence[ExamResult] = (), *, pass_mark: float
) -> Readiness:
    """Predict a mock-exam score from the learner's mock exams (newest first) and practice.

    Every mock-exam question is one piece of evidence, a newer exam counting more (half as much
    after ``EXAM_HALF_LIFE`` newer exams). Practice adds the bank-weighted mastery of the practised
    topics, as ``PRACTICE_WEIGHT`` of an exam answer per (recency-weighted) practice answer, scaled by
    the share of the bank practised and capped at ``PRACTICE_CAP`` exam answers: practice answers
    come right after reading the lesson, so they say less about an exam than an exam does. With one
    imaginary right and one wrong answer (a Beta(1, 1) prior), the estimate is the mean of a Beta
    distribution, and the likely range is its mean ± ``RANGE_Z`` standard deviations.
    """
    return readiness_of(
        (
            (
                standing.bank_questions,
                standing.tally.answered,
                standing.tally.weighted_answered,
                standing.tally.weighted_correct,
            )
            for standing in standings
        ),
        exams,
        pass_mark=pass_mark,
    )


def readiness_of(
    topics: Iterable[tuple[int, int, float, float]],
    exams: Sequence[ExamResult] = (),
    *,
    pass_mark: float,
) -> Readiness:
    """``readiness`` from plain numbers: each topic as (bank questions, answers, weighted answers,
    weighted right answers), as the gradebook reads them for every member without making a
    ``Standing`` of each."""
    # One pass over the topics with questions, each one's mastery worked out once, summed in the
    # topics' order.
    topics_count = bank = practised_topics = practised_bank = mastered = 0
    bank_mastery = answers = 0.0
    for questions, answered, weighted_answered, weighted_correct in topics:
        if questions <= 0:
            continue
        topics_count += 1
        bank += questions
        if answered > 0:
            share = mastery(weighted_correct, weighted_answered)
            practised_topics += 1
            practised_bank += questions
            bank_mastery += questions * share
            answers += weighted_answered
            mastered += share >= MASTERY_THRESHOLD

    exam_right = exam_answers = 0.0
    for age, exam in enumerate(exams):
        weight = EXAM_DECAY**age
        exam_right += weight * exam.correct
        exam_answers += weight * exam.questions

    coverage = practice_mastery = None
    practice_evidence = 0.0
    if practised_topics and bank:
        coverage = practised_bank / bank
        practice_mastery = bank_mastery / practised_bank
        practice_evidence = min(PRACTICE_CAP, PRACTICE_WEIGHT * answers * coverage)

    evidence = exam_answers + practice_evidence
    estimate = low = high = None
    if evidence >= ENOUGH_EVIDENCE:
        right = exam_right + practice_evidence * (practice_mastery or 0.0)
        alpha = right + PRIOR_CORRECT
        beta = evidence - right + PRIOR_WRONG
        estimate = alpha / (alpha + beta)
        spread = RANGE_Z * math.sqrt(alpha * beta / ((alpha + beta) ** 2 * (alpha + beta + 1)))
        low, high = max(0.0, estimate - spread), min(1.0, estimate + spread)
    return Readiness(
        estimate=estimate,
        low=low,
        high=high,
        evidence=evidence,
        exams=len(exams),
        exam_correct=sum(exam.correct for exam in exams),
        exam_questions=sum(exam.questions for exam in exams),
        practice_mastery=practice_mastery,
        practice_evidence=practice_evidence,
        coverage=coverage or 0.0,
        pass_mark=pass_mark,
        topics=topics_count,
        mastered=mastered,
        unpractised=topics_count - practised_topics,
    )


def weakest(standings: Sequence[Standing]) -> Standing | None:
    """The topic to practise next: lowest mastery among practised topics with questions in the
    bank, else the first topic not yet practised; ties go to the earlier topic."""
    with_questions = [standing for standing in standings if standing.bank_questions > 0]
    practised = [standing for standing in with_questions if standing.practised]
    if practised:
        return min(practised, key=lambda standing: standing.tally.mastery)
    return with_questions[0] if with_questions else None


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: float


@dataclass(frozen=True)
class TrendLine:
    """A polyline for an inline SVG whose y axis runs 0 (bottom) to 1 (top)."""

    width: int
    height: int
    points: tuple[Point, ...]

    @property
    def polyline(self) -> str:
        return " ".join(f"{point.x:g},{point.y:g}" for point in self.points)

    @property
    def first(self) -> float | None:
        return self.points[0].value if self.points else None

    @property
    def last(self) -> float | None:
        return self.points[-1].value if self.points else None


def trend(
    values: Sequence[tuple[int, float]], *, span: int, width: int, height: int, pad: int = 4
) -> TrendLine:
    """Place (day index 0..span-1, value 0..1) pairs on a ``width`` × ``height`` canvas.

    Day 0 is at the left edge, day ``span - 1`` at the right; value 1 at the top. ``pad`` keeps
    the dots inside the box. Coordinates are rounded to one decimal place.
    """
    inner_w = width - 2 * pad
    inner_h = height - 2 * pad
    step = inner_w / (span - 1) if span > 1 else 0
    points = tuple(
        Point(
            x=round(pad + day * step, 1),
            y=round(pad + (1 - min(max(value, 0.0), 1.0)) * inner_h, 1),
            value=value,
        )
        for day, value in sorted(values)
    )
    return TrendLine(width=width, height=height, points=points)


@dataclass(frozen=True)
class DayResult:
    """One day's answers: ``day`` counts from the first day of the chart (0)."""

    day: int
    answered: int
    correct: int


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    date: date
    answered: int
    correct: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered)


@dataclass(frozen=True)
class AxisTick:
    position: float  # x for a date tick, y for a percent tick
    label: date | int
    anchor: str = "middle"  # SVG text-anchor, so the first and last dates stay inside the box


@dataclass(frozen=True)
class TrendChart:
    """A readable daily chart: a percent axis (0 to 100) on the left, dates along the bottom, and
    one point per day with answers. Coordinates are SVG user units on a ``width`` × ``height`` box."""

    start: date
    end: date
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    points: tuple[ChartPoint, ...]
    percent_ticks: tuple[AxisTick, ...]
    date_ticks: tuple[AxisTick, ...]

    @property
    def polyline(self) -> str:
        return " ".join(f"{point.x:g},{point.y:g}" for point in self.points)

    @property
    def answered(self) -> int:
        return sum(point.answered for point in self.points)

    @property
    def correct(self) -> int:
        return sum(point.correct for point in self.points)


def trend_chart(
    days: Iterable[DayResult],
    *,
    start: date,
    span: int,
    width: int = 400,
    height: int = 220,
    margin: tuple[int, int, int, int] = (12, 14, 30, 44),
    date_every: int = 7,
) -> TrendChart:
    """Lay out ``span`` days from ``start`` (the last day is today): day ``i`` at its own x, percent
    right at its y, days without answers left out. ``margin`` is (top, right, bottom, left), room for
    the axis labels. A date tick every ``date_every`` days, counted back from the last day."""
    top, right, bottom, left = margin
    plot_right, plot_bottom = width - right, height - bottom
    step = (plot_right - left) / (span - 1) if span > 1 else 0.0

    def x_of(day: int) -> float:
        return round(left + day * step, 1)

    def y_of(share: float) -> float:
        return round(plot_bottom - min(max(share, 0.0), 1.0) * (plot_bottom - top), 1)

    points = tuple(
        ChartPoint(
            x=x_of(result.day),
            y=y_of(result.correct / result.answered),
            date=start + timedelta(days=result.day),
            answered=result.answered,
            correct=result.correct,
        )
        for result in sorted(days, key=lambda result: result.day)
        if result.answered > 0 and 0 <= result.day < span
    )
    tick_days = sorted(range(span - 1, -1, -date_every))
    date_ticks = tuple(
        AxisTick(
            position=x_of(day),
            label=start + timedelta(days=day),
            anchor="end" if day == span - 1 else "start" if day == 0 else "middle",
        )
        for day in tick_days
    )
    percent_ticks = tuple(
        AxisTick(position=y_of(value / 100), label=value) for value in range(0, 101, 25)
    )
    return TrendChart(
        start=start,
        end=start + timedelta(days=span - 1),
        width=width,
        height=height,
        left=left,
        right=plot_right,
        top=top,
        bottom=plot_bottom,
        points=points,
        percent_ticks=percent_ticks,
        date_ticks=date_ticks,
    )
