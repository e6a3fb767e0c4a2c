"""Rules of 2026.12-57 (articles of our own).

- Keys: asked what X means or what best describes it, the article's other definition of X by a
  verb of defining ("Tokenism means ..." in its conclusion) words the same answer again, and its
  wordings are tried after the point's own; a definition that shares less than half its content
  words with the point is another sense, not a restatement.
- Keys: a noun and two coordinated participle phrases of it ("Organizations including people
  ... and ignoring ...") has a shorter wording with the first alone, as a relative clause's
  second predicate goes.
"""

from __future__ import annotations

from quizzes.generation import read_lesson
from quizzes.generation.answers import shorter
from quizzes.generation.items import _restated_definitions, main_point

from .lessons import drafts_alone, lesson_input

_TOKENISM = (
    "Peer specialists hear the word tokenism in meetings about boards and advisory groups.\n\n"
    "## So what is tokenism?\n\n"
    "Tokenism is the practice of inviting people with lived experience onto boards and "
    "committees so that an organization looks inclusive, while every real decision stays with "
    "staff who have no such experience and nobody acts on what the new members say.\n\n"
    "## What it isn't\n\n"
    "It isn't a board with too few member seats. Small boards can share power well.\n\n"
    "It isn't a hiring quota for peer staff. Quotas are a separate debate.\n\n"
    "It isn't a single rough meeting.\n\n"
    "## Bottom line\n\n"
    "Tokenism means organizations including people with lived experience for show and ignoring "
    "what they say. Peer specialists can name it kindly when they see it.\n"
)
_TITLE = "Tokenism on Advisory Boards"


def test_a_conclusion_defining_the_concept_again_words_the_key_when_the_first_is_too_long():
    item = next(i for i in drafts_alone(_TOKENISM, title=_TITLE) if i.kind == "main_point")

    assert item.publishable, item.rubric_failures
    assert item.stem == "Which of the following best describes tokenism?"
    assert item.choices[item.correct_index].text == (
        "Organizations including people with lived experience for show"
    )


def test_a_definition_sharing_too_little_with_the_point_is_no_restatement():
    body = _TOKENISM.replace(
        "Tokenism means organizations including people with lived experience for show and "
        "ignoring what they say.",
        "Tokenism means something else entirely to a historian of coins.",
    )
    read = read_lesson(lesson_input(body, title=_TITLE))
    point = main_point(read)

    assert point.text.startswith("Tokenism is the practice of inviting")
    assert _restated_definitions(read, point, "Which best describes tokenism?", None) == []


def test_a_noun_with_two_participle_phrases_keeps_the_first_alone():
    assert "Organizations including people with lived experience for show" in shorter(
        "Organizations including people with lived experience for show and ignoring what they say"
    )
    # (too short a first phrase to stand as the claim: both stay)
    assert "Staff asking questions" not in shorter("Staff asking questions and listening closely")
