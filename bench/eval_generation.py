"""Measure question generation on real articles: `python bench/eval_generation.py [DIR ...]`.

Default: the development corpus (tests/fixtures/corpus/, with answers.json) and the five seed
articles (content/sources/). Each article is imported in memory with `articles.importer` (exactly as
`import_articles` would), then generated twice: once with the main point inferred from the text,
once with `main_point` and `key_question` given (from answers.json, or the seeds' lesson files).

Printed per style and overall:

- inferred main point matches the real answer (see `matches`);
- a published main-point item when `main_point` and `key_question` are given;
- published items per lesson (inferred / given);
- real wrong options matched by a wrong option of a published item;
- rubric rejections by rule (candidate drafts that failed it);
- ms per lesson (median and max).

A *match* is content-word overlap: the share of the real answer's content words (stemmed, stopwords
and role words such as "peer specialist" removed) that occur in the other text, at least one half.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from articles.importer import infer_topic, parse_article  # noqa: E402
from quizzes.generation import (  # noqa: E402
    GenerationResult,
    LessonInput,
    generate,
    infer_main_point,
    load_bank,
    words,
)

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


def _topics() -> list[Topic]:
    raw = yaml.safe_load(TOPICS.read_text(encoding="utf-8")) or []
    items = raw.get("topics", raw) if isinstance(raw, dict) else raw
    return [Topic(str(t["slug"]), tuple(str(k) for k in t.get("keywords") or ())) for t in items]


def imported(path: Path, topics: list[Topic]) -> LessonInput:
    """The article as `import_articles` would store it (main point and key question left empty,
    except that a title which is a question is the key question when the importer says so)."""
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)
    return LessonInput(
        slug=article.slug,
        title=article.title,
        summary=article.summary,
        topic=infer_topic(article.text, topics),
        main_point="",
        key_question=str(getattr(article, "key_question", "") or ""),
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
            )
        )
    return found


@dataclass
class Figures:
    lessons: int = 0
    inferred_match: int = 0
    given_main_item: int = 0
    items_inferred: int = 0
    items_given: int = 0
    fewest_given: int = 99
    wrong_total: int = 0
    wrong_matched: int = 0


def published(result: GenerationResult) -> list:
    return [item for item in result.items if item.publishable]


def evaluate(all_cases: list[Case], *, show: bool = False) -> dict[str, Figures]:
    bank = load_bank(BANK)
    figures: dict[str, Figures] = defaultdict(Figures)
    rejected: Counter[str] = Counter()
    times: list[float] = []
    for case in all_cases:
        start = time.perf_counter()
        inferred = generate(case.lesson, bank=bank)
        times.append((time.perf_counter() - start) * 1000)
        point = infer_main_point(case.lesson)
        given_lesson = LessonInput(
            **{
                **case.lesson.__dict__,
                "main_point": case.main_point,
                "key_question": case.key_question,
            }
        )
        start = time.perf_counter()
        given = generate(given_lesson, bank=bank)
        times.append((time.perf_counter() - start) * 1000)
        for result in (inferred, given):
            rejected.update(dict(result.rejected))
        main_ok = matches(case.answer, point.text)
        given_items = published(given)
        main_item = any(i.kind == "main_point" for i in given_items)
        wrong_texts = [c.text for i in given_items for c in i.choices if not c.is_correct]
        wrong_hit = sum(1 for w in case.wrong if any(matches(w, t) for t in wrong_texts))
        for key in (case.style, "overall"):
            f = figures[key]
            f.lessons += 1
            f.inferred_match += main_ok
            f.given_main_item += main_item
            f.items_inferred += len(published(inferred))
            f.items_given += len(given_items)
            f.fewest_given = min(f.fewest_given, len(given_items))
            f.wrong_total += len(case.wrong)
            f.wrong_matched += wrong_hit
        if show:
            mark = "ok " if main_ok else "-- "
            print(f"{mark}{case.name}: {point.text!r} ({point.confidence:.2f})")
            print(f"     real: {case.answer!r}")
            for item in given_items:
                print(f"     [{item.kind}] {item.stem}")
                for c in item.choices:
                    print(f"        {'*' if c.is_correct else ' '} {c.text}   <{c.source}>")
    print()
    header = (
        f"{'style':<10} {'n':>3} {'main pt':>8} {'main item':>9} "
        f"{'items inf/given':>15} {'min':>4} {'wrong matched':>13}"
    )
    print(header)
    for key in sorted(figures, key=lambda k: (k == "overall", k)):
        f = figures[key]
        per_inf = f.items_inferred / f.lessons
        per_given = f.items_given / f.lessons
        print(
            f"{key:<10} {f.lessons:>3} {f.inferred_match:>4}/{f.lessons:<3} "
            f"{f.given_main_item:>5}/{f.lessons:<3} {per_inf:>7.1f} / {per_given:<5.1f} "
            f"{f.fewest_given:>4} {f.wrong_matched:>6}/{f.wrong_total:<6}"
        )
    print()
    print("rubric rejections (candidate drafts failing each rule):")
    print("  " + ", ".join(f"{rule} {count}" for rule, count in sorted(rejected.items())))
    print(
        f"ms per lesson: median {statistics.median(times):.1f}, max {max(times):.1f} "
        f"({len(times)} generations)"
    )
    return figures


def main(argv: list[str]) -> None:
    show = "--show" in argv
    dirs = [Path(a) for a in argv if not a.startswith("--")] or [CORPUS, SEEDS]
    topics = _topics()
    all_cases: list[Case] = []
    for directory in dirs:
        all_cases += cases(directory, topics)
    evaluate(all_cases, show=show)


if __name__ == "__main__":
    main(sys.argv[1:])
