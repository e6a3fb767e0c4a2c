"""Rules of 2026.12-50 (sentences of our own): a shorter key never ends on the first member of a
series held inside a phrase (what it says of the whole would be said of one), though a series'
first member alone is one instance of what it lists; a phrase set off by a comma after a
preposition or an adverb is no member of a series; a heading that asks a question names no
category of the list under it; a plural subject asked what it is, every option one thing, is
asked in the singular; an object's relative clause is not cut where a definite noun inside it
needs its own clause to say which it is; two keys quoting the same words name one act; no item's
stem holds another item's key; a title question's answer is the opening paragraph's sentence
on its focus when the first sentence's subject cannot be read; "That" before a plural noun, a
gerund or "everything" and a verb opens a clause, pointing nowhere (R9), as does "that" after a
noun of content or between a noun and a verb, "that of", and "this once"; "X gives people the right
to V" answers what a person can do; the bank relates its entries by their own ideas, not by
"hours", "calls" or a request's "denial"."""

from __future__ import annotations

import pytest

from quizzes.generation import load_bank, read_lesson
from quizzes.generation.answers import answer_for
from quizzes.generation.distractors import from_bank
from quizzes.generation.items import (
    _best_three,
    _category,
    _in_options_number,
    _one_key,
    _Option,
    _Plan,
    _stem_answers,
    key_wordings,
)
from quizzes.generation.mainpoint import infer
from quizzes.generation.rubric import pointing_problem
from quizzes.generation.words import content_stems, stem, tokens

from .lessons import BANK_PATH, lesson_input


@pytest.mark.parametrize(
    ("answer", "cut"),
    [
        (
            "A guided talk that gathers a person's skills, talents, interests and hopes",
            "A guided talk that gathers a person's skills",
        ),
        (
            "Name the problem clearly before checking the rules, consulting and weighing options",
            "Name the problem clearly before checking the rules",
        ),
        (
            "A program that pairs treatment with close judicial monitoring, testing, incentives "
            "and sanctions",
            "A program that pairs treatment with close judicial monitoring",
        ),
    ],
)
def test_a_key_is_not_cut_after_the_first_member_of_a_series_inside_a_phrase(
    answer: str, cut: str
) -> None:
    assert cut not in key_wordings(answer)


def test_a_series_first_member_alone_is_one_instance_and_may_be_the_key() -> None:
    assert "Recovery community organizations" in key_wordings(
        "Recovery community organizations, mutual-aid meetings, recovery housing and similar "
        "local resources"
    )


@pytest.mark.parametrize(
    ("answer", "cut"),
    [
        (
            "Expressing one's needs and views clearly while respecting the needs of others, "
            "unlike passive, aggressive or passive-aggressive styles",
            "Expressing one's needs and views clearly while respecting the needs of others",
        ),
        (
            "To raise it through the proper channel, usually a supervisor, following policy and "
            "what the board requires",
            "To raise it through the proper channel, usually a supervisor",
        ),
    ],
)
def test_a_phrase_set_off_after_a_preposition_or_an_adverb_is_no_series(
    answer: str, cut: str
) -> None:
    assert cut in key_wordings(answer)


def test_a_question_heading_names_no_category_for_its_list() -> None:
    read = read_lesson(
        lesson_input(
            "## So what is a drop-in center?\n\n"
            "- A kitchen open all day\n- A quiet room\n- A computer lab\n\n"
            "## Services offered\n\n"
            "- A kitchen open all day\n- A quiet room\n- A computer lab\n"
        )
    )
    asked, named = (items[0] for items in read.lists().values())
    assert _category(asked) == ""
    assert _category(named) == "services offered"


def test_what_a_plural_is_is_asked_in_the_singular_when_every_option_is_one_thing() -> None:
    singular = ["A real school for students in recovery", "An after-school drug education class"]
    assert _in_options_number("What are recovery high schools?", singular) == (
        "What is a recovery high school?"
    )
    assert _in_options_number("What are advance directives?", singular) == (
        "What is an advance directive?"
    )
    # (an option that is more than one thing answers the plural as asked)
    assert _in_options_number(
        "What are co-occurring disorders?", ["Two or more disorders at once", *singular]
    ) == ("What are co-occurring disorders?")


def test_a_definite_noun_keeps_the_clause_that_says_which_it_is() -> None:
    answer = answer_for(
        "Which of the following best describes a service map?",
        "A service map is a chart that marks the places where people leaving a hospital can "
        "find help in their own town",
    )
    assert answer == (
        "A chart that marks the places where people leaving a hospital can find help in their "
        "own town"
    )


def test_two_keys_quoting_the_same_words_are_one_key() -> None:
    assert _one_key(
        'Saying "Well done, champ!"',
        'Say "Well done, champ!" when the person makes a healthy choice at lunch',
    )
    assert not _one_key('Saying "Well done, champ!"', 'Saying "Take all the time you need"')


def _plan(stem: str, key: str) -> _Plan:
    return _Plan("main_point", stem, _Option(key, "s1", None, ""), (), "", "", "s1")


def test_a_stem_that_holds_another_items_key_gives_it_away() -> None:
    main = _plan(
        "In a progress note, what belongs in the Assessment part?",
        "The writer's reading of what the data mean",
    )
    sibling = 'Which part is described as "the writer\'s reading of what the data mean"?'
    assert _stem_answers(sibling, main)
    assert not _stem_answers('Which part is described as "the next steps"?', main)
    # (the lesson's own subject, named in its title, is every item's to name)
    named = _plan("What is an important skill for a peer specialist?", "Active listening")
    assert _stem_answers("Which of the following is part of active listening?", named)
    assert not _stem_answers(
        "Which of the following is part of active listening?",
        named,
        content_stems("Listening: active listening in practice"),
    )


def test_a_title_question_is_answered_by_the_sentence_on_its_focus_after_one_unread() -> None:
    body = (
        "Title II of the Rehabilitation Act of 1973 covers programs that receive federal money. "
        "It requires them to make changes for people with disabilities unless the change would "
        "be an undue burden. A reasonable modification is a change to a rule or a practice that "
        "lets a person with a disability take part on equal terms.\n\n"
        "## Examples\n\nCommon examples include a later start time and written instructions.\n"
    )
    title = (
        "Under Title II, which of these is a reasonable modification a program may have to make?"
    )
    point = infer(read_lesson(lesson_input(body, title=title)))
    assert point.text.startswith("A reasonable modification is a change to a rule")
    # (an opening "They" answers the question it follows)
    they = "They can ask for a later start time. " + body
    point = infer(read_lesson(lesson_input(they, title=title)))
    assert point.text.startswith("They can ask for a later start time")


@pytest.mark.parametrize(
    "option",
    [
        "That parents have the main say in the care of their own children",
        "That attending is optional, since the program is voluntary",
        "That everything said in the group stays in the group",
    ],
)
def test_that_before_a_plural_a_gerund_or_everything_opens_a_clause(option: str) -> None:
    assert pointing_problem([option], "What should the peer specialist make clear?") == ""


@pytest.mark.parametrize("option", ["That part matters most", "That rule applies to everyone"])
def test_that_before_a_singular_noun_is_its_determiner(option: str) -> None:
    assert pointing_problem([option], "What should the peer specialist make clear?")


@pytest.mark.parametrize(
    "option",
    [
        "The assumption that people from the same small town share the same views",
        "Changes in a helper's moods and beliefs that result from hearing hard stories",
        "Measuring the person's progress with that of others in the group",
        "Sign the form this once and keep a copy of the request",
    ],
)
def test_that_after_a_content_noun_a_noun_before_a_verb_or_before_of_points_nowhere(
    option: str,
) -> None:
    assert pointing_problem([option], "Which of the following best describes the pattern?") == ""


def test_that_before_a_noun_after_a_verb_still_points_outside() -> None:
    assert pointing_problem(
        ["Follow that policy"], "Which of the following best describes the pattern?"
    )


def test_what_a_right_is_to_do_is_what_a_person_can_do() -> None:
    assert (
        answer_for(
            "Under the state's rules, what can a person do if a program denies them a service?",
            "The state's rules give people the right to appeal the decision to an independent "
            "hearing officer",
        )
        == "Appeal the decision to an independent hearing officer"
    )


def test_the_banks_round_the_clock_entry_needs_its_own_idea_not_hours_or_calls() -> None:
    bank = load_bank(BANK_PATH)

    def offered(*sentences: str) -> set[str]:
        stems = [frozenset(stem(t) for t in tokens(s)) for s in sentences]
        return {w.concept for w in from_bank(bank, "self-care", stems)}

    # (hours of sleep and a call to a sister are no round-the-clock availability)
    assert "available-at-any-hour" not in offered(
        "I slept fewer than six hours most nights.", "I started calling my sister on Sundays."
    )
    assert "available-at-any-hour" in offered("She answered late-night texts from everyone.")
    # (nor is a request's denial the person's, in a lesson on records)
    stems = [frozenset(stem(t) for t in tokens("Ask why the denial was issued."))] * 2
    assert "confront-resistance" not in {w.concept for w in from_bank(bank, "communication", stems)}


def test_a_key_naming_a_thing_stands_among_things_where_the_lesson_gives_them() -> None:
    key = _Option("A written record of the visit", "s1", None, "")
    pool = [
        _Option(text, "s2", "misconception", "")
        for text in (
            "Guessing at the person's mood",
            "A list of the person's faults",
            "Writing down every rumor heard",
            "A private diary kept by staff",
            "A bill sent to the person",
        )
    ]
    chosen = {o.text for o in _best_three(key, pool) or ()}
    assert chosen == {
        "A list of the person's faults",
        "A private diary kept by staff",
        "A bill sent to the person",
    }
