"""The question bank as JSON, or as GIFT, Moodle's question text format, for trainers' own courses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

from articles.markdown import render_markdown
from quizzes.models import Question

GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")
# Every part of a question is exported as plain text and says so: Moodle then shows it as written,
# never as HTML (an unmarked answer or feedback may be read in Moodle's own format, HTML included).
PLAIN = "[plain]"


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


class _TextOfHtml(HTMLParser):
    """The words a reader sees in sanitised HTML: paragraphs and list items on their own lines,
    links as their text (with the address when it is another site's), links into the lesson left
    out (Moodle has no lesson to go to)."""

    BLOCKS = frozenset(
        {"p", "ul", "ol", "blockquote", "pre", "table", "tr", "hr", "h2", "h3", "h4", "h5", "h6"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append(href)
            self.hidden += href.startswith("#")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.links:
            href = self.links.pop()
            if href.startswith("#"):
                self.hidden -= 1
            elif href.startswith(("http://", "https://")):
                self.parts.append(f" ({href})")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.parts).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def plain_text(markdown_text: str) -> str:
    """Explanations are Markdown: Moodle gets the text a reader sees, rendered and sanitised as on
    our pages, then with the markup taken off (so no HTML, and no link's address, gets through)."""
    parser = _TextOfHtml()
    parser.feed(render_markdown(markdown_text).html)
    parser.close()
    return parser.text()


def _plain(text: str) -> str:
    return PLAIN + gift_escape(text)


def question_as_gift(question: Question) -> str:
    title = f"{question.lesson.slug} {question.kind} {question.pk}"
    lines = [
        f"// {question.topic.slug} / {question.lesson.slug} / status: {question.status}",
        f"::{gift_escape(title)}::{_plain(question.stem)} {{",
    ]
    for choice in question.choices.all():
        mark = "=" if choice.is_correct else "~"
        feedback = f"#{_plain(choice.rationale)}" if choice.rationale else ""
        lines.append(f"\t{mark}{_plain(choice.text)}{feedback}")
    explanation = plain_text(question.explanation) if question.explanation else ""
    if explanation:
        lines.append(f"\t####{_plain(explanation)}")
    lines.append("}")
    return "\n".join(lines)


def to_gift(questions: Iterable[Question]) -> str:
    """Questions separated by blank lines, as Moodle's GIFT import expects."""
    return "\n\n".join(question_as_gift(question) for question in questions) + "\n"
