"""Rules of 2026.12-55 (articles of our own).

- The point: an evaluated act announced with the number of its parts ("The best reply to a
  complaint about staff has two parts.") and given by the sentences after it, each opened by an
  ordinal and an instruction ("First, thank the person ... Second, ask what they need ..."), is
  those parts said as one act.
- R9: an option that is an act and a bare definite noun ("Forcing the formula", "Accepting the
  title"), under a stem that names nothing but the role and what it should do or avoid, names a
  thing outside the item; a stem naming an activity ("the first step in a planned ending") is
  what "the topic" bridges to; "the person" is anyone's, "the feeling" the person's, "the
  supervisor" the workplace's.
- Mining: an act set aside by "instead of" whose object is a case's "him" or "her" ("instead of
  speaking for him") is done to whoever the question is about: "Speaking for them", an act whole
  with one content word; a name there ("rather than waiting for Hodan") is someone else.
- The case's helper, the role named nowhere: a heading judging what a person did right ("What
  Ines did that Colleen didn't", "What Ines did differently") names the helper whose recounted
  acts the lesson endorses; "What Andre did" alone only tells the story. A phrase opening on a
  count after a comma ("four Tuesdays at around 2:35") restates the noun before it and is no
  part of the act; a colon between digits is part of a number; a clause of time told in the
  past is set in the present with the act ("before resentment builds up"), and so is an embedded
  question's copula ("Saying plainly what the effect is").
- The point: a conclusion's "It is a complete language ..." after "Sign language is not English
  on the hands." names its subject ("Sign language is a complete language ...").
- Stems: a manual's title with more than one place before its name ("Module 7, Part 3: Rehearsing
  Refusal Skills", "Section 9.3 Psychiatric Advance Directives") names the practice after them;
  "In X" sets a stem only in an activity, X's head a singular noun of action ("verbal
  de-escalation", "street outreach with ..."), not a document or a resource ("psychiatric
  advance directives", "recovery capital"); "in peer support" after it is the role's field,
  said already.
- Mining: a faulted helper's act ends before a concessive clause set off after it ("Rita says
  nothing, though she begins sighing when he walks in"): "Saying nothing".
"""

from __future__ import annotations

from quizzes.generation import DistractorBank, QuestionDraft, generate, read_lesson
from quizzes.generation.distractors import mine, model_helper_acts
from quizzes.generation.forms import time_clauses_present
from quizzes.generation.items import _avoid_stem
from quizzes.generation.mainpoint import candidates, main_point
from quizzes.generation.rubric import pointing_problem

from .lessons import lesson_input


def _candidate_texts(body: str, title: str) -> list[str]:
    return [c.text for c in candidates(read_lesson(lesson_input(body, title=title)))]


def _main_item(body: str, title: str) -> QuestionDraft:
    """The lesson's main-point item, which must pass the rubric."""
    result = generate(lesson_input(body, title=title), bank=DistractorBank(entries=()))
    item = next(i for i in result.items if i.kind == "main_point")
    assert item.publishable, item.rubric_failures
    return item


_TWO_PARTS = (
    "Rena has met with her peer specialist, Tom, for a month. Today she is angry about her "
    "landlord and the clinic.\n\n"
    "## Thinking it through\n\n"
    "Rena's visit went better than the week before. The best reply to a complaint about staff "
    "has two parts. First, thank the person for saying it, without taking a side. Second, ask "
    "what they need next and who could help them get it.\n\n"
    "Agreeing that the staff are lazy feels kind for a moment but damages the person's trust in "
    "their team. Jumping to defend the staff shuts the conversation down. Moving on to another "
    "topic leaves the real problem untouched.\n"
)


def test_parts_announced_by_their_number_are_the_point() -> None:
    """English discourse: "has two parts" announces an enumeration whose members the ordinals
    "First," and "Second," mark, so the act is both parts, not the story's sentence before."""
    point = main_point(read_lesson(lesson_input(_TWO_PARTS, title="When a Person Is Angry")))
    assert point.text.startswith("Thank the person for saying it")
    assert "and ask what they need next" in point.text
    item = _main_item(_TWO_PARTS, "When a Person Is Angry")
    key = next(c.text for c in item.choices if c.is_correct)
    assert key.lower().startswith(("thank the person", "thanking the person")), key


def test_an_announced_count_the_sentences_after_do_not_give_is_no_point() -> None:
    """A guard: without instructions opened by ordinals after it, the count announces nothing
    this rule can read, and no candidate is made of it."""
    body = _TWO_PARTS.replace("First, thank", "Tom thanked").replace("Second, ask", "He asked")
    texts = _candidate_texts(body, "Angry")
    assert not any(text.startswith(("Thank the person", "Tom thanked")) for text in texts)


_BARE_STEM = "Which of the following should a peer specialist avoid?"


def test_a_bare_definite_noun_under_a_bare_stem_points_outside() -> None:
    """English definiteness: "the formula" must be known to the reader, and a stem asking only
    what the role should avoid has not introduced it (real items name it: the read sets' 262
    hold one such option, "Leading the conversation", whose noun the scene supplies)."""
    assert pointing_problem(["Forcing the formula", "Modeling respect"], _BARE_STEM)
    assert pointing_problem(["Accepting the title", "Sharing hope"], _BARE_STEM)


def test_a_bare_definite_noun_bridged_or_anyone_s_stands() -> None:
    """A guard: "the topic" bridges to the activity the stem names (English: a definite part of
    a thing named before); "the person" is whoever the role supports; longer options name more."""
    assert not pointing_problem(
        ["Raise the topic", "Talk about feelings"], "What is the first step in a planned ending?"
    )
    assert not pointing_problem(["Touching the person", "Offering choices"], _BARE_STEM)
    # (an inner state is the person's, a workplace's role is unique in it: English, the
    # definite article of inalienable possession and of situational uniqueness)
    assert not pointing_problem(["Reflecting the feeling", "Telling the supervisor"], _BARE_STEM)
    assert not pointing_problem(["Naming the reason for the call", "Offering choices"], _BARE_STEM)


_GRIEVANCE = (
    "Mr. Reyes tells his peer specialist, Lena, that a clerk at the clinic mocked him. He wants "
    "to complain.\n\n"
    "Lena explained his right to file a grievance and how the process works. She helped him "
    "write down what happened, instead of speaking for him. She sat beside him rather than "
    "waiting for Omar.\n"
)


def test_an_act_set_aside_done_to_the_case_s_person_is_done_to_them() -> None:
    """English: the story's "him" is the person the act is done to, whom a stem names as "the
    person" or "someone"; said as "them", the act stands alone."""
    found = [m.text for m in mine(read_lesson(lesson_input(_GRIEVANCE, title="A Complaint")))]
    assert "speaking for them" in found
    # (a guard: a name is someone of the story, not the person a stem is about)
    assert not any("waiting for" in text for text in found)


_TWO_HELPERS = (
    "Nadia meets with Paul every Monday at 10:00. For three weeks he has come in at 10:40.\n\n"
    "At another center, Rita meets with Tom, who is also late each week. She says nothing for a "
    "month, then scolds him in the lobby. Tom stops coming.\n\n"
    "## What Nadia did that Rita didn't\n\n"
    "Nadia raised the issue early, before resentment built up, and privately. She described the "
    "pattern in plain terms, three Mondays at 10:40, rather than calling Paul lazy. Then she "
    "asked for his side of it.\n"
)


def _helper_acts(body: str) -> list[str]:
    return [act for _, act in model_helper_acts(read_lesson(lesson_input(body)).sentences)]


def test_a_heading_judging_a_person_s_acts_names_the_model_helper() -> None:
    """English: "What Nadia did that Rita didn't" sets Nadia's acts against Rita's; the role is
    named nowhere, so the heading is what says whose acts the lesson endorses."""
    acts = _helper_acts(_TWO_HELPERS)
    assert "Raising the issue early, before resentment builds up, and privately" in acts
    assert "Describing the pattern in plain terms" in acts
    assert not any("Rita" in act or "scold" in act.lower() for act in acts)


def test_a_heading_telling_a_story_names_no_model() -> None:
    """A guard: "What Nadia did" judges nothing; with no helper introduced by the role and none
    held up, no act is endorsed."""
    body = _TWO_HELPERS.replace("What Nadia did that Rita didn't", "What Nadia did")
    assert _helper_acts(body) == []


def test_a_clause_of_time_in_the_past_is_set_in_the_present() -> None:
    """English: a gerund has no tense, so a clause of time inside the act follows the present."""
    assert time_clauses_present("Raising it before resentment built up") == (
        "Raising it before resentment builds up"
    )
    assert time_clauses_present("Calling after the meetings ended") == (
        "Calling after the meetings end"
    )
    # (and an embedded question's copula: "what the effect was")
    assert time_clauses_present("Saying plainly what the effect was") == (
        "Saying plainly what the effect is"
    )


def test_a_conclusion_s_it_names_the_subject_before_it() -> None:
    """English anaphora: "it" keeps the subject of the sentence before, so the point reads on its
    own instead of as a bare noun phrase."""
    body = (
        "## What happened\n\n"
        "Mara meets Dev at the center. Dev signs; Mara writes notes.\n\n"
        "## Looking back\n\n"
        "Written notes are not enough for Dev. They are a second language he learned late, "
        "after sign language.\n"
    )
    texts = _candidate_texts(body, "Signing")
    assert "Written notes are a second language he learned late, after sign language" in texts
    # (a guard: "There are" lends no subject)
    there = body.replace("Written notes are not enough for Dev.", "There are notes for Dev.")
    texts = _candidate_texts(there, "Signing")
    assert not any(text.startswith("There are a second") for text in texts)


def test_a_manual_s_places_before_its_title_are_not_the_practice() -> None:
    """A manual's title names its practice after its places, however many ("Module 7, Part 3:")
    and with or without a colon; the stem is set in that practice."""
    assert _avoid_stem("Module 7, Part 3: Rehearsing Refusal Skills") == (
        "When rehearsing refusal skills, which of the following should a peer specialist avoid?"
    )
    assert _avoid_stem("Chapter 5, Part 4: Checking Understanding With Teach-Back").startswith(
        "When checking understanding with teach-back,"
    )


def test_in_sets_a_stem_only_in_an_activity() -> None:
    """English: "in X" of a practice takes a noun of action; a document or a resource sets no
    scene ("In psychiatric advance directives, ..." asks nothing anyone does)."""
    assert _avoid_stem("Chapter 7: Verbal De-escalation").startswith("In verbal de-escalation,")
    assert _avoid_stem("Unit 5: Street Outreach with People Experiencing Homelessness").startswith(
        "In street outreach with people experiencing homelessness,"
    )
    generic = "Which of the following should a peer specialist avoid?"
    assert _avoid_stem("Section 9.3 Psychiatric Advance Directives") == generic
    assert _avoid_stem("Module 6: Recovery Capital") == generic
    assert _avoid_stem("Unit 2: Empowerment in Peer Support").startswith("In empowerment,")


def test_a_concessive_clause_is_no_part_of_a_faulted_act() -> None:
    """English: ", though ..." says what held besides the act; kept, the option carries the
    story's details ("Saying nothing, though they begin sighing ...")."""
    body = (
        "Nadia meets with Paul every Monday. For three weeks he has come in late.\n\n"
        "At another center, Rita meets with Tom, who is also late each week. Rita says nothing, "
        "though she begins sighing when he walks in. Tom stops coming.\n\n"
        "## What Nadia did that Rita didn't\n\n"
        "Rita's silence backfired: Tom could see her frustration anyway. Nadia raised the issue "
        "early and privately.\n"
    )
    assert _mined_texts(body) == ["saying nothing"]


def _mined_texts(body: str) -> list[str]:
    return [m.text for m in mine(read_lesson(lesson_input(body, title="Late Again")))]
