"""Rules of 2026.12-51 (sentences of our own): under a negative stem the main point's key must be
what the point, or the lesson, rules out; a reflexive said of anyone agrees with singular "they";
a series of imperatives after a colon in the story's past reports, and advises nothing; a counted set
keeps the series its colon delivers, which answers a question for the members only; a member described
by "it" under "Features of X" is described of X; inline Markdown is read as the words it shows;
"That" before a plural and an adverb of frequency opens a clause (R9); a generic indefinite after a
preposition keeps the relative clause that says which ("inside a helper who hears ..."); a list of
someone's rights ("keep the right to:") holds no acts of the role; an avoid item in a case is asked in
its scene, and the acts a colon lists as the best response are endorsed; a "he" after a possessed
subject ("Luis's response ...") takes up its owner; quotations labelled with their kind in brackets are
members they illustrate; "the best support for someone ... is X" names the point."""

from __future__ import annotations

from quizzes.generation import read_lesson
from quizzes.generation.items import _denied_by, _main_point_plan
from quizzes.generation.mainpoint import main_point

from .lessons import lesson_input

_FEEDBACK = lesson_input(
    "Feedback helps a colleague grow when it is given with care. It names one behavior the "
    "person can change, and it comes soon after the event.",
    title="Giving feedback",
    main_point=(
        "Constructive feedback is specific, timely and about behavior the person can change; it "
        "never targets the person's character."
    ),
    key_question="Which of the following is NOT a characteristic of constructive feedback?",
)


def test_under_a_negative_stem_a_key_the_point_asserts_is_no_key() -> None:
    """Item writing: "Which is NOT a characteristic of X?" keyed on what X is would have every
    option but one right and the key wrong."""
    read = read_lesson(_FEEDBACK)
    point = main_point(read)
    plan = _main_point_plan(
        read,
        point,
        _FEEDBACK.key_question,
        None,
        "Specific, timely and about behavior the person can change",
        [],
        [],
    )
    assert plan is None


def test_a_negation_scopes_over_its_own_clause() -> None:
    """English: the clause that holds "not" or "never" is the one it denies."""
    point = _FEEDBACK.main_point
    assert _denied_by(point, "Targeting the person's character")
    assert not _denied_by(point, "Specific, timely and about behavior the person can change")
    assert _denied_by(
        "Compliance with treatment is not one of the ten guiding principles",
        "Compliance with treatment",
    )


def test_a_reflexive_agrees_with_the_person_made_them() -> None:
    """English: "helping Rosa practice speaking up for herself" said of anyone is "helping them
    practice speaking up for themselves"; a quotation stays as said."""
    from quizzes.generation.distractors import _unnamed

    assert _unnamed("Helping Rosa practice speaking up for herself") == (
        "helping them practice speaking up for themselves"
    )
    assert _unnamed('Saying "I did it myself and for himself"') == (
        'saying "I did it myself and for himself"'
    )


def test_a_series_after_a_colon_in_the_story_s_past_is_no_advice() -> None:
    """English: "She listed three: take ..., finish ..." reports what someone in the story said;
    "What she did is what peers do: acknowledge ..." states the rule in the present."""
    from quizzes.generation.distractors import instructions_after_colon

    assert (
        instructions_after_colon(
            "She listed three: take his medication every day, finish his GED, and stop staying out "
            "late with friends."
        )
        == []
    )
    assert instructions_after_colon(
        "What she did is what peers do: acknowledge the experience, give accurate information "
        "about rights, and bring back some choice."
    ) == [
        "Acknowledging the experience",
        "Giving accurate information about rights",
        "Bringing back some choice",
    ]


def test_a_counted_set_keeps_the_series_its_colon_delivers() -> None:
    """English: "the set of four attitudes ...: A, B, C and D" says what the four are after the
    colon; cut there, the main point names a number and no member."""
    from quizzes.generation.mainpoint import compress

    assert compress(
        "The spirit of a club is the set of four habits that guide a meeting: welcome, listen, "
        "share and plan."
    ) == (
        "The spirit of a club is the set of four habits that guide a meeting: welcome, listen, "
        "share and plan"
    )
    assert compress("Mentoring serves three functions: practical, educational and supportive.") == (
        "Mentoring serves three functions: practical, educational and supportive"
    )


def test_the_members_answer_a_question_for_them_the_clause_any_other() -> None:
    """English: an appositive list after a colon specifies a noun of the clause; asked for the
    members, the list answers, asked what the thing is, the clause does, whole."""
    from quizzes.generation.answers import answer_for

    point = (
        "The spirit of a club is the set of four habits that guide a meeting: welcome, listen, "
        "share and plan"
    )
    assert answer_for("Which four habits make up the spirit of a club?", point) == (
        "Welcome, listen, share and plan"
    )
    assert answer_for("Which of the following best describes the spirit of a club?", point) == (
        "The set of four habits that guide a meeting"
    )


def test_a_member_described_by_it_takes_up_the_whole_its_heading_names() -> None:
    """English: under "Features of a safety plan", "Brief: it fits on one page" says the plan
    fits; the stem names the plan where "it" would point outside it."""
    from quizzes.generation.items import _sibling_plans

    read = read_lesson(
        lesson_input(
            "## Features of a safety plan\n\n"
            "- Brief: it fits on one page the person can carry.\n"
            "- Personal: it uses the person's own words for warning signs.\n"
            "- Current: it is reviewed after every hard week.\n"
            "- Shared: it names two people who hold a copy.\n"
        )
    )
    stems = {plan.correct.text: plan.stem for plan in _sibling_plans(read)}
    assert (
        stems["Brief"] == "Which feature means that the plan fits on one page the person can carry?"
    )
    assert (
        stems["Current"] == "Which feature means that the plan is reviewed after every hard week?"
    )


def test_inline_markdown_is_read_as_the_words_it_shows() -> None:
    """A term set in bold is the term: "**Forming**: members are polite ..." defines a member of
    the list as "Forming: ..." does; a link reads as its text, emphasis as its words."""
    from quizzes.generation.items import _sibling_plans
    from quizzes.generation.lesson import visible

    assert visible("See [the guide](https://example.org/a_b) for __more__") == (
        "See the guide for more"
    )
    assert visible("A facilitator should *not* shut it down; 2 * 3 stays") == (
        "A facilitator should not shut it down; 2 * 3 stays"
    )
    assert visible("a ** b ** c, ***all three***") == "a ** b ** c, all three"
    read = read_lesson(
        lesson_input(
            "## Stages of a group\n\n"
            "- **Forming**: members are polite and unsure of their place.\n"
            "- **Storming**: tension comes to the surface as roles are tested.\n"
            "- **Norming**: the group settles how it will work together.\n"
            "- *Performing*: members share leadership and get work done.\n"
        )
    )
    plans = _sibling_plans(read)
    assert {plan.correct.text for plan in plans} == {"Forming", "Storming", "Norming", "Performing"}
    assert all("*" not in plan.stem for plan in plans)


def test_that_before_a_plural_and_an_adverb_of_frequency_opens_a_clause() -> None:
    """English: "That medicines often need weeks" is a content clause (a demonstrative takes no
    plural noun, and "often" stands between the subject and its verb); R9 reads no pointing."""
    from quizzes.generation.rubric import pointing_problem

    assert pointing_problem(["That medicines often need several weeks to work"]) == ""
    assert pointing_problem(["That antidepressants usually take a month"]) == ""
    assert pointing_problem(["That part often matters"]) != ""


def test_a_generic_indefinite_keeps_the_clause_that_says_which() -> None:
    """English: in "the slow change that can happen inside a helper who hears about others'
    trauma", "a helper" is any helper; without its clause the claim is said of every helper."""
    from quizzes.generation.answers import answer_for

    assert (
        answer_for(
            "Which of the following best describes secondary strain?",
            "Secondary strain is the slow change that can happen inside a helper who hears about "
            "trauma again and again",
        )
        == "The slow change that can happen inside a helper who hears about trauma again and again"
    )


def test_a_list_of_someone_s_rights_holds_no_acts_of_the_role() -> None:
    """English: items after "People on a hold keep the right to:" complete its infinitive, said of
    its subject; they are that person's rights, not what a peer specialist does."""
    from quizzes.generation.items import _endorsed_actions

    read = read_lesson(
        lesson_input(
            "## On a hold\n\nPeople on a hold generally keep the right to:\n\n"
            "- contact an attorney about the hold\n"
            "- file a grievance about their care\n"
            "- send letters to family and friends\n\n"
            "## Ways to help\n\n"
            "- Acknowledge the experience of being held\n"
            "- Give accurate general information about rights\n"
            "- Connect the person with an advocate\n"
        )
    )
    acts = [act for _, act in _endorsed_actions(read)]
    assert "Acknowledging the experience of being held" in acts
    assert not any("grievance" in act or "attorney" in act for act in acts)


def test_an_avoid_item_in_a_case_is_asked_in_its_scene_with_the_acts_a_colon_lists() -> None:
    """Item writing: options about "the loan" are judged in the scene they speak of, so the
    case's opening words set it; the acts a colon announces as the best response are endorsed
    (R3), each a wrong option under "avoid" (English: coordinated imperatives share their
    addressee)."""
    from quizzes.generation import generate, load_bank

    from .lessons import BANK_PATH

    body = (
        'Dana meets her peer specialist, Ellen, at the center. "Could you lend me forty dollars '
        'until payday?" Dana asks.\n\n## What Ellen did\n\n'
        "The best response is the one Ellen gave: say no to the loan clearly and kindly, keep the "
        "refusal from sounding like a judgment, and move straight to helping them look at other "
        "resources.\n\n## What to avoid\n\n"
        "Never hand over cash to the people you support. Lending money turns the relationship "
        "into a debt.\n"
    )
    result = generate(lesson_input(body, title="Forty Dollars"), bank=load_bank(BANK_PATH))
    avoid = [i for i in result.items if i.kind == "not_question" and i.publishable]
    assert avoid
    assert avoid[0].stem == (
        'A person asks their peer specialist, "Could you lend me forty dollars until payday?" '
        "What should the peer specialist avoid?"
    )
    assert "Saying no to the loan clearly and kindly" in [c.text for c in avoid[0].choices]


def test_a_he_after_a_possessed_subject_takes_up_its_owner() -> None:
    """English: in "Luis's response kept the focus on Frank. He acknowledged ...", the owner of
    the subject is the topic a "he" keeps, not the person named as the object."""
    from quizzes.generation.distractors import _recounted

    read = read_lesson(
        lesson_input(
            "Luis, a peer specialist, meets Frank, who offers to fix his car.\n\n"
            "## Looking back\n\n"
            "Luis's response kept the focus on Frank. He thanked him for the offer, declined it "
            "warmly and explained the reason in plain terms."
        )
    )
    told = {sentence.plain[:2]: who for sentence, who, _ in _recounted(read.sentences)}
    assert told["He"] == "Luis"


def test_quotations_labelled_with_their_kind_are_members_it_illustrates() -> None:
    """A list of examples each followed by its kind in brackets ('"Cheer up." (reassuring)')
    names a member by the bracket and illustrates it by the quotation."""
    from quizzes.generation.items import _sibling_plans

    read = read_lesson(
        lesson_input(
            "## Replies that close the door\n\n"
            '- "Cheer up, it will all work out fine." (reassuring)\n'
            '- "You should call your landlord today." (advising)\n'
            '- "You should not feel that way about it." (moralizing)\n'
            '- "You are probably just tired from the week." (analyzing)\n'
        )
    )
    stems = {plan.correct.text: plan.stem for plan in _sibling_plans(read)}
    assert stems["Advising"] == (
        "Which of the following do the words \u201cYou should call your landlord today.\u201d "
        "illustrate?"
    )
    assert set(stems) == {"Reassuring", "Advising", "Moralizing", "Analyzing"}


def test_the_best_support_for_someone_names_the_point() -> None:
    """English: "The best support for a parent in a custody case is helping them ..." is a
    judged response with its beneficiary after "for", as "the best response when ..." is."""
    from quizzes.generation.mainpoint import candidates

    read = read_lesson(
        lesson_input(
            "Rosa is a mother whose children are in foster care. Her caseworker gave her a long "
            "plan.\n\n## Thinking it through\n\n"
            "Parents in these cases face a system with strict timelines. The best support for a "
            "parent in a custody case is helping them understand the plan and their rights."
        )
    )
    best = candidates(read)[0]
    assert best.cue == "explicit cue"
    assert best.text.lower().startswith("helping them understand the plan")
