from __future__ import annotations

import re

from articles.markdown import render_markdown
from quizzes.generation import LessonInput, read_lesson
from quizzes.generation.lesson import split_sentences

from .lessons import Expected

BODY = """Before any heading. It has two sentences.

## What’s the Big Deal?

First “quoted” sentence. Second one, e.g. with an abbreviation.

## What’s the Big Deal?

Again.

## In Conclusion

So, remember this.
"""


def lesson(body: str = BODY) -> LessonInput:
    return LessonInput(
        slug="demo",
        title="Demo",
        summary="A summary. In two sentences.",
        topic="empathy",
        main_point="",
        key_question="",
        body=body,
    )


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
