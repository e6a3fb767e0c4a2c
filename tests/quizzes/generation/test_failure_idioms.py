"""Rules of 2026.12-45 (sentences of our own): an idiom of failure in any inflection announces
what it names, a colon's series of acts gives each act, and an act is whole before a closing
clause of result or reason."""

from __future__ import annotations

from quizzes.generation.distractors import _every_inflection, _series_after_colon

from .test_terms_and_rivals import _mined

_MEETING = "A peer supports the person's own voice at a team meeting.\n\n"


def test_an_idiom_of_failure_is_one_idiom_in_every_inflection() -> None:
    forms = _every_inflection(("miss the mark", "go wrong", "get it wrong", "third mistake"))
    assert {"missing the mark", "missed the mark", "going wrong", "getting it wrong"} <= set(forms)
    # (an ordinal before its noun is no verb, whatever the lexicon says of "third")
    assert not any(f.startswith("third") and f != "third mistake" for f in forms)


def test_a_colon_after_a_gerund_idiom_delivers_each_act_of_its_series() -> None:
    body = _MEETING + (
        "Falling short here is easy: answering for the person at the meeting, which leaves "
        "them silent, or pressing the person to agree with the team so the meeting ends early.\n"
    )
    assert _mined(body, "Team meetings") == [
        "Answering for the person at the meeting",
        "Pressing the person to agree with the team",
    ]


def test_other_ways_of_missing_the_mark_name_acts_ruled_out() -> None:
    body = _MEETING + (
        "Other ways of missing the mark are common too: arguing with the psychiatrist about the "
        "diagnosis, or pressing the person to agree with the team so the meeting ends early.\n"
    )
    assert _mined(body, "Team meetings") == [
        "Arguing with the psychiatrist about the diagnosis",
        "Pressing the person to agree with the team",
    ]


def test_a_series_after_a_colon_splits_only_into_acts() -> None:
    assert _series_after_colon("calling the family, or waiting for a crisis") == [
        "calling the family",
        "waiting for a crisis",
    ]
    # (one act holding a coordination of nouns is one act)
    assert _series_after_colon("holding off on goals and plans until later") == [
        "holding off on goals and plans until later"
    ]
    # (a member that is no act leaves the series whole)
    assert _series_after_colon("calling the family, or a crisis plan") == [
        "calling the family, or a crisis plan"
    ]
