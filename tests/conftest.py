"""Shared fixtures: a throwaway content folder and lesson files written to order."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
CONTENT_DIR = REPO / "content"

LessonWriter = Callable[..., Path]


def lesson_text(**fields: object) -> str:
    body = str(fields.pop("body", "## A section\n\nA paragraph about peer support.\n"))
    front = {
        "title": "A Lesson",
        "slug": "a-lesson",
        "summary": "What the lesson is about.",
        "topic": "empathy",
        "status": "published",
        "main_point": "empathy builds trust",
        "source": {"name": "Test Source"},
    }
    front.update(fields)
    front = {key: value for key, value in front.items() if value is not ...}
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    return f"---\n{dumped}---\n\n{body}"


@pytest.fixture
def content_dir(tmp_path: Path, settings) -> Path:
    """An empty content folder with the project's topics, set as CPS_CONTENT_DIR."""
    folder = tmp_path / "content"
    (folder / "lessons").mkdir(parents=True)
    shutil.copy(CONTENT_DIR / "topics.yaml", folder / "topics.yaml")
    settings.CPS_CONTENT_DIR = folder
    return folder


@pytest.fixture
def write_lesson(content_dir: Path) -> LessonWriter:
    """Write ``lessons/<name>.md``; fields override the defaults, ``...`` drops one."""

    def write(name: str | None = None, **fields: object) -> Path:
        slug = str(fields.setdefault("slug", name or "a-lesson"))
        fields.setdefault("title", slug.replace("-", " ").title())
        path = content_dir / "lessons" / f"{name or slug}.md"
        path.write_text(lesson_text(**fields), encoding="utf-8")
        return path

    return write


# The five lessons imported from the seed articles in content/sources/ (the others in
# content/lessons/ come from the development corpus, tests/fixtures/corpus/).
SEED_LESSON_SLUGS = (
    "understanding-the-role-of-empathy-for-certified-peer-specialists",
    "empathy-the-cornerstone-of-peer-support-specialists",
    "how-certified-peer-specialists-ignite-hope-in-clients",
    "understanding-the-key-responsibilities-of-a-certified-peer-specialist",
    "understanding-the-role-of-a-certified-peer-specialist",
)


@pytest.fixture
def project_content(settings) -> Path:
    """The real content folder: the five seed lessons and the 22 corpus lessons."""
    settings.CPS_CONTENT_DIR = CONTENT_DIR
    return CONTENT_DIR


@pytest.fixture
def seed_content(content_dir: Path) -> Path:
    """The project's content folder with only the five seed lessons, as CPS_CONTENT_DIR."""
    for path in CONTENT_DIR.glob("*.yaml"):  # topics and the reviewed distractor bank
        shutil.copy(path, content_dir / path.name)
    for slug in SEED_LESSON_SLUGS:
        shutil.copy(CONTENT_DIR / "lessons" / f"{slug}.md", content_dir / "lessons")
    return content_dir
