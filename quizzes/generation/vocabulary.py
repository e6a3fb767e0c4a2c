"""The generator's word lists, read once from `vocabulary.yaml` (a leaf module)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.yaml")


@dataclass(frozen=True)
class Vocabulary:
    role_words: tuple[str, ...]
    person_words: frozenset[str]
    other_roles: tuple[str, ...]
    hedges: frozenset[str]
    absolutes: frozenset[str]
    pointing_words: frozenset[str]
    contrast_headings: tuple[str, ...]
    contrast_openers: tuple[str, ...]
    run_openers: tuple[str, ...]
    conclusion_words: tuple[str, ...]
    main_point_cues: tuple[str, ...]
    frames: tuple[str, ...]
    negative_stem_words: frozenset[str]
    title_frames: frozenset[str]
    linking_openers: tuple[str, ...]
    meta_words: frozenset[str]
    harm_verbs: tuple[str, ...] = ()
    removal_verbs: tuple[str, ...] = ()
    goods: tuple[str, ...] = ()
    fault_nouns: tuple[str, ...] = ()
    failure_predicates: tuple[str, ...] = ()
    causing_verbs: tuple[str, ...] = ()
    bad_outcomes: tuple[str, ...] = ()
    bad_feelings: tuple[str, ...] = ()
    bad_qualities: tuple[str, ...] = ()
    clause_verbs: frozenset[str] = frozenset()
    # Each member a tuple of its names (the first is how an option names it).
    categories: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()


def _words(raw: dict[str, object], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{VOCABULARY_PATH}: {key!r} must be a list of strings")
    return tuple(v.lower() for v in value)


@cache
def _raw() -> dict[str, object]:
    """`vocabulary.yaml` parsed once per process: every list is read from this one parse (the
    file is 400 lines, and the generator's modules ask for twenty lists of it at import time)."""
    return yaml.safe_load(VOCABULARY_PATH.read_text(encoding="utf-8"))


@cache
def vocabulary() -> Vocabulary:
    raw = _raw()
    return Vocabulary(
        # Longest first, so "peer support specialist" is found before "peer specialist".
        role_words=tuple(sorted(_words(raw, "role_words"), key=lambda w: (-len(w), w))),
        person_words=frozenset(_words(raw, "person_words")),
        other_roles=_words(raw, "other_roles"),
        hedges=frozenset(_words(raw, "hedges")),
        absolutes=frozenset(_words(raw, "absolutes")),
        pointing_words=frozenset(_words(raw, "pointing_words")),
        contrast_headings=_words(raw, "contrast_headings"),
        contrast_openers=_words(raw, "contrast_openers"),
        run_openers=_words(raw, "run_openers"),
        conclusion_words=_words(raw, "conclusion_words"),
        main_point_cues=tuple(sorted(_words(raw, "main_point_cues"), key=lambda w: -len(w))),
        frames=tuple(sorted(_words(raw, "frames"), key=lambda w: -len(w))),
        negative_stem_words=frozenset(_words(raw, "negative_stem_words")),
        title_frames=frozenset(_words(raw, "title_frames")),
        linking_openers=_words(raw, "linking_openers"),
        meta_words=frozenset(_words(raw, "meta_words")),
        harm_verbs=_words(raw, "harm_verbs"),
        removal_verbs=_words(raw, "removal_verbs"),
        goods=_words(raw, "goods"),
        fault_nouns=_words(raw, "fault_nouns"),
        failure_predicates=_words(raw, "failure_predicates"),
        causing_verbs=_words(raw, "causing_verbs"),
        bad_outcomes=_words(raw, "bad_outcomes"),
        bad_feelings=_words(raw, "bad_feelings"),
        bad_qualities=_words(raw, "bad_qualities"),
        clause_verbs=frozenset(_words(raw, "clause_verbs")),
        categories=_categories(raw),
    )


def _categories(raw: dict[str, object]) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    value = raw.get("categories")
    if not isinstance(value, dict):
        raise ValueError(f"{VOCABULARY_PATH}: 'categories' must map names to lists of members")
    found = []
    for name, members in value.items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise ValueError(f"{VOCABULARY_PATH}: category {name!r} must be a list of strings")
        found.append((str(name), tuple(tuple(n.strip() for n in m.split("|")) for m in members)))
    return tuple(found)


def alternation(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of `phrases` (longest first), spaces matching any whitespace."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def any_of(phrases: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of `phrases` as whole words (longest first)."""
    return re.compile(rf"\b(?:{alternation(phrases)})\b", re.I)


@cache
def word_list(key: str) -> tuple[str, ...]:
    """One list of `vocabulary.yaml` by its key, lower-cased (for lists one module reads)."""
    return _words(_raw(), key)
