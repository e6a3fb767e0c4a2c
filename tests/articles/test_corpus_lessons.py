"""The 22 corpus articles as published lessons in content/lessons/ (issue 9, section 7)."""

import functools
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.content import LessonFile, load_lessons, load_topics
from articles.importer import parse_article
from articles.models import Article
from tests.articles.test_importer import CORPUS_TOPICS
from tests.conftest import SEED_LESSON_SLUGS

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "tests" / "fixtures" / "corpus"
CONTENT_DIR = REPO / "content"
ANSWERS = json.loads((CORPUS_DIR / "answers.json").read_text(encoding="utf-8"))


@functools.cache
def content_lessons() -> tuple[LessonFile, ...]:
    topics = {topic.slug for topic in load_topics(CONTENT_DIR / "topics.yaml")}
    return load_lessons(CONTENT_DIR / "lessons", topics=topics)


def corpus_lesson(entry: dict) -> LessonFile:
    """The lesson crediting this exam item's address (each item has its own; titles were tidied)."""
    (lesson,) = [lesson for lesson in content_lessons() if lesson.source.url == entry["url"]]
    return lesson


def test_every_corpus_article_is_one_published_lesson() -> None:
    lessons = content_lessons()
    corpus = [lesson for lesson in lessons if lesson.slug not in SEED_LESSON_SLUGS]

    assert len(lessons) == len(SEED_LESSON_SLUGS) + len(ANSWERS) == 27
    assert len(corpus) == 22
    assert sorted(lesson.source.url for lesson in corpus) == sorted(e["url"] for e in ANSWERS)
    orders = [lesson.order for lesson in lessons]
    assert sorted(orders) == list(range(1, 28))  # a reading order, the seeds first


@pytest.mark.parametrize("entry", ANSWERS, ids=[entry["file"] for entry in ANSWERS])
def test_corpus_lesson_front_matter_was_checked(entry: dict) -> None:
    lesson = corpus_lesson(entry)

    assert lesson.status == "published"
    assert lesson.source.name == "CPS Prep"
    assert lesson.topic == CORPUS_TOPICS[entry["file"]][0]
    assert lesson.key_question.endswith("?")
    assert lesson.main_point
    assert not lesson.main_point.endswith(".")  # the page adds the full stop


@pytest.mark.parametrize("entry", ANSWERS, ids=[entry["file"] for entry in ANSWERS])
def test_corpus_lesson_keeps_the_imported_body(entry: dict) -> None:
    path = CORPUS_DIR / entry["file"]
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)

    assert corpus_lesson(entry).body.strip() == article.markdown.strip()


@pytest.mark.django_db
def test_sync_publishes_every_content_lesson(project_content, client) -> None:
    call_command("sync_content")

    assert Article.objects.published().count() == 27
    for entry in ANSWERS:
        lesson = Article.objects.get(source_url=entry["url"])
        response = client.get(lesson.get_absolute_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert f'href="{entry["url"]}"' in html
        assert "Adapted from" in html
        path = CORPUS_DIR / entry["file"]
        article = parse_article(path.read_text(encoding="utf-8"), name=path.name)
        items = sum(len(block.items) for block in article.lists)
        body = html.split('id="lesson-body">')[1].split('<footer class="lesson-footer">')[0]
        assert body.count("<li>") == items, entry["file"]  # every list item is a list item
        assert body.count("<h2 id=") == len(article.headings)


STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "what",
        "when",
        "which",
        "who",
        "with",
    ]
)


def stems(text: str) -> set[str]:
    """Content words cut to five letters: a crude stem that is enough to compare wordings."""
    return {word[:5] for word in re.findall(r"[a-z]+", text.lower()) if word not in STOPWORDS}


@pytest.mark.parametrize("entry", ANSWERS, ids=[entry["file"] for entry in ANSWERS])
def test_corpus_main_point_answers_the_real_exam_item(entry: dict) -> None:
    lesson = corpus_lesson(entry)
    real = stems(entry["correct_answer"])

    assert len(real & stems(lesson.main_point)) >= len(real) / 2, lesson.main_point
    for wrong in entry["wrong_options"]:  # and it is not one of the item's wrong options
        assert stems(wrong) - stems(lesson.main_point), wrong
