from __future__ import annotations

from pathlib import Path

import pytest

from quizzes.generation import BankError, DistractorBank, LessonInput, load_bank, read_lesson
from quizzes.generation.distractors import mine, true_statements
from quizzes.generation.rubric import wording_problem


def lesson(body: str, topic: str = "validation") -> LessonInput:
    return LessonInput(
        slug="demo",
        title="Demo",
        summary="",
        topic=topic,
        main_point="",
        key_question="",
        body=body,
    )


def mined(bank: DistractorBank, body: str) -> dict[str, str]:
    """Mined wrong options as {first wording: class}."""
    return {
        (w.variants[0].verb or w.variants[0].noun): w.klass
        for w in mine(read_lesson(lesson(body)), bank)
    }


def test_negations_contrasts_warnings_and_misconceptions_are_mined(bank: DistractorBank) -> None:
    found = mined(
        bank,
        "A Certified Peer Specialist doesn't prescribe medications or lead therapy sessions. "
        "They focus on mutual support rather than clinical interventions. "
        "They avoid focusing on a client's shortcomings. "
        "Some might think it's all about pushing quick fixes. "
        "Providing vocational training is a useful aspect of support, but it's not the primary "
        "focus here.\n",
    )
    assert found == {
        "prescribe medications": "never",
        "lead therapy sessions": "never",
        "focus on clinical interventions": "never",
        "focus on a client's shortcomings": "avoid",
        "push quick fixes": "misconception",
        "provide vocational training": "not_primary",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "A Certified Peer Specialist isn't there just for crises.",
        "Peer support is not just about listening; it is about walking alongside.",
        "It's not only about job placement.",
        "Empathy isn't merely a checkbox on a certification exam.",
        "It's more than just offering advice.",
        "It's not all about having the right answers.",
    ],
)
def test_not_just_x_never_becomes_a_wrong_option(bank: DistractorBank, sentence: str) -> None:
    assert mined(bank, sentence + "\n") == {}


def test_mined_options_take_the_bank_entry_class_and_rationale(bank: DistractorBank) -> None:
    (option,) = mine(read_lesson(lesson("A peer specialist doesn't diagnose conditions.\n")), bank)
    assert option.klass == "never"
    assert option.concept == "diagnose"
    assert option.source == "lesson-body:0"
    assert "licensed clinicians" in option.rationale


def test_true_statements_are_what_the_specialist_does() -> None:
    read = read_lesson(
        lesson(
            "Peer Specialists abound with encouragement. "
            "Instead, they help clients identify strengths and embrace progress. "
            "Clients often feel alone. They may hesitate to speak.\n"
        )
    )
    assert [t.phrase.verb for t in true_statements(read)] == [
        "help clients identify strengths and embrace progress"
    ]


def test_bank_entries_are_well_formed(bank: DistractorBank) -> None:
    assert len(bank.entries) >= 12
    for entry in bank.entries:
        assert entry.rationale.endswith(".")
        assert wording_problem(entry.verbs + entry.nouns) == "", entry.id


def test_bank_errors_name_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text("- id: x\n  class: wrong\n  verb: [do it]\n  rationale: No.\n")
    with pytest.raises(BankError, match=r"entry 1 \(x\): class"):
        load_bank(path)
    path.write_text("- id: x\n  class: never\n  rationale: No.\n")
    with pytest.raises(BankError, match="needs a verb or noun"):
        load_bank(path)
