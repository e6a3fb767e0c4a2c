"""Fixtures for the pure generator's tests: the distractor bank and the lessons (no database)."""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, load_bank

from .lessons import BANK_PATH, Expected, all_lessons, fixture_lessons, seed_lessons


@pytest.fixture(scope="session")
def bank() -> DistractorBank:
    return load_bank(BANK_PATH)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`expected` runs a test on every lesson; `seed` on the five seeds; `fixture` on the fixtures."""
    for name, found in (
        ("expected", all_lessons),
        ("seed", seed_lessons),
        ("fixture", fixture_lessons),
    ):
        if name in metafunc.fixturenames:
            lessons: list[Expected] = found()
            metafunc.parametrize(name, lessons, ids=[e.name for e in lessons])
