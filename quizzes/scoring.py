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
- **Readiness** predicts a mock-exam score: each topic's mastery weighted by its share of the question
  bank (mock exams draw from the whole bank); a topic not yet practised counts as ``CHANCE`` (25%, a
  guess among four options).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

HALF_LIFE_ANSWERS = 10
DECAY = 0.5 ** (1 / HALF_LIFE_ANSWERS)
PRIOR_CORRECT = 1.0
PRIOR_WRONG = 1.0
MASTERY_THRESHOLD = 0.8
CHANCE = 0.25
PASS_MARK = 0.7  # the mock exam's default, as a share correct


def percent(correct: int, answered: int) -> int | None:
    """Whole percent correct, or None when nothing was answered."""
    if answered == 0:
        return None
    return round(100 * correct / answered)


def mastery(weighted_correct: float, weighted_answered: float) -> float:
    return (weighted_correct + PRIOR_CORRECT) / (weighted_answered + PRIOR_CORRECT + PRIOR_WRONG)


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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
class Readiness:
    predicted: float
    pass_mark: float
    topics: int
    mastered: int
    unpractised: int

    @property
    def percent(self) -> int:
        return round(100 * self.predicted)

    @property
    def ready(self) -> bool:
        return self.unpractised == 0 and self.predicted >= self.pass_mark


def readiness(standings: Sequence[Standing], *, pass_mark: float) -> Readiness:
    """Predicted mock-exam score: mastery weighted by each topic's share of the question bank."""
    counted = [standing for standing in standings if standing.bank_questions > 0]
    bank = sum(standing.bank_questions for standing in counted)
    predicted = 0.0
    if bank:
        predicted = (
            sum(
                standing.bank_questions * (standing.tally.mastery if standing.practised else CHANCE)
                for standing in counted
            )
            / bank
        )
    return Readiness(
        predicted=predicted,
        pass_mark=pass_mark,
        topics=len(counted),
        mastered=sum(standing.mastered for standing in counted),
        unpractised=sum(not standing.practised for standing in counted),
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
