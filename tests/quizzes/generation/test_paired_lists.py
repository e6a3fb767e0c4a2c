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
