"""Rules of 2026.12-57 (articles of our own).

- Keys: asked what X means or what best describes it, the article's other definition of X by a
  verb of defining ("Tokenism means ..." in its conclusion) words the same answer again, and its
  wordings are tried after the point's own; a definition that shares less than half its content
  words with the point is another sense, not a restatement.
- Keys: a noun and two coordinated participle phrases of it ("Organizations including people
  ... and ignoring ...") has a shorter wording with the first alone, as a relative clause's
  second predicate goes.
- Stems: a title sets the scene of a stem asking what to do or avoid in words of its own: its
  clause of time on a gerund ("Kind Words When Asking About Money": "When asking about money,
  ...") or its field of practice narrowed by modifiers ("Choice in Trauma-Informed Peer
  Support": "In trauma-informed peer support, ..."); the field alone ("... in Peer Support") is
  every stem's and sets none.
- Mining: a thing denied the kind the lesson is about ("A generic handout of coping tips is not
  a safety plan.", the title's noun) is a thing that kind is not; a thing denied another kind is
  nothing the lesson's options answer.
- Concept items: a plural concept said to be one thing ("Fentanyl test strips are a dose
  calculator") is said of one of it ("A fentanyl test strip is a dose calculator"); what a
  contrast sets aside ("writing the person's words rather than a clinical translation") is said
  of the concept only in a sentence about the concept.
- Mining: a quoted answer choice opening a paragraph under a heading of contrast is bounded by its
  quotation marks, and stands as written even when it ends on an adverb ('"Families pay for
  services directly" confuses ...').
- Concept items: a concept named by a compound adjective ("family-driven") is named with the noun
  the lesson most often gives it ("family-driven care"), never twice. A noun and its participle
  phrase ("a young person trying to act older than they are") is a noun phrase said of the
  concept like any other.
- Main point: a sentence naming a term ("The name for what happened is diagnostic
  overshadowing.") and the next, "It happens when ...", define the term: "it" takes up the term
  named, even under a heading of fault ("What the clinic got wrong"), where the article names
  the fault in its own words.
- Mining: under a heading of contrast, "It isn't a strict curfew, or a school dress code." denies
  every member of its series, as a named subject's denial already did, with or without the
  serial comma ("a late bus or an unpaid bill").
- Concept items: a run-in label ("Collecting summary: gathers ...") drops its article as a heading
  does, and is no evidence that the concept is a mass noun ("Which statement about a summary is
  accurate?", not "about summary").
- Stems: where the title sets no scene, the section an act comes from may: its clause of time
  ("When someone wants to take a release back") or the activity it names ("Steps: helping someone
  explore a treatment", "Completing the assessment" under a title naming "The Strengths
  Assessment"); never a heading that points outside itself ("Forming one, step by step") or
  responds to nothing named ("Responding in the moment"), nor a turn of the text ("Looking
  back"). Set in a scene or not, "... which of
  the following should a peer specialist do?" is one question in one lesson: a second key waits.
- Forms: the adjective a copular or resultative verb takes and a word coordinated with it that is
  an adjective too stay adjectives ("keeping your voice low and steady", "being kind and
  clear"), where a verb after "and" takes the first verb's form ("keeping it short and
  stopping").
"""

from __future__ import annotations

from quizzes.generation import read_lesson
from quizzes.generation.answers import shorter
from quizzes.generation.concept import count_noun, said_of
from quizzes.generation.distractors import Mined, mine
from quizzes.generation.forms import to_gerund
from quizzes.generation.items import (
    _avoid_stem,
    _generic,
    _heading_scene,
    _restated_definitions,
    main_point,
)
from quizzes.generation.mainpoint import candidates
from quizzes.generation.types import WrongOption

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


def test_a_title_sets_the_scene_by_its_clause_of_time_or_its_narrowed_field():
    asked = "which of the following should a peer specialist avoid?"

    assert _avoid_stem("Lesson 9: Voice and Choice in Trauma-Informed Peer Support") == (
        f"In trauma-informed peer support, {asked}"
    )
    assert _avoid_stem("Unit 9: Boundaries in Phone, Video and Text-Based Peer Support") == (
        f"In phone, video and text-based peer support, {asked}"
    )
    assert _avoid_stem("Section 3.4: Affirming Language When Asking About Relationships") == (
        f"When asking about relationships, {asked}"
    )
    # (the field alone, and a clause of time with a subject of its own, set no scene)
    assert _avoid_stem("Empowerment in Peer Support") == asked[:1].upper() + asked[1:]
    assert _avoid_stem("What to Say When It Feels Awkward") == asked[:1].upper() + asked[1:]


def test_a_practice_item_in_a_lesson_on_a_narrowed_field_is_asked_in_it():
    body = (
        "Texting with the people you support changes how boundaries work.\n\n"
        "## What to do\n\n"
        "- Agree on the hours when messages get answered\n"
        "- Confirm you are writing to the right person\n"
        "- Say how long replies usually take\n\n"
        "## What to avoid\n\n"
        "- Answering messages in the middle of the night\n"
        "- Accepting friend requests on personal social media\n"
        "- Sending photos of your own home\n"
    )
    stems = {i.stem for i in drafts_alone(body, title="Boundaries in Text-Based Peer Support")}

    assert (
        "In text-based peer support, which of the following should a peer specialist avoid?"
        in stems
    )


_SAFETY = (
    "A safety plan is a written list of steps a person can take when a crisis builds.\n\n"
    "## Cautions\n\n"
    "- A generic handout of coping tips is not a safety plan.\n"
    "- A coffee shop is not a clinic, and nobody expects it to be.\n"
    "- A plan does not replace an emergency response.\n"
)


def test_a_thing_denied_the_lessons_kind_is_mined_and_one_denied_another_kind_is_not():
    found = {m.text for m in mine(read_lesson(lesson_input(_SAFETY, title="Safety Planning")))}

    assert "A generic handout of coping tips" in found
    assert not any("coffee" in text for text in found)


def _mined(text: str, klass: str = "misconception") -> Mined:
    return Mined(text=text, shape="noun", option=WrongOption((), "s:0", klass, "", "", ""))


def test_a_plural_concept_said_to_be_one_thing_is_said_of_one_of_it():
    assert said_of("fentanyl test strips", _mined("a dose calculator")) == (
        "A fentanyl test strip is a dose calculator."
    )
    # (a plural complement agrees with the plural subject)
    assert said_of("fentanyl test strips", _mined("lab tests")) == (
        "Fentanyl test strips are lab tests."
    )


def test_what_a_contrast_sets_aside_is_said_of_the_concept_only_in_a_sentence_about_it():
    body = (
        "A safety plan is a written list of steps a person can take when a crisis builds. A "
        "safety plan works when it belongs to the person who will use it.\n\n"
        "Write down the person's words rather than a clinical translation.\n\n"
        "## Cautions\n\n"
        "- A generic handout of coping tips is not a safety plan.\n"
        "- A safety plan is not a no-suicide contract.\n"
        "- A safety plan is not a discharge form.\n"
    )
    concept = [i for i in drafts_alone(body, title="Safety Planning") if i.kind == "concept"]

    assert concept
    assert not any("translation" in c.text for i in concept for c in i.choices)


_FAMILY_DRIVEN = (
    "Family-driven means that families have a primary decision-making role in the care of their "
    "own children.\n\n"
    "## Why the other options miss\n\n"
    '"Providers decide on the plan and then tell the family" describes professional-driven '
    "care. Informing a family is not the same as letting it decide.\n\n"
    '"Families pay for services directly" confuses "driven" with "funded." The term is about '
    "who decides.\n\n"
    "Family-driven care has a companion principle, youth-guided care.\n"
)


def test_a_quoted_answer_choice_ending_on_an_adverb_is_mined_as_written():
    read = read_lesson(lesson_input(_FAMILY_DRIVEN, title='What Does "Family-Driven" Mean?'))

    assert "Families pay for services directly" in {m.text for m in mine(read)}


def test_a_concept_named_by_a_compound_adjective_takes_the_lessons_noun():
    read = read_lesson(lesson_input(_FAMILY_DRIVEN, title='What Does "Family-Driven" Mean?'))

    # (not "family-driven means": a verb's inflected form is no head noun)
    assert _generic(read, "family-driven") == "family-driven care"


def test_a_term_named_then_taken_up_by_it_is_defined_by_the_it_sentence():
    body = (
        "Marla told the clinic her knee hurt, and they asked about her stress.\n\n"
        "## What the clinic got wrong\n\n"
        "The name for what happened at the clinic is diagnostic overshadowing. It happens when a "
        "provider assumes that physical symptoms come from a mental health condition and looks "
        "no further.\n\n"
        "It is a common mistake. It happens in busy clinics.\n"
    )
    found = candidates(read_lesson(lesson_input(body, title="Not Always Stress")))

    assert any(
        c.cue == "definition"
        and c.text.startswith("Diagnostic overshadowing happens when a provider assumes")
        for c in found
    )
    # ("It is a common mistake." follows no naming sentence: "it" defines nothing)
    assert not any(c.text.startswith("Diagnostic overshadowing is a common") for c in found)


def test_every_member_of_a_series_denied_under_a_heading_of_contrast_is_mined():
    body = (
        "Adultism is the habit of adults overruling young people because they are young.\n\n"
        "## What it isn't\n\n"
        "It isn't a strict curfew, or a school dress code. Those are ordinary rules.\n\n"
        "It isn't a quarrel between two friends, a late bus or an unpaid bill.\n"
    )
    found = {m.text for m in mine(read_lesson(lesson_input(body, title="Adultism")))}

    assert {"a strict curfew", "a school dress code"} <= found
    assert {"a quarrel between two friends", "a late bus", "an unpaid bill"} <= found


def test_a_run_in_label_says_nothing_of_a_nouns_count():
    body = (
        "A summary is a longer reflection. A summary responds to a stretch of conversation.\n\n"
        "- Collecting summary: gathers related points.\n"
        "- Linking summary: connects something said now with something said before.\n"
        "- Transitional summary: wraps up one part of a conversation.\n\n"
        "A summary is not a transcript. A summary can close a conversation.\n"
    )

    assert count_noun(read_lesson(lesson_input(body, title="Summarizing")), "summary")


def _scene_of(heading: str, title: str = "Module 4: The Strengths Assessment") -> str:
    body = f"Some words first.\n\n## {heading}\n\nListen before you write anything down.\n"
    read = read_lesson(lesson_input(body, title=title))
    return _heading_scene(read, read.sentences[-1])


def test_a_section_heading_sets_the_scene_of_its_acts():
    assert _scene_of("When someone wants to take a release back") == (
        "When someone wants to take a release back"
    )
    assert _scene_of("Steps when a person appears triggered") == "When a person appears triggered"
    assert _scene_of("Steps: helping someone explore a treatment") == (
        "When helping someone explore a treatment"
    )
    assert _scene_of("Completing the assessment") == "When completing a strengths assessment"
    for heading in (
        "Forming one, step by step",
        "Looking back",
        "Taking care of yourself",
        "Making my own plan",
        "Responding in the moment",
        "When to call a supervisor",
        "Mistakes to avoid",
        "Small habits that help",
        "Completing the form",
    ):
        assert _scene_of(heading) == "", heading


_RELEASE = (
    "A person can take back a release of information at any time.\n\n"
    "## When someone wants to take a release back\n\n"
    "- Acknowledge the request without asking the person to defend it.\n"
    "- Help the person put the request in writing.\n"
    "- Give the revocation to the records staff promptly.\n"
    "- Ask whether the person would like a different release instead.\n\n"
    "## Where staff get it wrong\n\n"
    "- Treating the expiration date as binding\n"
    "- Asking the person to explain why\n"
    "- Waiting for a supervisor to approve it first\n"
    "- Telling the family before the records office\n"
)


def test_acts_of_a_section_setting_a_scene_are_asked_in_it_and_once():
    items = [
        i
        for i in drafts_alone(_RELEASE, title="Unit 7.2: Releases of Information")
        if i.publishable and i.kind in ("practice", "not_question")
    ]
    scene = "When someone wants to take a release back, which of the following should a peer"

    assert any(i.stem == f"{scene} specialist do?" for i in items)
    assert any(i.stem == f"{scene} specialist avoid?" for i in items)
    # (the bare question, "Which of the following should a peer specialist do?", is the same
    # question: no second item asks it with another key)
    assert not any(i.stem == "Which of the following should a peer specialist do?" for i in items)


def test_coordinate_adjectives_after_a_copular_verb_stay_adjectives():
    assert to_gerund("stay calm and keep your voice low and steady") == (
        "staying calm and keeping your voice low and steady"
    )
    assert to_gerund("be kind and clear") == "being kind and clear"
    assert to_gerund("keep it short and stop") == "keeping it short and stopping"
    assert to_gerund("listen closely and wait") == "listening closely and waiting"


def test_a_noun_and_its_participle_phrase_is_said_of_the_concept():
    mined = Mined(
        text="a young person trying to act older than they are",
        shape="clause",
        option=WrongOption((), "s:0", "misconception", "", "", ""),
    )

    assert said_of("adultism", mined) == (
        "Adultism is a young person trying to act older than they are."
    )
    # (a clause of its own stays unsaid: "the young person's voice disappears")
    clause = Mined(
        text="the young person's voice disappears",
        shape="clause",
        option=WrongOption((), "s:0", "misconception", "", "", ""),
    )
    assert said_of("adultism", clause) == ""
