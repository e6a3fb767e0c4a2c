"""Rules of 2026.12-45 (sentences of our own): an idiom of failure in any inflection announces
what it names, a colon's series of acts gives each act, and an act is whole before a closing
clause of result or reason; a label recommending what follows is the writer's aside; asked why,
an opening "Because" clause answers; a key stating something of a gerund takes statements; a
predicate without its subject is said as the act among acts; an example list under a gerund
heading names no endorsed acts."""

from __future__ import annotations

from quizzes.generation import DistractorBank, LessonInput, generate, infer_main_point
from quizzes.generation.distractors import _every_inflection, _series_after_colon

from .lessons import lesson_input
from .test_terms_and_rivals import _mined

_MEETING = "A peer supports the person's own voice at a team meeting.\n\n"


def test_an_idiom_of_failure_is_one_idiom_in_every_inflection() -> None:
    forms = _every_inflection(("miss the mark", "go wrong", "get it wrong", "third mistake"))
    assert {"missing the mark", "missed the mark", "going wrong", "getting it wrong"} <= set(forms)
    # (an ordinal before its noun is no verb, whatever the lexicon says of "third")
    assert not any(f.startswith("third") and f != "third mistake" for f in forms)


def test_a_colon_after_a_gerund_idiom_delivers_each_act_of_its_series() -> None:
    body = _MEETING + (
        "Falling short here is easy: answering for the person at the meeting, which leaves "
        "them silent, or pressing the person to agree with the team so the meeting ends early.\n"
    )
    assert _mined(body, "Team meetings") == [
        "Answering for the person at the meeting",
        "Pressing the person to agree with the team",
    ]


def test_other_ways_of_missing_the_mark_name_acts_ruled_out() -> None:
    body = _MEETING + (
        "Other ways of missing the mark are common too: arguing with the psychiatrist about the "
        "diagnosis, or pressing the person to agree with the team so the meeting ends early.\n"
    )
    assert _mined(body, "Team meetings") == [
        "Arguing with the psychiatrist about the diagnosis",
        "Pressing the person to agree with the team",
    ]


def test_a_series_after_a_colon_splits_only_into_acts() -> None:
    assert _series_after_colon("calling the family, or waiting for a crisis") == [
        "calling the family",
        "waiting for a crisis",
    ]
    # (one act holding a coordination of nouns is one act)
    assert _series_after_colon("holding off on goals and plans until later") == [
        "holding off on goals and plans until later"
    ]
    # (a member that is no act leaves the series whole)
    assert _series_after_colon("calling the family, or a crisis plan") == [
        "calling the family, or a crisis plan"
    ]


_LITHIUM_TITLE = (
    "A man on lithium plans to start running every morning. Why should he tell his prescriber "
    "first?"
)
_LITHIUM_SUMMARY = (
    "Because sweating speeds up the loss of water, running can make the amount of lithium in his "
    "blood climb, and his prescriber may want to check it. The plan to run is a good one."
)
_LITHIUM = (
    "Here is what happens. The body holds less water after a long run, and the same dose leaves "
    "more lithium in the blood.\n\n"
    "## Where the other choices go wrong\n\n"
    '"Running will make lithium stop working" has it backward. The level can go up, not down.\n\n'
    "\"Sports drinks can't be used with lithium\" isn't accurate. Many people on lithium drink "
    "them.\n\n"
    '"The prescriber has to approve any new exercise" confuses safety with permission. Whether '
    "to run is his decision.\n\n"
    "Worth remembering: a change in routine can change medication levels.\n"
)


def _lithium() -> LessonInput:
    return lesson_input(
        _LITHIUM, title=_LITHIUM_TITLE, key_question=_LITHIUM_TITLE, summary=_LITHIUM_SUMMARY
    )


def test_a_label_that_recommends_what_follows_is_no_wrong_option() -> None:
    """ "Worth remembering: ..." in a section on the wrong choices is the writer's aside."""
    assert _mined(_LITHIUM, _LITHIUM_TITLE) == [
        "Running will make lithium stop working",
        "Sports drinks can't be used with lithium",
        "The prescriber has to approve any new exercise",
    ]


def test_asked_why_the_opening_because_clause_is_the_main_point() -> None:
    point = infer_main_point(_lithium())
    assert point.text.startswith("Sweating speeds up the loss of water")


def test_a_key_stating_something_of_a_gerund_takes_statements_for_wrong_options() -> None:
    """ "Sweating speeds up the loss of water" is a statement, its subject a gerund: the wrong
    options are the statements the lesson corrects, not acts."""
    main = next(
        i for i in generate(_lithium(), bank=DistractorBank(())).items if i.kind == "main_point"
    )
    assert main.publishable, main.rubric_failures
    assert sorted(c.text for c in main.choices) == [
        "Running will make lithium stop working",
        "Sports drinks can't be used with lithium",
        "Sweating speeds up the loss of water",
        "The prescriber has to approve any new exercise",
    ]


def test_a_predicate_without_its_subject_is_said_as_the_act_among_acts() -> None:
    from quizzes.generation.items import _in_shape

    assert _in_shape("Refers every survivor to therapy", "ing") == (
        "Referring every survivor to therapy"
    )
    assert _in_shape("Requires people to retell their history", "ing") == (
        "Requiring people to retell their history"
    )


def test_examples_of_what_a_gerund_heading_resists_are_no_acts_the_lesson_endorses() -> None:
    """Under "Resisting re-traumatization", "Examples include:" lists what re-traumatizes."""
    from quizzes.generation import read_lesson
    from quizzes.generation.items import _endorsed_actions

    body = (
        "## Resisting re-traumatization\n\n"
        "Services can repeat an old harm by accident. Examples include:\n\n"
        "- Searching a person's belongings without explanation\n"
        "- Asking someone to retell painful history to each new worker\n"
        "- Making decisions about a person without asking them\n\n"
        "## Ways peers help\n\n"
        "- Explaining each step before it happens\n"
        "- Offering choices about seating and pace\n"
        "- Letting the person decide how much to share\n"
    )
    acts = [a for _, a in _endorsed_actions(read_lesson(lesson_input(body, title="Harm")))]
    assert "Explaining each step before it happens" in acts
    assert not any(a.startswith(("Searching", "Asking someone", "Making decisions")) for a in acts)


def test_in_writing_is_an_idiom_no_gerund_sharing_a_later_object() -> None:
    """ "Helping them put their questions in writing and preparing them to speak": the first act
    is whole before the second; "in writing" waits for no object ("after reading and signing
    the form" does)."""
    from quizzes.generation.answers import shorter

    assert "Helping them put their questions in writing" in shorter(
        "Helping them put their questions in writing and preparing them to speak with the doctor"
    )
    assert "Explaining the form after reading" not in shorter(
        "Explaining the form after reading and signing it with the person"
    )


def test_past_two_objects_an_infinitive_says_what_for() -> None:
    from quizzes.generation.items import key_wordings

    assert "To teach worried parents calm communication and reward skills" in key_wordings(
        "To teach worried parents calm communication and reward skills to encourage a child "
        "toward treatment"
    )
    # (one short object: the infinitive is what the object is to do)
    assert key_wordings("To teach family members to respond calmly to a relapse") == [
        "To teach family members to respond calmly to a relapse"
    ]


def test_a_need_denied_of_anything_and_a_person_as_purpose_are_no_options() -> None:
    from quizzes.generation.items import _in_shape

    body = (
        "The program works with the family member, not the person using substances. The loved "
        "one does not have to agree to anything for the family member to start.\n"
    )
    assert not any("something" in m for m in _mined(body, "Family training"))
    assert _in_shape("the person using substances", "to") == ""
    assert (
        _in_shape("a legal order for treatment", "to") == "To serve as a legal order for treatment"
    )


def test_a_noun_names_a_person_by_an_agent_suffix_on_a_verb_only() -> None:
    """ "Steps after an incident" names an occasion: "incident" is no "-ent" agent noun, as
    "resident" (reside) and "participant" (participate) are."""
    from quizzes.generation.items import _activity, _names_person

    for person in ("a participant", "the planner", "a resident", "the supervisor"):
        assert _names_person(person), person
    for thing in ("an incident", "an order", "a paper"):
        assert not _names_person(thing), thing
    assert _activity("Steps for an incident review") == "an incident review"
