"""Bench the pure question generator: time per lesson, items by kind, rejections, inference accuracy.

Run from the project root: `python bench/bench_generation.py [N]` (N runs per lesson, default 50).
No Django: it reads the lessons the generator's tests use (content/lessons/, or the seeds, and the
fixtures in tests/fixtures/lessons/).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.generation import generate, infer_main_point, load_bank  # noqa: E402
from quizzes.generation.words import clear_caches, recall  # noqa: E402
from tests.quizzes.generation.lessons import (  # noqa: E402
    BANK_PATH,
    fixture_lessons,
    seed_lessons,
    without_main_point,
)


def main(runs: int) -> None:
    bank = load_bank(BANK_PATH)
    seeds, fixtures = seed_lessons(), fixture_lessons()

    print(f"generation, {runs} runs per lesson (one core)")
    print(f"{'lesson':<34} {'mean ms':>8} {'median ms':>9}  items (publishable/kept) by kind")
    all_times: list[float] = []
    kinds: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    for expected in seeds + fixtures:
        times = []
        for _ in range(runs):
            clear_caches()  # time a cold run, as when one lesson is synced
            start = time.perf_counter()
            result = generate(expected.lesson, bank=bank)
            times.append((time.perf_counter() - start) * 1000)
        all_times += times
        rejected.update(dict(result.rejected))
        by_kind = Counter(i.kind for i in result.items if i.publishable)
        kept = Counter(i.kind for i in result.items)
        kinds.update(by_kind)
        summary = ", ".join(f"{k} {by_kind[k]}/{kept[k]}" for k in sorted(kept))
        print(
            f"{expected.name:<34} {statistics.mean(times):8.2f} {statistics.median(times):9.2f}  "
            f"{summary}"
        )
    print(
        f"{'all lessons':<34} {statistics.mean(all_times):8.2f} {statistics.median(all_times):9.2f}"
    )
    print()
    print("publishable items by kind:", dict(sorted(kinds.items())))
    print("candidate drafts rejected, by rule:", dict(sorted(rejected.items())) or "none")
    print()
    print("main-point inference (front matter's main_point removed; found = recall >= 0.6)")
    for group, lessons in (("seeds", seeds), ("fixtures", fixtures)):
        found = 0
        for expected in lessons:
            clear_caches()
            start = time.perf_counter()
            point = infer_main_point(without_main_point(expected.lesson))
            elapsed = (time.perf_counter() - start) * 1000
            score = recall(expected.main_point, point.text)
            found += score >= 0.6
            print(
                f"  {expected.name:<32} recall {score:.2f}  confidence {point.confidence:.2f}  "
                f"{elapsed:5.2f} ms  {point.text!r}"
            )
        print(f"  {group}: {found}/{len(lessons)} found")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
