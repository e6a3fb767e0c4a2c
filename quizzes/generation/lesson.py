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
from functools import lru_cache

from markdown.extensions.toc import slugify, unique

from .forms import harm_done
from .types import LessonInput, ReadLesson, Role, Sentence
from .vocabulary import alternation, any_of, vocabulary
from .words import plain

__all__ = ["LessonInput", "ReadLesson", "Role", "Sentence", "read_lesson", "split_sentences"]

SUMMARY_ANCHOR = "lesson-summary"
BODY_ANCHOR = "lesson-body"
# As articles.markdown.HEADING_ID_PREFIX (this package stays free of the apps; a test checks they agree).
HEADING_ID_PREFIX = "section-"


_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_INLINE_MARKUP = re.compile(r"[*_`]+|\[([^\]]*)\]\([^)]*\)")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "U.S.")
# A sentence ends at . ! or ?, perhaps followed by closing quotes or brackets, then a space and
# something that can start a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
# Headings and openers that announce a conclusion (English discourse; words in vocabulary.yaml).
_CONCLUSION_HEADING = re.compile(
    rf"\b(?:{alternation(vocabulary().conclusion_words)})\b", re.IGNORECASE
)
_CONCLUSION_OPENING = re.compile(
    r"^(?:in conclusion|in closing|to sum up|to conclude|in short|in a nutshell|in summary|"
    r"ultimately|all in all|at the end of the day|so when|so,? the)\b",
    re.IGNORECASE,
)
# A Markdown list item: "- ", "* ", "+ " or "1. " / "1) " at the start of a line.
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
# Inline Markdown: a link or an image (its text stays), code, and emphasis by asterisks or
# underscores, a pair around words ("**Forming**: members are polite", "*not*").
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_CODE = re.compile(r"`([^`\n]+)`")
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3}|_{1,3})(?![*_\s])(.+?)(?<=\S)\1(?![\w*])")


def visible(text: str) -> str:
    """`text` as a reader sees it rendered: inline Markdown gone, its words kept. A term set in
    bold ("**Forming**: members are polite ...") is the term, and the generator reads words, not
    markup."""
    text = _CODE.sub(r"\1", _LINK.sub(r"\1", text))
    while (bare := _EMPHASIS.sub(r"\2", text)) != text:
        text = bare
    return text


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
        if _inside_quotation(protected, match.end()):
            continue  # ('"Great job! I'm so proud of you" is warm': the quotation's own sentences)
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


def _inside_quotation(text: str, at: int) -> bool:
    """Whether `at` falls inside a quotation that closes later in the paragraph: an odd number
    of straight double quotes before it, or more opening curly quotes than closing ones, and a
    closing quote after it (English: a quotation's own sentence ends are no ends of the sentence
    quoting it)."""
    before, after = text[:at], text[at:]
    if before.count('"') % 2 and '"' in after:
        return True
    return before.count("\u201c") > before.count("\u201d") and "\u201d" in after


def heading_anchor(text: str, used: set[str]) -> str:
    """The id Python-Markdown's toc extension gives this heading, given the ids already used."""
    visible = _INLINE_MARKUP.sub(lambda m: m.group(1) or "", text)
    return unique(HEADING_ID_PREFIX + slugify(visible, "-"), used)


Block = tuple[str, str, int, int, bool]  # (kind, text, list number, item number, numbered list)


def _blocks(body: str) -> list[Block]:
    """("heading" | "paragraph" | "item", text, list, item) blocks of a Markdown body, in order.

    Consecutive list items (with no blank line or a blank line between them) form one list; a
    heading or a paragraph ends it. Continuation lines of an item stay in the item.
    """
    blocks: list[Block] = []
    lines: list[str] = []
    kind = "paragraph"
    list_number, item_number = 0, -1
    in_list = False
    marker = ""

    def flush() -> None:
        if lines:
            number = list_number if kind == "item" else -1
            ordered = kind == "item" and marker == "ordered"
            text = visible(" ".join(line.strip() for line in lines))
            blocks.append((kind, text, number, item_number, ordered))
            lines.clear()

    for raw in body.splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        if heading:
            flush()
            in_list = False
            blocks.append(("heading", visible(heading.group(2)), -1, -1, False))
        elif not line:
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            # A bullet list and a numbered list are two lists, as Markdown renders them.
            this_marker = "ordered" if line[0].isdigit() else "bullet"
            if not in_list or this_marker != marker:
                marker = this_marker
                list_number += 1
                item_number = -1
                in_list = True
            item_number += 1
            kind = "item"
            lines.append(_LIST_ITEM.sub("", line))
        else:
            if kind == "item" and lines:
                lines.append(line)  # a wrapped item line
                continue
            if not lines:
                in_list = False
                kind = "paragraph"
            lines.append(line.lstrip("> "))
    flush()
    return blocks


def read_lesson(lesson: LessonInput) -> ReadLesson:
    """Split the summary and body into sentences with ids, anchors, roles and list membership."""
    sentences: list[Sentence] = []
    paragraph_number = 0
    for index, text in enumerate(split_sentences(visible(lesson.summary))):
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
    headings = [text for kind, text, *_ in blocks if kind == "heading"]
    last_heading_position = max(
        (i for i, (kind, *_) in enumerate(blocks) if kind == "heading"), default=-1
    )
    used: set[str] = set()
    anchor, heading, index = BODY_ANCHOR, "", 0
    in_conclusion_section = False
    last_sentence = ""
    for position, (kind, text, list_number, item_number, ordered) in enumerate(blocks):
        if kind == "heading":
            anchor, heading, index = heading_anchor(text, used), text, 0
            in_conclusion_section = bool(_CONCLUSION_HEADING.search(text)) or (
                len(headings) >= 2 and position == last_heading_position
            )
            last_sentence = ""
            continue
        paragraph_number += 1
        conclusion = in_conclusion_section or bool(_CONCLUSION_OPENING.match(plain(text)))
        list_id = f"{anchor}/list-{list_number}" if kind == "item" else ""
        lead = ""
        if kind == "item":
            lead = last_sentence
        for number, sentence_text in enumerate(split_sentences(text)):
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
                    list_id=list_id,
                    item=item_number if kind == "item" else -1,
                    first_in_item=kind == "item" and number == 0,
                    lead=lead,
                    ordered=ordered,
                )
            )
            index += 1
        if kind != "item":
            last_sentence = sentences[-1].plain if sentences else ""
    return ReadLesson(lesson=lesson, sentences=tuple(sentences))


_CONTRAST_HEADING = any_of(vocabulary().contrast_headings)


@lru_cache(maxsize=4096)
def is_contrast_heading(heading: str) -> bool:
    """A heading of a section that goes through what the article rules out ("Myths", "Why the
    other answers are wrong", "Common mistakes"): English discourse of contrast.

    A heading that sets what holds against what does not ("A mirror, not a megaphone", "Shared,
    not identical") affirms its first half: its section explains that half, so what it says is
    not what the article rules out (English: in "A, not B" the negation scopes over B alone)."""
    if _AFFIRMED_FIRST.match(heading) or _BOTH_SIDES.search(heading) or _NOT_ALL.match(heading):
        return False
    return bool(_CONTRAST_HEADING.search(heading) or _HARMFUL_HEADING.search(heading))


# A heading that names the examples of a kind ("Examples of systems advocacy", "Common examples of
# enabling"): the items of its section are members of that kind (English: a heading names its
# section's category).
_EXAMPLES_HEADING = re.compile(
    r"^(?:(?:some|common|typical|more|everyday)\s+)?examples?\s+of\s+(?P<x>[\w' -]{3,40}?)\s*:?$",
    re.I,
)


def examples_heading(heading: str) -> str:
    """The kind a heading says its section gives examples of ("systems advocacy"), or ""."""
    named = _EXAMPLES_HEADING.match(plain(heading).strip())
    return named.group("x").strip() if named and not is_contrast_heading(heading) else ""


# "Habits that wear boundaries down", "Moves that erode trust", "What shames people": a heading
# whose relative clause says its members do harm classes each of them as harm (English: a
# restrictive relative clause defines the set the section lists).
_HARMFUL_HEADING = re.compile(
    rf"\b(?:that|which|what)\s+(?:can\s+|may\s+|quietly\s+|slowly\s+)?(?:{harm_done()})\b", re.I
)


# "What the facilitator can and cannot promise", "What a residence is (and isn't)": a heading
# coordinating a statement with its negation covers both sides (English coordination); what its
# section rules out is told by the section itself ("The facilitator cannot promise:").
_BOTH_SIDES = re.compile(
    r"^(?!.*(?:\bnot\b|n't\b|\bcannot\b).*\band\b)"
    r".*\b(?:can|is|are|does|do|will|changes|says)\b,?\s+\(?and\b(?:\s+what\s+\w+)?\s+"
    r"(?:cannot|can't|isn't|aren't|doesn't|don't|won't)\b|"
    # ("What went right, and what went wrong", "What works and what doesn't", "Helpful and
    # unhelpful replies": the good side named first, then the bad)
    r"\b(?:right|well|works?|helps?|helpful)\b,?\s+and\s+(?:what\s+(?:\w+\s+)?)?"
    r"(?:wrong|badly|doesn't|don't|unhelpful|hurts?)\b",
    re.I,
)


# "A, not B", "Bend, don't break": one phrase, a comma, a negation and a phrase ending the heading.
# "Not all contact is equal", "Not every plan works the same": "not all" denies that every member
# is alike, and its section tells the kinds apart; nothing in it is ruled out (English: negation
# of a universal quantifier).
_NOT_ALL = re.compile(r"^not\s+(?:all|every|everyone|everything|each)\b", re.I)
_AFFIRMED_FIRST = re.compile(
    r"^(?!.*\b(?:but|and|or)\b)[^,]{2,40},\s+(?:not|don't|never)\s+[^,]{2,40}$", re.I
)
