"""Item statistics: how each question performs, computed by SQL aggregation over ``Response`` rows.

Functions take a ``Response`` queryset (all scored answers, or one group's) and return plain
dataclasses; no views here. One query per call however many answers and questions there are.

- **Answered**: scored answers to the question.
- **Facility**: the share of them that are right (0-1). Easy items have a high facility.
- **Discrimination**: the point-biserial correlation between answering this item right (1/0) and the
  learner's share right on the *rest of the same attempt* (the attempt's other answers, so the item
  does not correlate with itself), from the attempt's stored counts. Answers in one-question
  attempts have no rest, and attempts not finished yet no stored counts: those answers count for
  facility only.
  From the sums over n answers of x (right), y (rest score), y², xy:

      r = (n·Σxy − Σx·Σy) / √((n·Σx − (Σx)²) · (n·Σy² − (Σy)²))      (x² = x, as x is 0 or 1)

  Positive: those who do well elsewhere get it right more often (a good item). Near zero: it does
  not tell stronger from weaker learners. Negative: stronger learners miss it more often, usually a
  key or wording problem. None when every answer was right (or wrong), or every rest score equal.
- **Options**: how often each choice was picked.
- **Dubious**: after at least ``DUBIOUS_MIN_ANSWERS`` (20) answers, a negative discrimination or a
  facility outside ``FACILITY_RANGE`` (0.2-0.95): worth a look by staff.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    Expression,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Q,
    QuerySet,
    Sum,
    When,
)
from django.db.models.functions import Cast

from quizzes.models import Response

DUBIOUS_MIN_ANSWERS = 20
FACILITY_RANGE = (0.2, 0.95)


def point_biserial(n: int, sx: float, sy: float, syy: float, sxy: float) -> float | None:
    """Pearson's r between a 0/1 variable x and y from their sums (see the module docstring)."""
    if n < 2:
        return None
    spread_x = n * sx - sx * sx
    spread_y = n * syy - sy * sy
    if spread_x <= 0 or spread_y <= 1e-12:
        return None
    return (n * sxy - sx * sy) / math.sqrt(spread_x * spread_y)


def is_dubious(answered: int, facility: float | None, discrimination: float | None) -> bool:
    if answered < DUBIOUS_MIN_ANSWERS or facility is None:
        return False
    low, high = FACILITY_RANGE
    return not low <= facility <= high or (discrimination is not None and discrimination < 0)


@dataclass(frozen=True)
class ItemStats:
    question_id: int
    answered: int
    correct: int
    discrimination: float | None
    options: dict[int, int] = field(default_factory=dict)  # choice id -> times chosen

    @property
    def facility(self) -> float | None:
        return self.correct / self.answered if self.answered else None

    @property
    def dubious(self) -> bool:
        return is_dubious(self.answered, self.facility, self.discrimination)

    @property
    def reasons(self) -> list[str]:
        """Why an item is dubious, in words for staff."""
        if not self.dubious:
            return []
        reasons = []
        low, high = FACILITY_RANGE
        if self.facility is not None and self.facility < low:
            reasons.append("very few answer it right")
        if self.facility is not None and self.facility > high:
            reasons.append("almost everyone answers it right")
        if self.discrimination is not None and self.discrimination < 0:
            reasons.append("stronger learners miss it more often")
        return reasons


def _unindexed(field: str) -> ExpressionWrapper:
    """``field + 0``: the same value as the column, but not one an index can supply in order.

    Grouped by the bare ``question_id``, SQLite walks that column's index to skip sorting and reads
    each answer's rows in question order, at random (0.35 s for 100,000 answers on this machine);
    grouped by this expression it scans the answers in table order and sorts the few groups instead
    (0.06 s). PostgreSQL hashes the groups either way.
    """
    return ExpressionWrapper(F(field) + 0, output_field=IntegerField())


def answers_to(responses: QuerySet[Response], question_ids: Collection[int]) -> QuerySet[Response]:
    """The answers to these questions, for ``item_statistics`` over a page of questions.

    Filtered by an expression, not the bare column: by the question index SQLite would read each
    matching answer at random (0.1 s for a page of 100 of 600 questions at 100,000 answers, 0.4 s
    when they are 60 of 60); scanning the answers in table order it takes 0.04 s and 0.18 s.
    """
    return responses.alias(question_key=_unindexed("attempt_question__question_id")).filter(
        question_key__in=question_ids
    )


def option_sums(responses: QuerySet[Response], **keys: Expression) -> QuerySet[Response]:
    """The answers' sums per question and chosen option (and per each of ``keys``, expressions
    over the answers, if given): ``question_key``, ``choice_key``, the keys, then ``answered``,
    ``correct``, and the discrimination's ``d_n``, ``d_x``, ``d_y``, ``d_yy``, ``d_xy``. One
    aggregate query; what ``item_statistics`` and the groups' stored counts are summed from.

    The rest-of-attempt score comes from the attempt's stored ``answered_count`` and
    ``correct_count`` (filled from its answers when it finishes), so it is a join, not a subquery
    per answer; answers in attempts not finished yet count for facility but not discrimination.
    """
    x = Case(When(is_correct=True, then=1.0), default=0.0, output_field=FloatField())
    attempt = "attempt_question__attempt__"
    scored_rest = Q(**{f"{attempt}finished_at__isnull": False, f"{attempt}answered_count__gt": 1})
    return (
        responses.order_by()
        .annotate(
            rest=(Cast(F(f"{attempt}correct_count"), FloatField()) - x)
            / (Cast(F(f"{attempt}answered_count"), FloatField()) - 1.0)
        )
        .values(
            question_key=_unindexed("attempt_question__question_id"),
            choice_key=_unindexed("choice_id"),
            **keys,
        )
        .annotate(
            answered=Count("pk"),
            correct=Count("pk", filter=Q(is_correct=True)),
            d_n=Count("pk", filter=scored_rest),
            d_x=Count("pk", filter=scored_rest & Q(is_correct=True)),
            d_y=Sum("rest", filter=scored_rest),
            d_yy=Sum(F("rest") * F("rest"), filter=scored_rest),
            d_xy=Sum("rest", filter=scored_rest & Q(is_correct=True)),
        )
    )


SUM_NAMES = ("answered", "correct", "d_n", "d_x", "d_y", "d_yy", "d_xy")  # option_sums' sums

OptionSums = tuple[int, int, int, int, int, int, float | None, float | None, float | None]
"""(question id, choice id, answered, correct, d_n, d_x, d_y, d_yy, d_xy) of one option."""


def items_from_option_sums(rows: Iterable[OptionSums]) -> dict[int, ItemStats]:
    """``ItemStats`` per question id, summed from its options' sums."""
    sums: dict[int, list[float]] = {}  # question id -> [answered, correct, n, Σx, Σy, Σy², Σxy]
    options: dict[int, dict[int, int]] = {}
    for question_id, choice_id, *figures in rows:
        total = sums.setdefault(question_id, [0, 0, 0, 0, 0.0, 0.0, 0.0])
        for index, figure in enumerate(figures):
            total[index] += figure or 0
        options.setdefault(question_id, {})[choice_id] = figures[0]
    return {
        question_id: ItemStats(
            question_id=question_id,
            answered=answered,
            correct=correct,
            discrimination=point_biserial(n, sx, sy, syy, sxy),
            options=options[question_id],
        )
        for question_id, (answered, correct, n, sx, sy, syy, sxy) in sums.items()
    }


def item_statistics(responses: QuerySet[Response]) -> dict[int, ItemStats]:
    """Statistics per question id for the given answers, how often each option was chosen among
    them: one aggregate query (``option_sums``), grouped by question and chosen option, summed per
    question here."""
    return items_from_option_sums(
        option_sums(responses).values_list("question_key", "choice_key", *SUM_NAMES)
    )


def hardest(
    stats: dict[int, ItemStats], *, limit: int = 5, min_answers: int = 3
) -> list[ItemStats]:
    """The items with the lowest facility among those answered at least ``min_answers`` times."""
    counted = [item for item in stats.values() if item.answered >= min_answers]
    counted.sort(key=lambda item: (item.facility, -item.answered, item.question_id))
    return counted[:limit]


@dataclass(frozen=True)
class TopicFacility:
    topic_id: int
    answered: int
    correct: int

    @property
    def facility(self) -> float:
        return self.correct / self.answered


def topic_facility(stats: dict[int, ItemStats], topic_of: dict[int, int]) -> list[TopicFacility]:
    """Share right per topic, hardest first, summed from the items' already aggregated counts
    (``topic_of``: question id -> topic id)."""
    totals: dict[int, list[int]] = {}
    for item in stats.values():
        total = totals.setdefault(topic_of[item.question_id], [0, 0])
        total[0] += item.answered
        total[1] += item.correct
    rows = [
        TopicFacility(topic_id=topic_id, answered=answered, correct=correct)
        for topic_id, (answered, correct) in totals.items()
        if answered
    ]
    rows.sort(key=lambda row: (row.facility, row.topic_id))
    return rows
