from __future__ import annotations

from quizzes.generation import LessonInput, read_lesson
from quizzes.generation.examples import example_stem, examples, model_example

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


def test_the_model_named_in_apposition_is_the_example_even_in_a_section_of_contrast() -> None:
    body = (
        "## Wordings that fall flat\n\n"
        'Set each of these beside the model sentence "I need a minute to think before I answer."\n'
        '\n- "You never give me time." This blames.\n'
    )
    sentence, quote = model_example(read(body), "boundary statement")
    assert quote == '"I need a minute to think before I answer"'
    assert sentence.id == "section-wordings-that-fall-flat:0"


def test_a_labelled_example_is_read_whole_across_its_full_stops() -> None:
    body = (
        "## What a validation is\n\n"
        'Example: "Moving house in one week is a lot. No wonder you are tired."\n'
    )
    _, quote = model_example(read(body), "validation")
    assert quote == '"Moving house in one week is a lot. No wonder you are tired"'


def test_a_quotation_said_to_be_a_clear_instance_is_an_example() -> None:
    body = (
        "## Summary\n\n"
        '- "You asked for help even though it felt awkward" is a clear affirmation.\n'
        '- "Good job" is praise.\n'
    )
    _, quote = model_example(read(body), "affirmation")
    assert quote == '"You asked for help even though it felt awkward"'


def test_a_quotation_after_such_as_in_a_sentence_naming_the_concept_is_an_example() -> None:
    body = (
        "## In short\n\n"
        "A strong validation names what makes the feeling understandable, such as "
        '"Anyone would be nervous before a first day."\n'
    )
    _, quote = model_example(read(body), "validation")
    assert quote == '"Anyone would be nervous before a first day"'


def test_a_quoted_fragment_or_two_rival_models_give_no_example() -> None:
    fragment = (
        "## Notes\n\nA factual note records what was said, such as "
        '"arrived at ten and said little."\n'
    )
    assert model_example(read(fragment), "factual note") is None
    rivals = (
        "## Examples\n\n"
        'Example: "You stuck with the plan all week."\n\n'
        'Example: "You came back after a hard month."\n'
    )
    assert model_example(read(rivals), "affirmation") is None
