"""The development corpus and the seed articles, imported in memory as `import_articles` would
(for the generator's tests and `bench/eval_generation.py`), with what is known to be right about each.

A *match* is content-word overlap: the share of the real answer's content words (stemmed,
stopwords and role words such as "peer specialist" removed) that occur in the other text, at least
one half.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from articles.importer import infer_topic, parse_article, stated_main_point
from quizzes.generation import LessonInput, words

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SEEDS = ROOT / "content" / "sources"
LESSONS = ROOT / "content" / "lessons"
BANK = ROOT / "content" / "distractors.yaml"
TOPICS = ROOT / "content" / "topics.yaml"


@dataclass(frozen=True)
class Topic:
    slug: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    """One article with what is known to be right about it."""

    name: str
    style: str
    lesson: LessonInput  # as imported: no main point, no key question
    answer: str  # the real exam item's correct answer (the seeds: their main point)
    main_point: str
    key_question: str
    wrong: tuple[str, ...]
    # The answer the article states itself ("The correct answer is ..."), which the importer takes
    # as the main point before inferring one; "" when it states none.
    stated: str = ""


def answer_stems(text: str) -> frozenset[str]:
    """Content stems with the role words taken out (they say nothing about the answer)."""
    return words.content_stems(text) - words.ROLE_STEMS


def overlap(expected: str, found: str) -> float:
    want = answer_stems(expected)
    if not want:
        return 0.0
    return len(want & words.content_stems(found)) / len(want)


def matches(expected: str, found: str) -> bool:
    """At least half of the content words of `expected` occur in `found`."""
    return overlap(expected, found) >= 0.5


def corpus_topics() -> list[Topic]:
    raw = yaml.safe_load(TOPICS.read_text(encoding="utf-8")) or []
    items = raw.get("topics", raw) if isinstance(raw, dict) else raw
    return [Topic(str(t["slug"]), tuple(str(k) for k in t.get("keywords") or ())) for t in items]


def stated(path: Path) -> str:
    """The article's own stated answer, as `import_articles` would take it for the main point."""
    point = stated_main_point(parse_article(path.read_text(encoding="utf-8"), name=path.name))
    return point.text if point else ""


def imported(path: Path, topics: list[Topic]) -> LessonInput:
    """The article as `import_articles` stores it: the importer drops site furniture, moves a stated
    answer and its options out of the body, and makes a title that asks a question the key question;
    the main point is left empty."""
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)
    return LessonInput(
        slug=article.slug,
        title=article.title,
        summary=article.summary,
        topic=infer_topic(article.text, topics),
        main_point="",
        key_question=article.key_question,
        body=article.markdown,
    )


def _front_matter(path: Path) -> dict[str, object]:
    _, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front) or {}


def cases(directory: Path, topics: list[Topic]) -> list[Case]:
    found: list[Case] = []
    answers_file = directory / "answers.json"
    if answers_file.exists():
        for entry in json.loads(answers_file.read_text(encoding="utf-8")):
            lesson = imported(directory / entry["file"], topics)
            found.append(
                Case(
                    name=entry["file"],
                    style=entry["style"],
                    lesson=lesson,
                    answer=entry["correct_answer"],
                    main_point=entry["main_point"],
                    key_question=entry["question"],
                    wrong=tuple(entry["wrong_options"]),
                    stated=stated(directory / entry["file"]),
                )
            )
        return found
    # The seeds: their lesson files in content/lessons/ hold the main point and key question.
    by_title = {}
    for path in sorted(LESSONS.glob("*.md")):
        meta = _front_matter(path)
        by_title[str(meta.get("title", "")).strip()] = meta
    for path in sorted(directory.glob("*.txt")):
        lesson = imported(path, topics)
        meta = by_title.get(lesson.title.strip())
        if meta is None:
            continue
        found.append(
            Case(
                name=path.name,
                style="seed",
                lesson=lesson,
                answer=str(meta["main_point"]),
                main_point=str(meta["main_point"]),
                key_question=str(meta.get("key_question") or ""),
                wrong=(),
                stated=stated(path),
            )
        )
    return found


def corpus_cases() -> list[Case]:
    return cases(CORPUS, corpus_topics())


def seed_cases() -> list[Case]:
    return cases(SEEDS, corpus_topics())


def with_answers(case: Case) -> LessonInput:
    """The lesson with the real item's main point and question as `main_point` and `key_question`."""
    return LessonInput(
        **{**case.lesson.__dict__, "main_point": case.main_point, "key_question": case.key_question}
    )
