from __future__ import annotations

from quizzes.generation import LessonInput, read_lesson
from quizzes.generation.examples import example_stem, examples

BODY = """## Definition

An open-ended question is a question that cannot be answered with one word.

Example: "If you could change one thing this week, what would it be?"

## Telling them apart

Closed questions, by contrast, can be answered with yes or no. Examples:

- "Did you go to your meeting?"
- "Is your housing stable?"
- "Do you feel okay today?"

For instance, "Did you go?" becomes "How did this week go?"

## Key points

- "What brought you in today?" is an example of an open-ended question.
"""


def read(body: str = BODY):
    return read_lesson(
        LessonInput(
            slug="q",
            title="Open-Ended Questions",
            summary="",
            topic="",
            main_point="",
            key_question="",
            body=body,
        )
    )


def test_examples_of_the_concept_and_of_what_it_is_set_against() -> None:
    positive, negative = examples(read(), "open-ended questions")
    assert [q for _, q in positive] == [
        "If you could change one thing this week, what would it be?",
        "What brought you in today?",
    ]
    # The list led by a contrast ("by contrast ... Examples:") gives examples of something else;
    # "For instance, "Did you go?" becomes ..." is a conversion, no example of either.
    assert [q for _, q, _ in negative] == [
        "Did you go to your meeting?",
        "Is your housing stable?",
        "Do you feel okay today?",
    ]
    assert {because for _, _, because in negative} == {
        "Closed questions, by contrast, can be answered with yes or no."
    }


def test_a_list_of_quotations_without_a_contrast_is_no_set_of_wrong_examples() -> None:
    body = BODY.replace("Closed questions, by contrast, can", "Closed questions can")
    assert examples(read(body), "open-ended questions")[1] == []


def test_the_stem_names_one_example_with_its_article() -> None:
    assert example_stem("open-ended questions") == (
        "Which of the following is an example of an open-ended question?"
    )
    assert example_stem("reflections") == "Which of the following is an example of a reflection?"
