"""Measure question generation on real articles: `python bench/eval_generation.py [DIR ...]`.

Default: the development corpus (tests/fixtures/corpus/, with answers.json) and the five seed
articles (content/sources/). Each article is imported in memory with `articles.importer` (exactly as
`import_articles` would), then generated twice: once with the main point inferred from the text,
once with `main_point` and `key_question` given (from answers.json, or the seeds' lesson files).

Printed per style and overall:

- inferred main point matches the real answer (see `matches`), and the main point as imported
  matches it (the article's stated answer when it states one, as `import_articles` takes it; else
  the inferred one);
- a published main-point item when `main_point` and `key_question` are given;
- published items per lesson (inferred / as imported / given): as imported, the lesson is generated
  with the main point `import_articles` writes into it, the article's stated answer when it states
  one (a lesson without one is generated as in the inferred run: the inferred main point written
  in gives the same items);
- real wrong options matched by a wrong option of a published item;
- rubric rejections by rule (candidate drafts that failed it);
- ms per lesson (median and max);
- whether the confidence means something: in how many (right, wrong) pairs of inferred main points
  the right one has the higher confidence.

A *match* is content-word overlap: the share of the real answer's content words (stemmed, stopwords
and role words such as "peer specialist" removed) that occur in the other text, at least one half.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.generation import (  # noqa: E402
    GenerationResult,
    generate,
    infer_main_point,
    load_bank,
)
from tests.quizzes.generation.corpus import (  # noqa: E402
    BANK,
    CORPUS,
    SEEDS,
    Case,
    cases,
    corpus_topics,
    matches,
    with_answers,
)


@dataclass
class Figures:
    lessons: int = 0
    inferred_match: int = 0
    imported_match: int = 0
    given_main_item: int = 0
    items_inferred: int = 0
    items_imported: int = 0
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
    confidences: list[tuple[bool, float]] = []
    for case in all_cases:
        start = time.perf_counter()
        inferred = generate(case.lesson, bank=bank)
        times.append((time.perf_counter() - start) * 1000)
        point = infer_main_point(case.lesson)
        as_imported = inferred
        if case.stated:
            # (what a trainer gets: `import_articles` writes the stated answer in as the main
            # point; not timed, the two generations above are)
            as_imported = generate(replace(case.lesson, main_point=case.stated), bank=bank)
        given_lesson = with_answers(case)
        start = time.perf_counter()
        given = generate(given_lesson, bank=bank)
        times.append((time.perf_counter() - start) * 1000)
        for result in (inferred, given):
            rejected.update(dict(result.rejected))
        main_ok = matches(case.answer, point.text)
        # What import_articles stores: the article's stated answer when it has one, else inferred.
        imported_ok = matches(case.answer, case.stated or point.text)
        confidences.append((main_ok, point.confidence))
        given_items = published(given)
        main_item = any(i.kind == "main_point" for i in given_items)
        wrong_texts = [c.text for i in given_items for c in i.choices if not c.is_correct]
        wrong_hit = sum(1 for w in case.wrong if any(matches(w, t) for t in wrong_texts))
        for key in (case.style, "overall"):
            f = figures[key]
            f.lessons += 1
            f.inferred_match += main_ok
            f.imported_match += imported_ok
            f.given_main_item += main_item
            f.items_inferred += len(published(inferred))
            f.items_imported += len(published(as_imported))
            f.items_given += len(given_items)
            f.fewest_given = min(f.fewest_given, len(given_items))
            f.wrong_total += len(case.wrong)
            f.wrong_matched += wrong_hit
        if show:
            mark = "ok " if main_ok else "-- "
            print(f"{mark}{case.name}: {point.text!r} ({point.confidence:.2f})")
            print(f"     real: {case.answer!r}")
            for item in given.items:
                failed = ",".join(item.rubric_failures) or "published"
                print(f"     [{item.kind}] ({failed}) {item.stem}")
                for c in item.choices:
                    print(f"        {'*' if c.is_correct else ' '} {c.text}   <{c.source}>")
    print()
    header = (
        f"{'style':<10} {'n':>3} {'main pt':>8} {'imported':>8} {'main item':>9} "
        f"{'items inf/imp/given':>21} {'min':>4} {'wrong matched':>13}"
    )
    print(header)
    for key in sorted(figures, key=lambda k: (k == "overall", k)):
        f = figures[key]
        per_inf = f.items_inferred / f.lessons
        per_imp = f.items_imported / f.lessons
        per_given = f.items_given / f.lessons
        print(
            f"{key:<10} {f.lessons:>3} {f.inferred_match:>4}/{f.lessons:<3} "
            f"{f.imported_match:>4}/{f.lessons:<3} "
            f"{f.given_main_item:>5}/{f.lessons:<3} {per_inf:>7.1f} / {per_imp:.1f} / "
            f"{per_given:<5.1f} "
            f"{f.fewest_given:>4} {f.wrong_matched:>6}/{f.wrong_total:<6}"
        )
    right = [c for ok, c in confidences if ok]
    wrong = [c for ok, c in confidences if not ok]
    if right and wrong:
        ordered = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
        print(
            f"\nconfidence: a right main point above a wrong one in {ordered:g} of "
            f"{len(right) * len(wrong)} pairs ({ordered / (len(right) * len(wrong)):.0%}; "
            f"right median {statistics.median(right):.2f}, wrong median {statistics.median(wrong):.2f})"
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
    topics = corpus_topics()
    all_cases: list[Case] = []
    for directory in dirs:
        found = cases(directory, topics)
        if not found:
            # (a folder of lessons, or one without answers.json: nothing to measure against)
            sys.exit(f"{directory}: no articles with an answers.json to measure")
        all_cases += found
    evaluate(all_cases, show=show)


if __name__ == "__main__":
    main(sys.argv[1:])
