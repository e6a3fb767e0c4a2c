"""Items on a lesson's other stated points, beside its main point (sentences of our own)."""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.items import _Option, _Plan, _stands_as_secondary, _stated_purpose_question
from quizzes.generation.mainpoint import candidates
from quizzes.generation.types import MainPoint
from quizzes.generation.words import content_stems

from .lessons import lesson_input

_BODY = (
    "People who have lived through hard events can be pulled back into them by a smell or a "
    "sound.\n\n"
    "## Definitions\n\n"
    "A flashback is a memory that feels as if the past event is happening again.\n\n"
    "## What anchoring is for\n\n"
    "The main purpose of anchoring is to bring a person's attention back to the room they are "
    "in. It is not a way to relive or work through the memory. Anchoring also does not remove "
    "flashbacks from a person's life. Reliving the past belongs in therapy. Nor is it a way to "
    "diagnose a mental illness.\n\n"
    "## In short\n\n"
    "In short, a flashback is a memory that feels present, and a peer can offer anchoring "
    "without taking control."
)


def _items(body: str, title: str) -> list:
    lesson = lesson_input(body, title=title)
    return [i for i in generate(lesson, bank=DistractorBank(())).items if i.publishable]


def test_a_second_stated_point_gets_an_item_of_its_own() -> None:
    # Item writing: a lesson states more than one thing worth asking; the purpose it states of
    # a second practice is asked with the uses the lesson rules out as wrong options.
    items = _items(_BODY, "Flashbacks and Anchoring")
    asked = {i.stem: i for i in items}
    item = asked["What is the purpose of anchoring?"]
    assert item.kind == "concept"
    assert [c.text for c in item.choices if c.is_correct] == [
        "To bring a person's attention back to the room they are in"
    ]
    assert {c.text for c in item.choices if not c.is_correct} == {
        "To relive or work through the memory",
        "To remove flashbacks from a person's life",
        "To diagnose a mental illness",
    }


def _plan(stem: str, key: str, *wrong: str) -> _Plan:
    def option(text: str) -> _Option:
        return _Option(text, "s", None, "")

    return _Plan("concept", stem, option(key), tuple(map(option, wrong)), "", "", "s")


_CARE = "Which of the following best describes a care note?"
_ANCHOR = "What is the purpose of anchoring?"


@pytest.mark.parametrize(
    ("plan", "title", "stands"),
    [
        (_plan(_ANCHOR, "To calm down", "To relive it", "To rest", "To sleep"), "Anchoring", False),
        (
            _plan(_ANCHOR, "To calm down", "To relive a memory", "To rest", "To sleep"),
            "Anchoring",
            True,
        ),
        # the key alone in its form, or by far the longest
        (
            _plan(_ANCHOR, "To calm down", "Reliving a memory", "Resting", "Sleeping"),
            "Anchoring",
            False,
        ),
        (
            _plan(
                _ANCHOR,
                "To bring the person's attention back to the room, the chair and the sounds around",
                "To relive a memory",
                "To rest",
                "To sleep",
            ),
            "Anchoring",
            False,
        ),
        # one idea twice ("A diagnosis" inside "A formal diagnosis")
        (
            _plan(
                _CARE,
                "A record of each contact and goal",
                "A diagnosis",
                "A formal diagnosis",
                "A bill",
            ),
            "Care Notes",
            False,
        ),
        # a description of what the title does not name, or by what the thing belongs to
        (
            _plan(
                _CARE,
                "A record of each contact and goal",
                "A diagnosis of an illness",
                "A plan for treatment",
                "A bill for a visit",
            ),
            "Writing Well",
            False,
        ),
        (
            _plan(
                _CARE,
                "A big part of what makes care work",
                "A diagnosis of an illness",
                "A plan for treatment",
                "A bill for a visit",
            ),
            "Care Notes",
            False,
        ),
        (
            _plan(
                _CARE,
                "A record of each contact and goal",
                "A diagnosis of an illness",
                "A plan for treatment",
                "A bill for a visit",
            ),
            "Care Notes",
            True,
        ),
    ],
)
def test_an_item_on_another_point_holds_to_the_form_of_its_options(plan, title, stands) -> None:
    # Item writing: options stand alone, alike in form and length, each one idea; a
    # description is of the lesson's own concept.
    assert _stands_as_secondary(plan, content_stems(title)) is stands


def test_a_gerund_the_title_names_alone_is_the_practice_asked_about() -> None:
    # English: "anchoring" standing alone in the title ("Flashbacks and Anchoring") is the
    # practice's name; "the purpose of rehearsing" under "Rehearsing Refusal Skills" lacks the
    # object the title gives it.
    read = read_lesson(lesson_input(_BODY, title="Flashbacks and Anchoring"))
    found = next(c for c in candidates(read) if c.text.startswith("to bring"))
    point = MainPoint(found.text, 0.5, found.sentence_id, False, False)
    source = read.by_id(found.sentence_id)
    assert _stated_purpose_question(read, source, point) == "What is the purpose of anchoring?"
