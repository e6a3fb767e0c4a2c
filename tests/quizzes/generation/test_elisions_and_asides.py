"""Rules of 2026.12-47 (sentences of our own): a verb alone, its object left to the sentence it
came from ("not to punish"), is no act an option can offer beside a key that says what is done, nor
an act to avoid, and a word alone is no wrong option beside a key of four words or more;
instructions in a series joined by commas, or closed by ", then ...", keep their first members as a
shorter key; an alternative set off by commas before the verb it shares is an aside; a main point
cut past its word limit never ends inside a quotation; "them" closing an option may stand for a
person it named; "while" before a participle is no contrast, and a defining gerund's "your" is
anyone's; a conclusion's sentence that only denies sets up the point after it; infinitives
coordinated after a first one lose their "to" when said as instructions; a series of three clauses
or more is one claim, cut nowhere inside."""

from __future__ import annotations

import json

import pytest

from quizzes.generation import generate, load_bank, read_lesson
from quizzes.generation.concept import statements_about
from quizzes.generation.distractors import Mined, self_contained
from quizzes.generation.items import _bare_verb, _in_shape, _Option, _wrong_options, key_wordings
from quizzes.generation.mainpoint import _only_denies, compress, infer
from quizzes.generation.types import WrongOption

from .lessons import BANK_PATH, ROOT, lesson_input

_INCIDENTS = (
    "Falls, injuries and arguments happen in drop-in centers.\n\n"
    "## What to do\n\n"
    "Once everyone is safe, tell a supervisor and complete an incident report the same day.\n\n"
    "## What the report is for\n\n"
    "The purpose of a report is to learn from events and prevent them, not to punish.\n\n"
    "## Common mistakes\n\n"
    "Some staff wait a week and write it from memory. Another mistake is asking the person "
    "whether they want it reported.\n"
)


@pytest.mark.parametrize("word", ["Punish", "Punishing", "Listening"])
def test_a_verb_alone_is_a_bare_verb(word: str) -> None:
    assert _bare_verb(word)


@pytest.mark.parametrize("text", ["Action", "Planning", "Diagnosing a condition", "Wait"])
def test_a_noun_or_a_verb_with_its_object_is_no_bare_verb(text: str) -> None:
    # ("Action" and "Planning" name stages; "Wait" is a noun too)
    assert not _bare_verb(text)


def test_a_verb_alone_is_neither_a_wrong_act_nor_an_act_to_avoid() -> None:
    lesson = lesson_input(
        _INCIDENTS,
        slug="incidents",
        title="Incident reports",
        main_point="Once everyone is safe, tell a supervisor and complete an incident report the "
        "same day.",
    )
    items = generate(lesson, bank=load_bank(BANK_PATH)).items
    offered = {c.text for i in items if i.publishable for c in i.choices}
    assert not offered & {"Punish", "Punishing"}
    (main,) = [i for i in items if i.kind == "main_point"]
    # (two wrong acts are all the lesson names; a third is not made of what it elides)
    assert {c.text for c in main.choices} == {
        "Tell a supervisor and complete an incident report the same day",
        "Wait a week and write it from memory",
        "Ask the person whether they want it reported",
    }
    assert main.rubric_failures == ("R1",)


@pytest.mark.parametrize(
    ("answer", "shorter"),
    [
        (
            "Decline, explain that signing would be falsifying a record, document what happened",
            "Decline and explain that signing would be falsifying a record",
        ),
        (
            "Raise the concern with a supervisor, explain how the task conflicts with the role",
            "Raise the concern with a supervisor",
        ),
        (
            "To listen, reflect what the person said, and ask what they want next",
            "To listen and reflect what the person said",
        ),
        (
            "Follow up with the person to learn whether the referral met the need, then plan the "
            "next step",
            "Follow up with the person to learn whether the referral met the need",
        ),
    ],
)
def test_instructions_in_a_series_of_commas_keep_their_first_members(
    answer: str, shorter: str
) -> None:
    assert shorter in key_wordings(answer)


def test_a_comma_before_a_clause_is_no_series_of_instructions() -> None:
    # ("..., people are ...": a subject and its verb after the comma, a clause, no instruction)
    assert "Ask what the person wants" not in key_wordings(
        "Ask what the person wants, people are the experts on their own lives"
    )


def test_a_main_point_is_never_cut_inside_a_quotation() -> None:
    # (the sentence runs past the words a claim may keep; the cut falls before the phrase that
    # brings the quotation in, not after "I've blown it")
    said = compress(
        "The slip effect is the rush of guilt, shame and all-or-nothing thinking that can hit "
        "someone after a single slip, the voice that says \"I've blown it, so I might as well "
        'keep going."'
    )
    assert said == (
        "The slip effect is the rush of guilt, shame and all-or-nothing thinking that can hit "
        "someone after a single slip"
    )
    # (a quotation closed before the cut stays whole)
    assert compress(
        'A peer specialist says "I hear you" to show they listened, and then asks what the '
        "person wants."
    ) == ('A peer specialist says "I hear you" to show they listened')


def test_an_alternative_set_off_before_the_shared_verb_is_an_aside() -> None:
    assert "A legal process by which a judge orders a person to receive treatment" in (
        key_wordings(
            "A legal process by which a judge, or an officer acting under authority granted by "
            "law, orders a person to receive treatment"
        )
    )
    # ("Friends, family, or coworkers, and ...": a series, no verb after the aside)
    assert key_wordings("Friends, family, or coworkers, and anyone who helps") == [
        "Friends, family, or coworkers, and anyone who helps"
    ]


def test_them_closing_an_option_may_stand_for_a_person_it_named() -> None:
    assert self_contained("Understanding a person's experience and feeling with them")
    # (with no person or plural before it, "them" is someone outside the option)
    assert not self_contained("Understanding the experience and feeling with them")


def test_a_definition_by_an_activity_is_a_statement_about_the_concept() -> None:
    # ("while" before a participle is no contrast; the gerund's "your" is anyone's)
    body = (
        "Assertive communication means stating your own needs and views honestly while "
        "respecting the other person.\n"
    )
    read = read_lesson(lesson_input(body, title="Assertive communication"))
    assert [text for _, text in statements_about(read, "assertive communication")] == [
        "Assertive communication means stating one's own needs and views honestly while "
        "respecting the other person."
    ]


def test_a_word_alone_is_no_wrong_option_beside_a_phrase() -> None:
    # ("Liability", a section's label, beside a key of five words: none of the real items sets a
    # one-word wrong option beside a key of four words or more)
    read = read_lesson(lesson_input("Agencies set rules for rides in a worker's own car.\n"))
    option = WrongOption((), "s:0", "misconception", "", "", "")
    mined = [
        Mined(text, "noun", option)
        for text in ("Liability", "Public transit", "Rides as a reward", "A favor on the side")
    ]
    key = _Option("Written approval from a supervisor", "s:0", None, "")
    texts = [o.text for o in _wrong_options(key, mined, [], read)]
    assert texts == ["Public transit", "Rides as a reward", "A favor on the side"]
    # (beside a term of three words, a one-word term is one more name)
    term = _Option("Secondary traumatic stress", "s:0", None, "")
    assert "Liability" in [o.text for o in _wrong_options(term, mined, [], read)]


def test_no_real_item_sets_a_word_alone_beside_a_key_of_four_words() -> None:
    # (the calibration the rule above rests on)
    for name in ("corpus", *(f"unseen/set-{s}" for s in "abcdefhijklmoprstuwx")):
        for real in json.loads((ROOT / "tests/fixtures" / name / "answers.json").read_text()):
            if len(real["correct_answer"].split()) >= 4:
                assert all(len(w.split()) > 1 for w in real["wrong_options"]), real["file"]


def test_a_conclusion_that_only_denies_sets_up_the_point_after_it() -> None:
    body = (
        "Advice has its place.\n\n"
        "## Not never, just not first\n\n"
        "Giving directions to the bus stop isn't a roadblock. The trouble comes when a person "
        "is working through something painful and the listener jumps in to fix it.\n"
    )
    point = infer(read_lesson(lesson_input(body, title="Roadblocks")))
    assert point.text.startswith("The trouble comes when a person is working through")
    assert _only_denies("For many people, that isn't so.")
    # (a denial with what holds beside it affirms something)
    assert not _only_denies("Recovery is not a straight line, but a process.")


@pytest.mark.parametrize(
    ("purpose", "instruction"),
    [
        (
            "To use your own wellness tools and to tell your supervisor what you need",
            "Use your own wellness tools and tell your supervisor what you need",
        ),
        ("To agree to a plan and to follow it", "Agree to a plan and follow it"),
    ],
)
def test_coordinated_infinitives_said_as_instructions_lose_every_to(
    purpose: str, instruction: str
) -> None:
    assert _in_shape(purpose, "base") == instruction


def test_a_series_of_clauses_is_one_claim() -> None:
    assert compress(
        "Touch is appropriate only when the person has agreed to it, agency policy allows it, "
        "and it serves the person's needs."
    ) == (
        "Touch is appropriate only when the person has agreed to it, agency policy allows it, "
        "and it serves the person's needs"
    )
    # (a series of noun phrases, then a clause of its own; and a fronted clause's comma, then
    # two clauses: the claim ends before "and")
    assert (
        compress(
            "Recovery is a mix of steady growth, occasional setbacks and stretches of real progress, "
            "and it rarely follows a neat upward path."
        )
        == "Recovery is a mix of steady growth, occasional setbacks and stretches of real progress"
    )
    assert (
        compress(
            "When the car is the worker's own, the ride is governed by the agency's policy, and the "
            "worker checks and follows that policy."
        )
        == "When the car is the worker's own, the ride is governed by the agency's policy"
    )
