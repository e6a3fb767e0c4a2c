"""Rules of 2026.12-35 (sentences of our own): example lists under parallel headings, keys asked
by comparison, sequence, permission, passive and kind, cuts that would leave a series, a clause
or a subject unfinished, rivals named by the answer stated against them, moves judged by
reference, pronouns and quotations that point outside an option, and cues that frame the
sentence after them."""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.answers import answer_for, shorter
from quizzes.generation.distractors import (
    faulted_in,
    mine,
    names_in,
    self_contained,
    shape_of,
    that_determiner,
)
from quizzes.generation.forms import to_gerund
from quizzes.generation.items import (
    _in_shape,
    _it_not_plural,
    _kind_named,
    _superlative_own_question,
)
from quizzes.generation.lesson import is_contrast_heading
from quizzes.generation.mainpoint import candidates, strip_frames
from quizzes.generation.rubric import form_problem, person_problem, pointing_problem
from quizzes.generation.words import unquoted

from .lessons import lesson_input

_TWO_KINDS = (
    "Support happens at two levels.\n\n"
    "## Examples of personal budgeting\n\n"
    "- Helping a tenant list the bills that are due this month.\n"
    "- Sitting with someone while they sort receipts into envelopes.\n"
    "- Showing a member how to set a reminder for a payment date.\n\n"
    "## Examples of community finance work\n\n"
    "- Speaking at a city council meeting about bus fares that affect many riders.\n"
    "- Serving on a credit union's member board and proposing a fee change.\n"
    "- Joining a coalition that asks the county to fund free tax clinics.\n"
)


def test_lists_headed_examples_of_two_kinds_give_each_others_wrong_options() -> None:
    """An example of one kind is an example of neither other: each list's items are the other
    item's wrong options (item writing: siblings), and a mass noun takes no article."""
    result = generate(lesson_input(_TWO_KINDS, title="Money help"), bank=DistractorBank(()))
    asked = {i.stem: i for i in result.items if i.publishable}
    item = asked["Which of the following is an example of community finance work?"]
    key = next(c.text for c in item.choices if c.is_correct)
    wrong = [c.text for c in item.choices if not c.is_correct]
    assert key.startswith(("Speaking at a city council", "Serving on a credit union"))
    assert all("council" not in w and "coalition" not in w for w in wrong)
    assert "Which of the following is an example of personal budgeting?" in asked


def test_asked_for_an_example_the_listed_example_is_the_main_point_item() -> None:
    """The key question asks for an example of a kind the lesson lists examples of: those
    examples answer it, before any key drawn from a statement."""
    lesson = lesson_input(
        "Community finance work is one of the oldest tasks of a peer specialist.\n\n" + _TWO_KINDS,
        title="Money help",
        key_question="Which of the following is an example of community finance work?",
        main_point="Community finance work changes the rules that affect many people at once.",
    )
    result = generate(lesson, bank=DistractorBank(()))
    main = next(i for i in result.items if i.kind == "main_point")
    assert main.publishable
    key = next(c.text for c in main.choices if c.is_correct)
    assert "oldest tasks" not in key
    assert key.startswith(("Speaking at a city council", "Serving on a credit union"))


def test_a_kind_named_in_the_plural_is_one_of_them_and_a_mass_noun_stays_bare() -> None:
    assert _kind_named("open questions") == "an open question"
    assert _kind_named("community finance work") == "community finance work"
    assert _kind_named("Systems advocacy") == "systems advocacy"


def test_no_cut_inside_a_series_of_nouns_or_before_a_clauses_verb() -> None:
    """ "whether a food bank, church pantry or shelter is open": the comma is inside the series,
    and before it the whether-clause has no verb yet."""
    cuts = shorter(
        "Checking whether a food bank, church pantry or shelter is already open on weekends"
    )
    assert "Checking whether a food bank" not in cuts
    # a cut after a whole phrase still stands
    assert shorter("Calling the clinic about the bill, then writing it down") == [
        "Calling the clinic about the bill"
    ]


def test_an_infinitive_after_a_verb_of_asking_or_inviting_is_no_purpose_to_cut() -> None:
    cuts = shorter("Inviting neighbors who use the service to speak at the hearing themselves")
    assert "Inviting neighbors who use the service" not in cuts


def test_a_possessive_own_with_its_noun_elided_points_outside_the_option() -> None:
    assert not self_contained("Replacing the person's plan with their own")
    assert self_contained("A person solving problems on their own")
    assert self_contained("Members choosing a plan of their own")


def test_a_noun_after_or_closing_a_prepositions_object_stays_a_noun() -> None:
    assert to_gerund("find out who has authority over the rule or practice") == (
        "finding out who has authority over the rule or practice"
    )


def test_a_heading_saying_not_all_are_equal_is_no_heading_of_contrast() -> None:
    """ "Not all practice is equal" tells kinds apart; what its section lists is not ruled out."""
    assert not is_contrast_heading("Not all practice is equal")
    assert not is_contrast_heading("Not every plan works the same way")
    assert is_contrast_heading("Not a crisis service")
    body = (
        "Practice makes skills stick.\n\n"
        "## Not all practice is equal\n\n"
        "Trainers have found that practice works best when it is:\n\n"
        "- Spaced over several weeks rather than crammed into one day.\n"
        "- Tied to real situations from the learner's own work.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Practice")), "")]
    assert "Trainers" not in texts
    assert not any(t.startswith("Tied to real situations") for t in texts)


def test_the_answer_stated_against_its_rivals_names_each_rival() -> None:
    """ "the answer is X, not A, not B, and certainly not C": A, B and C are the rivals; X is the
    answer, and the denials are no aside inside it."""
    sentence = (
        "If a test asks which habit best protects sleep, the answer is a fixed wake-up time, "
        "not sleeping in on weekends, not a nightcap, and certainly not scrolling in bed."
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(sentence + "\n", title="Sleep")), "")]
    assert {"sleeping in on weekends", "a nightcap", "scrolling in bed"} <= set(texts)
    assert answer_for("Which habit best protects sleep?", sentence) == "A fixed wake-up time"


def test_a_colon_after_replacing_myths_with_facts_lists_the_facts() -> None:
    body = (
        "Education means replacing myths with facts: most people with depression work, "
        "treatment helps, and recovery is common.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Education")), "")]
    assert not any("recovery is common" in t or "treatment helps" in t for t in texts)


def test_asked_which_approach_works_best_the_subject_compared_answers() -> None:
    """A fronted scope ("Among teens,") and the subject's relative clause are passed over to the
    clause's own verb; the subject of the comparison is the approach."""
    assert (
        answer_for(
            "Which approach has research found most effective in reducing vaping among teens?",
            "Among teens, talks from peers who have quit vaping themselves reduce vaping more "
            "effectively than warning posters.",
        )
        == "Talks from peers who have quit vaping themselves"
    )


def test_a_superlative_that_names_its_own_occasion_is_asked_as_it_is_found() -> None:
    text = (
        "For teens, talks from peers who have quit has been found to be the most effective way "
        "to reduce vaping"
    )
    stem = _superlative_own_question(text)
    assert stem == "For teens, what has been found to be the most effective way to reduce vaping?"
    assert answer_for(stem, text) == "Talks from peers who have quit"


def test_a_cue_heading_whose_first_sentence_announces_its_colon_gives_what_it_delivers() -> None:
    body = (
        "People try many things.\n\n"
        "## The bottom line\n\n"
        "Here is the part to remember: a fixed wake-up time protects sleep better than any "
        "gadget.\n"
    )
    cues = list(candidates(read_lesson(lesson_input(body, title="Sleep"))))
    assert any(c.text.lower().startswith("a fixed wake-up time protects sleep") for c in cues)
    assert not any(c.text.startswith("Here is the part") for c in cues)


def test_it_stands_for_a_plural_concept_only_after_one_of_it_is_named() -> None:
    read = read_lesson(
        lesson_input(
            "Members run the kitchen and the front desk. And it isn't a social club with dues.\n\n"
            "A test strip checks a sample for one drug. It isn't a dose calculator.\n",
            title="Members and strips",
        )
    )
    club, calculator = read.sentences[1], read.sentences[3]
    assert _it_not_plural(read, club, "members")
    assert not _it_not_plural(read, calculator, "test strips")


def test_an_act_among_statements_answers_another_question() -> None:
    assert form_problem(
        "Night shifts are common among nurses",
        [
            "Night work rarely affects sleep",
            "Measuring a person's sleep quality",
            "A late shift means a person cannot rest",
        ],
    )
    assert not form_problem(
        "Night shifts are common among nurses",
        [
            "Night work rarely affects sleep",
            "Only nurses were studied",
            "A late shift means a person cannot rest",
        ],
    )


def test_a_subject_set_off_by_a_parenthetical_is_no_shorter_wording() -> None:
    """ "The first survey, run by two universities, asked about ten habits": the verb follows the
    parenthetical, so neither the subject alone nor the subject and its aside state anything."""
    cuts = shorter(
        "The first survey, run by two universities with 9,000 students, asked about ten habits"
    )
    assert "The first survey" not in cuts
    assert not any(c.endswith("9,000 students") for c in cuts)
    assert shorter("A record of the visit, tied to the person's goals") == ["A record of the visit"]


def test_two_findings_said_in_that_clauses_each_state_one() -> None:
    cuts = shorter(
        "Childhood money worries are common and that the longer they last, the worse sleep gets"
    )
    assert "Childhood money worries are common" in cuts


def test_a_clause_opening_on_only_is_a_statement_not_a_time() -> None:
    assert shape_of("Only sexual abuse was linked to adult health problems") != "when"
    assert shape_of("Only when the person asks") == "when"


def test_a_quotation_running_past_its_sentence_is_still_quoted() -> None:
    assert "Hey" not in unquoted('So he says, "Hey, you have a lot to live for.')
    assert "brother" not in unquoted('Your brother would miss you."')
    assert unquoted('He said "no" twice.').split() == ["He", "said", "twice."]


def test_a_capitalised_word_only_said_in_a_quotation_is_nobody_of_the_story() -> None:
    """ "Hey" opens a quotation; the "he" after it is still Ben, whose faulted acts are the
    wrong moves."""
    body = (
        "## Case two\n\n"
        "Ben hears the same comments from another participant. "
        'So he says, "Hey, you have a lot to live for. Your family needs you." '
        "He suggests a walk, changes the subject to a job fair and makes a note to call next week.\n\n"
        "Ben meant well. He was trying to be kind. But the person left with no one knowing.\n"
    )
    read = read_lesson(lesson_input(body, title="Asking"))
    assert "Hey" not in names_in(read.sentences)
    texts = [m.text for m in mine(read, "")]
    assert any(t.lower().startswith("changing the subject to a job fair") for t in texts)


def test_an_option_must_close_its_quotation_and_name_what_it_stands_for() -> None:
    assert not self_contained('Asking about past survival: "You have been through a lot')
    assert self_contained('Making a note to "call next week"')
    assert not self_contained("Helping people find it and strengthening it")
    assert self_contained("Taking a break and enjoying it")
    assert self_contained("Promising to keep it secret")


def test_asked_what_comes_right_after_a_step_the_next_step_answers() -> None:
    assert (
        answer_for(
            "In teach-back, what should a peer specialist do right after explaining a plan?",
            "When teaching a new skill, a peer first asks what the person already knows, "
            "explains a little at a time, and then asks the person to say it back in their "
            "own words.",
        )
        == "Ask the person to say it back in their own words"
    )


def test_a_concession_set_aside_by_the_trouble_was_faults_its_owner() -> None:
    """ "Sam's facts were not wrong. The trouble was everything around them.": Sam is faulted,
    and his move is the act itself, not the means nor the alternative he passed over."""
    body = (
        "## Two visits\n\n"
        "Sam meets Ana at the library. Sam talks for ten minutes about sleep apps. "
        "Sam closed by telling her what to buy instead of asking what she thought.\n\n"
        "## Looking back\n\n"
        "Sam's facts were not wrong. The trouble was everything around them.\n"
    )
    read = read_lesson(lesson_input(body, title="Sharing information"))
    assert "Sam" in faulted_in(read.sentences)
    texts = [m.text for m in mine(read, "")]
    assert "telling them what to buy" in texts


def test_what_the_person_controls_is_left_to_them_by_the_helper() -> None:
    stem = "A man starts describing a car crash and goes pale. What should the peer specialist do?"
    assert answer_for(stem, "The person decides how much of the story to tell and when") == (
        "Let the person decide how much of the story to tell and when"
    )
    assert answer_for(
        "What is the most helpful response?",
        "The person decides how much of the story to tell; a peer checks in.",
    ) == ("Letting the person decide how much of the story to tell")


def test_moves_judged_by_reference_are_ruled_out_and_conditional_harm_is_not() -> None:
    body = (
        "Pressing for names can push a person back into the fear they came in with. "
        'Urging someone to "say it all at once" has the same problem. '
        "Retelling a loss is not automatically healing; in the wrong setting it can hurt.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Pacing")), "")]
    assert "pressing for names" in texts
    assert 'urging someone to "say it all at once"' in texts
    assert not any(t.startswith("retelling") for t in texts)


def test_what_a_helper_read_or_heard_is_what_they_believe_not_a_move() -> None:
    body = (
        "## A different visit\n\n"
        "Brian meets Tom at a cafe. Brian has read that talking always heals. "
        "He presses Tom for every detail.\n\n"
        "Brian meant well. But Tom cancelled his next visit.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Pacing")), "")]
    assert not any(t.startswith("reading") for t in texts)
    assert any(t.startswith("pressing Tom for every detail") for t in texts)


def test_the_last_of_two_acts_is_a_wording_when_the_first_is_too_slight() -> None:
    cuts = shorter("Using their own supports and asking their supervisor about a lighter caseload")
    assert "Asking their supervisor about a lighter caseload" in cuts
    assert "Asking about money" not in shorter(
        "Listening closely to the person's goals and asking about money"
    )


def test_a_cue_addressed_to_the_reader_under_a_summary_heading_frames_the_next_sentence() -> None:
    body = (
        "Many people have heard that naps ruin sleep.\n\n"
        "## The short version\n\n"
        "If you remember one thing from this post, make it the change in the question. "
        "Naps are tools that a person can learn to time well, rather than habits to be banned.\n"
    )
    cues = [(c.cue, c.text) for c in candidates(read_lesson(lesson_input(body, title="Naps")))]
    assert any(
        cue == "explicit cue" and text.startswith("Naps are tools that a person can learn")
        for cue, text in cues
    )


def test_asked_which_person_a_law_protects_its_object_answers_and_options_name_people() -> None:
    assert (
        answer_for(
            "Under the housing code, which person is protected from eviction during winter?",
            "The code protects people with young children or serious illness, but not people "
            "who damage the unit.",
        )
        == "A person with young children or serious illness"
    )
    stem = "Which person is protected from eviction during winter?"
    assert person_problem(stem, ["A tenant who pays late", "Timing of the notice"])
    assert not person_problem(stem, ["A tenant who pays late", "No one, because ..."])


def test_answers_offered_such_as_three_quotations_are_three_rivals() -> None:
    body = (
        "## Test-day traps\n\n"
        'Exam writers like to offer answers such as "naps should be banned outright," '
        '"a long nap always helps," or "coffee at night is harmless." All three are wrong.\n'
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body, title="Naps")), "")]
    assert {"naps should be banned outright", "coffee at night is harmless"} <= set(texts)


def test_a_discourse_imperative_is_a_frame_and_a_bare_comparison_points_outside() -> None:
    assert strip_frames("Note that naps are handled differently here.").startswith("naps are")
    assert not self_contained("Handled a bit differently")
    assert pointing_problem(["Handled a bit differently", "A long nap", "A short nap"])
    assert not pointing_problem(["Explain that all naps are basically the same", "A long nap"])


def test_under_the_other_answers_a_described_noun_phrase_is_the_choice() -> None:
    body = (
        "## Why the other answers miss\n\n"
        "A clinic that charges members a monthly fee describes a gym, not this program.\n\n"
        "A board where people file complaints mixes up two services.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Clubs")), "")]
    assert "A clinic that charges members a monthly fee" in texts
    assert "A board where people file complaints" in texts


def test_what_a_kind_does_answers_what_it_is_as_that_kind() -> None:
    assert (
        answer_for(
            "What is a mental health court?",
            "A mental health (treatment) court links people charged with minor offenses to "
            "community treatment, as an alternative to jail.",
        )
        == "A court that links people charged with minor offenses to community treatment, as an "
        "alternative to jail"
    )
    assert "A court that links people to treatment" in shorter(
        "A court that links people to treatment as an alternative to jail"
    )
    # a definition keeps the relative clause that makes it one
    assert answer_for(
        "What is a respite house?",
        "A respite house is a peer-run home that offers a short, voluntary stay to people in "
        "emotional distress as an alternative to a hospital visit.",
    ).startswith("A peer-run home that offers")


def test_no_cut_inside_a_relative_clause_opened_by_a_preposition() -> None:
    cuts = shorter(
        "A legal process by which a court, or a clinician acting for it, orders a person into care"
    )
    assert "A legal process by which a court" not in cuts


@pytest.mark.parametrize(
    ("option", "alone"),
    [
        # (a pronoun's comparative compares with what the text said before: than what?)
        ("Doing something simpler", False),
        ("Finding someone more patient", False),
        # (with its standard said, or with no comparative, the option stands alone)
        ("Doing something simpler than a lecture", True),
        ("Offering something practical", True),
        ("Asking someone else to help", True),
    ],
)
def test_a_pronoun_compared_with_nothing_said_points_outside(option: str, alone: bool) -> None:
    assert self_contained(option) == alone
    assert bool(pointing_problem([option, "A long nap", "A short nap"])) == (not alone)


@pytest.mark.parametrize(
    ("option", "alone"),
    [
        # ("that" before a noun that ends the phrase points at something named before)
        ("Check and follow that policy", False),
        ("Point to that resource in the list", False),
        # (a time told from the story's then is no thing pointed at)
        ("Promising them a bed that night", True),
        # ("that" opening a content clause: its subject, then its verb)
        ("Saying that time heals", True),
        ("Making sure that staff know the plan", True),
        ("That people with lived experience decide what happens", True),
        # (a quotation stands in the clause, its words the speaker's)
        ('Cutting the call short on the grounds that family "is not part of the work"', True),
        ("\u201cWhy do you think they treat you that way?\u201d", True),
    ],
)
def test_that_before_a_noun_ending_the_phrase_points_outside(option: str, alone: bool) -> None:
    assert that_determiner(option) == (not alone)
    stem = "What should a peer specialist do?"
    assert bool(pointing_problem([option, "Wait a week", "Ask a friend"], stem)) == (not alone)


@pytest.mark.parametrize(
    ("belief", "instruction"),
    [
        # (a gerund subject with its own verb states a belief: no instruction in it)
        ("Asking for bus fare keeps it fair", ""),
        ("Writing a report means someone is in trouble", ""),
        # (a verb inside the phrase's own clause, or a noun in "-s", leaves the act whole)
        (
            "Holding off until the mother agrees to a report",
            "Hold off until the mother agrees to a report",
        ),
        ("Telling them the decision is final", "Tell them the decision is final"),
        ("Diagnosing sleep disorders", "Diagnose sleep disorders"),
    ],
)
def test_a_belief_with_a_gerund_subject_is_no_instruction(belief: str, instruction: str) -> None:
    assert _in_shape(belief, "base") == instruction
