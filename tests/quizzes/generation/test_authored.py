from __future__ import annotations

from quizzes.generation import AuthoredQuestion, validate_authored

SCENARIO = AuthoredQuestion(
    stem=(
        "A peer you support says their counselor never listens. What is the best first response "
        "from a peer specialist?"
    ),
    choices=(
        "Reflecting back what you heard and asking what would help",
        "Calling the counselor to complain on their behalf",
        "Telling them to find a different counselor",
        "Changing the subject to something more positive",
    ),
    correct_index=0,
)


def test_a_well_formed_authored_question_passes() -> None:
    assert validate_authored(SCENARIO) == ()


def test_authored_rules_r1_r4_r6() -> None:
    two = AuthoredQuestion(stem=SCENARIO.stem, choices=SCENARIO.choices[:2], correct_index=0)
    assert validate_authored(two) == ("R1",)
    out_of_range = AuthoredQuestion(stem=SCENARIO.stem, choices=SCENARIO.choices, correct_index=7)
    assert "R1" in validate_authored(out_of_range)
    # Two of the key's own words echoed by the stem (one is how real items are written).
    clue = AuthoredQuestion(
        stem=SCENARIO.stem.replace(
            "best first response", "best first response after reflecting what was heard"
        ),
        choices=SCENARIO.choices,
        correct_index=0,
    )
    assert validate_authored(clue) == ("R4",)
    absolute = AuthoredQuestion(
        stem=SCENARIO.stem,
        choices=(*SCENARIO.choices[:3], "None of the above"),
        correct_index=0,
    )
    assert validate_authored(absolute) == ("R1", "R6")
