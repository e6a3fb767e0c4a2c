from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections import Counter

from quizzes.generation import (
    GENERATOR_VERSION,
    DistractorBank,
    GenerationResult,
    fingerprint,
    generate,
    read_lesson,
)
from quizzes.generation.rubric import check
from quizzes.generation.words import recall, states

from .lessons import ROOT, Expected, all_lessons


def as_json(result: GenerationResult) -> str:
    return json.dumps(dataclasses.asdict(result), sort_keys=True, ensure_ascii=False)


def test_every_publishable_item_passes_the_rubric(expected: Expected, bank: DistractorBank) -> None:
    result = generate(expected.lesson, bank=bank)
    sentences = read_lesson(expected.lesson).sentences
    assert result.items
    for item in result.items:
        assert item.rubric_failures == check(item, sentences, result.main_point.text)
        assert item.publishable == (item.rubric_failures == ())
        assert len(item.choices) == 4
        assert sum(c.is_correct for c in item.choices) == 1


def test_each_lesson_has_a_publishable_main_point_item(
    expected: Expected, bank: DistractorBank
) -> None:
    result = generate(expected.lesson, bank=bank)
    main_items = [i for i in result.items if i.kind == "main_point" and i.publishable]
    assert main_items
    for item in main_items:
        correct = item.choices[item.correct_index]
        assert states(expected.main_point, correct.text + " " + item.stem)
        assert correct.klass is None
        assert all(c.klass for c in item.choices if not c.is_correct)


def test_most_lessons_get_three_or_more_publishable_items(bank: DistractorBank) -> None:
    counts = [
        sum(i.publishable for i in generate(e.lesson, bank=bank).items) for e in all_lessons()
    ]
    assert min(counts) >= 2
    assert sum(counts) >= 3 * len(counts)


def test_items_link_to_their_passage(expected: Expected, bank: DistractorBank) -> None:
    read = read_lesson(expected.lesson)
    for item in generate(expected.lesson, bank=bank).items:
        sentence = read.by_id(item.source_sentence_id)
        assert sentence is not None
        assert f"(#{item.anchor})" in item.explanation
        for choice in item.choices:
            if not choice.is_correct and item.kind != "not_question":
                assert choice.rationale in item.explanation


def test_generation_is_deterministic(expected: Expected, bank: DistractorBank) -> None:
    first = as_json(generate(expected.lesson, bank=bank))
    assert first == as_json(generate(expected.lesson, bank=bank))


def test_output_does_not_depend_on_the_process_hash_seed() -> None:
    script = (
        "import dataclasses, json, sys; sys.path.insert(0, '.');"
        "from tests.quizzes.generation.lessons import all_lessons, BANK_PATH;"
        "from quizzes.generation import generate, load_bank;"
        "bank = load_bank(BANK_PATH);"
        "print(json.dumps([dataclasses.asdict(generate(e.lesson, bank=bank)) "
        "for e in all_lessons()], sort_keys=True))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    assert GENERATOR_VERSION in outputs.pop()


def test_correct_positions_are_balanced(expected: Expected, bank: DistractorBank) -> None:
    items = generate(expected.lesson, bank=bank).items
    counts = Counter(item.correct_index for item in items)
    assert max(counts.values()) - min(counts.get(p, 0) for p in range(4)) <= 1


def test_correct_positions_are_balanced_across_the_bank(bank: DistractorBank) -> None:
    counts = Counter(
        item.correct_index for e in all_lessons() for item in generate(e.lesson, bank=bank).items
    )
    total = sum(counts.values())
    assert all(counts[p] >= total / 4 - 3 for p in range(4)), counts


def test_fingerprint_ignores_display_order_and_version(bank: DistractorBank) -> None:
    item = generate(all_lessons()[0].lesson, bank=bank).items[0]
    shuffled = tuple(reversed(item.choices))
    assert fingerprint(item.kind, item.stem, shuffled) == item.fingerprint
    assert GENERATOR_VERSION not in item.fingerprint
    changed = (dataclasses.replace(item.choices[0], text="Something else entirely"),)
    assert fingerprint(item.kind, item.stem, changed + item.choices[1:]) != item.fingerprint


def test_no_other_lessons_main_point_is_a_wrong_option(bank: DistractorBank) -> None:
    lessons = all_lessons()
    points = [e.main_point for e in lessons]
    for expected in lessons:
        others = [p for p in points if p != expected.main_point]
        for known_true in ((), others):
            for item in generate(expected.lesson, bank=bank, known_true=known_true).items:
                false_ones = [
                    c
                    for c in item.choices
                    if (c.is_correct if item.kind == "not_question" else not c.is_correct)
                ]
                for choice in false_ones:
                    for point in others:
                        assert recall(point, choice.text) < 0.6, (expected.name, choice.text)


def test_not_just_statements_in_the_seeds_never_become_wrong_options(
    seed: Expected, bank: DistractorBank
) -> None:
    read = read_lesson(seed.lesson)
    for item in generate(seed.lesson, bank=bank).items:
        for choice in item.choices:
            sentence = read.by_id(choice.source)
            if sentence is None or choice.klass is None:
                continue
            assert (
                not any(
                    marker in sentence.plain.lower()
                    for marker in ("not just", "isn't just", "not only", "more than just")
                )
                or recall(choice.text, sentence.plain) < 0.5
            ), (choice.text, sentence.text)


def test_rejections_are_counted_by_rule(bank: DistractorBank) -> None:
    result = generate(all_lessons()[4].lesson, bank=bank)
    assert result.candidates_checked >= len(result.items)
    assert all(rule.startswith("R") and count > 0 for rule, count in result.rejected)
