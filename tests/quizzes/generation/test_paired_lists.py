"""Lists that sort one set of things into good and bad under parallel headings (sentences of our
own)."""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate

from .lessons import lesson_input

_BODY = (
    "Eating well comes up often in peer support.\n\n"
    "## Habits that tend to help\n\n"
    "- Eating breakfast most mornings\n"
    "- Keeping fruit where it can be seen\n"
    "- Drinking water through the day\n"
    "- Cooking a simple meal at home twice a week\n\n"
    "## Habits that tend to backfire\n\n"
    "- Skipping meals until late in the evening\n"
    "- Grazing on snacks in front of a screen\n"
    "- Drinking sugary sodas with every meal\n\n"
    "## Talking about food with a person\n\n"
    "- Asking whether eating is something the person wants to work on\n"
    "- Agreeing on one small change to try\n"
    "- Checking in on the change at the next meeting\n"
    "- Sharing what helped in your own recovery, briefly\n\n"
    "## Mistakes to avoid\n\n"
    "- Prescribing a diet for the person\n"
    "- Lecturing the person about sugar\n"
)


def test_an_avoid_item_does_not_take_a_habit_of_a_paired_list_for_the_role_s_act() -> None:
    # English: parallel headings ("Habits that tend to help", "Habits that tend to backfire")
    # sort one set of things; whose habits they are, the stem "should a peer specialist avoid?"
    # cannot tell, so neither side gives its key or its wrong options.
    lesson = lesson_input(_BODY, title="Food and Recovery")
    avoid = [
        i
        for i in generate(lesson, bank=DistractorBank(())).items
        if "should a peer specialist avoid" in i.stem
    ]
    habits = {
        "Skipping meals until late in the evening",
        "Grazing on snacks in front of a screen",
        "Drinking sugary sodas with every meal",
        "Eating breakfast most mornings",
        "Keeping fruit where it can be seen",
        "Drinking water through the day",
        "Cooking a simple meal at home twice a week",
    }
    assert avoid
    for item in avoid:
        assert not {c.text for c in item.choices} & habits


def test_an_act_the_role_must_avoid_is_no_candidate_sign() -> None:
    # English: a list of signs holds what the person shows; "Hugging the person", an act the
    # helper must avoid, is no sign the item could set against them.
    body = (
        "Grief can show up at work.\n\n"
        "## Signs that grief is weighing on someone\n\n"
        "- Losing interest in things they used to enjoy\n"
        "- Sleeping much more or much less than usual\n"
        "- Withdrawing from friends and group meetings\n"
        "- Talking often about the person who died\n\n"
        "## Responding\n\n"
        "Listen more than you talk. Avoid hugging the person unless they ask for it. "
        "Offer to sit with them."
    )
    lesson = lesson_input(body, title="Grief at Work")
    stems = {
        i.stem: [c.text for c in i.choices if c.is_correct]
        for i in generate(lesson, bank=DistractorBank(())).items
    }
    assert (
        "Which of the following is NOT one of the signs that grief is weighing on someone?"
        not in stems
    )


def test_what_a_thing_is_denied_doing_is_no_act_among_instructions() -> None:
    # English: "Practice does not replace avoiding risky places" denies the practice a use; "
    # "Replace avoiding risky places" is nobody's act among the steps of running it.
    body = (
        "Practising a refusal helps people say no under pressure.\n\n"
        "## Running a practice round\n\n"
        "- Ask the person to describe a situation they expect to face\n"
        "- Let the person choose the words of their refusal\n"
        "- Play the other person, starting with a mild offer\n"
        "- Talk over what felt natural afterwards\n\n"
        "## Cautions\n\n"
        "The round is practice, not a test. Its purpose is not to check whether the person is "
        "still tempted.\n\n"
        "Rehearsal also does not replace avoiding risky people and places.\n\n"
        "It is not the peer specialist's job to decide who stays in the person's life."
    )
    lesson = lesson_input(body, title="Rehearsing Refusals")
    options = {c.text for i in generate(lesson, bank=DistractorBank(())).items for c in i.choices}
    assert not any(o.startswith("Replace") for o in options)


def test_who_after_a_gerund_opens_its_object_not_a_relative_clause() -> None:
    # English: "deciding who stays" embeds a question as the verb's object; "a person who
    # no-showed" is a relative clause on a noun.
    from quizzes.generation.distractors import _trim

    assert _trim("Deciding who stays in the group") == "Deciding who stays in the group"
    assert _trim("Telling staff who asked about it") == "Telling staff"


def test_a_gerund_heading_names_an_activity_not_a_whole() -> None:
    from quizzes.generation.items import _heading_whole

    assert _heading_whole("Using the model in practice") == ""
    assert _heading_whole("A sequence for giving feedback") == "the sequence for giving feedback"


def test_a_listed_correction_under_a_contrast_heading_is_no_misconception() -> None:
    # "- It does not mean X." states the correction, true as it stands; X is what it rules out.
    from quizzes.generation import read_lesson
    from quizzes.generation.distractors import mine

    body = (
        "Diversion keeps people out of jail.\n\n"
        "## Common misunderstandings\n\n"
        "- It is not a way to excuse every offence.\n"
        "- It does not mean people should never face a court.\n"
        "- It is not only for first offences."
    )
    mined = [m.text for m in mine(read_lesson(lesson_input(body, title="Diversion")), "")]
    assert not any(t.lower().startswith("it does not mean") for t in mined)


def test_a_denial_of_necessity_gives_no_act_to_avoid() -> None:
    # English modality: "does not have to agree" permits agreeing; it forbids nothing.
    body = (
        "Families often call first.\n\n"
        "## What the program asks\n\n"
        "The loved one does not have to agree to anything for the family to start. Peer "
        "specialists should not blame the family.\n\n"
        "## How a peer specialist can help\n\n"
        "- Listening to the family's story first\n"
        "- Explaining the program in plain language\n"
        "- Connecting the family with a trained clinician\n"
        "- Checking on the family's own well-being"
    )
    lesson = lesson_input(body, title="Family Programs")
    keys = [
        c.text
        for i in generate(lesson, bank=DistractorBank(())).items
        if "avoid" in i.stem
        for c in i.choices
        if c.is_correct
    ]
    assert not any(k.lower().startswith("agreeing") for k in keys)


def test_an_acronym_the_question_names_is_the_lesson_s_concept() -> None:
    # English: "Community Helping and Family Training (CHAFT)" names one program; "Family", a
    # word of its name that the text repeats, is not what the lesson is about.
    from quizzes.generation import read_lesson
    from quizzes.generation.concept import _named_in_heading

    body = (
        "Family members often call before their loved one does. CHAFT gives family members "
        "skills. Family members learn to reward steps. CHAFT is taught by clinicians. Family "
        "life improves. Many family members report less stress. CHAFT works with the family."
    )
    read = read_lesson(
        lesson_input(
            body,
            title="Supporting Families",
            key_question="What is the goal of Community Helping and Family Training (CHAFT)?",
        )
    )
    assert _named_in_heading(read) == "CHAFT"


def test_a_definite_noun_inside_an_activity_is_named_as_the_lesson_defines_it() -> None:
    # English: "the model" takes its content from the discourse; a stem standing alone names
    # it in full, a proper name with its capitals, a common one with its article.
    from quizzes.generation import read_lesson
    from quizzes.generation.items import _named_in_full

    named = read_lesson(
        lesson_input("The Stepping Stone Model (SSM) is a way to map services.", title="Maps")
    )
    assert _named_in_full("Using the model in practice", named) == (
        "Using the Stepping Stone Model in practice"
    )
    common = read_lesson(lesson_input("A refusal drill is a role-play.", title="Drills"))
    assert _named_in_full("Running the drill", common) == "Running a refusal drill"


def test_the_lesson_s_own_subject_is_never_a_ruled_out_idea() -> None:
    # English: in '"Damage to a reputation" describes the harm of stigma, not moral injury',
    # the denial's scope is the relation; "moral injury" is what the lesson is about.
    from quizzes.generation import read_lesson
    from quizzes.generation.distractors import mine

    body = (
        "Moral injury is lasting guilt and shame after acts that violate a person's moral "
        "beliefs.\n\n"
        "## Why the other options do not fit\n\n"
        '"A physical injury received during combat" takes the word literally.\n\n'
        '"Damage to a person\'s reputation from stigma" describes the harm of stigma, not moral '
        "injury."
    )
    title = "Which of the following best describes moral injury?"
    mined = [m.text.lower() for m in mine(read_lesson(lesson_input(body, title=title)))]
    assert "damage to a person's reputation from stigma" in mined
    assert "moral injury" not in mined
