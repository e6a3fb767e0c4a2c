"""Rules of 2026.12-37 (sentences of our own): the instances a lesson gives of the forms of its
concept, in parentheses, answer "Which statement is an example of X?"; a belief that equates the
concept with something else gives that thing as a wrong option."""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.answers import answer_for, shorter
from quizzes.generation.distractors import mine, story_people
from quizzes.generation.examples import listed_instances, named_instances
from quizzes.generation.items import _sibling_plans
from quizzes.generation.mainpoint import candidates, compress
from quizzes.generation.rubric import wording_problem

from .lessons import lesson_input


def _mined(body: str, title: str, question: str = "", shape: str = "") -> list[str]:
    """The wrong options mined from a lesson of `body` (those of `shape` when given)."""
    read = read_lesson(lesson_input(body, title=title))
    return [m.text for m in mine(read, question) if not shape or m.shape == shape]


_I_STATEMENTS = (
    "An I-statement says what the speaker feels and needs without blaming the listener.\n\n"
    'I-statements take a few shapes: a feeling ("I feel worried when plans change late"), a '
    'need ("I need to...") and a request ("Could we settle it by Friday"). '
    'Shorter ones work too ("I\'m upset"), and so do plans ("I am going to").\n\n'
    'Unlike a you-statement ("You never tell me anything about the plan"), it leaves the '
    "listener room to answer.\n\n"
    "## Why the other choices are wrong\n\n"
    '"You always change the plan at the last minute" is a you-statement. It blames.\n\n'
    '"Everyone knows you cannot keep a plan" is a generalisation about the listener.\n\n'
    '"Whatever, do what you want with the plan" is a withdrawal, not a statement of need.\n'
)


def test_instances_in_parentheses_in_a_paragraph_about_the_concept() -> None:
    """Whole utterances only (a capital, three words, an ending a sentence can have), and none
    from a sentence that sets the concept against something else."""
    read = read_lesson(lesson_input(_I_STATEMENTS, title="I-statements"))
    found = [quote for _, quote in named_instances(read, "I-statement")]
    assert found == [
        '"I feel worried when plans change late"',
        '"Could we settle it by Friday"',
    ]
    assert named_instances(read, "active listening") == []


def test_asked_for_an_example_an_instance_of_a_form_is_the_key() -> None:
    lesson = lesson_input(
        _I_STATEMENTS,
        title="I-statements",
        key_question="Which statement is an example of an I-statement?",
        main_point="An I-statement says what the speaker feels and needs without blaming.",
    )
    main = next(
        i for i in generate(lesson, bank=DistractorBank(())).items if i.kind == "main_point"
    )
    assert main.publishable, main.rubric_failures
    assert [c.text for c in main.choices if c.is_correct] == [
        '"I feel worried when plans change late"'
    ]
    assert len({c.source for c in main.choices if not c.is_correct} & {"main_point"}) == 0


_MIX_UPS = (
    "Compassion fatigue is the deep tiredness that builds from caring for people in pain, "
    "day after day.\n\n"
    "## Things people mix it up with\n\n"
    "Some think it refers to burnout, the wear of long hours and heavy paperwork. That comes "
    "from the job, not the caring.\n\n"
    "Others think it's the sadness that follows one very hard call. That passes in a day or "
    "two.\n\n"
    "And a few assume it's a personal weakness, like being too soft for the work. It is "
    "nothing of the kind.\n"
)


def test_a_belief_equating_the_concept_with_something_gives_that_thing() -> None:
    """ "Some think it refers to X", "Others think it's X", "And a few assume it's X, like ...":
    what "it" is taken for, as a noun phrase (its examples after ", like" dropped)."""
    texts = _mined(_MIX_UPS, "Compassion fatigue", "What does compassion fatigue refer to?")
    assert texts == [
        "Burnout, the wear of long hours and heavy paperwork",
        "The sadness that follows one very hard call",
        "A personal weakness",
    ]


def test_an_absolute_inside_a_hyphenated_compound_singles_nothing_out() -> None:
    options = [
        "The all-or-nothing thinking after a slip",
        "The craving before using",
        "A program rule",
        "Withdrawal after stopping a drug",
    ]
    assert wording_problem(options, options[0]) == ""
    options[0] = "Every thought after a slip"
    assert wording_problem(options, options[0]) != ""


_CHOICES_MISSED = (
    "Which of the following best describes cultural humility?\n\n"
    "Cultural humility is a lifelong habit of learning from each person about their own culture."
    "\n\n"
    "## Choices that miss the mark\n\n"
    "One tempting answer says cultural humility means memorising facts about every culture. "
    "That turns people into lists.\n\n"
    "Another says that people from one culture all want the same things. That is a "
    "stereotype.\n\n"
    "A third option confuses the term with cultural competence, a set of skills a course can "
    "certify. Humility is never finished.\n\n"
    "## In practice\n\n"
    "One peer says she asks every person what matters to them. That is humility at work.\n"
)


def test_answer_choices_reported_in_a_section_of_contrast_are_wrong_options() -> None:
    """ "One tempting answer says X means Y" gives Y, "Another says that Z" gives Z, "confuses the
    term with W" gives W; a choice reported outside a section of contrast gives nothing."""
    texts = _mined(_CHOICES_MISSED, "Cultural humility")
    assert texts[:3] == [
        "Memorising facts about every culture",
        "People from one culture all want the same things",
        "Cultural competence, a set of skills a course can certify",
    ]
    assert not any("matters to them" in t for t in texts)


def test_examples_interrupting_a_clause_are_lifted_out_of_a_long_key() -> None:
    said = (
        "Cultural humility is the idea that a person's many identities, such as faith, "
        "language, age, class and home town, shape what they need from a helper"
    )
    assert answer_for("Which of the following best describes cultural humility?", said) == (
        "The idea that a person's many identities shape what they need from a helper"
    )


def test_an_act_judged_to_leave_the_problem_untouched_is_ruled_out() -> None:
    """An adverb before the gerund subject ("Simply ...") qualifies it, and "leaves X, Y,
    untouched" judges the act by what it leaves undone."""
    body = (
        "A person is angry that a form was lost.\n\n"
        "Simply apologising for the office and changing the subject leaves the real "
        "problem, a lost form, untouched. Asking what he needs next keeps it moving.\n"
    )
    assert _mined(body, "Anger at the agency") == [
        "apologising for the office and changing the subject"
    ]


def test_moves_granted_a_merit_in_a_concession_are_each_ruled_out() -> None:
    """ "Each of Dana's moves, though understandable, put her feelings first." holds the rest
    against the moves, so the paragraph's gerund subjects after it are the moves ruled out;
    without the concession nothing is."""
    paragraph = (
        "Each of Ana's moves{aside} kept her own worry in view. Pleading for one more week "
        "turns a choice into a bargain. Asking for a reason makes the person explain "
        "themselves.\n"
    )
    conceded = read_lesson(
        lesson_input(paragraph.format(aside=", though understandable,"), title="Ana's moves")
    )
    assert [m.text for m in mine(conceded, "") if m.shape == "ing"] == [
        "pleading for one more week",
        "asking for a reason",
    ]
    plain = read_lesson(lesson_input(paragraph.format(aside=""), title="Ana's moves"))
    assert [m.text for m in mine(plain, "") if m.shape == "ing"] == []


def test_a_manner_of_thinking_is_no_belief() -> None:
    """ "Some people think better looking at the wall" says how they think, not what."""
    body = (
        "Eye contact varies.\n\nSome people think better looking at the wall. Some people "
        "think that looking away means lying. It does not.\n"
    )
    assert _mined(body, "Eye contact") == ["Looking away means lying"]


_SMALL_PROMPTS = (
    "A door-opener is a short invitation to talk that leaves the topic to the person. Asking "
    '"Want to tell me about it?", pausing or pointing to an empty chair are all examples.\n\n'
    "## How the other options differ\n\n"
    "A reflection, in which the peer specialist repeats the feeling the person has named, "
    "comes later, once the person is talking.\n\n"
    'Telling someone "Cheer up, it could be worse" is reassurance. It closes the door.\n\n'
    "Offering a plan the person could follow moves the talk to the helper's ideas.\n"
)


def test_options_an_explainer_goes_through_and_the_examples_it_lists() -> None:
    """Under "How the other options differ", each paragraph's act: the one a noun's "in which"
    clause says the helper does, a gerund subject holding a quotation with a comma, and one
    whose object has a contact clause after an adjective; the acts of a series said to be
    examples are the concept's."""
    read = read_lesson(lesson_input(_SMALL_PROMPTS, title="Door-openers"))
    assert _mined(_SMALL_PROMPTS, "Door-openers", shape="ing") == [
        "Repeating the feeling the person has named",
        'telling someone "Cheer up, it could be worse"',
        "offering a plan the person could follow",
    ]
    # ("Asking "..."" holds a quotation, "pausing" is one word: the pointing is the example)
    assert [text for _, text in listed_instances(read, "door-opener")] == [
        "Pointing to an empty chair"
    ]
    assert listed_instances(read, "reflection") == []


_SURFING = (
    "Which of the following is an example of breathing through panic?\n\n"
    "The example to pick is the one where a person notices the racing heart, names it as "
    "panic, and slows each breath until the wave passes, without leaving the room.\n\n"
    "## Where the other choices go wrong\n\n"
    "Forcing every frightening thought out of the mind sounds disciplined, but it feeds the "
    "fear.\n\n"
    "Taking a pill so that the fear doesn't build up is escape, not breathing through it.\n\n"
    "Calling a friend the moment a panic starts can be a fine support, but it is another "
    "skill.\n"
)


def test_the_answer_picked_out_by_its_clause_and_the_choices_gone_through() -> None:
    """ "The example to pick is the one where X": X is the point, its coordinated predicate kept
    ("..., and slows each breath"), and asked for an example the generic doer's acts are the
    key; the three choices the section goes through are its wrong options (one seeming
    "disciplined", one with its own negation, one ending in an inner clause before "can")."""
    lesson = lesson_input(
        _SURFING,
        title="Breathing through panic",
        key_question="Which of the following is an example of breathing through panic?",
        main_point=compress(
            "The example to pick is the one where a person notices the racing heart, names it "
            "as panic, and slows each breath until the wave passes, without leaving the room."
        ),
    )
    assert lesson.main_point == (
        "a person notices the racing heart, names it as panic, and slows each breath until the "
        "wave passes, without leaving the room"
    )
    main = next(
        i for i in generate(lesson, bank=DistractorBank(())).items if i.kind == "main_point"
    )
    assert main.publishable, main.rubric_failures
    assert sorted(c.text for c in main.choices if not c.is_correct) == [
        "Calling a friend the moment a panic starts",
        "Forcing every frightening thought out of the mind",
        "Taking a pill so that the fear doesn't build up",
    ]
    (key,) = [c.text for c in main.choices if c.is_correct]
    assert key.startswith("Noticing the racing heart")


def test_a_coordinated_predicate_is_no_parenthetical() -> None:
    """ ", and rides it out as it builds, peaks ..." is the clause's third predicate and stays;
    ", and who attends, stays ..." interrupts its clause and goes."""
    said = "A person notices it, names it, and rides it out as it builds, peaks and fades"
    assert compress(said + ".") == said
    assert compress("What is said in the group, and who attends, stays in the group.") == (
        "What is said in the group stays in the group"
    )


def test_a_member_described_after_a_fronted_adverbial_is_not_asked() -> None:
    """ "Invited: where possible, the person has asked for it": the clause's "it" is the list's
    subject, outside any stem, so no item asks for the member it describes."""
    body = (
        "## Features of useful praise\n\n"
        "- Specific: names the exact thing the person did well.\n"
        "- Sincere: means what it says, with no sales pitch behind it.\n"
        "- Timely: comes soon after the moment itself.\n"
        "- Invited: where possible, the person has asked for it or agreed to hear it.\n"
    )
    stems = [p.stem for p in _sibling_plans(read_lesson(lesson_input(body)))]
    assert stems
    assert not any("asked for it" in stem for stem in stems)


_SLEEP_LOG = (
    "A sleep log, a plain record of bedtimes and wake times, is a humble recovery tool. Its main "
    "purpose is to help the person keeping it notice how sleep and mood move together.\n\n"
    "## What it is not for\n\n"
    "It isn't proof of compliance. Nobody else needs to see it.\n\n"
    "It isn't a diagnostic tool.\n\n"
    "## A year later\n\n"
    "My log is on its second notebook. Most pages are dull. That's the point.\n"
)


def test_a_stated_main_purpose_is_the_point_and_an_aside_is_not() -> None:
    """ "Its main purpose is to X" is an explicit cue; "Most pages are dull. That's the point."
    points back at an aside about nothing the title or summary names."""
    read = read_lesson(lesson_input(_SLEEP_LOG, title="The notebook by my bed"))
    found = [c.text for c in candidates(read)]
    assert found[0].startswith("to help the person keeping it notice")
    assert not any("dull" in text for text in found)


def test_a_bare_noun_of_a_complement_denied_opens_a_section_of_contrast() -> None:
    texts = _mined(_SLEEP_LOG, "The notebook by my bed")
    assert texts[:2] == ["proof of compliance", "a diagnostic tool"]


@pytest.mark.parametrize(
    ("key", "wordings"),
    [
        # a modifier of a pronoun ("who keeps it") goes, then a closing clause of purpose
        (
            "To help the person who keeps it spot patterns so they can adjust their own routine",
            [
                "To help the person spot patterns so they can adjust their own routine",
                "To help the person spot patterns",
            ],
        ),
        # two closing adverbs of manner go, and a purpose with any subject ("so someone can")
        (
            "A set way to pass news about a crisis to another team member quickly and calmly so "
            "someone can act",
            [
                "A set way to pass news about a crisis to another team member quickly and calmly",
                "A set way to pass news about a crisis to another team member",
            ],
        ),
    ],
)
def test_a_key_loses_modifiers_manner_and_a_closing_purpose(key: str, wordings: list[str]) -> None:
    assert shorter(key)[:2] == wordings


def test_a_capitalised_word_of_an_institutions_name_is_no_one_in_the_story() -> None:
    """ "Social Security's rules" names an institution; "Dana, a peer specialist" a person."""
    read = read_lesson(
        lesson_input(
            "Dana, a peer specialist, helps Rafael with a letter. Social Security's rules are "
            "strict, and Rafael asks Social Security, the agency, for a copy.\n",
            title="Benefits letters",
        )
    )
    assert story_people(read.sentences) == {"Dana"}


def test_with_a_noun_and_a_participle_is_a_whole_phrase() -> None:
    """ "It isn't a drop-in center with meals attached" denies a whole phrase (the absolute
    construction); "a finish line marked" is still cut short."""
    body = (
        "A clubhouse is a community.\n\n## What it is not\n\nIt isn't a drop-in center "
        "with meals attached, either. It is run by members.\n"
    )
    assert _mined(body, "The clubhouse") == ["a drop-in center with meals attached"]


_NEIGHBOURS = (
    "Tokenism is the habit of inviting a few people with lived experience to look included.\n\n"
    "## What it isn't\n\n"
    "It isn't a young person trying to look older than they are. That is something else.\n\n"
    "It has nothing to do with the size of the board or with paying members for their time.\n"
)


def test_denied_relations_and_a_comparison_closed_by_its_auxiliary() -> None:
    """ "has nothing to do with A or with B" rules out A and B; "bigger than they are" ends on
    its auxiliary, which stands for the predicate."""
    assert _mined(_NEIGHBOURS, "Tokenism") == [
        "a young person trying to look older than they are",
        "the size of the board",
        "paying members for their time",
    ]


def test_a_main_point_is_not_cut_after_a_preposition() -> None:
    """Cut at 28 words, "... make decisions for them without" ends before "without"."""
    words = (
        "Adultism is the set of attitudes and behaviors built on the assumption that adults know "
        "better than young people and are entitled to make decisions for them without their "
        "input or agreement."
    )
    assert compress(words).endswith("make decisions for them")


def test_a_definitions_object_keeps_its_class_and_its_content_clause() -> None:
    """The key keeps "adults who ..." (cut, it would be about every adult) and the content
    clause of "the assumption that ..."; a second coordinated predicate may go."""
    said = (
        "Adultism is the attitude of adults who assume they know better than young people and "
        "act for them without asking"
    )
    asked = "What does the term adultism mean?"
    assert answer_for(asked, said) == (
        "The attitude of adults who assume they know better than young people and act for them "
        "without asking"
    )
    assert shorter(answer_for(asked, said)) == [
        "The attitude of adults who assume they know better than young people"
    ]
    assert answer_for(
        "Which of the following best describes adultism?",
        "Adultism is a set of habits built on the assumption that adults know better",
    ) == ("A set of habits built on the assumption that adults know better")


def test_a_role_asked_is_answered_by_what_its_holder_does() -> None:
    asked = "A mother asks her family peer specialist to come to a school meeting. What is the family peer specialist's role at the meeting?"
    said = "At a school meeting, a family peer specialist helps the parent prepare and speak up."
    assert answer_for(asked, said) == "Helping the parent prepare and speak up"
    assert answer_for("What is a family peer specialist?", said) != (
        "Helping the parent prepare and speak up"
    )


def test_a_series_of_infinitives_after_not_to_is_each_ruled_out() -> None:
    body = (
        "The role is to help the parent speak, not to speak for the parent, diagnose the "
        "child, or side with the school.\n"
    )
    assert _mined(body, "School meetings") == [
        "Speaking for the parent",
        "Diagnosing the child",
        "Siding with the school",
    ]
