"""Rules of 2026.12-33 (sentences of our own): reasons said as clauses, mistaken beliefs said as
the statements believed, quoted words that are mentioned, and duties in the passive."""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.answers import answer_for
from quizzes.generation.distractors import _gerund_subject, mine, shape_of
from quizzes.generation.forms import capitalise
from quizzes.generation.items import _as_statement, _given_dropped, _in_shape
from quizzes.generation.mainpoint import _after_cue, compress, strip_frames
from quizzes.generation.rubric import form_problem, stem_problem

from .lessons import lesson_input


def test_a_quoted_word_before_its_noun_is_mentioned_not_said() -> None:
    """'"What" questions ...': a quotation modifying the noun after it is the subject's word,
    not speech the sentence reports, so the sentence stays whole; speech is still taken out."""
    assert strip_frames('"What" questions invite a story.') == '"What" questions invite a story.'
    assert strip_frames('"You matter to me," she says.') == "You matter to me"
    assert compress(
        'Because "how" questions open a door, and people who feel welcome keep talking.'
    ) == ('"how" questions open a door')
    assert capitalise('"how" questions open a door') == '"How" questions open a door'


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("People early in recovery cannot always name their triggers", "clause"),
        ("Peers shouldn't give medical advice", "clause"),
        # a closing relative clause set off by a comma is inside the noun phrase
        ("The person's own permission, which can be withdrawn", "noun"),
    ],
)
def test_a_modal_or_a_negated_auxiliary_makes_a_clause(text: str, shape: str) -> None:
    assert shape_of(text) == shape


def test_asked_why_a_claim_the_lesson_rules_out_is_a_wrong_reason_as_it_stands() -> None:
    """Beside "They tend to ...", a clause with its own subject is a reason too; a gerund subject
    with its verb after five words is still a statement."""
    assert _in_shape("Staff cannot guess a person's motives", "it") == (
        "Staff cannot guess a person's motives"
    )
    assert _in_shape("Asking about the person's weekend plans is too personal", "it") == (
        "Asking about the person's weekend plans is too personal"
    )
    assert (
        form_problem(
            "They tend to sound like blame",
            ["Staff cannot guess a person's motives", "Asking about plans is too personal"],
        )
        == ""
    )


@pytest.mark.parametrize(
    ("act", "statement"),
    [
        (
            "Believing a supervisor must sign off on the request",
            "A supervisor must sign off on the request",
        ),
        ('Promising that withdrawing "deletes" the old notes', "Withdrawing deletes the old notes"),
        ("Treating the review date as final", "The review date is final"),
        ("Treating the two as one thing", ""),  # (no noun to say it of)
        ("Telling the person that they must stay", ""),  # ("They must stay" points outside)
        ("Thinking about the future", ""),
    ],
)
def test_a_mistaken_belief_is_the_statement_believed(act: str, statement: str) -> None:
    assert _as_statement(act) == statement


def test_among_statements_a_mistaken_belief_is_said_as_a_statement() -> None:
    assert _in_shape("Believing a supervisor must sign off on the request", "clause") == (
        "A supervisor must sign off on the request"
    )
    assert _in_shape("Believing a supervisor must sign off on the request", "ing") == (
        "Believing a supervisor must sign off on the request"
    )


def test_a_question_may_close_inside_its_quotation() -> None:
    stem = 'Why is it unwise to ask a question such as "Why did you do that?"'
    assert stem_problem(stem, "main_point") == ""


def test_a_series_of_acts_that_leave_someone_alone_is_ruled_out() -> None:
    body = (
        "## What to do\n\n"
        "Talk to the supervisor before the first meeting.\n\n"
        "Skipping the supervisor, asking the person to stay quiet, or handling the history in "
        "private all leave the new peer specialist carrying the conflict alone.\n"
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body)))]
    assert "skipping the supervisor" in texts
    assert "handling the history in private" in texts


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "once" before a measure of time is how often, no clause
        ("Checking the inbox once a week is housekeeping.", "Checking the inbox once a week"),
        # after a verb of saying, "that" opens a clause whose subject may be a gerund
        ('Promising that leaving "wipes" the record.', ""),
        (
            "Believing that asking about money is rude shuts people down.",
            ("Believing that asking about money is rude"),
        ),
    ],
)
def test_the_gerund_subject_ends_at_the_sentences_own_verb(text: str, subject: str) -> None:
    assert _gerund_subject(text) == subject


def test_a_duty_in_the_passive_asked_first_is_the_act_its_heavy_object_last() -> None:
    """ "X must be reported to the supervisor first": asked what to do first, the act without the
    question's "first"; an object ending on its own preposition goes after the phrase."""
    stem = "A peer specialist learns a new participant is her cousin. What should she do first?"
    statement = (
        "A family tie with someone a peer specialist is matched with must be reported to the "
        "supervisor first, so that the assignment is decided openly."
    )
    assert answer_for(stem, statement) == (
        "Report to the supervisor a family tie with someone a peer specialist is matched with"
    )


def test_a_second_predicate_beside_a_noun_phrase_is_a_relative_clause() -> None:
    stem = "Which of the following best describes a release of information?"
    statement = "A release of information is the person's own permission and can be withdrawn."
    assert answer_for(stem, statement) == "The person's own permission, which can be withdrawn"


def test_a_conditional_aside_between_a_cue_and_its_colon() -> None:
    sentence = (
        "The key idea, if you keep only one thing: a peer specialist who reviews a hard "
        "meeting and brings questions to supervision is practising reflection."
    )
    assert _after_cue(sentence).startswith("a peer specialist who reviews a hard meeting")


def test_a_clause_after_a_preposition_is_not_dropped_as_given() -> None:
    stem = "A member asks whether she belongs in the group. Which response helps most?"
    key = "Members hear many messages about whether they belong"
    assert _given_dropped(key, stem) == key


def test_a_why_item_takes_the_reasons_an_explainer_rejects(bank: DistractorBank) -> None:
    body = (
        'Because "why" questions tend to sound like blame, and people who feel blamed stop '
        "talking.\n\n"
        "## Where the other answers go wrong\n\n"
        '"They can only be answered with yes or no." A "why" question is open.\n\n'
        '"Asking about reasons is outside the peer role." Asking what happened is ordinary.\n\n'
        '"People in recovery cannot explain their own choices." People are the experts on '
        "their own lives.\n"
    )
    lesson = lesson_input(
        body,
        slug="why-questions",
        title='Why should a peer specialist avoid "why" questions?',
        key_question='Why should a peer specialist avoid "why" questions?',
        main_point='"Why" questions tend to sound like blame and make people stop talking.',
    )
    items = [i for i in generate(lesson, bank=bank).items if i.kind == "main_point"]
    assert items
    assert items[0].publishable
    wrong = {c.text for c in items[0].choices if not c.is_correct}
    assert wrong == {
        "They can only be answered with yes or no",
        "Asking about reasons is outside the peer role",
        "People in recovery cannot explain their own choices",
    }


def test_a_step_after_its_comma_and_then_takes_the_base_form() -> None:
    from quizzes.generation.forms import base_predicate

    assert base_predicate("checks", "in weekly, then writes a short note") == (
        "check in weekly, then write a short note"
    )


def test_a_verb_after_an_open_infinitive_is_the_infinitives() -> None:
    from quizzes.generation.forms import from_gerund, to_gerund

    assert to_gerund("ask them to wait a week and apply again") == (
        "asking them to wait a week and apply again"
    )
    assert to_gerund("listen, reflect and ask") == "listening, reflecting and asking"
    # a word that is a noun too is a verb before its object
    assert from_gerund("keeping the receipt and filing it away") == (
        "keep the receipt and file it away"
    )


def test_a_practitioners_refusal_in_the_present_is_ruled_out() -> None:
    body = (
        "## What I don't do\n\n"
        "I don't fill in the form for her while she watches. I don't know every rule either. "
        "And we never tell people to give up on an appeal.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert "Filling in the form for them while she watches" in texts or (
        "Filling in the form for them" in texts
    )
    assert "Telling people to give up on an appeal" in texts
    assert not any(t.startswith("Knowing") for t in texts)


def test_leaving_out_a_needed_step_is_a_verdict() -> None:
    body = (
        "## What to do\n\n"
        "Ask what happened before you decide anything.\n\n"
        "Calling the landlord yourself, filing the complaint for them, or waiting for the "
        "problem to pass all skip the part where the person decides.\n"
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body)))]
    assert "calling the landlord themselves" in texts
    assert "waiting for the problem to pass" in texts


def test_asked_what_to_do_an_instruction_after_a_colon_or_semicolon_is_the_answer() -> None:
    stem = "A person shows you an eviction notice. What is the most helpful first step?"
    statement = (
        "An eviction notice is rarely the end of the road: read the notice with the person to "
        "find the hearing date, then help them decide what to do."
    )
    assert answer_for(stem, statement) == (
        "Read the notice with the person to find the hearing date, then help them decide what to do"
    )
    stem = "A person offers to paint your kitchen as thanks. What is the most appropriate response?"
    statement = (
        "Trading services with a person you support mixes two relationships; decline warmly, "
        "explain why, and tell the supervisor."
    )
    assert answer_for(stem, statement) == "Decline warmly, explain why, and tell the supervisor"


def test_a_scene_best_described_as_a_term_is_answered_by_the_term() -> None:
    stem = (
        "A peer specialist feels protective of a participant who reminds her of her younger "
        "brother. This is best described as:"
    )
    statement = (
        "Countertransference is the helper's own reaction to a person, rooted in the helper's past."
    )
    assert answer_for(stem, statement) == "Countertransference"


def test_rival_terms_under_a_heading_going_through_the_other_options() -> None:
    body = (
        "Countertransference is the helper's own reaction, rooted in the helper's past.\n\n"
        "## Why the other options are wrong\n\n"
        "Transference runs the other way, from the person to the helper.\n\n"
        "Compassion fatigue is a slow loss of energy for caring.\n\n"
        "Another option, boundary drift, is a gradual loosening of limits.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert {"Transference", "Compassion fatigue"} <= set(texts)
    assert "Another" not in texts


def test_a_run_of_denials_names_each_category_ruled_out() -> None:
    body = (
        "## What it is not\n\n"
        "Supervision for peer workers is not training in diagnosis. It is not a review of "
        "treatment goals. And it is not therapy for the worker.\n"
    )
    texts = {
        m.text.lower() for m in mine(read_lesson(lesson_input(body, title="Peer supervision")))
    }
    assert {
        "training in diagnosis",
        "a review of treatment goals",
        "therapy for the worker",
    } <= texts


def test_compared_with_one_side_the_other_side_answers() -> None:
    stem = "Compared with clinical supervision, what is the main focus of peer supervision?"
    statement = (
        "Clinical supervision oversees diagnosis and treatment, while peer supervision helps "
        "the peer worker stay within the peer role."
    )
    assert answer_for(stem, statement) == "Helping the peer worker stay within the peer role"


def test_two_kinds_of_one_thing_side_by_side_are_one_point_and_one_difference() -> None:
    from quizzes.generation.mainpoint import _two_sided
    from quizzes.generation.rubric import difference_problem

    assert _two_sided(
        "Crisis lines respond to emergencies; warm lines offer a calm voice before a crisis."
    ) == (
        "Crisis lines respond to emergencies, while warm lines offer a calm voice before a crisis"
    )
    one_kind = "Listening matters to people; patience helps as well."
    assert _two_sided(one_kind) == compress(one_kind)
    stem = "What is the difference between crisis lines and warm lines?"
    assert difference_problem(stem, ["A review of the caller's history over many months"])
    assert not difference_problem(stem, ["Both crisis lines and warm lines answer calls"])


def test_alternatives_that_would_each_have_kept_a_problem_are_ruled_out() -> None:
    from quizzes.generation.distractors import _judged_series

    text = (
        "Taking the gift as long as it is small, taking it and logging it in the file, or "
        "saying yes after services end would each have kept the debt alive."
    )
    assert _judged_series(text) == [
        "Taking the gift as long as it is small",
        "taking the gift and logging it in the file",
        "saying yes after services end",
    ]
    assert _judged_series("Asking, listening and waiting would each have helped her.") == []


def test_a_list_of_quotations_sorted_by_place_gives_a_which_response_item(
    bank: DistractorBank,
) -> None:
    body = (
        'A woman says, "My sister keeps cancelling our plans." Four replies:\n\n'
        '- "Your plans with your sister keep falling through."\n'
        '- "Maybe you are afraid she does not love you."\n'
        '- "You should stop making plans with her."\n'
        '- "It sounds like an old family wound is opening."\n\n'
        "Only the first one is a restatement. The others add something she never said.\n"
    )
    lesson = lesson_input(body, slug="restating", title="Restating what you hear")
    items = [i for i in generate(lesson, bank=bank).items if i.publishable]
    asked = [i for i in items if i.stem == "Which of the following is a restatement?"]
    assert asked
    assert [c.text for c in asked[0].choices if c.is_correct] == [
        "\u201cYour plans with your sister keep falling through.\u201d"
    ]


def test_a_judging_adjective_and_an_aside_before_the_colon_that_delivers_the_point() -> None:
    sentence = (
        "The principle is simple, even if it feels awkward: a peer specialist declines trades "
        "and explains why."
    )
    assert _after_cue(sentence) == "a peer specialist declines trades and explains why."


def test_the_people_a_heading_of_other_ways_brings_in_are_the_alternatives() -> None:
    body = (
        "Dana is asked to search bags at the door. She asks her supervisor to talk it over "
        "first, and offers to greet people instead.\n\n"
        "## Two other ways it could go\n\n"
        "Lou, a peer on the night shift, gets the same request and says nothing. He does not "
        "want to seem difficult, so he quietly searches every bag.\n\n"
        "Kim does the task but apologises to each person.\n\n"
        "## What is going on\n\n"
        "The best response is the conversation Dana had.\n"
    )
    texts = {m.text.lower() for m in mine(read_lesson(lesson_input(body)))}
    assert "saying nothing" in texts  # (getting the request is no act of his)
    assert "doing the task but apologising to each person" in texts
    assert not any(t.startswith("getting") for t in texts)


def test_a_derived_noun_opening_sentences_is_no_name() -> None:
    from quizzes.generation.distractors import names_in

    body = (
        "Precontemplation is the first stage. Precontemplation says little about effort.\n\n"
        "Lou, a peer on the night shift, says nothing.\n"
    )
    assert names_in(read_lesson(lesson_input(body)).sentences) == {"Lou"}


def test_temptations_enumerated_and_acts_considered_under_a_heading_of_contrast() -> None:
    body = (
        "## What Lee could have done instead\n\n"
        "Many workers in Lee's place think, at least for a moment, about skipping the debrief "
        "and telling no one. The trouble is that it shows.\n\n"
        "Another pull is to cancel every meeting for a month. That leaves people alone.\n\n"
        "A third reaction is to decide the job is over.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert "Skipping the debrief and telling no one" in texts
    assert "Cancelling every meeting for a month" in texts or (
        "Canceling every meeting for a month" in texts
    )
    assert "Deciding the job is over" in texts


def test_after_a_prepositions_object_or_joins_a_noun() -> None:
    from quizzes.generation.forms import to_gerund

    assert to_gerund("talk with the supervisor about changes or time off") == (
        "talking with the supervisor about changes or time off"
    )
    assert to_gerund("ask about their week and plan the next step") == (
        "asking about their week and planning the next step"
    )


def test_people_named_are_no_act() -> None:
    from quizzes.generation.rubric import action_problem

    stem = "What should a peer specialist do when their symptoms return?"
    assert action_problem(stem, ["People in recovery", "Quit the job"])
    assert not action_problem(stem, ["Support self-advocacy", "Quit the job"])


@pytest.mark.parametrize(
    ("key", "wrong"),
    [
        # a manner adverb before an instruction's verb
        (
            "Gently raise it, ask for their view and own your part",
            ["Carry on as usual", "Explain what you meant", "Hand the person to a colleague"],
        ),
        # answers to a yes-no question, a condition among them
        (
            "Yes; they keep the right to a lawyer",
            ["No; every right ends", "Yes; they may leave at once", "Only if family asks"],
        ),
        # a time, never among them; a second subordinate clause after the first one's comma
        (
            "Only when the person has agreed to it",
            ["Whenever they seem upset, since it comforts", "At any time", "Never, not even once"],
        ),
        # a purpose gives a reason as "because" does
        (
            "Because people choose their own pathways",
            [
                "So they can be sent to one group",
                "Because groups replace care",
                "Because it is cheap",
            ],
        ),
        # an adjective before a plural noun names things, no instruction
        (
            "The writer's reading of the facts",
            ["Direct quotes and observations", "The next meeting date", "A diagnosis"],
        ),
    ],
)
def test_real_items_forms_read_as_one(key: str, wrong: list[str]) -> None:
    assert form_problem(key, wrong) != "options are not in one grammatical form"


def test_after_a_scene_it_in_an_option_is_the_scenes() -> None:
    from quizzes.generation.rubric import pointing_problem

    scene = "A person tells you a coworker took a loan from them. What should you do?"
    assert not pointing_problem(["Report it to a supervisor", "Keep quiet"], scene)
    assert pointing_problem(["Report it to a supervisor", "Keep quiet"], "What is a loan?")


def test_a_cue_naming_the_answer_outranks_a_cue_headings_scene() -> None:
    from quizzes.generation import infer_main_point

    body = (
        "Dee noticed her old symptoms coming back and told her supervisor.\n\n"
        "## The principle\n\n"
        "Peer workers are people in recovery, and recovery has its ups and downs. When your own "
        "symptoms return and affect your work, the most appropriate response is to use your own "
        "supports and to tell your supervisor what you need.\n"
    )
    point = infer_main_point(lesson_input(body, title="When the helper struggles"))
    assert point.text.lower().startswith("to use your own supports")


def test_a_cued_double_denial_is_corrected_by_the_next_sentence() -> None:
    from quizzes.generation import infer_main_point

    body = (
        "Kai was asked to check bags at the door.\n\n"
        "## What is going on\n\n"
        "That is why the best response is neither silent compliance nor open revolt. It's the "
        "conversation Kai had: raise the concern with the supervisor and offer ways to help "
        "that fit the role.\n"
    )
    point = infer_main_point(lesson_input(body, title="The bag check"))
    assert point.text.lower().startswith("raise the concern with the supervisor")


def test_a_question_closing_its_paragraph_about_what_it_said_is_rhetorical() -> None:
    from quizzes.generation.mainpoint import candidates

    body = (
        "Some accept, but hide their posts. You are still connected. Who does that protect?\n\n"
        "Then there's the quiet option: ignore the request.\n"
    )
    found = candidates(read_lesson(lesson_input(body, title="Friend requests")))
    assert all(c.cue != "body question" for c in found)


def test_a_cue_identifying_its_point_with_the_storys_takes_what_the_colon_says() -> None:
    sentence = (
        "The best response is the one Ellen gave: say no to the loan kindly and help the "
        "person look at other resources."
    )
    assert _after_cue(sentence).startswith("say no to the loan kindly")
