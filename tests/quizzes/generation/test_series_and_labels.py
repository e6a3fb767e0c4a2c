"""Rules of 2026.12-48 (sentences of our own): a noun phrase after ", and" with no verb to the end
is the last member of a series, which a main point keeps whole; a run-in label before a condition
("A quick test: if ...") names a rule of the text, no wrong option; a cue that puts the exam's
question ("if an exam asks ..., the answer is X") names the main point above an announcement; what
a field calls the lesson's term, glossed after a colon, defines it; a member described by what some
people do is quoted as described, not said to mean it; "X is not A. It is B" defines X as B; so
does "X works on Y"; "something" and its relative clause are a noun phrase, an option; "every day"
is a frequency, no absolute."""

from __future__ import annotations

import pytest

from quizzes.generation import read_lesson
from quizzes.generation.distractors import mine
from quizzes.generation.items import _described_stem
from quizzes.generation.mainpoint import compress, infer
from quizzes.generation.rubric import wording_problem

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


_NEEDS = (
    "## Why the bottom layer wins\n\n"
    "Think about the last time you were truly hungry. The body keeps pulling attention back to "
    "what it lacks.\n\n"
    "So if an exam asks which needs have to be met first, the answer is the physiological ones: "
    "food, water, sleep and shelter. Safety comes close behind.\n\n"
    "## The tempting wrong choices\n\n"
    "Each of the other layers can sound like the deep answer. Self-actualization is the top "
    "layer, not the base.\n"
)


def test_a_cue_putting_the_exams_question_names_the_main_point() -> None:
    """ "It explains why ...", an announcement in the summary, scores as a plain "the answer is";
    the exam's question put in the cue's clause ranks the cue's answer first."""
    lesson = lesson_input(
        _NEEDS,
        title="Maslow's hierarchy of needs",
        summary="Maslow arranged human needs in layers. For peer specialists this is more than a "
        "diagram. It explains why a talk about life goals can go nowhere when the person has not "
        "slept in two days.",
    )
    assert infer(read_lesson(lesson)).text.startswith("The physiological ones")


_REFLEX = (
    "Nadia tells her peer specialist, Greg, that she might move out. Greg leans forward and lists "
    "the risks. Nadia defends her roommate.\n\n"
    "## What Greg ran into\n\n"
    "Motivational interviewing calls Greg's impulse the righting reflex: the natural urge of a "
    "helper to set things right by fixing the problem or telling the person what to do. The "
    "long-term aim is the same: the person's own reasons doing the work.\n"
)


def test_what_a_field_calls_the_lessons_term_defines_it() -> None:
    lesson = lesson_input(_REFLEX, title="The urge to fix it: recognizing the righting reflex")
    assert infer(read_lesson(lesson)).text.startswith(
        "The righting reflex is the natural urge of a helper"
    )


@pytest.mark.parametrize(
    ("desc", "stem"),
    [
        (
            "Some people think better looking at the wall",
            "Which of the following is described as \u201cSome people think better looking at "
            "the wall\u201d?",
        ),
        (
            "The goal fits the person's resources",
            "Which of the following means that the goal fits the person's resources?",
        ),
    ],
)
def test_a_member_described_by_what_some_people_do_is_quoted(desc: str, stem: str) -> None:
    assert _described_stem(desc) == stem


_HELPLESSNESS = (
    "Years in some service systems can teach a person that trying changes nothing. So when a "
    "peer specialist asks what job someone would like and hears that nobody will hire them, "
    "the person may not be short on desire.\n\n"
    "## Getting it right\n\n"
    "It matters that we understand this correctly. Learned helplessness is not a personality "
    "flaw, a choice to lean on others, or something a diagnosis makes inevitable. It is a "
    "response learned from experience, which means it can be unlearned.\n\n"
    "## Small wins\n\n"
    "Burnout works differently. It isn't a character flaw. It's a signal to rest.\n"
)


def test_a_concept_denied_a_kind_is_the_kind_the_next_sentence_affirms() -> None:
    """ "It isn't a character flaw. It's a signal ..." names no concept: no definition."""
    lesson = lesson_input(_HELPLESSNESS, title="Understanding learned helplessness")
    assert infer(read_lesson(lesson)).text == (
        "Learned helplessness is a response learned from experience"
    )


def test_what_a_concept_works_on_defines_it() -> None:
    body = (
        "## The bigger picture\n\n"
        "Systems advocacy works on the policies and laws that affect many people at once, rather "
        "than on one person's case. It takes patience.\n"
    )
    lesson = lesson_input(
        body, title="Systems advocacy for peers", summary="Peer specialists advocate all the time."
    )
    assert infer(read_lesson(lesson)).text.startswith("Systems advocacy works on the policies")


def test_something_and_its_relative_clause_is_an_option() -> None:
    lesson = lesson_input(_HELPLESSNESS, title="Understanding learned helplessness")
    mined = [m.text for m in mine(read_lesson(lesson))]
    assert {
        "a personality flaw",
        "a choice to lean on others",
        "something a diagnosis makes inevitable",
    } <= {m.lower() for m in mined}


_OTHERS = ["Having a drink in the evening", "Staying in bed awake", "Taking a long nap"]


def test_every_before_a_unit_of_time_says_how_often_and_is_no_absolute() -> None:
    """ "every day" is a frequency (a real key: "Getting up at about the same time every day");
    "every meeting" as a verb's object still quantifies, a clue in the key alone (R6)."""
    key = "Getting up at about the same time every day, including weekends"
    assert wording_problem([key, *_OTHERS], key) == ""
    key = "Turning every meeting into a class"
    assert wording_problem([key, *_OTHERS], key) != ""
