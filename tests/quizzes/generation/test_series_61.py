"""Rules of 2026.12-61 (sentences of our own).

- One item, one point of view: under a stem about the role in the third person ("What should a
  peer specialist do?"), an instruction's "your" and "yourself" become "their" and "themselves";
  under a stem that speaks to "you", or one naming no one, they stay.
- Mining: a faulted helper's act told after "So" ("So she replies right away ...") is an act of
  the story like one told after "And" (English: a conjunction of result may open a sentence).
- Shorter wordings: a participle set off by a comma loses its adjunct only together with it
  ("places to stay, set up as an alternative to ..." is cut to "places to stay", never to
  "..., set up").
- Gerund subjects: a base form in "-s" after "to" ("to discuss", "to address") is an
  infinitive, no finite verb, and a modal after an infinitive's object ("to discuss details
  can ...") is the main verb (the subject was cut to "Trying to", "Asking the person to").
- Shorter wordings: a closing phrase saying whom a thing is for ("... for people with behavioral
  health conditions") may go once kind and difference were said before it ("A warmline is a
  phone line" is no shorter wording: its kind alone).
- Difference items: the key turned round agrees each clause's verb with the name it now
  follows ("..., while trauma-informed care is ..."), not only the first.
- Main point: the noun "answer" right before a colon ("they deserve a clear answer: X")
  announces the answer the colon delivers.
- Gerund subjects: a plural verb after the "-ing" phrase ("Dosing decisions do belong ...")
  shows a noun phrase, no gerund subject (a gerund takes a singular verb); "that" after a
  preposition ("for that would ...") is a demonstrative, no relative; a phrase set off by two
  commas between the subject and its verb ("..., what helped and what made it worse, is often
  the best guide") is an aside, not the verdict on the subject.
- Scenario items: asked for a response, an act of leaving something out ("Leaving out details
  ...", "Avoiding the triangle ...") is no key; what the helper did is.
- R9: a numeral standing for its noun ("Treating the two as one list") points outside.
- List stems: a heading's noun takes the modifier the title gives it ("one of the suicide
  warning signs to know" under "... Suicide Warning Signs"); a title's setting "When working
  through an ethical dilemma" is unmistakable (an "-ing" word with a preposition and its
  determiner after it is a verb, no compound noun), so list stems are set in it.
- Sequence stems: a heading's bare definite noun ("Running the drill") is named as the lesson
  defines it ("A refusal drill is ..."), as list stems already were; a heading "Steps: <gerund
  phrase>" names the activity after its colon; a heading that is a clause of time ("When
  someone asks to ...", "Steps when a person ...") names the occasion the numbered steps are
  for ("What is the first step when someone asks to ...?").
"""

from __future__ import annotations

import pytest

from quizzes.generation.answers import shorter
from quizzes.generation.distractors import mine
from quizzes.generation.items import _in_stem_person
from quizzes.generation.lesson import read_lesson
from tests.quizzes.generation.lessons import lesson_input


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


_TEXTS = (
    "Two peer specialists at a drop-in center each get a text from a person at midnight.\n\n"
    "Dana, a peer specialist, reads the text and answers it in the morning during work hours.\n\n"
    "A second peer specialist, Kim, is in the same spot. Kim worries that the person will feel "
    "let down. So she replies right away and promises to be reachable any time.\n\n"
    "## Where Kim went wrong\n\n"
    "Kim meant well, but she blurred the line between support and round-the-clock "
    "availability.\n"
)


def test_a_faulted_helpers_act_told_after_so_is_mined() -> None:
    read = read_lesson(lesson_input(_TEXTS, title="Late-night texts"))
    texts = [m.text for m in mine(read, "")]
    assert "replying right away and promising to be reachable any time" in texts


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "Short-term places to stay during emotional distress, set up as an alternative to "
            "going into the hospital",
            "Short-term places to stay during emotional distress",
        ),
        # a participle with a complement of its own keeps it
        (
            "A quiet room, kept open as an alternative to the waiting room",
            "A quiet room, kept open",
        ),
    ],
)
def test_a_participle_goes_with_the_adjunct_it_needs(text: str, cut: str) -> None:
    wordings = shorter(text)
    assert cut in wordings
    assert not any(w.endswith(", set up") for w in wordings)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Telling the person that their goals are unrealistic can feel honest.",
            "Telling the person that their goals are unrealistic",
        ),
        (
            "Deciding for someone that a topic is too upsetting to discuss can feel caring, yet "
            "it treats the person as fragile.",
            "Deciding for someone that a topic is too upsetting to discuss",
        ),
        (
            "Trying to address the problem alone rarely helps.",
            "Trying to address the problem alone",
        ),
        (
            "Asking the person to discuss details can retraumatize them.",
            "Asking the person to discuss details",
        ),
    ],
)
def test_a_gerund_subject_runs_to_its_sentences_own_verb(sentence: str, subject: str) -> None:
    from quizzes.generation.distractors import _gerund_subject, is_gerund_clause

    assert is_gerund_clause(sentence)
    assert _gerund_subject(sentence) == subject


def test_a_closing_phrase_of_whom_a_thing_is_for_may_go() -> None:
    wordings = shorter("A peer-run approach to planning meals for people with diabetes")
    assert "A peer-run approach to planning meals" in wordings
    assert shorter("A warmline is a phone line for people with questions about services") == []


def test_a_turned_key_agrees_in_each_clause() -> None:
    from quizzes.generation.answers import reversed_difference

    turned = reversed_difference(
        "What is the main difference between harm reduction and abstinence programs?",
        "Harm reduction meets people where they are, while abstinence programs require "
        "stopping first",
    )
    assert turned == (
        "Abstinence programs meet people where they are, while harm reduction requires "
        "stopping first"
    )


@pytest.mark.parametrize(
    ("category", "title", "named"),
    [
        (
            "the warning signs to know",
            "Unit 9: Recognizing and Responding to Suicide Warning Signs",
            "the suicide warning signs to know",
        ),
        # a gerund before the noun is a verb and its object, no modifier
        ("the warning signs to know", "Managing Warning Signs", "the warning signs to know"),
        # the title names the category as the heading does
        ("the forms of recovery capital", "Recovery Capital", "the forms of recovery capital"),
    ],
)
def test_a_list_heading_takes_the_modifier_its_title_gives(
    category: str, title: str, named: str
) -> None:
    from quizzes.generation.items import _modified_as_titled

    assert _modified_as_titled(category, title) == named


def test_a_gerund_with_its_prepositional_complement_is_an_unmistakable_setting() -> None:
    from quizzes.generation.items import _unmistakable_setting

    assert _unmistakable_setting("Unit 3: Working Through an Ethical Dilemma")
    assert not _unmistakable_setting("Housing Searches")


_WHEN_STEPS = (
    "A day change is a short talk in which a person moves their regular meeting to another "
    "day.\n\n"
    "## {heading}\n\n"
    "1. Thank the person for saying so.\n"
    "2. Ask which days work better.\n"
    "3. Check the calendar together.\n"
    "4. Write the new day down and confirm it.\n"
)


@pytest.mark.parametrize(
    ("heading", "stem"),
    [
        (
            "When someone asks to move a meeting",
            "What is the first step when someone asks to move a meeting?",
        ),
        (
            "Steps when a person asks to move a meeting",
            "What is the first step when a person asks to move a meeting?",
        ),
        (
            "Steps: moving a regular meeting",
            "What is the first step in moving a regular meeting?",
        ),
        # a bare definite noun, named as the lesson defines it
        ("Making the change", "What is the first step in making a day change?"),
    ],
)
def test_a_steps_heading_names_its_occasion_or_activity(heading: str, stem: str) -> None:
    from quizzes.generation.items import _sequence_plans

    read = read_lesson(lesson_input(_WHEN_STEPS.format(heading=heading), title="Meeting days"))
    assert stem in [plan.stem for plan in _sequence_plans(read)]


def test_a_clear_answer_before_a_colon_is_the_point() -> None:
    from quizzes.generation.mainpoint import infer

    body = (
        "People who take a daily medication for anxiety hear all kinds of opinions.\n\n"
        "## What to say\n\n"
        "Some say it is a crutch. Others say it is only for a short while.\n\n"
        "When someone asks whether they are still doing the work, they deserve a clear answer: "
        "taking a prescribed medication is part of the work, and the choice is theirs.\n"
    )
    point = infer(read_lesson(lesson_input(body, title="Is medication a crutch?")))
    assert point.text.startswith("Taking a prescribed medication is part of the work")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Dosing decisions do belong to the person and their prescriber.", ""),
        ("Meeting notes are kept in the locked cabinet.", ""),
        (
            "Sending her off to a doctor for that would have left her alone with the question.",
            "Sending her off to a doctor for that",
        ),
        ("Making decisions for people is not support.", "Making decisions for people"),
    ],
)
def test_a_gerund_subject_agrees_and_ends_before_its_verb(sentence: str, subject: str) -> None:
    from quizzes.generation.distractors import _gerund_subject

    assert _gerund_subject(sentence) == subject


def test_an_aside_between_a_subject_and_its_verb_is_no_verdict() -> None:
    body = (
        "Many peer specialists have sat in a crowded waiting room themselves.\n\n"
        "## What helps\n\n"
        "Drawing quietly on your own memory, what helped and what made it worse, is often the "
        "best guide in the moment.\n\n"
        "Raising your voice to be heard, however tempting, is a mistake.\n"
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body, title="Waiting rooms")))]
    assert not any(t.startswith("drawing") for t in texts)
    assert "raising your voice to be heard" in texts or "raising their voice to be heard" in texts


def test_a_numeral_standing_for_its_noun_points_outside() -> None:
    from quizzes.generation.rubric import pointing_problem

    stem = "Which of the following should a peer specialist do?"
    assert pointing_problem(["Treating the two as one list"], stem)
    assert not pointing_problem(["Keeping the two roles apart"], stem)


def test_a_response_is_no_act_of_leaving_something_out() -> None:
    from quizzes.generation.items import _OMITTING

    assert _OMITTING.match("Leaving out details that would shift the focus to them")
    assert _OMITTING.match("Avoiding the triangle without dismissing the person")
    assert not _OMITTING.match("Leaving the decision with the person")
    assert not _OMITTING.match("Keeping the focus on the person")
