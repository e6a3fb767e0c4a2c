"""One validator: every front-matter value a lesson file may not hold, the form refuses in the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.content import ContentError, load_topics, parse_lesson_text
from articles.models import Topic
from editorial.forms import FIELD_FOR, LessonForm
from tests.conftest import CONTENT_DIR, lesson_text

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "A Lesson",
    "slug": "a-lesson",
    "summary": "What the lesson is about.",
    "topic": "empathy",
    "status": "published",
    "order": 3,
    "main_point": "empathy builds trust",
    "key_question": "What builds trust?",
    "source": {"name": "Test Source", "url": "https://example.org/a"},
}
BODY = "## A section\n\nA paragraph about peer support.\n"

# (case, front-matter overrides, body): each one a file that sync_content refuses.
CASES = [
    ("empty title", {"title": ""}, BODY),
    ("blank title", {"title": "   "}, BODY),
    ("title too long", {"title": "t" * 201}, BODY),
    ("bad slug", {"slug": "Not A Slug"}, BODY),
    ("slug too long", {"slug": "a" * 201}, BODY),
    ("empty summary", {"summary": ""}, BODY),
    ("unknown topic", {"topic": "astrology"}, BODY),
    ("empty topic", {"topic": ""}, BODY),
    ("unknown status", {"status": "archived"}, BODY),
    ("empty status", {"status": ""}, BODY),
    ("order is a word", {"order": "third"}, BODY),
    ("order below zero", {"order": -1}, BODY),
    ("main point too long", {"main_point": "m" * 301}, BODY),
    ("key question too long", {"key_question": "k" * 301}, BODY),
    ("source without a name", {"source": {"name": "", "url": ""}}, BODY),
    ("source url not http", {"source": {"name": "S", "url": "ftp://example.org/a"}}, BODY),
    ("source name too long", {"source": {"name": "s" * 201, "url": ""}}, BODY),
    ("empty body", {}, "\n\n"),
]


@pytest.fixture
def topics() -> set[str]:
    defs = load_topics(CONTENT_DIR / "topics.yaml")
    for topic in defs:
        Topic.objects.create(slug=topic.slug, name=topic.name, position=topic.position)
    return {topic.slug for topic in defs}


def file_error(overrides: dict, body: str, topics: set[str]) -> ContentError:
    text = lesson_text(**{**GOOD, **overrides, "body": body})
    with pytest.raises(ContentError) as caught:
        parse_lesson_text(text, path=Path("lessons/a-lesson.md"), topics=topics)
    return caught.value


def form_data(overrides: dict, body: str) -> dict[str, str]:
    front = {**GOOD, **overrides}
    return {
        "title": front["title"],
        "slug": front["slug"],
        "summary": front["summary"],
        "topic": front["topic"],
        "status": front["status"],
        "order": str(front["order"]),
        "main_point": front["main_point"],
        "key_question": front["key_question"],
        "source_name": front["source"]["name"],
        "source_url": front["source"]["url"],
        "body": body,
    }


@pytest.mark.parametrize(("case", "overrides", "body"), CASES, ids=[case[0] for case in CASES])
def test_the_form_refuses_what_a_file_refuses_with_the_same_message(topics, case, overrides, body):
    error = file_error(overrides, body, topics)
    form = LessonForm(data=form_data(overrides, body))
    assert not form.is_valid()
    field = FIELD_FOR.get(error.field, error.field)
    assert form.errors[field] == [error.message], case


def test_the_good_lesson_passes_both(topics):
    text = lesson_text(**{**GOOD, "body": BODY})
    parsed = parse_lesson_text(text, path=Path("lessons/a-lesson.md"), topics=topics)
    form = LessonForm(data=form_data({}, BODY))
    assert form.is_valid(), form.errors
    assert form.validated.title == parsed.title
    assert form.validated.source == parsed.source
    assert form.validated.order == parsed.order
