"""Rules of 2026.12-54 (articles of our own).

- Mining: a "your" in a category an article denies, with no generic "you" before it ("It isn't
  permission to change your dose ..."), is the reader's as anyone, "one's": a "their" would stand
  for no one the option names. After "rather than", what a phrase of manner after the verb's
  object sets aside ("Write the goal in the person's words rather than clinical jargon") is that
  phrase's object, no thing the lesson's subject could be: the act done so is the wrong option.
- R9: an option naming by "the" a thing a case's story brought in with "a" and names nowhere
  else ("Slipping the bracelet into her coat", after "she hands him a bracelet"), which the stem
  does not name, points to the story, outside the item.
"""

from __future__ import annotations

from quizzes.generation import read_lesson
from quizzes.generation.distractors import mine
from quizzes.generation.rubric import _thing_outside

from .lessons import lesson_input


def _mined(body: str, **fields: str) -> list[str]:
    return [m.text for m in mine(read_lesson(lesson_input(body, **fields)))]


def test_a_denied_category_s_your_is_anyone_s() -> None:
    """English: "your" with no "you" before it in the denied phrase is the generic reader's; said
    as "their" it would point outside the option, and the option was lost."""
    body = (
        "## What it isn't\n\n"
        "It isn't a home remedy kit. It isn't permission to change your dose without telling "
        "anyone. And it isn't a diet plan.\n"
    )
    found = _mined(body, title="Daily Anchors")
    assert "permission to change one's dose without telling anyone" in found


def test_a_denied_category_s_you_is_people_and_your_theirs() -> None:
    """English agreement: "a club where you pay dues to your sponsor" keeps "people ... their"."""
    body = "## What it isn't\n\nIt isn't a club where you pay dues to your sponsor.\n"
    assert "a club where people pay dues to their sponsor" in _mined(body, title="Mutual Aid")


def test_rather_than_after_a_phrase_of_manner_sets_aside_the_act() -> None:
    """English: in "Write the goal in the person's words rather than clinical jargon" the
    preposition "in" governs both sides; "Clinical jargon" alone would be offered as what a plan
    is, so the act done so is mined instead."""
    body = (
        "A recovery plan is a written, personal document.\n\n"
        "## Writing it\n\n"
        "1. Write the goal in the person's words rather than clinical jargon.\n"
        "2. Review it every month.\n"
    )
    found = _mined(body, title="Recovery Plans")
    assert "Writing the goal in clinical jargon" in found
    assert not any(text.lower() == "clinical jargon" for text in found)


def test_rather_than_after_a_verb_s_own_preposition_keeps_the_thing() -> None:
    """A guard: "focus on strengths rather than deficits" sets "deficits" against the verb's own
    complement, not a phrase of manner after an object, and stays mined as before."""
    body = "Good notes focus on strengths rather than a list of deficits.\n"
    assert _mined(body, title="Strengths-Based Notes") == ["a list of deficits"]


_BRACELET = (
    "Marisol has met with her peer specialist, Dana, for a year. At their last meeting she hands "
    "Dana a small box. Inside is a silver bracelet.\n\n"
    "Dana thanks her, slips the bracelet into her coat and tells no one. Later Marisol asks "
    "whether Dana still wears the bracelet.\n\n"
    "## Looking back\n\n"
    "Gifts put a helper in a hard spot. The agency has a policy on them, and agencies differ.\n"
)


def test_an_option_naming_a_thing_only_the_story_brought_in_fails_r9() -> None:
    """English definiteness: "the bracelet" presupposes a bracelet known to the reader; only the
    story, outside the item, brought it in ("a silver bracelet"), so the option does not stand
    alone under a stem that does not name it."""
    sentences = read_lesson(lesson_input(_BRACELET, title="The Gift")).sentences
    stem = "What should a peer specialist do when a peer offers an expensive gift?"
    assert _thing_outside(stem, ["Slipping the bracelet into their coat"], sentences)
    assert _thing_outside(stem, ["Opening the box"], sentences)
    # (a stem naming it makes it part of the item)
    assert not _thing_outside(
        "A peer offers a bracelet. What should the peer specialist do?",
        ["Slipping the bracelet into their coat"],
        sentences,
    )


def test_a_thing_also_named_at_large_stands_alone() -> None:
    """A guard: "the agency" is brought in by the story as well, but the article speaks of
    agencies at large too ("agencies differ"), so "the agency" is anyone's."""
    sentences = read_lesson(lesson_input(_BRACELET, title="The Gift")).sentences
    stem = "What should a peer specialist do when a peer offers an expensive gift?"
    assert not _thing_outside(stem, ["Checking the agency's policy on gifts"], sentences)
