"""The generator's input: a lesson as plain data, split into sections and sentences with stable ids.

Sentence ids are ``"<anchor>:<index>"``:

- ``anchor`` is the id the lesson page gives the section's heading. Headings are rendered by
  Python-Markdown's ``toc`` extension with ``articles.markdown.heading_id``, so the anchor is
  ``HEADING_ID_PREFIX + markdown.extensions.toc.slugify(text, "-")`` (``"section-why-it-matters"``;
  the prefix keeps heading ids apart from the page's own, such as ``main``) made unique the way
  ``toc`` does it (a repeated heading gets ``_1``, ``_2``...). Two anchors are
  not headings: ``"lesson-summary"`` for the lesson's summary (front matter) and ``"lesson-body"`` for the
  part of the body before its first heading.
- ``index`` counts the section's sentences from 0, across its paragraphs.

A link to a sentence's passage is ``#<anchor>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from markdown.extensions.toc import slugify, unique

from .words import plain

Role = Literal["summary", "body", "conclusion"]

SUMMARY_ANCHOR = "lesson-summary"
BODY_ANCHOR = "lesson-body"
# As articles.markdown.HEADING_ID_PREFIX (this package stays free of the apps; a test checks they agree).
HEADING_ID_PREFIX = "section-"


@dataclass(frozen=True)
class LessonInput:
    """A lesson as the generator needs it. `main_point` and `key_question` may be empty."""

    slug: str
    title: str
    summary: str
    topic: str
    main_point: str
    key_question: str
    body: str


@dataclass(frozen=True)
class Sentence:
    """One sentence: `text` as written (for display), `plain` with straight quotes (for matching)."""

    id: str
    anchor: str
    index: int
    role: Role
    text: str
    plain: str
    paragraph: int
    heading: str


@dataclass(frozen=True)
class ReadLesson:
    """A lesson split into sentences, in reading order (summary first)."""

    lesson: LessonInput
    sentences: tuple[Sentence, ...]

    def by_id(self, sentence_id: str) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.id == sentence_id:
                return sentence
        return None

    def previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before `sentence` in the same paragraph, if any."""
        position = self.sentences.index(sentence)
        if position == 0:
            return None
        before = self.sentences[position - 1]
        return before if before.paragraph == sentence.paragraph else None

    def following(self, sentence: Sentence) -> Sentence | None:
        """The sentence after `sentence` in the same paragraph, if any."""
        position = self.sentences.index(sentence)
        if position + 1 >= len(self.sentences):
            return None
        after = self.sentences[position + 1]
        return after if after.paragraph == sentence.paragraph else None


_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_INLINE_MARKUP = re.compile(r"[*_`]+|\[([^\]]*)\]\([^)]*\)")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "U.S.")
# A sentence ends at . ! or ?, perhaps followed by closing quotes or brackets, then a space and
# something that can start a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_CONCLUSION_HEADING = re.compile(
    r"\b(?:conclusion|conclude|nutshell|takeaway|take-away|in closing|summary|to sum up|"
    r"final thoughts?|bottom line|wrapping up|key idea)\b",
    re.IGNORECASE,
)
_CONCLUSION_OPENING = re.compile(
    r"^(?:in conclusion|in closing|to sum up|to conclude|in short|in a nutshell|in summary|"
    r"ultimately|all in all|at the end of the day)\b",
    re.IGNORECASE,
)


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences; abbreviations such as "e.g." do not end one."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    protected = text
    for number, abbreviation in enumerate(_ABBREVIATIONS):
        protected = protected.replace(abbreviation, f"\x00{number}\x00")
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(protected):
        pieces.append(protected[start : match.start()] + protected[match.start() : match.end()])
        start = match.end()
    pieces.append(protected[start:])
    restored: list[str] = []
    for piece in pieces:
        for number, abbreviation in enumerate(_ABBREVIATIONS):
            piece = piece.replace(f"\x00{number}\x00", abbreviation)
        piece = piece.strip()
        if piece:
            restored.append(piece)
    return restored


def heading_anchor(text: str, used: set[str]) -> str:
    """The id Python-Markdown's toc extension gives this heading, given the ids already used."""
    visible = _INLINE_MARKUP.sub(lambda m: m.group(1) or "", text)
    return unique(HEADING_ID_PREFIX + slugify(visible, "-"), used)


def _blocks(body: str) -> list[tuple[str, str]]:
    """("heading", text) and ("paragraph", text) blocks of a Markdown body, in order."""
    blocks: list[tuple[str, str]] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(("paragraph", " ".join(line.strip() for line in lines)))
            lines.clear()

    for raw in body.splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        if heading:
            flush()
            blocks.append(("heading", heading.group(2)))
        elif not line:
            flush()
        elif re.match(r"^(?:[-*+]|\d+[.)])\s+", line):
            flush()
            lines.append(re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", line))
            flush()
        else:
            lines.append(line.lstrip("> "))
    flush()
    return blocks


def read_lesson(lesson: LessonInput) -> ReadLesson:
    """Split the summary and body into sentences with ids, anchors and roles."""
    sentences: list[Sentence] = []
    paragraph_number = 0
    for index, text in enumerate(split_sentences(lesson.summary)):
        sentences.append(
            Sentence(
                id=f"{SUMMARY_ANCHOR}:{index}",
                anchor=SUMMARY_ANCHOR,
                index=index,
                role="summary",
                text=text,
                plain=plain(text),
                paragraph=paragraph_number,
                heading="",
            )
        )

    blocks = _blocks(lesson.body)
    headings = [text for kind, text in blocks if kind == "heading"]
    last_heading_position = max(
        (i for i, (kind, _) in enumerate(blocks) if kind == "heading"), default=-1
    )
    used: set[str] = set()
    anchor, heading, index = BODY_ANCHOR, "", 0
    in_conclusion_section = False
    for position, (kind, text) in enumerate(blocks):
        if kind == "heading":
            anchor, heading, index = heading_anchor(text, used), text, 0
            in_conclusion_section = bool(_CONCLUSION_HEADING.search(text)) or (
                len(headings) >= 2 and position == last_heading_position
            )
            continue
        paragraph_number += 1
        conclusion = in_conclusion_section or bool(_CONCLUSION_OPENING.match(plain(text)))
        for sentence_text in split_sentences(text):
            sentences.append(
                Sentence(
                    id=f"{anchor}:{index}",
                    anchor=anchor,
                    index=index,
                    role="conclusion" if conclusion else "body",
                    text=sentence_text,
                    plain=plain(sentence_text),
                    paragraph=paragraph_number,
                    heading=heading,
                )
            )
            index += 1
    return ReadLesson(lesson=lesson, sentences=tuple(sentences))
