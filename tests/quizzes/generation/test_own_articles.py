"""The team's own articles (tests/fixtures/own/): they import, generate, and what they publish
keeps the rubric's invariants (no floor: they were written to find defects, not to be measured)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.distractors import names_in
from quizzes.generation.rubric import check

from .corpus import corpus_topics, imported

OWN = Path(__file__).resolve().parents[2] / "fixtures" / "own"
ARTICLES = sorted(OWN.glob("*.txt"))


def test_the_own_articles_are_there() -> None:
    assert len(ARTICLES) == 14


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_an_own_article_generates_items_that_keep_the_rubric(
    path: Path, bank: DistractorBank
) -> None:
    lesson = imported(path, corpus_topics())
    result = generate(lesson, bank=bank)
    assert result == generate(lesson, bank=bank)  # deterministic
    read = read_lesson(lesson)
    people = names_in(read.sentences)
    for item in result.items:
        assert item.rubric_failures == check(item, read.sentences, result.main_point.text)
        if not item.publishable:
            continue
        assert len(item.choices) == 4
        assert sum(c.is_correct for c in item.choices) == 1
        # no option points into the story by a name, and none is cut to a dangling word
        for choice in item.choices:
            assert not people.intersection(choice.text.replace(",", " ").split()), choice.text
            assert not choice.text.rstrip(" .").endswith((" the", " a", " to", " for", " of"))
