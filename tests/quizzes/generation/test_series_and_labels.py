"""Rules of 2026.12-48 (sentences of our own): a noun phrase after ", and" with no verb to the end
is the last member of a series, which a main point keeps whole; a run-in label before a condition
("A quick test: if ...") names a rule of the text, no wrong option."""

from __future__ import annotations

import pytest

from quizzes.generation import read_lesson
from quizzes.generation.distractors import mine
from quizzes.generation.mainpoint import compress

from .lessons import lesson_input


@pytest.mark.parametrize(
    "text",
    [
        "the event, the experience of the event, and the effects",
        "a safe place to live, work that pays the rent, and the support of peers",
    ],
)
def test_a_series_of_noun_phrases_closed_by_a_determiner_is_kept_whole(text: str) -> None:
    assert compress(text) == text


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # (a verb after the noun phrase: a clause of its own, cut off)
        (
            "Recovery happens in many ways across many years, and the person leads it",
            "Recovery happens in many ways across many years",
        ),
        (
            "Peer support draws on shared experience, and the relationship is mutual",
            "Peer support draws on shared experience",
        ),
    ],
)
def test_a_clause_after_and_is_still_cut(text: str, cut: str) -> None:
    assert compress(text) == cut


_CAPITAL = (
    "Community recovery capital is what the neighborhood offers a person in recovery.\n\n"
    "## Sorting out the other options\n\n"
    "A person's savings and health insurance: personal capital, not community capital.\n\n"
    "A quick test: if the resource would still be there for the next person who moved in, it is "
    "community capital.\n"
)


def test_a_label_before_a_condition_is_no_wrong_option() -> None:
    read = read_lesson(lesson_input(_CAPITAL, title="Community recovery capital"))
    mined = [m.text for m in mine(read)]
    assert "A person's savings and health insurance" in mined
    assert "A quick test" not in mined
