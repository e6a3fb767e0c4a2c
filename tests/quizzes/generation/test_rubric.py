"""Each rubric rule with a failing and a passing example."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizzes.generation import ChoiceDraft, LessonInput, QuestionDraft, read_lesson
from quizzes.generation.rubric import check

LESSON = LessonInput(
    slug="validation-demo",
    title="Why Validation Matters",
    summary="Peer specialists help people feel heard.",
    topic="validation",
    main_point="Ensuring peers feel heard and validated",
    key_question="",
    body=(
        "## The Takeaway\n\n"
        "It's all about ensuring peers feel heard and validated. "
        "A Certified Peer Specialist doesn't prescribe medications. "
        "Some might think it's all about pushing quick fixes.\n"
    ),
)
SENTENCES = read_lesson(LESSON).sentences
MAIN = LESSON.main_point


def choice(text: str, source: str, klass: str | None = None, correct: bool = False) -> ChoiceDraft:
    return ChoiceDraft(
        text=text, is_correct=correct, source=source, klass=klass, rationale="Because."
    )


GOOD = QuestionDraft(
    kind="main_point",
    stem="According to the lesson, what is the most vital responsibility of a peer specialist?",
    choices=(
        choice("Ensuring peers feel heard and validated", "section-the-takeaway:0", correct=True),
        choice("Prescribing medication for symptoms", "section-the-takeaway:1", "never"),
        choice("Pushing quick fixes for problems", "section-the-takeaway:2", "misconception"),
        choice("Diagnosing mental health conditions", "bank:diagnose", "never"),
    ),
    explanation="",
    anchor="section-the-takeaway",
    source_sentence_id="section-the-takeaway:0",
    fingerprint="",
    rubric_failures=(),
)


def with_choice(index: int, **changes: object) -> QuestionDraft:
    choices = list(GOOD.choices)
    choices[index] = replace(choices[index], **changes)  # type: ignore[arg-type]
    return replace(GOOD, choices=tuple(choices))


def test_a_good_item_passes_every_rule() -> None:
    assert check(GOOD, SENTENCES, MAIN) == ()


@pytest.mark.parametrize(
    "draft",
    [
        replace(GOOD, choices=GOOD.choices[:2]),
        with_choice(1, is_correct=True),
        with_choice(3, text="All of the above"),
        with_choice(3, text="Pushing quick fixes for problems"),
        with_choice(3, text="Pushing quick fixes for the problems"),
    ],
    ids=["two-options", "two-correct", "all-of-the-above", "duplicate", "near-duplicate"],
)
def test_r1_option_set(draft: QuestionDraft) -> None:
    assert "R1" in check(draft, SENTENCES, MAIN)


def test_r1_three_options_are_enough() -> None:
    assert "R1" not in check(replace(GOOD, choices=GOOD.choices[:3]), SENTENCES, MAIN)


def test_r2_correct_option_must_be_grounded_and_state_the_main_point() -> None:
    ungrounded = with_choice(0, text="Building a network of local resources")
    assert "R2" in check(ungrounded, SENTENCES, MAIN)
    wrong_source = with_choice(0, source="section-the-takeaway:1")
    assert "R2" in check(wrong_source, SENTENCES, MAIN)
    assert "R2" not in check(GOOD, SENTENCES, MAIN)


def test_r3_wrong_options_need_a_source_and_must_not_be_true() -> None:
    assert "R3" in check(with_choice(3, source=""), SENTENCES, MAIN)
    assert "R3" in check(with_choice(3, source="nowhere:9"), SENTENCES, MAIN)
    asserted = with_choice(3, text="Ensuring peers feel heard", source="bank:x", klass="avoid")
    assert "R3" in check(asserted, SENTENCES, MAIN)
    other_lessons_point = "Diagnosing mental health conditions helps people"
    assert "R3" in check(GOOD, SENTENCES, MAIN, known_true=[other_lessons_point])
    assert "R3" not in check(GOOD, SENTENCES, MAIN, known_true=["Sharing stories fosters hope"])


def test_r4_stem_must_not_give_the_answer_away() -> None:
    clue = replace(GOOD, stem="Why should peers feel heard and validated by a peer specialist?")
    assert "R4" in check(clue, SENTENCES, MAIN)
    article = replace(
        GOOD,
        kind="cloze",
        stem="Complete the sentence from the lesson: “A specialist's first job is an _____.”",
    )
    assert "R4" in check(article, SENTENCES, MAIN)
    assert "R4" not in check(GOOD, SENTENCES, MAIN)


def test_r5_options_share_a_form_and_a_similar_length() -> None:
    mixed = with_choice(3, text="To diagnose mental health conditions")
    assert "R5" in check(mixed, SENTENCES, MAIN)
    long_answer = with_choice(
        0,
        text="Ensuring peers feel heard and validated in every conversation they have, over time",
    )
    assert "R5" in check(long_answer, SENTENCES, MAIN)
    assert "R5" not in check(GOOD, SENTENCES, MAIN)


@pytest.mark.parametrize(
    "text",
    ["Always prescribing medication", "Not prescribing medication", "Prescribing only medication"],
)
def test_r6_no_absolutes_or_negatives_in_options(text: str) -> None:
    assert "R6" in check(with_choice(1, text=text), SENTENCES, MAIN)


def test_r6_passes_plain_options() -> None:
    assert "R6" not in check(GOOD, SENTENCES, MAIN)


@pytest.mark.parametrize(
    ("kind", "stem"),
    [
        ("main_point", "The most vital responsibility of a peer specialist."),
        ("main_point", "Why is this so important?"),
        ("cloze", "Complete the sentence from the lesson: “It is _____.”"),
        ("cloze", "Complete the sentence from the lesson: “They keep coming back to _____ again.”"),
    ],
    ids=["not-a-question", "leans-on-this", "too-short", "opens-with-pronoun"],
)
def test_r7_stem_stands_alone(kind: str, stem: str) -> None:
    assert "R7" in check(replace(GOOD, kind=kind, stem=stem), SENTENCES, MAIN)


def test_r7_passes_a_cloze_with_context() -> None:
    cloze = replace(
        GOOD,
        kind="cloze",
        stem=(
            "Complete the sentence from the lesson: “So, the next time you think about what a "
            "peer specialist does, remember this: it's all about _____.”"
        ),
    )
    assert "R7" not in check(cloze, SENTENCES, MAIN)
