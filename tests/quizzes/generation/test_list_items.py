"""Rules of 2026.12-39 (sentences of our own): what a list under a heading of contrast rules out,
read whole when its items hold a clause of their own or a series of acts."""

from __future__ import annotations

from quizzes.generation.distractors import _gerund_subject, _trim, mine
from quizzes.generation.lesson import read_lesson

from .lessons import lesson_input


def _mined(body: str, title: str, question: str = "") -> list[str]:
    read = read_lesson(lesson_input(body, title=title))
    return [m.text for m in mine(read, question)]


_AVOID = (
    "Home visits work when the person sets the pace.\n\n"
    "## What to avoid\n\n"
    "- Opening with a long checklist before any trust exists\n"
    "- Making promises about appointments you cannot keep\n"
    "- Lecturing, scolding or threatening people about missed rent, which casts you as a landlord\n"
)


def test_items_under_a_heading_of_contrast_are_read_whole() -> None:
    mined = _mined(_AVOID, "Home visits")
    # a clause after "before" has its own verb; an item ending on it is a phrase, not a sentence
    assert "Opening with a long checklist before any trust exists" in mined
    # "appointments you cannot keep": a relative clause without "that" after a noun
    assert any(m.startswith("Making promises about appointments") for m in mined)
    # a series of acts sharing their object is one option, cut at the relative clause
    assert "Lecturing, scolding or threatening people about missed rent" in mined


def test_a_clause_inside_a_gerund_subject_keeps_its_own_verb() -> None:
    assert _gerund_subject("Opening with a checklist before any trust exists") == ""
    # a quantifier opens the inner clause's subject as an article does
    assert (
        _gerund_subject("Calling before any trust exists makes the visit tense")
        == "Calling before any trust exists"
    )
    # a word the lexicon does not know before "you" is a noun with its contact clause
    assert _gerund_subject("Quoting timelines you cannot meet erodes trust") == (
        "Quoting timelines you cannot meet"
    )


def test_a_series_of_gerunds_is_cut_only_after_it() -> None:
    assert _trim("Warning, scolding or threatening people, which hurts") == (
        "Warning, scolding or threatening people"
    )
    # a series that is a clause's subject is no act: the cut stays at the first comma
    assert _trim("Engaging, focusing and planning are the processes, which unfold") == "Engaging"
