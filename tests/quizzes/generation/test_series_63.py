"""Rules of 2026.12-63 (sentences of our own).

- R9: an act on a relational noun with "the" and nothing it relates to ("Naming the reason",
  "Explain the cause calmly") points outside the option: the reason for what? Not when the
  phrase says what it relates to ("the reason for the referral"), nor under a stem that names
  the noun or asks why. Mining and list items leave such an option out, so a procedure's other
  steps still make its first-step item.
- Cuts: the last alternative of a series of three goes with the comma before it, and the two
  left take the series' "or" ("no ride or no phone"); "no ride, no phone" reads as a list cut
  short.
- Tenses: a story's act offered as an option has its clause of time in the present, after
  "whenever", "each time" and "every time" as after "when" ("whenever they want to talk",
  never "whenever they wanted to talk"): a generic act is told in the present.
- Items of a set: a stem with no scene ("Which of the following should a peer specialist
  avoid?") asks the question another item of the lesson sets in its scene ("When someone asks
  for a loan, which ... avoid?"); over two of the same options or more it gives way.
- Settings: an avoid item takes the scene the lesson's own question sets ("A person on a hold
  asks a peer specialist whether they still have rights. What should the peer specialist
  avoid?"), when the scene has someone in it and does not speak to "you"; a statement of fact
  before the question sets no scene.
- Person: under a stem that speaks to the reader ("A peer offers you a watch ..."), what only the
  helper has is said as the reader's ("the people you support", "your supervisor", "your role"),
  where "their" would read as the other person's; a "them" or "their" that may be the person
  supported's stays.
- Answers: asked what to do, a main point that states a principle and then, after a semicolon,
  what the role does ("Giving legal advice is outside the peer role; the peer specialist says so
  plainly and helps the person reach a legal aid office") is answered by the act; an act that
  only stands for the principle ("says so") leaves the act beside it to answer.
"""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, generate
from quizzes.generation.answers import answer_for, shorter
from quizzes.generation.distractors import relational_object, self_contained
from quizzes.generation.forms import time_clauses_present
from quizzes.generation.items import _asked_scene, _in_stem_person, _one_asked_unset
from quizzes.generation.lesson import read_lesson
from quizzes.generation.rubric import pointing_problem
from tests.quizzes.generation.lessons import lesson_input

_AVOID = "What should a peer specialist avoid when a person asks for a loan?"


@pytest.mark.parametrize(
    "option",
    [
        "Naming the reason",
        "Explain the cause calmly",
        "Accepting the outcome",
        "Stating the effects",
    ],
)
def test_an_act_on_a_bare_relational_noun_points_outside(option: str) -> None:
    assert relational_object(option)
    assert not self_contained(option)
    assert pointing_problem([option, "Lending the money", "Declining kindly"], _AVOID)


@pytest.mark.parametrize(
    ("option", "stem"),
    [
        # the phrase says what the reason is for
        ("Naming the reason for the referral", _AVOID),
        # a noun of no relation
        ("Naming the group", _AVOID),
        # the stem asks why, or names the noun itself: the reason is the one asked about
        ("Naming the reason", "What should a peer specialist do when a person asks why?"),
        ("Naming the reason", "What helps when a person does not know the reason for a rule?"),
    ],
)
def test_a_relational_noun_with_what_it_relates_to_stands_alone(option: str, stem: str) -> None:
    assert not pointing_problem([option, "Lending the money", "Declining kindly"], stem)


def test_a_step_pointing_outside_leaves_the_first_step_item_to_the_other_steps(
    bank: DistractorBank,
) -> None:
    """Five steps, one of which ("Give the reason plainly") leans on what the steps said before
    it: the first-step item takes the other three later steps as its wrong options."""
    steps = (
        "## Steps for a safety conversation\n\n"
        "1. Ask the person how they are doing today.\n"
        "2. Give the reason plainly.\n"
        "3. Ask what would help the person feel safer at home.\n"
        "4. Agree together on one step to take this week.\n"
        "5. Check back the next day to hear how it went.\n"
    )
    lesson = lesson_input(steps, slug="steps", title="Safety")
    items = [i for i in generate(lesson, bank=bank).items if i.kind == "sequence"]
    first = next(i for i in items if i.stem.startswith("What is the first step"))
    texts = [c.text for c in first.choices]
    assert texts[first.correct_index] == "Ask the person how they are doing today"
    assert "Give the reason plainly" not in texts
    assert len(texts) == 4
    assert first.publishable


def test_a_series_of_three_cut_to_two_takes_the_series_or() -> None:
    wordings = shorter("Noticing every time the person has no ride, no phone, or no place to stay")
    assert "Noticing every time the person has no ride or no phone" in wordings
    assert not any(w.endswith("no ride, no phone") for w in wordings)
    # (alternatives that are no series of like members keep the plain cut)
    assert "Calling when a person is in crisis or distress" in shorter(
        "Calling when a person is in crisis or distress, or worried about someone"
    )


@pytest.mark.parametrize(
    ("act", "wanted"),
    [
        (
            "Steering the talk back to their own plan whenever they wanted to talk about home",
            "Steering the talk back to their own plan whenever they want to talk about home",
        ),
        (
            "Checking in each time the person missed a meeting",
            "Checking in each time the person misses a meeting",
        ),
        (
            "Calling every time they asked for a ride",
            "Calling every time they ask for a ride",
        ),
        # (a clause already in the present stays as it is)
        ("Waiting whenever they need a pause", "Waiting whenever they need a pause"),
    ],
)
def test_a_storys_act_has_its_clause_of_time_in_the_present(act: str, wanted: str) -> None:
    assert time_clauses_present(act) == wanted


_AVOID_IN_SCENE = (
    "When someone asks for a loan, which of the following should a peer specialist avoid?"
)


@pytest.mark.parametrize(
    ("first", "second", "one_question"),
    [
        ("Which of the following should a peer specialist avoid?", _AVOID_IN_SCENE, True),
        (_AVOID_IN_SCENE, "Which of the following should a peer specialist avoid?", True),
        (
            "Which of the following is NOT part of a warm handoff?",
            "In a crisis, which of the following is part of a warm handoff?",
            True,
        ),
        # (two scenes: two questions; one stem twice is the rule of the same stem)
        (
            _AVOID_IN_SCENE,
            "When someone offers a gift, which of the following should a peer specialist avoid?",
            False,
        ),
        (_AVOID_IN_SCENE, _AVOID_IN_SCENE, False),
        # (another question altogether)
        ("Which of the following should a peer specialist do?", _AVOID_IN_SCENE, False),
    ],
)
def test_a_stem_without_its_scene_asks_the_scenes_question(
    first: str, second: str, one_question: bool
) -> None:
    assert _one_asked_unset(first, second) is one_question


_HOLD = "A person on a psychiatric hold asks a peer specialist whether she still has any rights."


@pytest.mark.parametrize(
    ("key_question", "title", "scene"),
    [
        (f"{_HOLD} What is the most helpful response?", "Notes", _HOLD),
        # (a title that asks sets it when there is no key question)
        ("", f"{_HOLD} What is the most helpful response?", _HOLD),
        # (one sentence: a question and no scene)
        ("What rights does a person on a hold keep?", "Notes", ""),
        # (a statement of fact before the question: no one in a situation)
        (
            "Most states allow a short emergency hold. Which right does the law keep?",
            "Notes",
            "",
        ),
        # (a scene spoken to "you": options in the third person would speak of someone else)
        ("A peer offers you a watch as a thank-you. What should you do?", "Notes", ""),
    ],
)
def test_the_scene_of_the_lessons_question(key_question: str, title: str, scene: str) -> None:
    read = read_lesson(lesson_input("Some text.", title=title, key_question=key_question))
    assert _asked_scene(read) == scene


def test_an_avoid_item_is_asked_in_the_scene_of_the_lessons_question(
    bank: DistractorBank,
) -> None:
    """Item writing: acts about "the loan" are judged in the scene they speak of; with no case's
    opening words to set it, the lesson's own question does."""
    body = (
        "Dana meets her peer specialist, Ellen, at the center and asks to borrow forty dollars "
        "until payday.\n\n## What Ellen did\n\n"
        "The best response is the one Ellen gave: say no to the loan clearly and kindly, keep the "
        "refusal from sounding like a judgment, and move straight to helping them look at other "
        "resources.\n\n## What to avoid\n\n"
        "Never hand over cash to the people you support. Lending money turns the relationship "
        "into a debt.\n"
    )
    scene = "A person asks a peer specialist to lend her forty dollars until payday."
    asked = lesson_input(
        body, title="Forty Dollars", key_question=f"{scene} What is the most helpful response?"
    )
    stems = [i.stem for i in generate(asked, bank=bank).items if i.kind == "not_question"]
    assert stems == [f"{scene} What should the peer specialist avoid?"]
    # (no question of the lesson's own: the stem asks in general)
    alone = lesson_input(body, title="Forty Dollars")
    stems = [i.stem for i in generate(alone, bank=bank).items if i.kind == "not_question"]
    assert stems == ["Which of the following should a peer specialist avoid?"]


_TO_YOU = "A peer offers you a watch as a thank-you. What is the most appropriate response?"


@pytest.mark.parametrize(
    ("stem", "option", "said"),
    [
        (
            _TO_YOU,
            "Keeping the gift from their supervisor",
            "Keeping the gift from your supervisor",
        ),
        (
            _TO_YOU,
            "Lending money to the people they support",
            "Lending money to the people you support",
        ),
        (_TO_YOU, "Representing their role accurately", "Representing your role accurately"),
        # (the person supported's: stays)
        (_TO_YOU, "Thanking them sincerely", "Thanking them sincerely"),
        (_TO_YOU, "Closing their file", "Closing their file"),
        # (a quotation is someone's words)
        (_TO_YOU, 'Saying "ask their supervisor"', 'Saying "ask their supervisor"'),
        # (a stem about a peer specialist in the third person: "their" is theirs)
        (
            "What should a peer specialist do when a peer offers a gift?",
            "Keeping the gift from their supervisor",
            "Keeping the gift from their supervisor",
        ),
    ],
)
def test_under_a_stem_to_the_reader_the_helpers_own_is_the_readers(
    stem: str, option: str, said: str
) -> None:
    assert _in_stem_person(stem, option) == said


_PRINCIPLE_AND_ACT = (
    "Giving legal advice is outside the peer role; the peer specialist says so plainly and helps "
    "the person reach a legal aid office."
)


@pytest.mark.parametrize(
    ("stem", "statement", "answer"),
    [
        (
            "A person asks whether they should sign a lease. What is the most helpful response?",
            _PRINCIPLE_AND_ACT,
            "Helping the person reach a legal aid office",
        ),
        (
            "What should the peer specialist do when asked about a lease?",
            _PRINCIPLE_AND_ACT,
            "Help the person reach a legal aid office",
        ),
        (
            "What is the most helpful response?",
            "Waiting lists are long; the peer specialist checks in every week with the person.",
            "Checking in every week with the person",
        ),
        # (asked what something is, the principle answers)
        (
            "What is outside the peer role?",
            _PRINCIPLE_AND_ACT,
            "Giving legal advice",
        ),
    ],
)
def test_asked_what_to_do_the_clause_saying_what_the_role_does_answers(
    stem: str, statement: str, answer: str
) -> None:
    assert answer_for(stem, statement) == answer
