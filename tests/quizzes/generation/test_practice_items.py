"""Rules of 2026.12-42 (sentences of our own): "Which of the following should a peer specialist
do?", one act the lesson endorses against three it warns against (the avoid item turned round),
set in the activity or occasion the title names or the case's opening request; the stems,
keys and wrong options the same stop added beside it; and the rubric's reading of coordinated
adjectives and of a modal on a wrong option's act. Of 2026.12-43: denials that rule nothing out
(litotes, a reason denied, a purpose denied, an activity's effect denied), acts of state and
questions that are no acts, "-ing" bases, and cuts before an example or after a lone word. Of
2026.12-44: other wrong options for an item that would cue one kept, negative words kept in an
act ruled out, an instruction for a point asked as what to do, and instructions after a colon.
(2026.12-45's rules are in test_failure_idioms.py.)"""

from __future__ import annotations

import itertools

import pytest

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.distractors import instructions_after_colon, mine, principle_acts, shape_of
from quizzes.generation.forms import is_gerund
from quizzes.generation.items import (
    _acts_ruled_out,
    _avoid_plans,
    _avoid_stem,
    _endorsed_actions,
    _heading_asked,
    _list_option,
    _practice_plans,
    _situated_superlative,
    _situation_question,
    _superlative_subject_question,
    _they_named,
    _title_activity,
    key_wordings,
)
from quizzes.generation.mainpoint import main_point
from quizzes.generation.rubric import form_problem, hedge_problem
from quizzes.generation.types import ChoiceDraft, Sentence

from .lessons import lesson_input

_BANK = DistractorBank(())

# A manual section: the steps it teaches, and the mistakes it warns against.
_LATE_CHECK = (
    "A late benefits check can leave a person without rent money for weeks.\n\n"
    "## Steps that help\n\n"
    "1. Ask the person which bills are due first.\n"
    "2. Call the benefits office together with the person on speaker.\n\n"
    "## Common mistakes\n\n"
    "- Lending the person money from your own pocket\n"
    "- Promising that the check will arrive by Friday\n"
    "- Calling the landlord behind the person's back\n"
)


def _practice(body: str, title: str) -> list:
    result = generate(lesson_input(body, title=title), bank=_BANK)
    return [i for i in result.items if i.kind == "practice"]


def test_an_endorsed_step_is_keyed_against_the_mistakes_the_lesson_names() -> None:
    """Every wrong option is an act the lesson rules out, so none is a second right answer
    under a positive stem (polarity); the stem is set in the activity the title names."""
    items = _practice(_LATE_CHECK, "Unit 3: Handling a Late Benefits Check")
    assert items
    assert items[0].publishable, items[0].rubric_failures
    item = items[0]
    assert item.stem == (
        "When handling a late benefits check, which of the following should a peer specialist do?"
    )
    assert item.choices[item.correct_index].text in (
        "Asking the person which bills are due first",
        "Calling the benefits office together with the person on speaker",
    )
    assert {c.text for c in item.choices if not c.is_correct} == {
        "Lending the person money from their own pocket",
        "Promising that the check will arrive by Friday",
        "Calling the landlord behind the person's back",
    }


def test_a_lesson_naming_fewer_than_three_mistakes_asks_nothing_of_the_kind() -> None:
    """Two acts ruled out leave the item a wrong option short: no bank filler stands in."""
    body = _LATE_CHECK.replace("- Calling the landlord behind the person's back\n", "")
    assert _practice(body, "Unit 3: Handling a Late Benefits Check") == []


def test_an_endorsed_act_sharing_the_words_of_a_mistake_is_no_key() -> None:
    """ "Telling the person that the check will arrive by Friday" is the mistake "Promising
    that the check will arrive by Friday" in other words: the lesson does not clearly endorse
    it, so it keys nothing."""
    body = _LATE_CHECK.replace(
        "1. Ask the person which bills are due first.\n",
        "1. Tell the person that the check will arrive by Friday.\n",
    )
    keys = {i.choices[i.correct_index].text for i in _practice(body, "Unit 3: A Late Check")}
    assert keys == {"Calling the benefits office together with the person on speaker"}


def test_a_title_naming_the_role_as_what_is_done_to_asks_the_role_nothing() -> None:
    """ "Welcoming peer specialists onto a team": the acts are the team's, so neither "should a
    peer specialist do?" nor "should a peer specialist avoid?" is asked."""
    body = (
        "A team that hires its first peer specialist changes how it works.\n\n"
        "## Steps that help\n\n"
        "1. Write a job description that names lived experience.\n"
        "2. Give the new hire a supervisor who knows peer work.\n"
        "3. Invite the new hire to every team meeting.\n\n"
        "## Common mistakes\n\n"
        "- Treating the new hire as a junior case manager\n"
        "- Asking the new hire to keep their recovery private\n"
        "- Filling gaps in the schedule with the new hire\n"
    )
    result = generate(
        lesson_input(body, title="Unit 2: Welcoming Peer Specialists Onto a Team"), bank=_BANK
    )
    assert not [i for i in result.items if "should a peer specialist" in i.stem]


def test_a_belief_the_lesson_corrects_is_no_act_to_offer() -> None:
    """ "Writing a report means someone is in trouble", quoted as a myth, states a belief (a
    gerund subject with its verb): nothing a peer specialist could do, so with only two acts
    ruled out the item is not asked."""
    body = _LATE_CHECK.replace(
        "- Calling the landlord behind the person's back\n",
        '- "Writing a report means someone is in trouble." A report is a safety tool.\n',
    )
    assert _practice(body, "Unit 3: Handling a Late Benefits Check") == []


def test_a_title_pointing_outside_itself_sets_no_scene_and_its_clause_of_time_sets_its_own() -> (
    None
):
    """ "Getting There" points at a place the title does not name: the stem asks without a scene.
    "Kind Words When Asking About Money" is no activity ("When kind words when asking ..." would
    be two), but its clause of time is a scene of its own (2026.12-57)."""
    assert _avoid_stem("Unit 8: Getting There", "do") == (
        "Which of the following should a peer specialist do?"
    )
    assert _avoid_stem("Unit 4: Kind Words When Asking About Money", "do") == (
        "When asking about money, which of the following should a peer specialist do?"
    )
    assert _avoid_stem("Unit 8: Getting to Appointments", "do") == (
        "When getting to appointments, which of the following should a peer specialist do?"
    )


def test_a_situated_norm_with_a_modal_or_an_evaluative_adjective_is_asked_in_its_situation() -> (
    None
):
    """ "When asked to X, a peer specialist should decline ..." asks what to do when asked to X
    (the modal of obligation states the norm, as the present tense does); "When X, the right
    step is ..." asks what the right step is when X (an adjective of correctness singles one
    answer out, as "best" does)."""
    assert (
        _situation_question(
            "When asked to sign a blank form, a peer specialist should decline, explain why, "
            "and tell a supervisor."
        )
        == "What should a peer specialist do when asked to sign a blank form?"
    )
    assert (
        _situated_superlative(
            "When a person says the group is pointless, the right response is to ask what they hoped for."
        )
        == "What is the right response when a person says the group is pointless?"
    )


def test_a_sentence_opening_on_the_best_way_to_do_something_asks_for_it() -> None:
    """ "The best way to plan a budget is to ..." asks "What is the best way to plan a budget?";
    "The best way to handle it" points outside the sentence and asks nothing."""
    assert (
        _superlative_subject_question(
            "The best way to plan a budget is to start from the person's own list of costs."
        )
        == "What is the best way to plan a budget?"
    )
    assert _superlative_subject_question("The best way to handle it is to ask first.") == ""
    assert (
        _superlative_subject_question("The best way to plan a budget is not a spreadsheet.") == ""
    )


def test_a_step_cut_short_of_its_hedged_clause_is_no_endorsed_act() -> None:
    """A long step said in a shorter wording must not stop on the hedge that opened its last
    clause ("Completing the report promptly, usually"): the act no longer says what the lesson
    says, so it is neither a key nor a wrong option."""
    body = (
        "An incident report protects everyone.\n\n## Steps\n\n"
        "1. Check on the person first.\n"
        "2. Complete the incident report promptly, usually before the end of the shift or within "
        "the time the policy sets, while details are fresh.\n"
        "3. Tell your supervisor what happened.\n"
    )
    acts = [act for _, act in _endorsed_actions(read_lesson(lesson_input(body, title="Reports")))]
    assert "Checking on the person first" in acts
    assert not [act for act in acts if act.endswith(", usually")]


def test_what_the_title_names_is_never_an_act_to_avoid() -> None:
    """ "Affirming language is not a single question", asked which question is affirming: the
    sentence denies the title's own subject a category, which makes it no act the lesson warns
    against; an avoid item keyed "Affirming language" would tell learners to avoid the lesson."""
    body = (
        "Asking about relationships with open words lets a person answer in their own terms.\n\n"
        "## Steps for a first conversation\n\n"
        "1. Ask who the important people in their life are.\n"
        "2. Use the words the person uses.\n"
        "3. Explain why you are asking.\n\n"
        "## Questions to avoid\n\n"
        "- Asking whether someone has a husband or a wife\n"
        "- Guessing a person's orientation from how they look\n"
        "- Skipping the topic of relationships altogether\n\n"
        "## Beyond the first meeting\n\n"
        "Affirming language is not a single question. Notice the examples you use in groups.\n"
    )
    lesson = lesson_input(
        body,
        title="Unit 3: Affirming Language",
        key_question="Which question best reflects affirming practice?",
    )
    read = read_lesson(lesson)
    mined = mine(read)
    assert "affirming language" in [m.text for m in mined]
    acts = [option.text for _, option in _acts_ruled_out(read, mined)]
    assert "Asking whether someone has a husband or a wife" in acts
    assert "affirming language" not in [act.lower() for act in acts]


def test_an_endorsed_act_runs_to_twelve_words_and_stops_at_no_colon() -> None:
    """A step of twelve words is one act an option can say whole (real items run to about
    fifteen); a step naming its choices after a colon is a list begun, and an act cut there
    says less than the lesson does."""
    body = (
        "Closing the loop matters.\n\n## Steps\n\n"
        "1. If calling the resource would help, ask first, and obtain a signed release of "
        "information before sharing anything about the person.\n"
        "2. If it did not work, find out why and decide together on the next step: a different "
        "resource, a second try, or a pause.\n"
        "3. Tell your supervisor what happened.\n"
    )
    acts = [act for _, act in _endorsed_actions(read_lesson(lesson_input(body, title="Referrals")))]
    assert "Obtaining a signed release of information before sharing anything about the person" in (
        acts
    )
    assert not [act for act in acts if ":" in act]


_ONE_VOICE = (
    "Dana runs a weekly recovery group at a drop-in center. Lately one member, Phil, answers "
    "every question first and talks for most of the hour. Two newer members have stopped "
    "coming.\n\n"
    "## How Dana handled it\n\n"
    "Dana showed real skill here. She thanked Phil for his energy in the group, asked the "
    "quieter members what they made of the topic, and followed up privately with Phil after the "
    "meeting.\n\n"
    "## What does not help\n\n"
    "- Calling the member out by name in front of everyone\n"
    "- Letting a dominant member go unchecked week after week\n"
    "- Removing the member from the group without a conversation\n"
)


def test_the_helper_a_case_holds_up_keys_its_scenario_item() -> None:
    """ "Dana showed real skill here. She thanked ..., asked ..., and followed up ...": what the
    held-up helper did answers what to do in the title's situation, against the acts the lesson
    warns against."""
    result = generate(lesson_input(_ONE_VOICE, title="When One Voice Fills the Room"), bank=_BANK)
    scenario = [i for i in result.items if i.kind == "scenario" and i.publishable]
    assert len(scenario) == 1
    assert scenario[0].stem == "What should a peer specialist do when one voice fills the room?"
    assert scenario[0].choices[scenario[0].correct_index].text in (
        "Asking the quieter members what they made of the topic",
        "Following up privately with them after the meeting",
    )
    assert {c.text for c in scenario[0].choices if not c.is_correct} == {
        "Calling the member out by name in front of everyone",
        "Letting a dominant member go unchecked week after week",
        "Removing the member from the group without a conversation",
    }


def test_an_item_asking_what_to_do_shares_one_option_at_most_with_another() -> None:
    """The avoid item over the same acts would be the scenario item turned round, each giving
    the other away: of the two, the first kept stands alone."""
    result = generate(lesson_input(_ONE_VOICE, title="When One Voice Fills the Room"), bank=_BANK)
    published = [i for i in result.items if i.publishable]
    for first, second in itertools.combinations(published, 2):
        shared = {c.text for c in first.choices} & {c.text for c in second.choices}
        assert len(shared) <= 1, (first.stem, second.stem, shared)


def test_the_helpful_response_is_a_principle_and_its_adverb_stays_with_its_act() -> None:
    """ "The helpful response is to gently check in, make clear ..., and offer a pause": an
    adjective of fitness singles out the response as "most helpful" does; "gently" goes with
    the first act; "make clear" is a verb, as "make sure" is, so it opens an act of its own."""
    assert principle_acts(
        "When someone starts to cry in group, the helpful response is to gently pause the "
        "round, make clear the group will wait, and offer a glass of water."
    ) == [
        "Gently pausing the round",
        "Making clear the group will wait",
        "Offering a glass of water",
    ]


def test_a_title_naming_an_occasion_is_the_scene_of_what_to_do() -> None:
    """ "When the Check Is Late": the practice item asks what to do on that occasion, and asks
    it without the scene only when the case's own item has taken that question."""
    read = read_lesson(lesson_input(_LATE_CHECK, title="When the Check Is Late"))
    stems = [plan.stem for plan in _practice_plans(read, mine(read))]
    assert stems[:2] == [
        "What should a peer specialist do when the check is late?",
        "Which of the following should a peer specialist do?",
    ]


def test_a_heading_asking_what_they_are_asks_what_the_titles_topic_is() -> None:
    """ "So what are they, exactly?" under a title about clubhouses asks what clubhouses are (a
    heading continues its title); "it" for a plural topic, or a pronoun asking anything else,
    asks nothing that stands alone."""
    body = (
        "Clubhouses have been around since the 1940s.\n\n"
        "## So what are they, exactly?\n\n"
        "The short version: a community where members work side by side with staff.\n"
    )
    read = read_lesson(lesson_input(body, title="A Look at Clubhouses"))
    point = main_point(read)
    source = read.by_id(point.source_sentence_id)
    assert _heading_asked(source, point, "clubhouses") == "What are clubhouses?"
    assert _heading_asked(source, point, "the clubhouse model") == ""


def test_an_aside_inside_a_fronted_condition_leaves_the_condition_whole() -> None:
    """ "When a peer's own interests, or those of family or friends, touch ...": the aside set
    off on both sides is no boundary of the condition the stem asks in."""
    assert (
        _situated_superlative(
            "When a peer's own interests, or those of family or friends, touch the help a person "
            "asks for, the right step is to tell a supervisor."
        )
        == "What is the right step when a peer's own interests touch the help a person asks for?"
    )


def test_what_only_feels_like_the_case_is_not_ruled_out_by_rather_than() -> None:
    """ "It feels like a lucky break rather than an ethical question": how a thing appears to a
    person of the story, which the article sets right; "an ethical question" is no wrong
    option, while a plain "rather than" still gives one."""
    body = (
        "Rachel finds her client an apartment through her sister. She tells no one, because it "
        "feels like a lucky break rather than an ethical question.\n\n"
        "A peer specialist brings such a connection to supervision rather than keeping quiet "
        "about the family tie.\n"
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body, title="Notes")))]
    assert "an ethical question" not in texts
    assert "keeping quiet about the family tie" in texts


def test_quotations_the_lesson_rules_out_stand_beside_its_model_example() -> None:
    """ "Which of the following is an example of an affirmation?": the lesson's own example is
    the key, and the quotations it says miss the mark are the wrong options; every quotation
    without its closing full stop, so none stands out by its punctuation."""
    body = (
        "An affirmation is a genuine, specific statement that recognizes a person's effort.\n\n"
        "## What an affirmation is\n\n"
        'It names something real the person did. Example: "You came back after a hard week. '
        'That took courage."\n\n'
        "## Statements that miss the mark\n\n"
        "- \"Great job, I'm so proud of you.\" Praise puts the helper's approval at the center.\n"
        '- "You should try harder next time." That is advice, not recognition.\n'
        '- "So you\'re unsure about school." That is a reflection.\n'
    )
    result = generate(lesson_input(body, title="Unit 2: Affirmations"), bank=_BANK)
    example = [i for i in result.items if i.kind == "example" and i.publishable]
    assert example
    assert example[0].stem == "Which of the following is an example of an affirmation?"
    assert example[0].choices[example[0].correct_index].text == (
        "\u201cYou came back after a hard week. That took courage\u201d"
    )
    assert {c.text for c in example[0].choices if not c.is_correct} == {
        "\u201cGreat job, I'm so proud of you\u201d",
        "\u201cYou should try harder next time\u201d",
        "\u201cSo you're unsure about school\u201d",
    }


def test_they_opening_a_condition_takes_up_the_class_the_sentence_before_names() -> None:
    """ "... are warning signs. When they appear, the most helpful first step is ...": "they"
    is the warning signs, so the stem can say so and stand alone."""
    body = (
        "People in crisis often show it before they say it.\n\n"
        "## What to watch for\n\n"
        "Giving away belongings and canceling appointments are warning signs. When they appear, "
        "the most helpful first step is to ask the person directly how they are doing.\n"
    )
    read = read_lesson(lesson_input(body, title="Notes"))
    sentence = next(s for s in read.sentences if s.plain.startswith("When they appear"))
    assert _they_named(read, sentence).startswith("When warning signs appear, ")
    assert _situated_superlative(_they_named(read, sentence)) == (
        "What is the most helpful first step when warning signs appear?"
    )


def test_an_act_told_in_the_storys_past_perfect_keys_nothing() -> None:
    """ "Describing what they had seen" points into the story's past: no act a learner can
    take in general, so it keys no practice item, while the other steps still do."""
    body = _LATE_CHECK.replace(
        "1. Ask the person which bills are due first.\n",
        "1. Describe what you had seen at the office.\n",
    )
    read = read_lesson(lesson_input(body, title="Unit 3: Handling a Late Benefits Check"))
    keys = {plan.correct.text for plan in _practice_plans(read, mine(read))}
    assert keys == {"Calling the benefits office together with the person on speaker"}


def test_adjectives_in_a_row_before_a_noun_are_no_series_of_names() -> None:
    """ "A brief, everyday remark or action" is one noun phrase (the comma joins two
    adjectives), not a list among single answers the way "Forming, storming and norming" is."""
    options = [
        "A brief, everyday remark or action",
        "A hate crime or an open act of violence",
        "A disagreement or rude exchange between two people",
        "A formal complaint to a supervisor",
    ]
    assert form_problem(options[0], options[1:]) == ""
    assert form_problem("Forming, storming and norming", options[1:]) != ""


def test_a_modal_on_an_act_a_wrong_option_names_is_no_hedge_dropped() -> None:
    """ "A facilitator ... might say 'Thanks for sharing' and hurry on": the modal tells what
    someone may do; the wrong option naming that act claims nothing the modal qualified (R10
    holds for claims and keys, "many people ..." or "often ...")."""
    source = Sentence(
        id="s1",
        anchor="body",
        index=0,
        role="body",
        text='A facilitator in a hurry might say "Thanks for sharing" and move on.',
        plain='A facilitator in a hurry might say "Thanks for sharing" and move on.',
        paragraph=0,
        heading="",
    )
    by_id = {"s1": source}
    act = ChoiceDraft(
        text='Say "Thanks for sharing" and move on',
        is_correct=False,
        source="s1",
        klass=None,
        rationale="",
    )
    assert hedge_problem([act], by_id) == ""
    claim = ChoiceDraft(
        text='Say "Thanks for sharing" and move on',
        is_correct=True,
        source="s1",
        klass=None,
        rationale="",
    )
    assert hedge_problem([claim], by_id) != ""


def test_a_case_opening_on_a_request_is_the_scene_of_what_to_do() -> None:
    """A case whose title names no occasion but which opens on the person's words asks what to
    do in those words, as real items put a scenario."""
    body = (
        "Jamal has been meeting with his peer specialist, Rosa, for two months. At the end of a "
        'meeting he pulls out his phone. "My cousin is selling a car cheap," he says. "Could you '
        'drive me out to see it on Saturday?"\n\n' + _LATE_CHECK
    )
    read = read_lesson(lesson_input(body, title="A Ride on Saturday"))
    stems = [plan.stem for plan in _practice_plans(read, mine(read))]
    assert stems[0] == (
        'A person asks their peer specialist, "My cousin is selling a car cheap. Could you drive '
        'me out to see it on Saturday?" What is the most helpful response?'
    )


def test_a_title_naming_an_occasion_is_the_scene_of_what_to_avoid() -> None:
    """ "When the Check Is Late": what to avoid is asked on that occasion too."""
    body = _LATE_CHECK.replace(
        "## Common mistakes", "3. Write down the date the check was due.\n\n## Common mistakes"
    )
    read = read_lesson(lesson_input(body, title="When the Check Is Late"))
    plans = _avoid_plans(read, mine(read))
    assert plans
    assert {plan.stem for plan in plans} == {
        "What should a peer specialist avoid when the check is late?"
    }


@pytest.mark.parametrize(
    ("body", "act", "ruled_out"),
    [
        # (a negative judgement denied grants the act: litotes)
        (
            "## Common mistakes\n\nAsking about a person's faith is not wrong in itself, but a "
            "quiz about it is.\n",
            "asking about a person's faith",
            False,
        ),
        # (a reason denied: the act stays right for its own reason)
        (
            "## What follow-up is not\n\n- It is not closing the case because a referral was "
            "made.\n- It is not a phone call to the agency behind the person's back.\n",
            "closing the case",
            False,
        ),
        # (a plain denial rules the act out)
        (
            "## What follow-up is not\n\n- It is not closing the case on the first call.\n"
            "- It is not a phone call to the agency behind the person's back.\n",
            "closing the case",
            True,
        ),
    ],
)
def test_a_denial_that_grants_or_denies_a_reason_rules_nothing_out(
    body: str, act: str, ruled_out: bool
) -> None:
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body, title="Notes")))]
    assert any(t.startswith(act) for t in texts) == ruled_out


def test_what_a_thing_is_not_for_is_no_act_to_avoid() -> None:
    """ "Its purpose is not to check whether ...": the purpose is denied, not the act; the act
    "Checking whether ..." keys no avoid item, though it answers "What is the purpose?" wrongly."""
    body = (
        "## The drill\n\n"
        "The drill is practice, not a test. Its purpose is not to check whether the person is "
        "still tempted.\n\n"
        "## Common mistakes\n\n"
        "- Mocking the person's answer in front of the group\n"
        "- Choosing the words of the refusal for the person\n"
    )
    read = read_lesson(lesson_input(body, title="Unit 2: Running a Refusal Drill"))
    acts = [option.text for _, option in _acts_ruled_out(read, mine(read))]
    assert not any(a.startswith("Checking whether") for a in acts)
    assert "Choosing the words of the refusal for the person" in acts


def test_a_base_form_ending_in_ing_is_no_gerund() -> None:
    assert not is_gerund("bring")
    assert not is_gerund("Sing")
    assert is_gerund("bringing")
    assert shape_of("Bring the group back to its agreements") == "base"


@pytest.mark.parametrize(
    ("sentence", "avoided"),
    [
        # (what an activity is denied bringing about has no doer to avoid it)
        ("Collecting certificates doesn't turn a peer specialist into a nurse.", False),
        # (a clause of its own inside the act: the denial is the clause's)
        ("Making promises about waiting lists that cannot be kept.", True),
    ],
)
def test_what_an_activity_is_denied_doing_is_no_act_to_avoid(sentence: str, avoided: bool) -> None:
    body = f"## Common mistakes\n\n{sentence}\n\n- Lecturing the person about their choices\n"
    read = read_lesson(lesson_input(body, title="Notes"))
    acts = [option.text.lower() for _, option in _acts_ruled_out(read, mine(read))]
    assert any(a.startswith(("turning a peer", "making promises")) for a in acts) == avoided


def test_a_title_that_asks_names_no_activity() -> None:
    assert _title_activity("Unit 2: Holding Space? Knowing When to Step Back") == ""
    assert _title_activity("Unit 2: Holding Space") == "holding space"


def test_a_verb_of_state_or_a_question_to_ask_oneself_is_no_act() -> None:
    body = (
        "## Questions to ask yourself\n\n"
        "- Have I talked with my supervisor about it?\n"
        "- Am I doing something the person could do?\n\n"
        "## Steps\n\n"
        "1. Know the consent rules for minors in your state.\n"
        "2. Prepare parents for school meetings.\n"
        "3. Help parents find their way through the benefits office.\n"
    )
    read = read_lesson(lesson_input(body, title="Unit 4: Supporting Families"))
    acts = [act for _, act in _endorsed_actions(read)]
    assert "Preparing parents for school meetings" in acts
    assert not any(act.startswith("Knowing") or act.endswith("?") for act in acts)


def test_a_list_item_is_cut_before_its_example() -> None:
    body = (
        "## Steps\n\n"
        "1. Learn which programs exist in your county.\n"
        "2. Build bridges between programs, for example helping a person who left a shelter "
        "connect with a clinic so they do not end up back at the start.\n"
        "3. Share what you see with the team.\n"
    )
    read = read_lesson(lesson_input(body, title="Unit 5: Using the Map"))
    items = [s for s in read.sentences if s.list_id]
    assert _list_option(items[1]) == "Build bridges between programs"


def test_no_shorter_key_leaves_one_word_after_its_comma() -> None:
    wordings = key_wordings(
        "A calm, home-like short stay run by trained peers, used as an alternative to a hospital ward"
    )
    assert not any(w.endswith(", used") for w in wordings)


# Six mistakes and three steps: more acts ruled out than one item needs.
_LATE_CHECK_MORE = (
    "A late benefits check can leave a person without rent money for weeks.\n\n"
    "## Steps that help\n\n"
    "1. Ask the person which bills are due first.\n"
    "2. Call the benefits office together with the person on speaker.\n"
    "3. Write down the name of each worker the person speaks with.\n\n"
    "## Common mistakes\n\n"
    "- Lending the person money from your own pocket\n"
    "- Promising that the check will arrive by Friday\n"
    "- Calling the landlord behind the person's back\n"
    "- Filling in the appeal form without the person\n"
    "- Telling the person the office never makes errors\n"
    "- Posting about the delay on social media\n"
)


def test_an_item_cueing_one_kept_takes_three_other_wrong_options_from_its_pool() -> None:
    """The item asking what to do would have offered the mistake the avoid item keys, beside
    the step it keys: the lesson names three more mistakes, so it offers those instead of
    being dropped (item writing: items of a set must not cue one another)."""
    result = generate(
        lesson_input(_LATE_CHECK_MORE, title="Unit 3: Handling a Late Benefits Check"), bank=_BANK
    )
    published = [i for i in result.items if i.publishable]
    assert {"not_question", "practice"} <= {i.kind for i in published}
    for first, second in itertools.combinations(published, 2):
        shared = {c.text for c in first.choices} & {c.text for c in second.choices}
        assert len(shared) <= 1, (first.stem, second.stem, shared)


def test_an_act_ruled_out_keeps_the_negative_word_that_makes_it_wrong() -> None:
    """A shorter wording that drops "without the person" is an act the lesson never ruled out."""
    read = read_lesson(
        lesson_input(_LATE_CHECK_MORE, title="Unit 3: Handling a Late Benefits Check")
    )
    acts = [o.text for _, o in _acts_ruled_out(read, mine(read))]
    assert "Filling in the appeal form without the person" in acts
    assert "Filling in the appeal form" not in acts


# A case whose point is an instruction, in no scene its title names.
_CLIPBOARD = (
    "Dana is a peer specialist on a busy unit. One morning the manager asks her to check that "
    "everyone takes their pills.\n\n"
    "## What helps\n\n"
    "Raise the concern with a supervisor before the first round.\n\n"
    "## Other ways it could go\n\n"
    "Saying nothing is a mistake. Lecturing the manager is a mistake too. Quitting the job on "
    "the spot is a mistake. It doesn't protect the role.\n"
)


def test_an_instruction_for_a_point_asks_what_the_role_should_do() -> None:
    """The title names no activity and the case opens on no request: the point, an instruction,
    is asked as what a peer specialist should do, against the moves the case rules out; what
    a move fails to do ("It doesn't protect the role") is no wrong instruction (polarity)."""
    point = "Raise the concern with a supervisor before the first round."
    result = generate(lesson_input(_CLIPBOARD, title="The Clipboard", main_point=point), bank=_BANK)
    main = next(i for i in result.items if i.kind == "main_point")
    assert main.publishable, main.rubric_failures
    assert main.stem == "Which of the following should a peer specialist do?"
    assert main.choices[main.correct_index].text.startswith("Raise the concern with a supervisor")
    assert not any("protect" in c.text.lower() for c in main.choices)


def test_a_series_of_instructions_a_colon_announces_is_what_the_role_does() -> None:
    """Coordinated imperatives after a colon advise the reader, the role: each is an act the
    lesson endorses; not when someone is quoted, a member is negative, or the series opens on
    no instruction."""
    assert instructions_after_colon(
        "What she did is what peers do well: acknowledge the experience, give accurate "
        "information about rights, and connect the person with an advocate."
    ) == [
        "Acknowledging the experience",
        "Giving accurate information about rights",
        "Connecting the person with an advocate",
    ]
    assert instructions_after_colon(
        "It's the talk she had: raise the concern with your supervisor, and offer other help."
    ) == ["Raising the concern with their supervisor", "Offering other help"]
    body = (
        "A person on a hold asks whether they have rights.\n\n"
        "What she did is what peers do well: acknowledge the experience, give accurate "
        "information about rights, and connect the person with an advocate.\n"
    )
    read = read_lesson(lesson_input(body, title="Rights on a hold"))
    assert "Acknowledging the experience" in [act for _, act in _endorsed_actions(read)]
    for sentence in (
        'She said: "raise it with your supervisor, and offer other help."',
        "The habit is simple: do not confirm anything, and ask for written consent.",
        "Two things matter: the person's safety, and the person's choice.",
    ):
        assert instructions_after_colon(sentence) == []
