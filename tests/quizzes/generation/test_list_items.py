"""Rules of 2026.12-39 (sentences of our own): what a list under a heading of contrast rules out,
read whole when its items hold a clause of their own or a series of acts."""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate
from quizzes.generation.answers import measure_asked
from quizzes.generation.distractors import _gerund_subject, _trim, mine, shape_of
from quizzes.generation.examples import cited_instances
from quizzes.generation.items import (
    _asked_only,
    _head_noun,
    _heading_whole,
    _parallel,
    _things_said,
    _whole,
)
from quizzes.generation.lesson import read_lesson
from quizzes.generation.types import QuestionDraft
from quizzes.generation.words import stems_within

from .lessons import lesson_input


def _mined(body: str, title: str, question: str = "") -> list[str]:
    read = read_lesson(lesson_input(body, title=title))
    return [m.text for m in mine(read, question)]


_AVOID = (
    "Home visits work when the person sets the pace.\n\n"
    "## What to avoid\n\n"
    "- Opening with a long checklist before any trust exists\n"
    "- Making promises about appointments you cannot keep\n"
    "- Lecturing, scolding or threatening people about missed rent, which casts you as a landlord\n"
)


def test_items_under_a_heading_of_contrast_are_read_whole() -> None:
    mined = _mined(_AVOID, "Home visits")
    # a clause after "before" has its own verb; an item ending on it is a phrase, not a sentence
    assert "Opening with a long checklist before any trust exists" in mined
    # "appointments you cannot keep": a relative clause without "that" after a noun
    assert any(m.startswith("Making promises about appointments") for m in mined)
    # a series of acts sharing their object is one option, cut at the relative clause
    assert "Lecturing, scolding or threatening people about missed rent" in mined


def test_a_clause_inside_a_gerund_subject_keeps_its_own_verb() -> None:
    assert _gerund_subject("Opening with a checklist before any trust exists") == ""
    # a quantifier opens the inner clause's subject as an article does
    assert (
        _gerund_subject("Calling before any trust exists makes the visit tense")
        == "Calling before any trust exists"
    )
    # a word the lexicon does not know before "you" is a noun with its contact clause
    assert _gerund_subject("Quoting timelines you cannot meet erodes trust") == (
        "Quoting timelines you cannot meet"
    )


def test_a_series_of_gerunds_is_cut_only_after_it() -> None:
    assert _trim("Warning, scolding or threatening people, which hurts") == (
        "Warning, scolding or threatening people"
    )
    # a series that is a clause's subject is no act: the cut stays at the first comma
    assert _trim("Engaging, focusing and planning are the processes, which unfold") == "Engaging"


def _list_items(body: str, title: str) -> list[QuestionDraft]:
    lesson = lesson_input(body, title=title)
    return [
        i
        for i in generate(lesson, bank=DistractorBank(())).items
        if i.kind in ("list_member", "not_question") and i.publishable
    ]


def _key(body: str, title: str, stem: str) -> str:
    """The key of the published list item of a lesson of `body` asking `stem`."""
    item = next(i for i in _list_items(body, title) if i.stem == stem)
    return next(c.text for c in item.choices if c.is_correct)


_COVERS = (
    "Group supervision gives peer workers a place to think about their practice.\n\n"
    "## What group supervision usually covers\n\n"
    "- Questions about sharing one's recovery story\n"
    "- Ethical questions such as gifts and dual relationships\n"
    "- The peer specialist's own wellness\n"
    "- Advocacy for a recovery-oriented culture\n\n"
    "## What it is not\n\n"
    "It is not therapy for the peer specialist.\n"
)


def test_a_free_relative_heading_names_the_things_its_list_holds() -> None:
    assert _things_said("What group supervision usually covers") == (
        "group supervision usually covers"
    )
    assert _things_said("What actually helps") == "that actually helps"
    assert _things_said("What a routine can include") == "a routine can include"
    assert _things_said("What counts as an incident") == "that counts as an incident"
    # (a pronoun points outside the stem; "What to expect" names no things)
    assert _things_said("What it looks like") == ""
    assert _things_said("What to expect") == ""
    key = _key(
        _COVERS,
        "Group supervision",
        "Which of the following is NOT something group supervision usually covers?",
    )
    assert key == "Therapy for the peer specialist"


def test_a_heading_naming_a_procedure_or_a_plural_head_is_the_whole_listed() -> None:
    assert _heading_whole("The decision-making process") == "the decision-making process"
    assert _heading_whole("A sequence for giving feedback") == "the sequence for giving feedback"
    assert _heading_whole("The three responses") == ""
    # the head noun is the last word before a postmodifier, plural here
    assert _head_noun(["ten", "whole", "health", "and", "resiliency", "factors"]) == "factors"
    assert _head_noun(["forms", "of", "recovery", "capital"]) == "forms"


def test_a_rejected_idea_stands_among_members_only_in_their_form() -> None:
    # a clause among things, a description among acts, a gerund among instructions
    assert not _parallel("Writing a report means someone is in trouble", "noun")
    assert not _parallel("Limited to older adults", "ing")
    assert not _parallel("Warning people about the rules", "base")
    assert _parallel("Diagnosing sleep disorders", "ing")
    assert _parallel("Start with forms before any trust exists", "base")


_NOT_KINDS = (
    "A slight is a brief remark that sends a negative message about someone's group.\n\n"
    "## What a slight is not\n\n"
    "A slight isn't a hate crime or an open act of violence.\n\n"
    "It isn't just any disagreement between two coworkers, either.\n\n"
    "## Summary\n\n"
    "It isn't a violent act and it isn't a feud.\n"
)


def test_a_free_choice_denied_and_a_denial_before_another_clause_are_ruled_out() -> None:
    mined = _mined(_NOT_KINDS, "Slights")
    # "not just any N" denies the kind, where "not just N" grants it and more
    assert "a disagreement between two coworkers" in mined
    # "and it isn't ...": a clause of its own, not part of what the first denial rules out
    assert "a violent act" in mined


def test_an_option_of_one_word_family_within_another_is_one_idea_twice() -> None:
    assert stems_within(
        frozenset({"violent", "act"}), frozenset({"hate", "crime", "open", "act", "violenc"})
    )
    assert not stems_within(frozenset({"violent", "act"}), frozenset({"hate", "crime"}))


_AMOUNTS = (
    "Most adults need at least 7 hours of sleep a night.\n\n"
    "## Quiz traps\n\n"
    "Tests offer distractors like 4 hours a night, 12 hours on weekends, or a number only "
    "a teenager could sleep.\n\n"
    "## Bottom line\n\n"
    "Most adults should aim for at least 7 hours of sleep a night.\n"
)


def test_a_question_of_measure_is_answered_by_an_amount_among_amounts() -> None:
    assert measure_asked(
        "How much sleep do most adults need each night?",
        "Most adults should aim for at least 7 hours of sleep a night.",
    ) == ("At least 7 hours")
    assert (
        measure_asked(
            "How much earlier do people die?", "They die about 10 to 25 years earlier than others."
        )
        == "About 10 to 25 years earlier"
    )
    # (no measure asked, or two amounts given: which is asked cannot be told)
    assert measure_asked("Why does sleep matter?", "Adults need at least 7 hours.") == ""
    assert measure_asked("How much sleep?", "Adults need 7 hours, teens 9 hours.") == ""
    # "distractors like A, B, or C": wrong by the item writer's own word
    mined = _mined(_AMOUNTS, "Sleep")
    assert {"4 hours a night", "12 hours on weekends"} <= set(mined)
    # an amount opening on "at least" is no time; a noun phrase with an object relative
    # clause is no clause
    assert shape_of("At least 7 hours a night") == "noun"
    assert shape_of("A number that only a teenager could sleep") == "noun"
    assert shape_of("A person who relapses has failed") == "clause"


_PASSES_FOR = (
    "Community inclusion means an ordinary life alongside everyone else.\n\n"
    "## What it doesn't look like\n\n"
    "A day program next to the clinic may be convenient. It isn't inclusion if the person "
    "never goes anywhere else.\n\n"
    "A calendar of agency outings, such as bowling night, can be fun. But it keeps the "
    "person's world inside the service system.\n\n"
    "A choir in town may be the right place. The person chooses it.\n"
)


def test_a_subject_granted_a_merit_then_denied_is_ruled_out() -> None:
    mined = _mined(_PASSES_FOR, "Community inclusion")
    assert "A day program next to the clinic" in mined
    assert "A calendar of agency outings" in mined
    # (a concession nobody answers with a turn or a denial grants it whole)
    assert not any(m.startswith("A choir") for m in mined)


_ROADBLOCKS = (
    "A roadblock is any reply that takes the conversation away from the speaker, and the "
    "sneakiest ones are kind, like telling someone not to worry because it will be fine.\n\n"
    "## Not never, just not first\n\n"
    "Many replies are fine when nobody is struggling. Giving directions to the bus stop isn't "
    "a roadblock. Sharing information someone has asked for isn't either.\n"
)


def test_either_carries_the_denial_and_like_cites_an_instance() -> None:
    mined = _mined(_ROADBLOCKS, "Roadblocks")
    # "isn't either" denies its subject what the sentence before denied; "asked for" after
    # "someone" closes a relative clause, nothing is cut short
    assert "Sharing information someone has asked for" in mined
    read = read_lesson(lesson_input(_ROADBLOCKS, title="Roadblocks"))
    cited = [act for _, act in cited_instances(read, "roadblock")]
    assert cited == ["Telling someone not to worry because it will be fine"]


_SIGNS = (
    "Warning signs of a relapse are worth knowing by heart.\n\n"
    "## Warning signs to know\n\n"
    "- Skipping meals for days\n"
    "- Sleeping much less than usual\n"
    "- Pulling away from friends\n\n"
    "## What helps\n\n"
    "- Asking how the job interview went\n"
    "- Offering a ride to the next appointment\n\n"
    "## Not warning signs on their own\n\n"
    "- Nerves before a job interview\n"
    "- Missing one appointment\n"
)


def test_a_rejected_idea_is_near_only_the_members_of_its_own_list() -> None:
    # "Asking how the job interview went" in another list names another thing: a rejected
    # idea sharing its words may still be set against the list the NOT item is about
    key = _key(
        _SIGNS,
        "Relapse warning signs",
        "Which of the following is NOT one of the relapse warning signs to know?",
    )
    assert key in ("Nerves before a job interview", "Missing one appointment")


def test_parallel_form_refines_for_things_statements_and_descriptions() -> None:
    assert not _parallel("Filling out the document", "noun")
    assert not _parallel("A clinical translation", "clause")
    assert _parallel("Advanced therapeutic techniques", "ing")
    assert shape_of("A statement that the person may revoke the release") == "noun"
    read = read_lesson(lesson_input("Examples include:\n\n- A\n- B\n", title="T"))
    first = next(iter(read.lists().values()))[0]
    assert _whole(first) == ""


_VALIDATE = (
    "Validation is telling a person that their feelings make sense.\n\n"
    "## How to validate\n\n"
    "- Listen until you can name the feeling under the words\n"
    "- Reflect the feeling back in plain language\n"
    "- Link the feeling to what happened\n\n"
    "## What validation is not\n\n"
    "- Cheering the person up with a quick compliment\n"
    "- Promising the person everything will be fine\n"
)


def test_an_act_ruled_out_in_either_form_stands_against_the_ways_listed() -> None:
    key = _key(_VALIDATE, "Validation", "Which of the following is NOT one way to validate?")
    # ("Cheering the person up ..." ruled out as an act, an instruction among instructions)
    assert key in (
        "Cheer the person up with a quick compliment",
        "Promise the person everything will be fine",
    )


def test_a_headings_it_is_the_titles_topic_only() -> None:
    body = _VALIDATE.replace("## How to validate", "## How to do it")
    stems = [i.stem for i in _list_items(body, "Validation")]
    assert "Which of the following is NOT one way to do validation?" in stems
    # a title naming something else gives "it" no antecedent here
    assert not any("one way to do" in s for s in _stems_of(body, "Feelings at work"))


def _stems_of(body: str, title: str) -> list[str]:
    return [i.stem for i in _list_items(body, title)]


def test_a_worry_posed_as_a_question_is_no_idea_a_list_rules_out() -> None:
    body = _VALIDATE.replace(
        "## What validation is not\n\n",
        '## Worries\n\n"Am I cheering the person up with a quick compliment?" Not quite.\n\n'
        "## What validation is not\n\n",
    ).replace("- Cheering the person up with a quick compliment\n", "")
    read = read_lesson(lesson_input(body, title="Validation"))
    asked = {m.text: _asked_only(m, read) for m in mine(read, "")}
    assert asked["Cheering the person up with a quick compliment"]
    assert not any(v for k, v in asked.items() if k.startswith("promising"))


_CAPITAL = (
    "Recovery capital is the set of assets a person can draw on to start and keep up recovery.\n\n"
    "## Forms of recovery capital\n\n"
    "Inner assets:\n\n"
    "- Physical health and access to care\n"
    "- Skills such as coping and communication\n"
    "- Hope and a sense of meaning\n\n"
    "Outer assets:\n\n"
    "- Safe, stable housing\n"
    "- Supportive friends and peers\n"
    "- Transportation, income and basic financial stability\n\n"
    "## What recovery capital is not\n\n"
    "- Financial resources a person has to pay for treatment\n"
    "- Length of time a person has been sober\n"
)


def test_a_rejected_idea_near_a_member_of_a_list_beside_its_own_is_no_not_key() -> None:
    """ "Financial resources ..." is denied as what recovery capital is, but "income and basic
    financial stability" is one of its forms in the section's other list: no NOT key."""
    keys = [
        next(c.text for c in i.choices if c.is_correct)
        for i in _list_items(_CAPITAL, "Recovery capital")
        if i.kind == "not_question"
    ]
    assert keys
    assert not any("Financial" in k for k in keys)


def test_a_noun_with_a_relative_clause_without_that_states_nothing() -> None:
    from quizzes.generation.items import _plain_statement

    assert not _plain_statement("Financial resources a person has to pay for treatment")
    assert not _plain_statement("Clinical shorthand the person would not know")
    assert _plain_statement("Peer workers are cheaper than clinicians")
    assert _plain_statement("Asking about a person's reasons is intrusive")
