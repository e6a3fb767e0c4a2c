"""Explanations: built from the lesson's own words, with a link to the passage."""

from __future__ import annotations

from collections.abc import Sequence

from .types import ChoiceDraft


def _quote(sentence: str) -> str:
    """The sentence in quotation marks. A sentence that is a quotation loses its own marks; one that
    only ends with a quotation keeps them (`Example: "...?"`)."""
    text = sentence.strip()
    marks = '\u201c\u201d"'
    if len(text) > 1 and text[0] in marks and text[-1] in marks and text.count('"') <= 2:
        text = text[1:-1]
    return "\u201c" + text + "\u201d"


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def explanation(
    *,
    kind: str,
    choices: Sequence[ChoiceDraft],
    evidence: str,
    anchor: str,
) -> str:
    """Minimal Markdown: the answer, the lesson's sentence behind it, why the others are wrong, and
    a link to the passage (``#<anchor>``)."""
    answer = next(c for c in choices if c.is_correct)
    wrong = [c for c in choices if not c.is_correct]
    link = f"[Read this part of the lesson](#{anchor})"
    if kind == "not_question":
        lines = [f"**{_sentence(answer.text)}** This is the one the lesson rules out."]
        if evidence:
            lines[0] += f" It says: {_quote(evidence)}"
        lines += [
            "",
            "The other options are all things the lesson endorses:",
            "",
        ]
        lines += [f"- {_sentence(c.text)}" for c in wrong]
        return "\n".join([*lines, "", link])
    if kind in ("main_point", "cloze"):
        opening = f"**{_sentence(answer.text)}** That is the lesson's key idea: {_quote(evidence)}"
    else:
        opening = f"**{_sentence(answer.text)}** The lesson says: {_quote(evidence)}"
    lines = [opening]
    if wrong:
        lines += ["", "Why not the others?", ""]
        lines += [f"- *{_sentence(c.text).rstrip('.')}*: {c.rationale}" for c in wrong]
    return "\n".join([*lines, "", link])


def _plain(text: str) -> str:
    """Option text as compared across the explanation: no emphasis, case or final full stop."""
    return text.replace("*", "").strip().rstrip(".").strip().casefold()


def for_wrong_answer(markdown: str, *, answer: str, chosen: str) -> str:
    """The explanation as feedback after ``chosen`` was picked instead of ``answer``, when the page
    already says "The best answer: <answer>" and why ``chosen`` is wrong: without the opening bold
    answer and without the list entry for ``chosen``, so each is said once. Anything else, including
    explanations written by hand in another shape, is left as it is."""
    lines = markdown.split("\n")
    if lines and lines[0].startswith("**"):
        bold, sep, rest = lines[0][2:].partition("**")
        if sep and _plain(bold) == _plain(answer):
            lines[0] = rest.strip()
    kept = []
    for line in lines:
        if line.startswith("- "):
            option = line[2:].split("*:", 1)[0] if line[2:].startswith("*") else line[2:]
            if _plain(option) == _plain(chosen):
                continue
        kept.append(line)
    return "\n".join(kept)
