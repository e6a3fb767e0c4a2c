"""The question bank as JSON, or as GIFT, Moodle's question text format, for trainers' own courses."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizzes.models import Question

GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|\*|__)(.+?)\1")


def question_as_dict(question: Question) -> dict[str, object]:
    """One question in the export schema; expects ``lesson``, ``topic`` and ``choices`` loaded."""
    return {
        "id": question.pk,
        "lesson": question.lesson.slug,
        "topic": question.topic.slug,
        "kind": question.kind,
        "stem": question.stem,
        "choices": [
            {"text": choice.text, "correct": choice.is_correct} for choice in question.choices.all()
        ],
        "explanation": question.explanation,
        "status": question.status,
        "rubric_failures": list(question.rubric_failures),
    }


def gift_escape(text: str) -> str:
    """Escape GIFT's control characters (and the backslash itself); keep text on one line."""
    escaped = GIFT_SPECIAL.sub(r"\\\1", text.strip())
    return escaped.replace("\r\n", "\n").replace("\n", "\\n")


def plain_text(markdown_text: str) -> str:
    """Explanations are Markdown; Moodle gets them as plain text, without links into our lessons."""

    def link(match: re.Match[str]) -> str:
        return "" if match.group(2).startswith("#") else match.group(1)

    return MARKDOWN_EMPHASIS.sub(r"\2", MARKDOWN_LINK.sub(link, markdown_text)).strip()


def question_as_gift(question: Question) -> str:
    title = f"{question.lesson.slug} {question.kind} {question.pk}"
    lines = [
        f"// {question.topic.slug} / {question.lesson.slug} / status: {question.status}",
        f"::{gift_escape(title)}::[plain]{gift_escape(question.stem)} {{",
    ]
    for choice in question.choices.all():
        mark = "=" if choice.is_correct else "~"
        feedback = f"#{gift_escape(choice.rationale)}" if choice.rationale else ""
        lines.append(f"\t{mark}{gift_escape(choice.text)}{feedback}")
    if question.explanation:
        lines.append(f"\t####{gift_escape(plain_text(question.explanation))}")
    lines.append("}")
    return "\n".join(lines)


def to_gift(questions: Iterable[Question]) -> str:
    """Questions separated by blank lines, as Moodle's GIFT import expects."""
    return "\n\n".join(question_as_gift(question) for question in questions) + "\n"
