from __future__ import annotations

import pytest

from quizzes.generation.forms import (
    Phrase,
    base_of_third_person,
    from_gerund,
    is_gerund,
    is_verb,
    one_of,
    render,
    third_person,
    to_gerund,
)


@pytest.mark.parametrize(
    ("base", "gerund"),
    [
        ("share stories", "sharing stories"),
        ("continue the work", "continuing the work"),
        ("argue less", "arguing less"),
        ("plan a step", "planning a step"),
        ("see the person", "seeing the person"),
        ("lie down", "lying down"),
        ("validate feelings", "validating feelings"),
    ],
)
def test_gerunds_round_trip(base: str, gerund: str) -> None:
    assert to_gerund(base) == gerund
    assert from_gerund(gerund) == base


def test_adverbs_and_nouns_are_not_verbs_or_gerunds() -> None:
    assert not is_verb("still")
    assert not is_verb("often")
    assert is_verb("share")
    assert not is_gerund("meaning")
    assert not is_gerund("something")
    assert is_gerund("asking")


def test_third_person_and_back() -> None:
    assert third_person("carry on") == "carries on"
    assert third_person("be there") == "is there"
    assert base_of_third_person("establishes") == "establish"
    assert base_of_third_person("continues") == "continue"


def test_render_forms() -> None:
    phrase = Phrase(verb="share stories", noun="story sharing")
    assert render(phrase, "ing") == "Sharing stories"
    assert render(phrase, "by") == "By sharing stories"
    assert render(phrase, "to") == "To share stories"
    assert render(phrase, "noun") == "Story sharing"
    assert render(phrase, "statement") == "A peer specialist shares stories."


def test_one_member_of_a_plural_name_takes_its_article() -> None:
    assert one_of("open-ended questions") == "an open-ended question"
    assert one_of("External assets") == "an external asset"
    assert one_of("SMART goals") == "a SMART goal"
    assert one_of("reflections") == "a reflection"
