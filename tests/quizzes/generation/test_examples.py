from __future__ import annotations

from quizzes.generation import LessonInput, read_lesson
from quizzes.generation.examples import example_stem, examples, term_examples

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


TERMS = """## Two kinds of pressure

- Stressors: outside demands on a person, such as a late rent notice, a noisy neighbor or a new job.
- Coping strains: inner reactions that wear a person down, such as skipping lunch, snapping at
  friends, losing sleep or dreading the mail.
- Supports: people a person can call.

## Money matters

Savings buffers: money set aside for a bad month. Examples include an emergency fund, a tax refund
kept in the bank or a jar of coins.
"""


def test_terms_defined_with_their_examples() -> None:
    found = {t.term: t for t in term_examples(read(TERMS))}
    assert found["Stressors"].examples == ("A late rent notice", "A noisy neighbor", "A new job")
    assert found["Coping strains"].examples == (
        "Skipping lunch",
        "Snapping at friends",
        "Losing sleep",
        "Dreading the mail",
    )
    # "Examples include ..." after a definition gives the examples of the term it defined, and
    # is where they are written (the key's source).
    savings = found["Savings buffers"]
    assert savings.examples == (
        "An emergency fund",
        "A tax refund kept in the bank",
        "A jar of coins",
    )
    assert savings.listed_in.plain.startswith("Examples include")
    # A definition without examples is no term with examples.
    assert "Supports" not in found


def test_a_series_of_clauses_is_not_read_as_examples() -> None:
    body = 'Openers: ways to begin, such as "How was your week?" or "What brings you here?"\n'
    assert term_examples(read(body)) == []
