from __future__ import annotations

from quizzes.generation import LessonInput, read_lesson
from quizzes.generation.examples import example_stem, examples, model_example, term_examples

from .lessons import BANK_PATH

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


MODEL_BODY = """## Definition

An "and" reflection is a reply in which the listener names both sides of a person's mixed
feelings.

## Replies that miss the mark

Compare each of these with the model reply "Part of you wants to stay home, and part of you
misses your friends."

- "You should just go out more."
- "Why don't you call your friends tonight?"
- "Staying home is fine, don't worry about it."
"""


def test_the_model_a_lesson_compares_its_misses_with_is_an_example_of_its_concept() -> None:
    """The model reply is the one to copy (apposition names one thing twice), so it is an
    example of the concept even in the section listing what misses it, with its stop; a term
    quoting a word of itself ('An "and" reflection') is the concept, and takes "an" by the
    quoted word's first letter."""
    from quizzes.generation import generate, load_bank
    from quizzes.generation.concept import lesson_concept
    from quizzes.generation.mainpoint import main_point

    lesson = read_lesson(
        LessonInput(
            slug="and-reflections",
            title='"And" Reflections',
            summary="",
            topic="",
            main_point=(
                'An "and" reflection is a reply in which the listener names both sides of a '
                "person's mixed feelings"
            ),
            key_question="",
            body=MODEL_BODY,
        )
    )
    concept = lesson_concept(lesson, main_point(lesson))
    assert concept == '"and" reflection'
    assert example_stem(concept) == 'Which of the following is an example of an "and" reflection?'
    positive, negative = examples(lesson, concept)
    assert [q for _, q in positive] == [
        "Part of you wants to stay home, and part of you misses your friends."
    ]
    assert len(negative) == 3
    result = generate(lesson.lesson, bank=load_bank(BANK_PATH))
    item = next(i for i in result.items if i.kind == "example")
    assert item.publishable, item.rubric_failures
    assert next(c.text for c in item.choices if c.is_correct) == (
        # (no closing full stop: the quotations it stands among have none either)
        "\u201cPart of you wants to stay home, and part of you misses your friends\u201d"
    )
