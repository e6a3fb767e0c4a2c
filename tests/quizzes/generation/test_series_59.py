"""Rules of 2026.12-59 (sentences of our own).

- Forms: an adverb before the verb ("gently check in", a split infinitive's "to gently check in")
  stays before the gerund ("gently checking in"); it has no gerund of its own.
- Keys: a role set off at the end of a key (", as full members", ", as equals") is an adjunct; the
  claim is whole before it, a shorter wording ("as well as", "as long as" join, and stay).
"""

from __future__ import annotations

import pytest

from quizzes.generation.answers import shorter
from quizzes.generation.forms import to_gerund


@pytest.mark.parametrize(
    ("act", "gerund"),
    [
        (
            "gently ask what they need, name the options, and offer a break",
            "gently asking what they need, naming the options, and offering a break",
        ),
        ("calmly repeat the agreement", "calmly repeating the agreement"),
        ("never promise secrecy", "never promising secrecy"),
        ("first ask permission", "first asking permission"),
        # (a word that is an adverb and a verb too is the verb, as before)
        ("supply the forms", "supplying the forms"),
        ("even the odds", "evening the odds"),
    ],
)
def test_an_adverb_before_the_verb_stays_before_its_gerund(act: str, gerund: str) -> None:
    assert to_gerund(act) == gerund


@pytest.mark.parametrize(
    ("key", "cut"),
    [
        (
            "The degree to which volunteers are welcomed, trusted and heard across the whole "
            "organization, as full partners",
            "The degree to which volunteers are welcomed, trusted and heard across the whole "
            "organization",
        ),
        ("A group where members share their stories, plans and hopes, as equals", None),
    ],
)
def test_a_role_set_off_at_the_end_is_cut(key: str, cut: str | None) -> None:
    assert (cut or key.rpartition(",")[0]) in shorter(key)


@pytest.mark.parametrize(
    ("tail", "cut"),
    [(", as equals", True), (", as well as friends", False), (", as long as possible", False)],
)
def test_as_well_as_and_as_long_as_are_no_role(tail: str, cut: bool) -> None:
    claim = "Over time, members who attend the group each week"
    assert (claim in shorter(claim + tail)) is cut
