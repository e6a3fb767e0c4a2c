"""`rx` answers as `re` does, arguments and all: generation calls it in place of `re`. And the
answers mining keeps per text are forgotten with the other caches (the bench times cold runs)."""

from __future__ import annotations

import re

import pytest

from quizzes.generation import rx
from quizzes.generation.distractors import judges
from quizzes.generation.words import clear_caches

TEXT = "Recovery is a process, not an event. Recovery is personal."

CALLS = [
    ("search", (r"\bnot (\w+)", TEXT)),
    ("search", (r"RECOVERY", TEXT, re.I)),
    ("match", (r"recovery", TEXT)),
    ("match", (r"recovery", TEXT, re.I)),
    ("fullmatch", (r"[\w ,.]+", TEXT)),
    ("sub", (r"Recovery", "It", TEXT)),
    ("sub", (r"Recovery", "It", TEXT, 1)),
    ("sub", (r"recovery", lambda m: m.group(0).upper(), TEXT, 0, re.I)),
    ("subn", (r"is", "was", TEXT)),
    ("split", (r"\.\s*", TEXT)),
    ("split", (r"\s+", TEXT, 2)),
    ("findall", (r"(\w+)ss", TEXT)),
    ("finditer", (r"\bis\b", TEXT)),
]


@pytest.mark.parametrize(("name", "args"), CALLS)
def test_rx_answers_as_re_does(name: str, args: tuple) -> None:
    def plain(found: object) -> object:
        if isinstance(found, re.Match):
            return (found.span(), found.groups())
        if not isinstance(found, str | tuple | list | type(None)):
            return [plain(m) for m in found]  # (an iterator of matches)
        return found

    assert plain(getattr(rx, name)(*args)) == plain(getattr(re, name)(*args))


def test_keyword_arguments_are_re_s_too() -> None:
    assert rx.sub("recovery", "it", TEXT, count=1, flags=re.I) == re.sub(
        "recovery", "it", TEXT, count=1, flags=re.I
    )
    assert rx.split(r"\s+", TEXT, maxsplit=1) == re.split(r"\s+", TEXT, maxsplit=1)


def test_a_compiled_pattern_is_taken_as_it_is() -> None:
    pattern = re.compile(r"not (\w+)")
    assert rx.search(pattern, TEXT).group(1) == "an"
    with pytest.raises(ValueError, match="flags"):
        rx.search(pattern, TEXT, re.I)  # (as re refuses flags with a compiled pattern)


def test_clear_caches_forgets_the_answers_kept_per_text() -> None:
    assert judges("Lecturing the person about the rules backfired.")
    assert judges.cache_info().currsize > 0
    clear_caches()
    assert judges.cache_info().currsize == 0
