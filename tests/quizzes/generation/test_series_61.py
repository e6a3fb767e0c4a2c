"""Rules of 2026.12-61 (sentences of our own).

- One item, one point of view: under a stem about the role in the third person ("What should a
  peer specialist do?"), an instruction's "your" and "yourself" become "their" and "themselves";
  under a stem that speaks to "you", or one naming no one, they stay.
- Mining: a faulted helper's act told after "So" ("So she replies right away ...") is an act of
  the story like one told after "And" (English: a conjunction of result may open a sentence).
- Shorter wordings: a participle set off by a comma loses its adjunct only together with it
  ("places to stay, set up as an alternative to ..." is cut to "places to stay", never to
  "..., set up").
"""

from __future__ import annotations

import pytest

from quizzes.generation.items import _in_stem_person


@pytest.mark.parametrize(
    ("stem", "option", "said"),
    [
        (
            "Which of the following should a peer specialist do?",
            "Raise the concern with your supervisor",
            "Raise the concern with their supervisor",
        ),
        (
            "A neighbor is in danger. What should the peer specialist do?",
            "Confront the neighbor yourself",
            "Confront the neighbor themselves",
        ),
        # the stem speaks to the reader: the option's "your" is theirs too
        (
            "A person you support asks for a ride. What should you do?",
            "Check your agency's policy",
            "Check your agency's policy",
        ),
        # a stem naming no one leaves "their" nothing to stand for
        (
            "What is the first step in a safety check?",
            "Tell your supervisor",
            "Tell your supervisor",
        ),
        # words in quotation marks are the speaker's
        (
            "What should a peer specialist say?",
            '"Your plan is yours to make"',
            '"Your plan is yours to make"',
        ),
    ],
)
def test_options_take_the_person_of_their_stem(stem: str, option: str, said: str) -> None:
    assert _in_stem_person(stem, option) == said
