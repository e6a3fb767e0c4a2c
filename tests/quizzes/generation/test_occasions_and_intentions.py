"""Rules of 2026.12-46 (sentences of our own): a fronted adverbial of time, a clause or a phrase,
names the occasion a main point's act is asked for; a quoted intention among the
misunderstandings names the act the speaker means to do; a gerund subject with a verb of its own
states a belief, which is no act among acts; an option restating one already found, mined or
from the bank, is left for another; "whether or not", a negative inside a clause and what an act
of saying reports make no option negative or absolute; an example item takes no bank option; R5
reads a noun that is a verb too, options opening on one subject, a fronted adjunct before a main
clause and a clause of purpose as the real items use them; a correction under a heading of
contrast is a statement about the concept, a predicate without its subject is said of no
concept, and a statement said of a plural keeps no singular pronoun; an existential opening of
the summary is a scene, not the point; a bare yes or no is said in full by the sentence after
it; a fronted phrase of circumstance alone is no key; a stem asked in an occasion is set in the
activity the title names."""

from __future__ import annotations

import json

import pytest

from quizzes.generation import generate, load_bank, read_lesson
from quizzes.generation.concept import said_of, statements_about
from quizzes.generation.distractors import Mined
from quizzes.generation.items import (
    _belief_of_act,
    _in_shape,
    _intended_act,
    _situated_superlative,
    _situation_question,
)
from quizzes.generation.rubric import form_problem, option_rules, wording_problem
from quizzes.generation.types import WrongOption

from .lessons import BANK_PATH, ROOT, lesson_input


@pytest.mark.parametrize(
    ("point", "stem"),
    [
        (
            "After a home visit, the peer specialist writes a brief, factual note the same day.",
            "What should the peer specialist do after a home visit?",
        ),
        (
            "Once the person is safe, tell a supervisor what happened.",
            "What should a peer specialist do once the person is safe?",
        ),
        (
            "At the first meeting, the peer specialist should explain what will be shared.",
            "What should the peer specialist do at the first meeting?",
        ),
        (
            "During a crisis, the peer specialist stays with the person and calls for help.",
            "What should the peer specialist do during a crisis?",
        ),
        # ("if" and "whenever" ask, as before, what is done when the occasion comes)
        (
            "If a person asks for a ride, the peer specialist checks the agency's policy first.",
            "What should the peer specialist do when a person asks for a ride?",
        ),
    ],
)
def test_a_fronted_occasion_is_the_situation_the_act_is_asked_for(point: str, stem: str) -> None:
    assert _situation_question(point) == stem


def test_a_fronted_occasion_sets_the_superlative_asked_for() -> None:
    point = (
        "On a first visit, the main focus is building trust and offering what the person asks for."
    )
    assert _situated_superlative(point) == "What is the main focus on a first visit?"
    point = "After a relapse, the most helpful step is usually to ask what the person learned."
    assert _situated_superlative(point) == "What is usually the most helpful step after a relapse?"


@pytest.mark.parametrize(
    "point",
    [
        # (idioms of discourse open on the same prepositions and name no occasion)
        "On the other hand, the peer specialist should explain what will be shared.",
        "At the same time, the peer specialist listens for what the person wants.",
        # (a phrase with no determiner names no occasion: "At times", "In peer support")
        "At times, the peer specialist should explain what will be shared.",
    ],
)
def test_an_idiom_of_discourse_is_no_occasion(point: str) -> None:
    assert _situation_question(point) == ""


_NOTES = (
    "Home visits are part of the work, and so is the note that records them.\n\n"
    "## Common misunderstandings\n\n"
    '- "I\'ll wait until Friday and write up the whole week at once." Notes written days later '
    "lose detail.\n"
    "- \"I'll ask the person to write the note themselves.\" The note is the staff member's "
    "record.\n"
    "- Do not copy last week's note forward; it records a visit that did not happen.\n\n"
    "## Key points\n\n"
    "- After a home visit, the peer specialist writes a brief, factual note the same day.\n"
)


def test_a_main_point_after_an_occasion_is_asked_with_the_misunderstood_acts() -> None:
    lesson = lesson_input(
        _NOTES,
        title="Notes after home visits",
        main_point="After a home visit, the peer specialist writes a brief, factual note the same day.",
    )
    result = generate(lesson, bank=load_bank(BANK_PATH))
    (item,) = [i for i in result.items if i.kind == "main_point"]
    assert item.publishable
    assert item.stem == "What should the peer specialist do after a home visit?"
    assert {c.text for c in item.choices} == {
        "Write a brief, factual note the same day",
        "Wait until Friday and write up the whole week at once",
        "Ask the person to write the note themselves",
        "Copy last week's note forward",
    }


def test_a_quoted_intention_names_the_act_the_speaker_means() -> None:
    assert _intended_act('"I\'ll ask the person whether they want a report filed."') == (
        "ask the person whether they want a report filed"
    )
    assert _intended_act('"I will just call the landlord."') == "call the landlord"
    # (a verb phrase pointing back to the speaker names no act an option can hold alone)
    assert _intended_act('"I\'ll ask my supervisor later."') == ""
    # (a quote stating no intention names no act)
    assert _intended_act('"It was minor, so nobody needs to know."') == ""


def test_a_belief_about_an_act_is_no_act_among_acts() -> None:
    # "Writing a note means the visit went badly": the gerund phrase is the subject of "means"
    assert _belief_of_act("Writing a note means the visit went badly")
    assert _in_shape("Writing a note means the visit went badly", "ing") == ""
    assert _in_shape("Asking for gas money keeps it fair", "ing") == ""
    # An act whose object holds a clause of its own is an act still.
    for act in (
        "Pulling together the main points the person has made",
        "Sharing information someone has asked for",
        "Encouraging participants to ignore rules that could put them at risk",
        "Cutting the call short on the grounds that family is not part of the work",
        "Comparing whose time was harder",
    ):
        assert not _belief_of_act(act), act
        assert _in_shape(act, "ing") == act


_THREAT = (
    "Threats are rare in peer work, but they happen.\n\n"
    "## The takeaway\n\n"
    "When someone describes a serious plan to hurt another person, a peer specialist neither "
    "keeps the secret nor acts alone. The right move is to tell a supervisor right away and "
    "follow agency policy, because confidentiality does not cover threats of serious harm to "
    "others.\n"
)


def test_a_bank_option_restating_a_mined_one_gives_way_to_another() -> None:
    # The bank's "Promise to keep a secret whatever the person discloses" says what the lesson's
    # own "Keep the secret" says (R1); another entry of the topic takes the fourth place.
    lesson = lesson_input(
        _THREAT, slug="threats", title="A threat against someone else", topic="confidentiality"
    )
    (item,) = generate(lesson, bank=load_bank(BANK_PATH)).items
    assert item.kind == "main_point"
    assert item.publishable
    texts = {c.text for c in item.choices}
    assert {"Keep the secret", "Act alone"} <= texts
    assert not any(t.startswith("Promise to keep a secret") for t in texts)


# Wrong options with no negative or absolute of their own, beside which a key's would stand out.
_PLAIN_OTHERS = ("A list of rules", "A record of symptoms", "A checklist from the agency")


@pytest.mark.parametrize(
    "key",
    [
        # ("whether or not" says either way holds; a negative inside a clause modifying a noun or
        # setting a condition leaves the option affirmative)
        "Whoever the person names as family, whether or not they are related by blood",
        "A plan that does not follow a straight line",
        "A person chosen to manage benefits for someone who cannot manage them",
        "To record wishes in advance so they guide care if the person later cannot decide",
        # (what an act of saying reports is another's claim: its absolute is not the option's)
        "Telling someone not to worry because everything will be fine",
    ],
)
def test_a_negative_or_absolute_the_key_only_reports_singles_nothing_out(key: str) -> None:
    assert wording_problem([key, *_PLAIN_OTHERS], key) == ""


@pytest.mark.parametrize(
    "key",
    [
        "They are not yet thinking about change",
        "Do not post the photo",
        "Look at the person, not at the interpreter",
        "Always agreeing with the person",
    ],
)
def test_a_negative_or_absolute_of_the_key_alone_is_still_a_clue(key: str) -> None:
    assert wording_problem([key, *_PLAIN_OTHERS], key) != ""


def test_the_wording_rule_passes_most_real_keys_of_every_set() -> None:
    # Calibrated on every real item the fixtures hold: of 310, 13 keys failed it for a negative
    # or an absolute of their own before "whether or not", clauses and reported speech were
    # read; 5 do now (a main clause's "not", "They are not yet considering change"; "every day").
    items = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("**/answers.json")):
        items += json.loads(path.read_text(encoding="utf-8"))
    refused = [
        i["correct_answer"]
        for i in items
        if wording_problem([i["correct_answer"], *i["wrong_options"]], i["correct_answer"])
    ]
    assert len(items) >= 300
    assert len(refused) <= 5


_ROADBLOCKS = (
    "Some replies end a conversation even when they sound kind, and a person facing denial or "
    "ambivalence needs to keep talking.\n\n"
    "## Roadblocks\n\n"
    "Telling someone not to worry because everything will be fine is a communication roadblock. "
    "Giving directions to the bus stop isn't a roadblock. Sharing information someone has asked "
    "for isn't either.\n"
)


def test_an_example_item_takes_no_bank_option() -> None:
    # The bank's faults ("Confronting the person about their denial") may well be examples of a
    # fault the stem asks about: a non-example is one the lesson itself sets apart.
    lesson = lesson_input(
        _ROADBLOCKS,
        title="Communication roadblocks",
        topic="communication",
        main_point="Telling someone not to worry because everything will be fine is a "
        "communication roadblock.",
        key_question="Which of the following is an example of a communication roadblock?",
    )
    for item in generate(lesson, bank=load_bank(BANK_PATH)).items:
        assert not any(c.source.startswith("bank:") for c in item.choices), item.stem


@pytest.mark.parametrize(
    ("key", "others"),
    [
        # (a word that is a noun too, its preposition after it, is a noun among noun phrases)
        (
            "Access to safe, affordable housing",
            ["A person's blood type", "The dose of a medicine", "A family's income bracket"],
        ),
        # (options opening on one subject are statements alike, whatever verb they take)
        (
            "The house is inspected by the state",
            [
                "The house offers free rent to new residents",
                "The house advertises itself as sober",
                "The house requires residents to stop all medication",
            ],
        ),
        # (a fronted adjunct and then the main clause is a statement, no time)
        (
            "Most people can be cured with eight weeks of pills",
            [
                "A vaccine can clear the virus after infection",
                "Once cured, a person cannot get the virus again",
                "People must be sober for six months before treatment",
            ],
        ),
        # (a verb in a clause of purpose after a noun phrase is that clause's, not the phrase's)
        (
            "A flexible schedule so the employee can attend therapy",
            [
                "Removing the essential duties of the job",
                "Lowering the standards for everyone in the role",
                "Excusing past breaches of the conduct rules",
            ],
        ),
    ],
)
def test_options_alike_in_form_are_read_alike(key: str, others: list[str]) -> None:
    assert form_problem(key, others) == ""


def test_the_option_rules_pass_most_real_items_of_every_set() -> None:
    # Calibrated on every real item the fixtures hold (310): 235 passed the option rules before
    # the readings of this round, 246 do now; what still fails is mostly a key far longer than
    # every other option, which item writers advise against.
    items = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("**/answers.json")):
        items += json.loads(path.read_text(encoding="utf-8"))
    passing = [
        i for i in items if not option_rules(i["question"], i["correct_answer"], i["wrong_options"])
    ]
    assert len(items) >= 300
    assert len(passing) >= 245


def test_a_correction_under_a_heading_of_contrast_is_a_statement_about_the_concept() -> None:
    # Prose after the rejected idea sets it right; a list's members and a paragraph's first
    # sentence are what the section rejects.
    body = (
        "Recovery is personal, and no two paths look alike.\n\n"
        "## Myths worth dropping\n\n"
        '"Recovery means never using again" is the most common myth. Recovery is about building '
        "a life that has meaning for the person.\n\n"
        "- Recovery is a straight line from crisis to cure.\n"
    )
    read = read_lesson(lesson_input(body, title="Recovery"))
    said = [text for _, text in statements_about(read, "recovery")]
    assert "Recovery is about building a life that has meaning for the person." in said
    assert "Recovery is a straight line from crisis to cure." not in said


def test_a_predicate_without_its_subject_is_not_said_of_the_concept() -> None:
    # "Cover unlimited hospital days" answers what a law requires plans to do: no claim about
    # the plans, nor what they are ("Plans are cover unlimited ...").
    option = WrongOption((), "s:0", "misconception", "", "", "")
    for text in ("Cover unlimited hospital days", "Cover all treatment at no cost"):
        for priority in (0, 3):
            assert said_of("plans", Mined(text, "noun", option, priority)) == ""


def test_a_statement_said_of_a_plural_keeps_no_singular_pronoun() -> None:
    body = "A plan may limit hospital days if it applies the same limits to medical stays.\n"
    read = read_lesson(lesson_input(body, title="Plans"))
    assert statements_about(read, "plans") == []


def test_a_versions_frame_holds_for_the_rest_of_its_paragraph() -> None:
    # "In the second version, Ana pushed harder. She made the case for the group again ...":
    # the second sentence still tells the version the article sets against the first.
    from quizzes.generation.distractors import model_helper_acts

    body = (
        "Ana has been working as a peer specialist at a drop-in center for a year. Today Tom "
        "tells her about a hard week. She listens and nods.\n\n"
        "## What made the difference\n\n"
        "Ana asked what the week had meant to him instead of telling him what it meant.\n\n"
        "In the second version, Ana pushed harder. She made the case for the group again and "
        "warned him about what could happen.\n"
    )
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(body)).sentences)]
    assert acts == ["Asking what the week had meant to them"]


def test_a_quotation_opening_its_paragraph_is_said_by_the_person_the_one_before_ends_on() -> None:
    from quizzes.generation.vignette import vignette_situation

    body = (
        "Marek, 40, is meeting with a peer specialist named Ana at a drop-in center. He has "
        "been out of the hospital for two weeks. Marek crosses his arms.\n\n"
        '"You sound just like my caseworker. I\'m tired of people telling me what to do."\n\n'
        "Ana sets her pen down.\n\n"
        "## Looking closer\n\n"
        "Ana reflected what he seemed to be feeling.\n"
    )
    assert vignette_situation(read_lesson(lesson_input(body))) == (
        "A person tells their peer specialist, \"You sound just like my caseworker. I'm tired of "
        'people telling me what to do." What is the most helpful response?'
    )


def test_a_function_owned_by_a_possessive_is_asked_what_it_is() -> None:
    # "A first visit's main job is ...": the possessive is the "of" genitive, and a function is
    # asked what it is ("What is the main job of a first visit?"), not described.
    from quizzes.generation.items import _main_point_stem
    from quizzes.generation.mainpoint import main_point

    point = "A first visit's main job is getting to know the person and building trust."
    body = f"{point}\n\nForms can wait for a later visit.\n"
    read = read_lesson(lesson_input(body, title="First visits", main_point=point))
    assert _main_point_stem(read, main_point(read)) == "What is the main job of a first visit?"


def test_an_existential_opening_is_a_scene_not_the_point() -> None:
    from quizzes.generation import infer_main_point

    body = (
        "## The fine print\n\n"
        "Most boards expect you to keep learning after you are certified.\n\n"
        "## One last thought\n\n"
        "Passing the exam showed you were ready to start. Keeping your skills current through "
        "continuing education is how you stay ready for the people you support.\n"
    )
    lesson = lesson_input(
        body,
        title="Learning never stops",
        summary="There's a particular feeling that comes with passing the certification exam.",
    )
    assert infer_main_point(lesson).text.startswith("Keeping your skills current")


def test_a_bare_yes_or_no_answer_is_said_in_full_by_the_sentence_after_it() -> None:
    from quizzes.generation import infer_main_point

    lesson = lesson_input(
        "## Why people ask\n\nMany people worry about this on their first day.\n",
        title="Telling your boss",
        summary=(
            "Sooner or later, someone you support will ask whether they have to tell their "
            "employer about their diagnosis. In most situations the answer is no. It is their "
            "choice, although they will need to share some information to ask for an "
            "accommodation."
        ),
    )
    assert infer_main_point(lesson).text.startswith("No; it is their choice")


def test_a_fronted_phrase_of_circumstance_alone_is_no_key() -> None:
    from quizzes.generation.items import key_wordings

    answer = (
        "With a court-mandated participant, the peer specialist should explain at the first "
        "meeting what will be reported to the court"
    )
    assert "With a court-mandated participant" not in key_wordings(answer)


def test_an_occasion_stem_is_set_in_the_activity_the_title_names() -> None:
    from quizzes.generation.items import _in_setting

    stem = "What should a peer specialist do once everyone is safe?"
    assert _in_setting(stem, "Section 8.5: Incident Reporting") == (
        "In incident reporting, what should a peer specialist do once everyone is safe?"
    )
    # (a document is no activity to be in: "In incident reports, ..." sets no scene)
    assert _in_setting(stem, "Section 8.5: Incident Reports") == stem
    # (a condition already sets the scene; a title naming no activity gives none)
    when = "What is the most helpful first step when warning signs appear?"
    assert _in_setting(when, "Section 2.1: Asking About Suicide") == when
    assert _in_setting(stem, "Court-Ordered, and Told the Truth") == stem
