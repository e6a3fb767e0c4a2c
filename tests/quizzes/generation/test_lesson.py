from __future__ import annotations

import re

import pytest

from articles.markdown import render_markdown
from quizzes.generation import LessonInput, read_lesson
from quizzes.generation.lesson import is_contrast_heading, split_sentences

from .lessons import Expected, lesson_input

BODY = """Before any heading. It has two sentences.

## What’s the Big Deal?

First “quoted” sentence. Second one, e.g. with an abbreviation.

## What’s the Big Deal?

Again.

## In Conclusion

So, remember this.
"""


def lesson(body: str = BODY) -> LessonInput:
    return lesson_input(body, title="Demo", summary="A summary. In two sentences.", topic="empathy")


def test_sentence_ids_are_section_anchor_and_index() -> None:
    read = read_lesson(lesson())
    ids = [s.id for s in read.sentences]
    assert ids == [
        "lesson-summary:0",
        "lesson-summary:1",
        "lesson-body:0",
        "lesson-body:1",
        "section-whats-the-big-deal:0",
        "section-whats-the-big-deal:1",
        "section-whats-the-big-deal_1:0",
        "section-in-conclusion:0",
    ]


def test_roles_mark_summary_body_and_conclusion() -> None:
    roles = {s.id: s.role for s in read_lesson(lesson()).sentences}
    assert roles["lesson-summary:0"] == "summary"
    assert roles["section-whats-the-big-deal:0"] == "body"
    assert roles["section-in-conclusion:0"] == "conclusion"


def test_plain_text_straightens_quotes_but_display_text_keeps_them() -> None:
    sentence = read_lesson(lesson()).by_id("section-whats-the-big-deal:0")
    assert sentence is not None
    assert sentence.text == "First “quoted” sentence."
    assert sentence.plain == 'First "quoted" sentence.'


def test_abbreviations_do_not_end_a_sentence() -> None:
    assert split_sentences("Use it, e.g. daily. Then stop.") == [
        "Use it, e.g. daily.",
        "Then stop.",
    ]


def test_anchors_match_the_ids_the_lesson_page_renders(expected: Expected) -> None:
    html = render_markdown(expected.lesson.body).html
    rendered = re.findall(r'<h\d id="([^"]+)"', html)
    anchors: list[str] = []
    for sentence in read_lesson(expected.lesson).sentences:
        if sentence.anchor not in ("lesson-summary", "lesson-body", *anchors):
            anchors.append(sentence.anchor)
    assert anchors == [a for a in rendered if a in anchors]
    assert set(anchors) <= set(rendered)


LISTS = """Intro paragraph. The elements are:

- Specific: the goal names a concrete action.
- Measurable: progress can be seen.
  It is counted weekly.

1. Ask what the person wants.
2. Agree on a step.

A paragraph after the lists.
"""


def test_list_items_record_their_list_and_position() -> None:
    read = read_lesson(lesson(LISTS))
    lists = read.lists()
    assert [[s.plain for s in items] for items in lists.values()] == [
        ["Specific: the goal names a concrete action.", "Measurable: progress can be seen."],
        ["Ask what the person wants.", "Agree on a step."],
    ]
    first, second = lists.values()
    assert first[0].list_id != second[0].list_id
    assert [s.item for s in first] == [0, 1]
    assert first[0].lead == "The elements are:"
    wrapped = [s for s in read.sentences if s.plain == "It is counted weekly."]
    assert wrapped[0].list_id == first[1].list_id
    assert wrapped[0].item == 1
    assert not wrapped[0].first_in_item
    after = [s for s in read.sentences if s.plain == "A paragraph after the lists."]
    assert after[0].list_id == ""


@pytest.mark.parametrize(
    ("heading", "contrast"),
    [
        ("Common mistakes", True),
        ("What it isn't", True),
        ("Close, but not informed consent", True),
        # "A, not B" affirms A; a heading of where someone fits is no contrast
        ("Shared, not identical", False),
        ("A mirror, not a megaphone", False),
        ("Where peer specialists fit", False),
        # a relative clause saying its members do harm classes each of them as harm
        ("Habits that wear trust down", True),
        ("Replies that erode rapport", True),
        ("Habits that build trust", False),
    ],
)
def test_a_heading_of_contrast_rules_out_what_its_section_says(
    heading: str, contrast: bool
) -> None:
    assert is_contrast_heading(heading) is contrast


@pytest.mark.parametrize(
    "heading",
    [
        "What the facilitator can and cannot promise",
        "What it is, and what it isn't",
        "What a residence is (and isn't)",
    ],
)
def test_a_heading_naming_both_sides_rules_out_nothing_by_itself(heading: str) -> None:
    assert not is_contrast_heading(heading)


def test_a_lessons_answers_are_remembered_by_the_identity_of_its_sentences() -> None:
    from quizzes.generation.words import per_lesson

    calls: list[int] = []

    @per_lesson
    def count(sentences: tuple[str, ...]) -> int:
        calls.append(1)
        return len(sentences)

    first, second = ("a", "b"), ("a", "b", "c")
    assert [count(first), count(first), count(second)] == [2, 2, 3]
    assert len(calls) == 2  # (the same tuple asked twice is worked out once)
    # (an equal tuple that is another object is another lesson's, worked out again)
    assert count(tuple(word for word in first)) == 2
    assert len(calls) == 3


def test_sentence_positions_find_neighbours_and_ids() -> None:
    read = read_lesson(lesson_input("One two three. Four five six.\n\nSeven eight nine.\n"))
    first, second, third = read.sentences
    assert read.previous(second) == first
    assert read.following(first) == second
    assert read.following(second) is None  # (another paragraph)
    assert read.next_any(second) == third
    assert read.by_id(third.id) == third
    assert read.by_id("nowhere:9") is None


def test_a_name_with_letters_beyond_ascii_names_someone() -> None:
    # English vignettes name people "Tomás", "Zoë", "Inés" as often as "Tom".
    from quizzes.generation.words import names_someone

    assert names_someone("Tomás has been a peer specialist for three years.")
    assert names_someone("Later that week, Inés calls back.")
    assert not names_someone("Recovery is possible for everyone.")
