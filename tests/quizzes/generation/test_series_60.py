"""Rules of 2026.12-60 (sentences of our own).

- Difference items: the key turned round ("B is ..., while A is ...") keeps its verb in agreement
  with the name it now follows ("Crisis units are ...", "Harm reduction requires ..."). A name the
  stem counts ("a trigger", "an early warning sign") takes the plural the key gives its kind; one
  the stem names without an article ("peer-run respite", "individual advocacy") may be a mass noun
  or a modifier, and keeps its form.
- Mining: a paragraph under a heading of contrast opening on a gerund phrase of up to sixteen words
  (two coordinated acts) names an act the lesson rules out; past fourteen words only without an
  auxiliary or a subordinate clause, which may hide the sentence's own verb. An irregular past
  ("came", "took") is a finite verb: the sentence says something, it names no idea.
"""

from __future__ import annotations

import pytest

from quizzes.generation.answers import reversed_difference
from quizzes.generation.distractors import mine
from quizzes.generation.lesson import read_lesson
from tests.quizzes.generation.lessons import lesson_input


@pytest.mark.parametrize(
    ("stem", "key", "turned"),
    [
        (
            "What is the main difference between peer-run respite and crisis units?",
            "Peer-run respite is a home-like place run by peers",
            "Crisis units are a home-like place run by peers",
        ),
        (
            "What is the main difference between harm reduction and abstinence programs?",
            "Abstinence programs require stopping all use first",
            "Harm reduction requires stopping all use first",
        ),
        (
            "What is the main difference between harm reduction and abstinence programs?",
            "Harm reduction meets people where they are",
            "Abstinence programs meet people where they are",
        ),
        (
            "What is the difference between a trigger and an early warning sign?",
            "Triggers are outside events, while early warning signs are inner changes",
            "Early warning signs are outside events, while triggers are inner changes",
        ),
        (
            "What is the difference between individual advocacy and systems advocacy?",
            "Individual advocacy addresses one person's situation, while systems advocacy seeks "
            "change in policies",
            "Systems advocacy addresses one person's situation, while individual advocacy seeks "
            "change in policies",
        ),
        (
            # (a modal agrees with either number)
            "What is the main difference between peer-run respite and crisis units?",
            "Crisis units can admit a person against their will",
            "Peer-run respite can admit a person against their will",
        ),
    ],
)
def test_a_difference_turned_round_agrees_with_its_new_subject(
    stem: str, key: str, turned: str
) -> None:
    assert reversed_difference(stem, key) == turned


def test_a_sentence_that_is_a_long_gerund_phrase_under_a_contrast_heading_is_ruled_out() -> None:
    """Under "Common mistakes", a paragraph opening on a phrase of two acts
    (sixteen words, no verb of its own) names a habit the lesson rules out."""
    read = read_lesson(
        lesson_input(
            "Goals belong to the person who sets them.\n\n"
            "## Common mistakes\n\n"
            "A few habits can pass for this approach if nobody looks closely.\n\n"
            "Turning up with goals the care team already picked and asking the member to sign off. "
            "Even good goals are not the member's own.\n",
            title="Person-centered goal setting",
        )
    )
    assert (
        "Turning up with goals the care team already picked and asking the member to sign off"
    ) in [m.text for m in mine(read)]


def test_a_long_gerund_sentence_with_a_verb_of_its_own_is_no_phrase_to_rule_out() -> None:
    """Fifteen words opening on a gerund, but a clause inside and the sentence's own verb after it
    ("... is confrontation, and it costs trust"): a judgment, not a phrase naming a habit, and no
    option holds its verdict."""
    read = read_lesson(
        lesson_input(
            "Change talk is the person's own words for change.\n\n"
            "## Common mistakes\n\n"
            "Reminding someone that they said something else last month is confrontation, and it "
            "costs trust.\n",
            title="Developing discrepancy",
        )
    )
    assert not any("confrontation" in m.text for m in mine(read))


@pytest.mark.parametrize(
    "sentence",
    [
        "The trouble came from the belief that every member wants advice.",
        "The first facilitator took the silence as agreement.",
    ],
)
def test_a_sentence_with_an_irregular_past_is_no_phrase_naming_an_idea(sentence: str) -> None:
    """Under a heading of contrast, a short opening sentence without a finite verb names the idea
    the paragraph rules out; "came" and "took" are finite verbs (irregular pasts), so these
    sentences say something, and none is mined whole."""
    read = read_lesson(
        lesson_input(
            f"Groups work when members choose.\n\n## Where it went wrong\n\n{sentence}\n",
            title="Running a peer group",
        )
    )
    assert sentence.rstrip(".") not in [m.text for m in mine(read)]
