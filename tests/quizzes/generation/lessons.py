"""Lessons for the generator's tests and bench: lesson files read with yaml, or the plain-text seeds.

The five seed lessons are read from `content/lessons/` when a lesson file with the seed's title is
there, and otherwise straight from `content/sources/` (first line the title, next paragraph the
summary, short unpunctuated lines the headings, the site footer dropped), with the main points
the project gave them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

from quizzes.generation import DistractorBank, LessonInput, QuestionDraft, generate

ROOT = Path(__file__).resolve().parents[3]
LESSONS_DIR = ROOT / "content" / "lessons"
SEEDS_DIR = ROOT / "content" / "sources"
FIXTURES_DIR = ROOT / "tests" / "fixtures" / "lessons"
BANK_PATH = ROOT / "content" / "distractors.yaml"


def lesson_input(body: str, **fields: str) -> LessonInput:
    """A lesson for a test: `body`, and any other field given; the rest empty ("demo", "Notes")."""
    defaults = {
        "slug": "demo",
        "title": "Notes",
        "summary": "",
        "topic": "",
        "main_point": "",
        "key_question": "",
    }
    return LessonInput(body=body, **{**defaults, **fields})


def drafts_alone(body: str, **fields: str) -> list[QuestionDraft]:
    """The drafts of a lesson made of `body` and `fields`, generated with an empty bank, so that
    every option is the article's own."""
    return list(generate(lesson_input(body, **fields), bank=DistractorBank(entries=())).items)


@dataclass(frozen=True)
class Expected:
    """A lesson and the main point inference must find in it."""

    name: str
    lesson: LessonInput
    main_point: str


SEED_MAIN_POINTS = {
    "000": ("empathy helps a CPS build supportive and effective relationships", "empathy"),
    "001": ("empathy and understanding are what establish trust", "empathy"),
    "002": ("sharing personal recovery stories fosters hope", "lived-experience"),
    "003": ("ensuring peers feel heard and validated", "validation"),
    "004": (
        "supporting people in their recovery journey through shared lived experience",
        "lived-experience",
    ),
}


def read_lesson_file(path: Path) -> LessonInput:
    """Front matter between `---` lines, read with yaml, then the Markdown body."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front) or {}
    return LessonInput(
        slug=str(meta.get("slug") or path.stem),
        title=str(meta["title"]),
        summary=str(meta.get("summary") or ""),
        topic=str(meta.get("topic") or ""),
        main_point=str(meta.get("main_point") or ""),
        key_question=str(meta.get("key_question") or ""),
        body=body.strip() + "\n",
    )


_FOOTER = re.compile(r"^(?:Subscribe|Get the latest from|You can unsubscribe)")


def read_seed(path: Path, main_point: str, topic: str) -> LessonInput:
    """A seed article in the importer's plain-text format, as a lesson."""
    lines = path.read_text(encoding="utf-8").splitlines()
    paragraphs = [line.strip() for line in lines if line.strip()]
    title, summary, rest = paragraphs[0], paragraphs[1], paragraphs[2:]
    body: list[str] = []
    for line in rest:
        if _FOOTER.match(line):
            break
        is_heading = len(line) < 100 and not line.endswith((".", "!", "?", ":", ";", '"', "”"))
        body.append(f"## {line}" if is_heading else line)
    return LessonInput(
        slug=slugify(title, "-"),
        title=title,
        summary=summary,
        topic=topic,
        main_point=main_point,
        key_question="",
        body="\n\n".join(body) + "\n",
    )


def seed_lessons() -> list[Expected]:
    """The five seed lessons, from `content/lessons/` where they are there already."""
    files = {}
    if LESSONS_DIR.is_dir():
        for path in sorted(LESSONS_DIR.glob("*.md")):
            lesson = read_lesson_file(path)
            files[lesson.title.strip()] = lesson
    found = []
    for number, (main_point, topic) in SEED_MAIN_POINTS.items():
        (path,) = sorted(SEEDS_DIR.glob(f"{number}_*.txt"))
        title = path.read_text(encoding="utf-8").splitlines()[0].strip()
        lesson = files.get(title) or read_seed(path, main_point, topic)
        found.append(Expected(name=f"seed-{number}", lesson=lesson, main_point=main_point))
    return found


def fixture_lessons() -> list[Expected]:
    """The test-only lessons in `tests/fixtures/lessons/`; their front matter holds the main point."""
    return [
        Expected(
            name=path.stem, lesson=(lesson := read_lesson_file(path)), main_point=lesson.main_point
        )
        for path in sorted(FIXTURES_DIR.glob("*.md"))
    ]


def all_lessons() -> list[Expected]:
    return seed_lessons() + fixture_lessons()


def without_main_point(lesson: LessonInput) -> LessonInput:
    return replace(lesson, main_point="")
