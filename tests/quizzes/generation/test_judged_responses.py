"""Main points a practice article states as the act it judges best ("the most helpful first step
is to X"), with sentences of our own."""

from __future__ import annotations

from quizzes.generation import read_lesson
from quizzes.generation.mainpoint import candidates, compress

from .lessons import lesson_input


def _cued(body: str, title: str = "Notes") -> list[str]:
    found = candidates(read_lesson(lesson_input(body, title=title)))
    return [c.text for c in found if c.cue == "explicit cue"]


def test_any_judged_response_noun_cues_the_act_it_names() -> None:
    # English: a specificational copula whose subject judges an act ("the most helpful first
    # step", "the helpful response when ...") says which act the article recommends.
    body = (
        "A landlord's letter can arrive on any day.\n\n"
        "## What to do\n\n"
        "When a tenant brings you an eviction notice, the most helpful first step is to check "
        "the date on it with them.\n\n"
        "## Later\n\n"
        "If the person seems shaken, the helpful response is usually to slow down and ask what "
        "they need."
    )
    cued = _cued(body, title="Eviction Notices")
    assert "to check the date on it with them" in cued
    assert "to slow down and ask what they need" in cued


def test_a_judged_response_with_its_own_when_clause_is_still_a_cue() -> None:
    body = (
        "Requests for a new worker are common.\n\n"
        "## The principle\n\n"
        "The best response when someone asks for a different mentor is to thank them for saying "
        "so and to start the paperwork."
    )
    assert "to thank them for saying so and to start the paperwork" in _cued(body)


def test_a_judgement_of_something_else_is_no_cue() -> None:
    # ("the best chairs in the room are ..." judges no act)
    body = "Meetings vary.\n\n## Rooms\n\nThe best chairs in the room are by the window, always."
    assert _cued(body) == []


def test_a_second_infinitive_after_and_is_part_of_the_act() -> None:
    # English coordination of infinitival complements: "to A, and to B" names one act of two
    # parts, where "A, and it takes time" would join a clause.
    assert compress(
        "to listen without arguing about the decision, and to help file the request through "
        "the office"
    ) == (
        "to listen without arguing about the decision, and to help file the request through the office"
    )
    assert (
        compress(
            "to listen without arguing about the decision, and it takes patience to do it well"
        )
        == "to listen without arguing about the decision"
    )


def test_a_condition_about_a_pronoun_gives_no_situated_stem() -> None:
    # Item writing: a stem stands alone; "when they appear" points at the sentence before.
    from quizzes.generation.items import _situated_superlative

    assert (
        _situated_superlative(
            "When they appear, the most helpful first step is to ask the person directly."
        )
        == ""
    )
    assert (
        _situated_superlative(
            "When warning signs appear, the most helpful first step is to ask the person directly."
        )
        == "What is the most helpful first step when warning signs appear?"
    )


def test_the_best_way_to_do_something_is_a_judged_response_too() -> None:
    body = (
        "Intake forms are long.\n\n"
        "## Getting it right\n\n"
        "The best way to check a form with someone is to read each line aloud together."
    )
    assert "to read each line aloud together" in _cued(body)


def test_a_lesson_whose_point_defines_nothing_is_about_the_term_it_defines() -> None:
    # Article writing: a lesson defines the concept its title names, whatever its main point
    # says ("To ask the person ..." names no concept; "Read-back is the practice ..." does).
    from quizzes.generation import MainPoint
    from quizzes.generation.concept import lesson_concept

    body = (
        "Appointments get missed when details are lost.\n\n"
        "## What it is\n\n"
        "Read-back is the practice of asking a person to say a plan again in their own words.\n\n"
        "## Summary\n\n"
        "Ask the person to say the plan back before they leave."
    )
    read = read_lesson(lesson_input(body, title="Part 2: Making Plans Stick With Read-Back"))
    point = MainPoint("To ask the person to say the plan back", 0.8, "", False, False)
    assert lesson_concept(read, point) == "read-back"


def test_a_superlative_inside_a_noun_phrase_is_no_cue() -> None:
    # English: "leave out the most important relationships" uses the words attributively; the
    # clause before them is no claim the cue closes.
    from quizzes.generation.mainpoint import _after_cue

    assert (
        _after_cue("Many people will simply leave out the most important people in their lives.")
        == ""
    )
    assert _after_cue("Ask before you touch anyone: that is the most important.") != ""


def test_it_before_a_predicative_adjective_is_a_subject_not_a_frame() -> None:
    # English: "it is regular" says "regular" of "it"; "It's the relationship" is a frame.
    from quizzes.generation.mainpoint import strip_frames

    assert strip_frames("it is regular and that you choose it") == (
        "it is regular and that you choose it"
    )
    assert strip_frames("It's the relationship that matters") == "the relationship that matters"


def test_a_gerund_the_title_names_alone_is_the_practice_asked_about() -> None:
    # English: "anchoring" standing alone in the title ("Flashbacks and Anchoring") is the
    # practice's name; "the purpose of rehearsing" under "Rehearsing Refusal Skills" lacks the
    # object the title gives it.
    from quizzes.generation.items import _stated_purpose_question
    from quizzes.generation.types import MainPoint

    body = (
        "Hard memories can return without warning.\n\n"
        "## What anchoring is for\n\n"
        "The main purpose of anchoring is to bring a person's attention back to the room they "
        "are in."
    )
    read = read_lesson(lesson_input(body, title="Flashbacks and Anchoring"))
    found = next(c for c in candidates(read) if c.text.startswith("to bring"))
    point = MainPoint(found.text, 0.5, found.sentence_id, False, False)
    source = read.by_id(found.sentence_id)
    assert _stated_purpose_question(read, source, point) == "What is the purpose of anchoring?"


def test_a_title_s_you_becomes_they_as_a_subject_and_them_as_an_object() -> None:
    # English: a pronoun takes the case of its place ("when they see someone they support").
    from quizzes.generation.items import _title_as_situation

    assert _title_as_situation("Aisle 7: When You See Someone You Support Outside Work", "") == (
        "What should a peer specialist do when they see someone they support outside work?"
    )
    assert _title_as_situation("When Someone Asks You for Money", "") == (
        "What should a peer specialist do when someone asks them for money?"
    )


def test_a_vignette_s_name_before_its_verb_becomes_they() -> None:
    from quizzes.generation.distractors import _unnamed

    assert _unnamed("Making sure Rosa understood her rights") == (
        "making sure they understood their rights"
    )
    assert _unnamed("Helping Rosa practice speaking") == "helping them practice speaking"
