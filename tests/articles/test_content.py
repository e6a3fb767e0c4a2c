from pathlib import Path

import pytest

from articles.content import ContentError, load_lessons, load_topics, parse_lesson_text
from tests.conftest import CONTENT_DIR, lesson_text

TOPICS = {"empathy", "validation", "lived-experience"}


def parse(text: str):
    return parse_lesson_text(text, path=Path("lessons/x.md"), topics=TOPICS)


def test_parses_front_matter_and_body():
    lesson = parse(lesson_text(order=3, key_question="Why?", body="## Hi\n\nText.\n"))
    assert lesson.slug == "a-lesson"
    assert lesson.topic == "empathy"
    assert lesson.order == 3
    assert lesson.key_question == "Why?"
    assert lesson.source.name == "Test Source"
    assert lesson.body == "## Hi\n\nText.\n"


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("no front matter\n", "must start with front matter", 1),
        ("---\ntitle: x\n", "not closed", 1),
        ("---\ntitle: [unclosed\nslug: x\n---\nbody\n", "invalid YAML", 3),
        (lesson_text(title=...), "missing required field 'title'", 1),
        (lesson_text(summary="  "), "'summary' is empty", 4),
        (lesson_text(topic="astrology"), "unknown topic 'astrology'", 5),
        (lesson_text(status="live"), "unknown status 'live'", 6),
        (lesson_text(slug="Not A Slug"), "slug 'Not A Slug' must be", 3),
        (lesson_text(source={"url": "https://x.org"}), "'source' needs a 'name'", 8),
        (lesson_text(colour="blue"), "unknown field 'colour'", 10),
        (lesson_text(body=""), "no body text", None),
        (lesson_text(title="x" * 201), "'title' is 201 characters long (at most 200)", 2),
        (lesson_text(main_point="y" * 301), "'main_point' is 301 characters long", 7),
        (lesson_text(source={"name": "z" * 201}), "at most 200 characters", 8),
        (
            lesson_text(source={"name": "z", "url": "https://x.org/" + "u" * 487}),
            "'source' url is at most 500 characters",
            8,
        ),
        (
            lesson_text(questions=[{"stem": "Q?", "choices": ["a", "b"], "answer": 3}]),
            "'answer' 3",
            10,
        ),
    ],
)
def test_errors_name_the_file_and_line(text, message, line):
    with pytest.raises(ContentError) as caught:
        parse(text)
    assert message in str(caught.value)
    assert caught.value.line == line
    assert str(caught.value).startswith("lessons/x.md")


def test_authored_questions_are_parsed():
    question = {"stem": "Q?", "choices": ["a", "b", "c", "d"], "answer": 2, "explanation": "b."}
    lesson = parse(lesson_text(questions=[question]))
    assert lesson.questions[0].correct == 1
    assert lesson.questions[0].choices == ("a", "b", "c", "d")


def test_duplicate_slugs_are_refused(tmp_path):
    (tmp_path / "one.md").write_text(lesson_text(slug="same"))
    (tmp_path / "two.md").write_text(lesson_text(slug="same"))
    with pytest.raises(ContentError, match="duplicate slug 'same'") as caught:
        load_lessons(tmp_path, topics=TOPICS)
    assert caught.value.path.name == "two.md"


def test_binary_file_is_refused(tmp_path):
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ContentError, match="not a UTF-8 text file"):
        load_lessons(tmp_path, topics=TOPICS)


def test_project_topics_include_the_core_three():
    slugs = {topic.slug for topic in load_topics(CONTENT_DIR / "topics.yaml")}
    assert {"empathy", "validation", "lived-experience"} <= slugs


def test_a_long_source_url_is_kept():
    url = "https://www.example.org/doc/1/" + "a-long-practice-bank-slug-" * 15
    assert 200 < len(url) <= 500

    lesson = parse(lesson_text(source={"name": "CPS Prep", "url": url}))

    assert lesson.source.url == url


def test_a_text_of_several_lines_is_written_as_a_literal_block_and_read_back_the_same() -> None:
    """Hand-written explanations are Markdown with lists: exported as a "|" block, as a person
    writes them, not as one quoted line with doubled newlines."""
    from articles.content import render_lesson_file

    text = (
        "---\ntitle: T\nslug: t\nsummary: S.\ntopic: empathy\nstatus: published\n"
        "main_point: M\nkey_question: Q?\nsource:\n  name: CPS Prep\n  url: ''\nquestions:\n"
        "- stem: Which one?\n  choices:\n  - One\n  - Two\n  - Three\n  - Four\n  answer: 1\n"
        "  explanation: |-\n    **One.** It is.\n\n    - *Two*: no.\n    - *Three*: no.\n---\n\nBody.\n"
    )
    lesson = parse_lesson_text(text, path=Path("t.md"), topics={"empathy"})
    rendered = render_lesson_file(lesson)
    assert "  explanation: |-\n    **One.** It is.\n\n    - *Two*: no.\n" in rendered
    assert parse_lesson_text(rendered, path=Path("t.md"), topics={"empathy"}) == lesson
