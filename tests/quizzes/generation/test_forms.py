from __future__ import annotations

import pytest

from quizzes.generation.forms import Phrase, from_gerund, render, third_person, to_gerund


@pytest.mark.parametrize(
    ("base", "gerund"),
    [
        ("share stories", "sharing stories"),
        ("ensure peers feel heard", "ensuring peers feel heard"),
        ("focus on strengths", "focusing on strengths"),
        ("prescribe medication", "prescribing medication"),
        ("run groups", "running groups"),
        ("tell people what to do", "telling people what to do"),
        ("listen", "listening"),
        ("see progress", "seeing progress"),
    ],
)
def test_gerunds_round_trip(base: str, gerund: str) -> None:
    assert to_gerund(base) == gerund
    assert from_gerund(gerund) == base


def test_third_person() -> None:
    assert third_person("focus on strengths") == "focuses on strengths"
    assert third_person("carry hope") == "carries hope"
    assert third_person("share stories") == "shares stories"


def test_render_forms() -> None:
    phrase = Phrase(verb="share personal recovery stories")
    assert render(phrase, "ing") == "Sharing personal recovery stories"
    assert render(phrase, "by") == "By sharing personal recovery stories"
    assert render(phrase, "it_helps") == "It helps share personal recovery stories"
    assert render(phrase, "statement") == "A peer specialist shares personal recovery stories."
    assert render(Phrase(noun="empathy and understanding"), "noun") == "Empathy and understanding"
