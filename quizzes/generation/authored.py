"""Checks for hand-written questions: rules R1, R4 and R6 of the rubric."""

from __future__ import annotations

from dataclasses import dataclass

from .rubric import clue_problem, options_problem, wording_problem


@dataclass(frozen=True)
class AuthoredQuestion:
    """A question written by hand in a lesson file: its stem, options and the correct one's index."""

    stem: str
    choices: tuple[str, ...]
    correct_index: int


def validate_authored(item: AuthoredQuestion) -> tuple[str, ...]:
    """The ids of the rules ("R1", "R4", "R6") that a hand-written question fails."""
    failures: list[str] = []
    in_range = 0 <= item.correct_index < len(item.choices)
    if options_problem(item.choices, 1 if in_range else 0):
        failures.append("R1")
    if in_range:
        correct = item.choices[item.correct_index]
        others = [c for i, c in enumerate(item.choices) if i != item.correct_index]
        if clue_problem(item.stem, correct, others):
            failures.append("R4")
    if wording_problem(item.choices):
        failures.append("R6")
    return tuple(failures)
