"""Wrong options in explainers and manuals that set alternatives beside the answer in wordings of
their own: headings of failure or rejection, lists led by a sentence announcing rejected ones,
quoted answers kept whole, a thing's use asked as an act. Sentences of our own."""

from __future__ import annotations

from quizzes.generation import LessonInput, QuestionDraft, generate, load_bank, read_lesson
from quizzes.generation.distractors import mine

from .lessons import BANK_PATH, lesson_input


def mined(body: str, title: str = "Journaling in peer support") -> list[str]:
    return [m.text for m in mine(read_lesson(lesson_input(body, title=title)))]


def main_item(lesson: LessonInput) -> QuestionDraft:
    """The lesson's main-point item (there is one whenever a key question is given)."""
    return next(
        i for i in generate(lesson, bank=load_bank(BANK_PATH)).items if i.kind == "main_point"
    )


def test_a_heading_of_failure_or_rejection_is_one_of_contrast() -> None:
    # English: "fall short", "miss the mark", "rule out" judge what the section goes through.
    for heading in ("Two habits that fall short", "Ruling out the rest", "Where prompts go wrong"):
        body = (
            f"## {heading}\n\n"
            "Grading the person's entries makes the journal a chore.\n\n"
            "Reading the journal aloud in group breaks the person's trust.\n"
        )
        assert [m.lower() for m in mined(body)] == [
            "grading the person's entries",
            "reading the journal aloud in group",
        ], heading


def test_a_quoted_answer_keeps_its_own_negation_and_quantifiers() -> None:
    # English: a quotation is mentioned, not used; its "not" and "any" are what it says.
    body = (
        "## Where the other answers go wrong\n\n"
        '"The journal is not shared with anyone at any time" overstates the rule.\n\n'
        '"Entries must always be written every day" turns a tool into a duty.\n'
    )
    assert mined(body) == [
        "The journal is not shared with anyone at any time",
        "Entries must always be written every day",
    ]


def test_a_list_led_by_a_sentence_announcing_rejected_responses_gives_its_items() -> None:
    # English: a lead ending in a colon names what its list enumerates, as a heading does.
    body = (
        "Journaling works best when the person owns it.\n\n"
        "Two tempting shortcuts step outside the peer role:\n\n"
        "- Correcting the spelling in the entries. It shifts the focus to form.\n"
        "- Assigning daily topics for the person. It takes away their choice.\n"
    )
    assert [m.lower() for m in mined(body)] == [
        "correcting the spelling in the entries",
        "assigning daily topics for the person",
    ]


def test_a_lead_setting_a_purpose_or_condition_heads_what_to_do() -> None:
    body = (
        "Journaling works best when the person owns it.\n\n"
        "To avoid common mistakes:\n\n"
        "- Inviting the person to choose the topic. It keeps the choice theirs.\n"
        "- Offering a notebook and a quiet place. It makes starting easier.\n"
    )
    assert mined(body) == []


def test_asked_what_a_thing_is_for_the_key_and_options_are_uses() -> None:
    # English: a thing's use is what its defining relative clause says it does; item writing:
    # asked for a use, options are acts, not what the thing is ("A long-term treatment").
    body = (
        "A gratitude journal is a notebook that records small daily wins.\n\n"
        "## Ruling out the others\n\n"
        "Tracking medication doses belongs in a pill log, not a journal.\n\n"
        "Planning weekly budgets is a different tool altogether.\n\n"
        "Scoring the person's mood for a clinician is outside the peer role.\n\n"
        "It is not a long-term treatment.\n"
    )
    lesson = lesson_input(
        body,
        title="Gratitude journals",
        main_point="A gratitude journal is a notebook that records small daily wins.",
        key_question="A gratitude journal is used for what purpose?",
    )
    item = main_item(lesson)
    assert item.publishable, item.rubric_failures
    texts = {c.text for c in item.choices}
    assert "Recording small daily wins" in texts
    assert "A long-term treatment" not in texts
    assert {"Tracking medication doses", "Planning weekly budgets"} <= texts


def test_a_thing_described_never_has_a_rejected_act_beside_it() -> None:
    # Item writing: asked what X is, "Steering people toward a group" (an act) answers another
    # question than "Whatever the person finds calming" (a thing).
    body = (
        "Calm is whatever the person finds calming, as they define it.\n\n"
        "## Approaches that fall short\n\n"
        "Steering people toward a meditation group assumes one path fits all.\n\n"
        "Avoiding the subject altogether leaves out a real support.\n\n"
        "Prescribing breathing drills oversteps the role.\n"
    )
    lesson = lesson_input(
        body,
        title="Calm in recovery",
        main_point="Calm is whatever the person finds calming, as they define it.",
        key_question="Which of the following best describes calm in recovery?",
    )
    for item in generate(lesson, bank=load_bank(BANK_PATH)).items:
        if item.kind == "main_point" and item.publishable:
            correct = next(c.text for c in item.choices if c.is_correct)
            assert not correct.lower().startswith("whatever") or not any(
                c.text.split()[0].endswith("ing") for c in item.choices if not c.is_correct
            )


def test_asked_for_a_set_of_n_the_key_and_options_are_the_lessons_sets_of_n() -> None:
    # English: a numeral before a plural noun counts it, and a series ends on its "and"; item
    # writing: asked "which four ...", every option is a set of four, and the lesson's other sets
    # of four are the ones a learner mixes up with the key.
    body = (
        "The four qualities of a good check-in are warmth, pacing, curiosity and follow-up, "
        "whatever the setting.\n\n"
        "## Other lists of four\n\n"
        "Greeting, asking, listening and closing are the steps of a phone call.\n\n"
        "Time, place, length and privacy are the practical details to settle first.\n\n"
        "Warmth includes eye contact, a relaxed voice, open posture and patience.\n"
    )
    lesson = lesson_input(
        body,
        title="Check-ins",
        main_point="A good check-in is made up of warmth, pacing, curiosity and follow-up.",
        key_question="Which four qualities make up a good check-in?",
    )
    item = main_item(lesson)
    assert item.publishable, item.rubric_failures
    key = next(c.text for c in item.choices if c.is_correct)
    assert key == "Warmth, pacing, curiosity and follow-up"
    wrong = {c.text for c in item.choices if not c.is_correct}
    assert wrong <= {
        "Greeting, asking, listening and closing",
        "Time, place, length and privacy",
        "Eye contact, a relaxed voice, open posture and patience",
    }


def test_things_said_to_be_easy_to_confuse_with_x_open_a_run_of_contrast() -> None:
    # English discourse: "A few things are easy to confuse with X" announces that the sentences
    # after it go through what X is not.
    body = (
        "A daily log records one line each evening.\n\n"
        "A few habits are easy to confuse with a daily log. Copying the whole week's calendar "
        "is planning, not logging. Scoring every mood on a chart turns the log into a test.\n"
    )
    found = [m.lower() for m in mined(body, title="Daily logs")]
    assert "copying the whole week's calendar" in found
    assert "scoring every mood on a chart" in found


def test_a_list_member_much_longer_than_its_wrong_options_is_asked_in_a_shorter_wording() -> None:
    # Item writing: the key must not stand out by its length; English: a relative clause at the
    # end qualifies an act that is whole before it.
    body = (
        "A check-in plan is a short list of what the visit covers.\n\n"
        "## Running a check-in\n\n"
        "1. Choose a topic for the visit that the person cares about most.\n"
        "2. Greet the member.\n"
        "3. Agree on one thing to try.\n\n"
        "## Common misunderstandings\n\n"
        "- It is not a way to fill out forms. A form can wait.\n"
        "- It is not about making strict rules. Rules come from the member.\n"
        "- It is not a tool for judging the week. The week is the member's own.\n"
    )
    lesson = lesson_input(body, title="Check-in plans")
    items = generate(lesson, bank=load_bank(BANK_PATH)).items
    keys = {
        c.text
        for i in items
        if i.kind == "list_member" and i.publishable
        for c in i.choices
        if c.is_correct
    }
    assert "Choose a topic for the visit" in keys
