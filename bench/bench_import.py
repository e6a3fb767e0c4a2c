"""Bench the article importer: parse each corpus and seed article and suggest its topic.

Run from the project root: `python bench/bench_import.py [N]` (N rounds, default 20). Pure Python,
no database. Prints the median and maximum milliseconds per article, and how many topic
suggestions agree with the editor's judgement in tests/articles/test_importer.py.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.content import load_topics  # noqa: E402
from articles.importer import parse_article, suggest_topic  # noqa: E402

ARTICLES = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted(
    (ROOT / "content" / "sources").glob("*.txt")
)


def main(rounds: int) -> None:
    topics = load_topics(ROOT / "content" / "topics.yaml")
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in ARTICLES]
    timings: list[float] = []
    for _ in range(rounds):
        for name, text in texts:
            start = time.perf_counter()
            suggest_topic(parse_article(text, name=name), topics)
            timings.append((time.perf_counter() - start) * 1000)
    print(f"import (parse + topic), {len(texts)} articles x {rounds} rounds:")
    print(f"  median {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms per article")
    try:
        from tests.articles.test_importer import CORPUS_TOPICS
    except ImportError:  # the tests are not installed with the app
        return
    corpus = ROOT / "tests" / "fixtures" / "corpus"
    right = sum(
        suggest_topic(parse_article((corpus / name).read_text(encoding="utf-8"), name=name), topics)
        == slug
        for name, (slug, _reason) in CORPUS_TOPICS.items()
    )
    print(f"  topic suggestion right on {right} of {len(CORPUS_TOPICS)} corpus articles")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
