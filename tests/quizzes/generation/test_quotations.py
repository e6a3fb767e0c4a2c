"""Rule of 2026.12-48: words in quotation marks are left as said when a story's person becomes
"them" in an option ('Reassuring them, "Don't worry about him, I'm on your side"'); a quotation
changed misquotes its speaker. Held over every published item of the corpus, inferred and given."""

from __future__ import annotations

import re

import pytest

from quizzes.generation import generate, load_bank
from quizzes.generation.distractors import _unnamed

from .corpus import BANK, corpus_cases, with_answers


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        (
            "reassuring Devon, \"Don't worry about him, I'm on your side\"",
            "reassuring them, \"Don't worry about him, I'm on your side\"",
        ),
        # (a quotation running on past the words kept is left as said too)
        (
            'telling Devon, "Honestly, she is like that with him',
            'telling them, "Honestly, she is like that with him',
        ),
        ("helping her find work", "helping them find work"),
    ],
)
def test_quoted_words_are_left_as_said(text: str, unnamed: str) -> None:
    assert _unnamed(text) == unnamed


def _said(text: str) -> str:
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return " ".join(text.split()).lower()


def test_every_quotation_in_a_published_option_is_the_articles_words() -> None:
    bank = load_bank(BANK)
    misquoted = []
    for case in corpus_cases():
        article = _said(f"{case.lesson.title} {case.lesson.summary} {case.lesson.body}")
        for lesson in (case.lesson, with_answers(case)):
            for item in generate(lesson, bank=bank).items:
                if not item.publishable:
                    continue
                for choice in item.choices:
                    for quoted in re.findall(
                        r'["\u201c]([^"\u201c\u201d]{6,})["\u201d]', choice.text
                    ):
                        if _said(quoted).rstrip(".,!?") not in article:
                            misquoted.append((case.name, choice.text))
    assert misquoted == []
