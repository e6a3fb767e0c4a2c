"""Rules of 2026.12-48 (stories of our own): the person a case is about is the one its story names
most often, of the people not introduced by the role nor faulted; in what the case's helper is told
doing, that person is "the person" of the option, where the act's "them" or "their" can stand for
no one else; a name may have two letters ("Jo"); a helper who "could have failed" is faulted; a
first act with no object leaves its "and" to the next ("listened and took ...")."""

from __future__ import annotations

from quizzes.generation import read_lesson
from quizzes.generation.distractors import (
    _past_pairs,
    case_helpers,
    case_person,
    faulted_in,
    held_up_acts,
    model_helper_acts,
    names_in,
)

from .lessons import lesson_input


def _sentences(body: str):
    return read_lesson(lesson_input(body, title="A hard week")).sentences


_STORY = (
    "Denise meets with her peer specialist, Marcus, every week. Denise keeps her own notes on "
    "her new medication. Her sister Gloria thinks she should stop taking it. Denise is not "
    "sure.\n\n"
    "## What made the difference\n\n"
    "Marcus helped Denise turn a vague worry into specific questions. "
    "He asked what the side effects meant to her. "
    "He also left the choice about support to her.\n"
)


def test_the_case_person_is_the_one_named_most_often_besides_the_helper() -> None:
    assert case_person(_sentences(_STORY)) == "Denise"


def test_no_case_person_when_two_are_named_as_often() -> None:
    body = (
        "Ron and Dana meet with their peer specialist, Marisol. Ron talks first. Dana talks next.\n"
    )
    assert case_person(_sentences(body)) == ""


def test_the_helpers_acts_say_the_case_person_as_the_person() -> None:
    """A name, and a pronoun of the person's kind ("Denise keeps her own notes") in a sentence
    naming no one else, the helper's kind being the other, stand for the case's person:
    "Helping the person turn ...", not "Helping them turn ...", whose "them" points outside the
    option."""
    acts = [act for _, act in model_helper_acts(_sentences(_STORY))]
    assert acts == [
        "Helping the person turn a vague worry into specific questions",
        "Asking what the side effects meant to the person",
        "Leaving the choice about support to the person",
    ]


def test_a_pronoun_of_the_helpers_own_kind_is_left_alone() -> None:
    """ "She asked what her words meant": with a woman helping a woman, "her" may be either,
    and the act keeps "their" (which a stem will not take)."""
    body = (
        "Rosa meets with her peer specialist, Tanya, every week. Rosa talks about her hard week. "
        "Rosa is tired.\n\n"
        "## What made the difference\n\n"
        "Tanya kept her own voice calm. She asked what her words meant.\n"
    )
    sentences = _sentences(body)
    assert case_person(sentences) == "Rosa"
    acts = [act for _, act in model_helper_acts(sentences)]
    assert "Asking what their words meant" in acts
    assert not any("the person" in act for act in acts)


def test_another_person_named_in_the_sentence_leaves_the_act_alone() -> None:
    """ "He told Gloria about Denise's plan": "their" could be Gloria's, not the person's."""
    body = _STORY.replace(
        "He also left the choice about support to her.",
        "He talked with Gloria about her worries.",
    )
    acts = [act for _, act in model_helper_acts(_sentences(body))]
    assert not any("the person" in act and "worries" in act for act in acts)


def test_the_held_up_helpers_acts_say_the_person_too() -> None:
    body = (
        "Curtis has joined a peer support group that Bernadette leads. Curtis talks a lot. "
        "Curtis tells long stories.\n\n"
        "## Looking back\n\n"
        "Bernadette showed real skill. She thanked Curtis first.\n"
    )
    acts = [act for _, act in held_up_acts(_sentences(body))]
    assert acts == ["Thanking the person first"]


_TWO_WAYS = (
    "Renee meets with Jo, a peer specialist, every week. Renee is upset about her case manager. "
    "Renee asks Jo to complain for her. Dr. Paul Hale runs the clinic.\n\n"
    "## Another way it could have gone\n\n"
    "At another agency, Devon tells his peer specialist, Luis, the same story. Luis could have "
    "failed by brushing Devon off. He tells the case manager what Devon said.\n\n"
    "## What was going on\n\n"
    "Jo listened and took the frustration seriously.\n"
)


def test_a_name_of_two_letters_is_a_name_and_a_title_is_not() -> None:
    sentences = _sentences(_TWO_WAYS)
    assert "Jo" in names_in(sentences)
    assert "Dr" not in names_in(sentences)
    assert case_helpers(sentences)[0] == "Jo"


def test_a_helper_who_could_have_failed_is_faulted() -> None:
    assert "Luis" in faulted_in(_sentences(_TWO_WAYS))


def test_a_first_act_with_no_object_leaves_its_and_to_the_next() -> None:
    """ "She listened and took the frustration seriously": two acts, the second with its object."""
    assert _past_pairs([("listen", "and took the frustration seriously")]) == [
        ("listen", ""),
        ("take", "the frustration seriously"),
    ]
    assert "Taking the frustration seriously" in [
        act for _, act in model_helper_acts(_sentences(_TWO_WAYS))
    ]
