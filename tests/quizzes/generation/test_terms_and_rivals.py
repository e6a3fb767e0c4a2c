"""Rules of 2026.12-38 (sentences of our own): a scene asked to be named is answered by the term
a definition names, and the rival terms a section of contrast sorts out are its wrong options."""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate, infer_main_point, read_lesson
from quizzes.generation.answers import answer_for, purpose_of, shorter
from quizzes.generation.distractors import _term_topic, mine
from quizzes.generation.forms import gerund_predicate, they_as_anyone
from quizzes.generation.items import _main_point_stem, _named_in_full, key_wordings
from quizzes.generation.lesson import is_contrast_heading, split_sentences
from quizzes.generation.rubric import asserted_true, clue_problem
from quizzes.generation.types import QuestionDraft

from .lessons import lesson_input


def _mined(body: str, title: str, question: str = "") -> list[str]:
    read = read_lesson(lesson_input(body, title=title))
    return [m.text for m in mine(read, question)]


def _main_item(body: str, *, title: str, question: str, point: str) -> QuestionDraft:
    """The main-point item of a lesson of `body` with its key question and main point given,
    published (its rubric failures shown when not)."""
    lesson = lesson_input(body, title=title, key_question=question, main_point=point)
    main = next(
        i for i in generate(lesson, bank=DistractorBank(())).items if i.kind == "main_point"
    )
    assert main.publishable, main.rubric_failures
    return main


_SCENE = (
    "A man you support snaps at you as if you were his strict uncle. This is best described as:"
)


def test_a_definition_by_a_when_clause_names_the_term_a_scene_is_a_case_of() -> None:
    statement = "Displacement is when a person moves feelings from one target onto a safer one."
    assert answer_for(_SCENE, statement) == "Displacement"
    named = "When a doctor blames every new symptom on a diagnosis, this is called:"
    assert answer_for(named, statement) == "Displacement"
    # (asked what the term means, the description is still the answer)
    asked = "Which of the following best describes displacement?"
    assert answer_for(asked, statement) != "Displacement"


_RIVALS = (
    "Displacement. It means a person moves feelings from one target onto a safer one.\n\n"
    "It helps to know the word, because the reaction is not really about you.\n\n"
    "## Sorting out the other terms\n\n"
    "Projection goes the other direction: it is seeing your own feelings in someone else.\n\n"
    "Burnout is exhaustion from the weight of the work, not a reaction to one person.\n\n"
    "A dual relationship means a second connection outside the helping role.\n"
)


def test_the_other_terms_a_section_sorts_out_are_rival_names() -> None:
    mined = _mined(_RIVALS, "Displacement", _SCENE)
    assert {"Projection", "Burnout", "A dual relationship"} <= set(mined)
    # (a clause before a colon, "Projection goes the other direction", is no run-in label)
    assert not any("goes" in text for text in mined)
    # (the explainer's own discourse names no term: "A third option is ...")
    assert _term_topic("A third option is tempting because it sounds kind.") == ""
    main = _main_item(
        _RIVALS,
        title="Displacement",
        question=_SCENE,
        point="Displacement is when a person moves feelings onto a safer target.",
    )
    assert [c.text for c in main.choices if c.is_correct] == ["Displacement"]


def test_a_heading_that_only_tells_two_ideas_apart_rules_neither_out() -> None:
    body = (
        "A trigger is an outside event that may set off distress.\n\n"
        "## Telling them apart\n\n"
        "Each section has its own action plan. Only the person decides what goes on the lists.\n"
    )
    assert _mined(body, "Triggers") == []


def test_a_quoted_belief_says_they_of_the_person_it_is_about() -> None:
    assert they_as_anyone("They'll be sent home early") == "The person will be sent home early"
    assert (
        they_as_anyone("It is risky if they didn't eat") == "It is risky if the person didn't eat"
    )
    assert they_as_anyone("They don't need a plan") == "The person doesn't need a plan"
    assert they_as_anyone("They aren't ready") == "The person isn't ready"
    # (a plural noun before it may be its antecedent)
    assert they_as_anyone("Peers think they know best") == "Peers think they know best"
    body = (
        "Calling for help comes first after a fall.\n\n"
        "## Myths that get in the way\n\n"
        '- "They\'ll be forced into a hospital." There is no rule that sends anyone there.\n'
        '- "Helping is risky if they didn\'t ask." It is not.\n'
    )
    mined = _mined(body, "Responding to a fall")
    assert "The person will be forced into a hospital" in mined
    assert "Helping is risky if the person didn't ask" in mined
    # (beside a plural in the title, "they" may be what the title names)
    assert not any("person" in text for text in _mined(body, "Fall alarms"))


def test_an_adjective_names_the_member_when_the_subject_names_none() -> None:
    stem = "A mentor goes over deadlines and rules with a trainee. Which function of mentoring is this?"
    said = "Going over deadlines and rules is the managerial function."
    assert answer_for(stem, said) == "Managerial"
    # (beside a subject that names the member, the adjective only describes the kind)
    asked = "During which phase do members test the leader?"
    assert answer_for(asked, "In most groups, testing is the usual phase of friction.") != "Usual"
    # (nor does a qualitative adjective name one: "early" describes a phase)
    assert answer_for(asked, "At this point the group is in the early phase of trust.") != "Early"


_FUNCTIONS = (
    "Mentoring has three functions: managerial, teaching and caring.\n\n"
    "## Managerial function\n\n"
    "The managerial function keeps the work on track. Going over deadlines and rules is the "
    "managerial function.\n\n"
    "## Teaching function\n\n"
    "The teaching function builds skills.\n\n"
    "## Caring function\n\n"
    "The caring function looks after morale.\n\n"
    "## Telling them apart\n\n"
    '1. Be wary of answer choices that are not one of the three, such as "disciplinary." '
    "Discipline belongs to a manager.\n"
)


def test_a_name_the_explainer_warns_against_joins_the_named_members() -> None:
    assert "Disciplinary" in _mined(_FUNCTIONS, "The three functions of mentoring")
    stem = "A mentor goes over deadlines and rules with a trainee. Which function of mentoring is this?"
    main = _main_item(
        _FUNCTIONS,
        title="The three functions of mentoring",
        question=stem,
        point="Going over deadlines and rules is the managerial function.",
    )
    assert sorted(c.text for c in main.choices) == [
        "Caring",
        "Disciplinary",
        "Managerial",
        "Teaching",
    ]


def test_a_quotations_own_sentence_ends_do_not_split_the_sentence_quoting_it() -> None:
    assert split_sentences('Praise. "Well done! I am proud" is warm, but vague. Next.') == [
        "Praise.",
        '"Well done! I am proud" is warm, but vague.',
        "Next.",
    ]
    # (a quotation that closes at its own end leaves the sentence end where it was)
    assert split_sentences('He said "Stop!" Then he left.') == ['He said "Stop!"', "Then he left."]


def test_a_quotation_after_a_run_in_label_is_the_example_its_paragraph_sets_aside() -> None:
    body = (
        "A compliment names a real strength the person showed.\n\n"
        "## Compliment or something else?\n\n"
        'Cheering. "Way to go! Amazing" is warm, but it grades the person.\n\n'
        'Mirroring. "So you feel stuck at work" is a fine reflection. It names no strength.\n'
    )
    said = {text.strip('"') for text in _mined(body, "Compliments")}
    assert {"Way to go! Amazing", "So you feel stuck at work"} <= said
    # (the alternative asked sets the section against the concept; "something else" alone does
    # not: "Something else worth knowing" adds to it)
    assert is_contrast_heading("Compliment or something else?")
    assert not is_contrast_heading("Something else worth knowing")


def test_every_member_of_a_denied_series_is_ruled_out() -> None:
    body = (
        "Burnout is exhaustion built up over months of heavy work.\n\n"
        "Burnout is not a character flaw, a sign of weak faith, or a lack of commitment.\n\n"
        "Burnout is not a failure, the end of a career.\n"
    )
    mined = _mined(body, "Burnout")
    assert {"a character flaw", "a sign of weak faith", "a lack of commitment"} <= set(mined)
    # (with no conjunction before the last, the phrase after the comma is in apposition)
    assert "the end of a career" not in mined


_REFRAMING = (
    "Reframing offers another meaning for the same facts, usually one that shows a strength.\n\n"
    "## Example\n\n"
    "Sam, a peer specialist, meets a person each week. Sam listens first.\n\n"
    'A person says: "I failed my driving test twice. I give up."\n\n'
    'A reframe: "You have gone back twice already. That says a lot about your determination."\n\n'
    "## How reframing differs from other responses\n\n"
    '- Reflection mirrors what was said: "It sounds like you are fed up with the test."\n'
    '- Reassurance argues with the person: "Everyone fails, so it does not really matter."\n'
    '- Advice jumps ahead: "Book some extra lessons before you try again."\n'
    '- Sam tries once more: "What went wrong on the day?"\n'
)


def test_a_quotation_shown_as_another_kind_is_a_wrong_example_beside_the_labelled_one() -> None:
    said = set(_mined(_REFRAMING, "Reframing"))
    assert {
        '"It sounds like you are fed up with the test"',
        '"Everyone fails, so it does not really matter"',
        '"Book some extra lessons before you try again"',
    } <= said
    # (a person of the story says it: no kind shows it)
    assert not any("went wrong" in text for text in said)
    stem = 'A person says, "I failed my driving test twice." Which response is an example of reframing?'
    main = _main_item(
        _REFRAMING,
        title="Reframing",
        question=stem,
        point="Reframing offers another meaning for the same facts.",
    )
    assert [c.text for c in main.choices if c.is_correct] == [
        '"You have gone back twice already. That says a lot about your determination"'
    ]


def test_a_quoted_reply_may_take_up_the_words_it_replies_to() -> None:
    stem = 'A person says, "I failed my driving test twice." Which response is an example of X?'
    reply = '"You took the driving test twice, so you keep trying"'
    assert clue_problem(stem, reply, ['"Book lessons"', '"Everyone fails"']) == ""
    # (outside the quotation, the stem's own words still give a key away)
    assert clue_problem(
        "Which reply names the driving test twice?", "Driving test twice", ["Book lessons"]
    )


def test_words_said_to_someone_keep_their_they() -> None:
    assert they_as_anyone("Why do you think they treat you that way?") == (
        "Why do you think they treat you that way?"
    )
    assert they_as_anyone("I'm sure they just worry") == "I'm sure they just worry"


def test_namely_specifies_what_which_asks_for() -> None:
    assert answer_for(
        "Which side effects are common with these tablets?",
        "Many of these tablets cause stomach effects, namely nausea and cramps, which pass.",
    ) == ("Nausea and cramps")
    # (a "what is" question asks what the statement says, not its specification)
    assert answer_for(
        "What is a stomach effect?", "These tablets cause stomach effects, namely nausea."
    ) != ("Nausea")


def test_the_noun_phrases_a_section_on_the_other_choices_sets_aside_are_wrong_options() -> None:
    body = (
        "These tablets mostly cause stomach effects such as nausea.\n\n"
        "## Why the other choices are wrong\n\n"
        "Sudden hair loss and a dry mouth describe roughly the opposite of what happens.\n\n"
        "Liver damage that requires surgery is not how these tablets work.\n\n"
        "Permanent hearing loss is not a known effect of them.\n\n"
        "This is a common mix-up.\n"
    )
    assert {
        "Sudden hair loss and a dry mouth",
        "Liver damage that requires surgery",
        "Permanent hearing loss",
    } <= set(_mined(body, "Tablet side effects"))


def test_what_a_thing_lets_someone_do_is_its_purpose_and_a_result_clause_can_go() -> None:
    said = "Practising a refusal lets a person say no quickly so the offer passes without harm."
    assert purpose_of(said) == "To say no quickly so the offer passes without harm"
    assert key_wordings("To say no early on the day so the offer passes without any harm")[1:] == [
        "To say no early on the day"
    ]


_DRILLS = (
    "Module 2: Rehearsing Refusals\n\n"
    "Practising a refusal lets a person say no quickly so the offer passes without harm.\n\n"
    "## Cautions\n\n"
    "Its purpose is not to check whether the person still wants to use.\n\n"
    "Rehearsal also does not replace avoiding risky places.\n\n"
    "It is not the peer specialist's job to decide who stays in the person's life.\n"
)


def test_a_purpose_and_a_role_denied_and_a_derived_noun_of_the_topic() -> None:
    mined = _mined(_DRILLS, "Rehearsing refusals")
    # ("Rehearsal" is the topic's verb made a noun; the role's job denied keeps its wh-clause)
    assert "to replace avoiding risky places" in mined
    # (in either form, whole: "Deciding who stays ...", its object clause kept)
    assert {
        "to decide who stays in the person's life",
        "Deciding who stays in the person's life",
    } & set(mined)
    main = _main_item(
        _DRILLS,
        title="Rehearsing refusals",
        question="What is the main purpose of rehearsing refusals?",
        point="Practising a refusal lets a person say no quickly so the offer passes.",
    )
    assert next(c.text for c in main.choices if c.is_correct).startswith("To ")


_INVITATION = (
    "An invitation is a boundary decision, so a peer specialist responds warmly but not "
    "deciding alone, and checks with a supervisor first.\n\n"
    "## The heart of it\n\n"
    "That middle path avoids two easy mistakes. The first is saying yes right away to please "
    'the person. The second is a stiff "I am not allowed to do that." A third mistake, going '
    "but keeping it quiet, is the worst of both.\n"
)


def test_an_act_in_apposition_to_a_mistake_is_whole_and_but_not_is_said_with_without() -> None:
    assert "Going but keeping it quiet" in _mined(_INVITATION, "Invitations")
    main = _main_item(
        _INVITATION,
        title="Invitations",
        question="A person invites you to a party. What is the best way to respond?",
        point="Responding warmly but not deciding alone or on the spot.",
    )
    assert [c.text for c in main.choices if c.is_correct] == [
        "Responding warmly without deciding alone or on the spot"
    ]


def test_a_quoted_term_or_a_noun_and_its_infinitive_denied_of_the_subject() -> None:
    body = (
        "Personal care is what a person does to stay well.\n\n"
        "## What it isn't\n\n"
        'It isn\'t "self-medication," the use of pills without a prescriber.\n\n'
        "It isn't permission to skip the doctor for a year.\n"
    )
    mined = _mined(body, "Personal care")
    assert "self-medication" in mined
    assert "permission to skip the doctor for a year" in mined


def test_a_closing_series_of_examples_goes_whole() -> None:
    assert shorter("What a person does to feel well, such as work, music, hobbies or faith") == [
        "What a person does to feel well"
    ]


def test_a_purpose_asked_of_a_bare_gerund_takes_the_titles_gerund_phrase() -> None:
    body = (
        "A refusal drill is a short role-play. The main purpose of rehearsing is to make a clear "
        "refusal quick and automatic.\n\n"
        "## Cautions\n\n"
        "Its purpose is not to check whether the person still wants to use.\n"
    )
    read = read_lesson(lesson_input(body, title="Module 7: Rehearsing Refusal Skills"))
    point = infer_main_point(lesson_input(body, title="Module 7: Rehearsing Refusal Skills"))
    assert point.text == "To make a clear refusal quick and automatic"
    assert _main_point_stem(read, point) == "What is the purpose of rehearsing refusal skills?"


def test_a_faulted_helpers_words_and_moves_under_another_version() -> None:
    body = (
        "Nia tells her peer specialist, Lee, that her pills leave her foggy.\n\n"
        "## A different response\n\n"
        'Across town, Sam tells Tasha the same thing. "Lots of people just skip the night pill '
        'when they need to be sharp," she says.\n\n'
        "Skipping pills is medical advice a peer is not qualified to give. Calling the doctor "
        "on Sam's behalf, without being asked, takes the conversation out of his hands.\n"
    )
    mined = _mined(body, "Talking about side effects")
    # (what is called advice is the helper's suggesting it: the skipping is the person's act)
    assert {"suggesting skipping pills", "calling the doctor on their behalf"} <= {
        m.lower() for m in mined
    }
    # (what the faulted helper says is her claim, not the article's)
    read = read_lesson(lesson_input(body, title="Talking about side effects"))
    assert not asserted_true("Skipping pills", read.sentences)


def test_a_plural_nouns_coordinate_stays_a_noun() -> None:
    assert gerund_predicate(
        "helps", "them put observations and questions in writing and prepares them"
    ) == ("helping them put observations and questions in writing and preparing them")
    # (one that takes an object is a verb: "and offers them resources")
    assert gerund_predicate("listens", "to family members and offers them resources") == (
        "listening to family members and offering them resources"
    )


def test_a_definite_noun_in_a_list_heading_is_named_as_the_lesson_defines_it() -> None:
    body = (
        "A refusal drill is a short, planned role-play.\n\n"
        "## Running the drill\n\n"
        "1. Ask the person to describe a situation.\n"
        "2. Let the person choose the words.\n"
        "3. Play the other person first.\n"
    )
    read = read_lesson(lesson_input(body, title="Refusal skills"))
    assert _named_in_full("Running the drill", read) == "Running a refusal drill"
    assert _named_in_full("Running the meeting", read) == "Running the meeting"
