"""Turn a plain-text article (title, summary, headings, paragraphs, lists, footer) into a lesson file.

Every rule here is a rule of English prose or of how web pages and exam study pages are laid out,
never a phrase of one article: the comment on each says which.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import yaml

# A heading is a single line no longer than this that does not end like a sentence.
MAX_HEADING_CHARS = 120
# A title is the first line on its own; longer than this, it is a paragraph, not a title.
MAX_TITLE_CHARS = 200
SENTENCE_END = frozenset(".!?:…")
CLOSING_MARKS = "\"'”’»)]"
OPENING_QUOTES = "\"'“‘«"

# Site furniture that web pages put before or after the article itself. A line (a block of one or
# more lines, every one of them matching) at either end of the text is dropped when it matches.
# Each pattern must match the whole line, after trailing punctuation is stripped.
BOILERPLATE_PATTERNS = (
    # Newsletter calls to action: "Subscribe", "Subscribe to our newsletter", "Sign up for updates".
    re.compile(r"subscribe(?:\s+(?:to|for|now|today)\b.*)?", re.IGNORECASE),
    re.compile(r"sign up (?:for|to) (?:our|the|free) .*", re.IGNORECASE),
    # "Get the latest from <site>": the footer names the site, kept as the lesson's source.
    re.compile(r"get the latest (?:from|on|at)\s+(?P<site>\S.*)", re.IGNORECASE),
    # Unsubscribe and privacy/legal small print.
    re.compile(r".*\bunsubscribe\b.*", re.IGNORECASE),
    re.compile(r"(?:read )?(?:our )?privacy (?:policy|notice)\b.*", re.IGNORECASE),
    re.compile(r"terms (?:of (?:use|service)|and conditions)\b.*", re.IGNORECASE),
    re.compile(r"(?:©|\(c\)|copyright\b).*", re.IGNORECASE),
    re.compile(r"all rights reserved\b.*", re.IGNORECASE),
    # Sharing buttons and comment prompts: "Share this article", "Share on Facebook".
    re.compile(r"share (?:this|on|via)\b.*", re.IGNORECASE),
    re.compile(r"(?:leave a (?:comment|reply)|\d+ comments?|comments?)", re.IGNORECASE),
    # Navigation: "Back to all lessons", "Next in this series: ...", "Previous article", "Read more".
    re.compile(
        r"back to (?:(?:all|the) )?(?:lessons?|articles?|posts?|blog|top|home|index|list|"
        r"series|course|modules?|chapters?)\b.*",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:next|previous|prev)(?: in (?:this|the) series| (?:article|lesson|post|chapter|page|"
        r"up|read))?\s*(?::|»|›|→|-|–|—).*",
        re.IGNORECASE,
    ),
    re.compile(r"(?:next|previous) (?:article|lesson|post|chapter|page)", re.IGNORECASE),
    re.compile(
        r"(?:more|related|similar|popular|recent)(?: \S+){0,3} (?:notes|articles|posts|lessons|"
        r"stories|reading|resources|guides|questions|quizzes|topics)\b.*",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:you (?:may|might) also like|read more|read next|continue reading|keep reading)\b.*",
        re.IGNORECASE,
    ),
    # Exam-prep site taglines: "Study for the CPS Test. ...", "Prepare for the ... exam with ...".
    re.compile(r"study for (?:the|your)\b.*\b(?:test|exam|certification)\b.*", re.IGNORECASE),
    re.compile(r"prepare for (?:the|your)\b.*\b(?:test|exam|certification)\b.*", re.IGNORECASE),
    re.compile(r"get ready for (?:the|your)\b.*\b(?:test|exam)\b.*", re.IGNORECASE),
    # Disclaimers: "Study material only; not a substitute for ...", "For educational purposes only".
    re.compile(
        r"(?:for )?(?:study|educational|informational|training|general)"
        r"(?: (?:material|content|use|purposes|information))? only\b.*",
        re.IGNORECASE,
    ),
    re.compile(r"disclaimer\s*:.*", re.IGNORECASE),
    # Share buttons spelled out: a line of network names only ("Facebook Twitter LinkedIn Email").
    re.compile(
        r"(?:(?:facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|email|print|copy link)"
        r"[\s|·•,/]*){2,}",
        re.IGNORECASE,
    ),
    # Bylines and post metadata: "By Jane Doe", "By Jane Doe | May 2, 2024", "5 min read",
    # "Posted on ...", "Updated ...", "Tags: ...", "Filed under ...", a date alone.
    re.compile(r"(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*[|·•—–]\s*.*)?"),
    re.compile(r"\d+\s*(?:-|\s)?(?:min(?:ute)?s?)\.?\s+read\b.*", re.IGNORECASE),
    re.compile(r"(?:posted|published|updated|last updated)(?:\s+on)?\s*:?\s+.*\d.*", re.IGNORECASE),
    re.compile(
        r"(?:tags|tagged|categories|category|filed under|posted in)\s*:?\s+.*", re.IGNORECASE
    ),
    re.compile(
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
        r"oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}",
        re.IGNORECASE,
    ),
)
# Control characters that never occur in a text article (tab, newline, carriage return and form
# feed are allowed).
BINARY_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A phrase ("recovery story") is more specific evidence than a single, often common, word ("feel").
PHRASE_WEIGHT = 3
YAML_WIDTH = 1_000_000  # never fold long summaries onto several lines

# List items in plain text: a bullet ("- ", "* ", "+ ", "•") or a number ("1." or "1)") at the start
# of the line. Markdown needs "- " and "1." with a blank line before the list.
# "-", "*" and "+" need a space after them ("-5 degrees" and "*emphasis*" are not items).
BULLET = re.compile(r"^(?:[-*+]\s+|[•◦▪●‣]\s*)(?=\S)")
NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?=\S)")
# A line that opens on a term and a colon or a dash, its description after ("Timely: it is offered
# soon after the event.", "Timely — it is ..."): three or more in a row are a definition list
# that lost its bullets in copying.
# (a term of one to three words; a description of four words at least, not a quotation: "Area:
# Leisure and recreation", 'Current: "I cook most nights."' are a record's fields, no definitions)
# An example and the kind it is, in brackets after it ('"Don't worry, you'll be great."
# (reassuring)'): a run of them is a list of labelled examples.
TERM_LINE = re.compile(
    r"^[A-Z][\w()/-]*(?: [\w()/-]+){0,2}(?::|\s+[\u2013\u2014])\s+(?![\"\u201c'])\S+(?:\s+\S+){3,}"
    r"|^[\"\u201c][^\"\u201c\u201d]{8,}[\"\u201d]\s+\([A-Za-z][\w -]{1,30}\)\.?$"
)
TERM_RUN = 3
# Answer options on exam pages: "A. ...", "B) ...", "(C) ..." in order A, B, C, D (a, b, ... too).
OPTION = re.compile(r"^\(?(?P<letter>[A-Fa-f])[.)]\s+(?P<text>\S.*)$")
# A stated answer, as exam study pages write it at the start of a sentence: "The correct answer is
# X", "The right choice is: X", "Correct answer: B". The text after it is the answer.
STATED_ANSWER = re.compile(
    r"^(?:the\s+)?(?:(?:correct|right)\s+(?:answer|choice|option|response)|best\s+(?:answer|choice))"
    r"(?:\s+(?:is|would be|here is))?\s*:?\s+(?P<answer>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# A label at the start of a paragraph: "Answer: X" (only there: mid-text it is ordinary prose).
ANSWER_LABEL = re.compile(
    r"^(?:correct\s+)?answer\s*:\s*(?P<answer>\S.*)$", re.IGNORECASE | re.DOTALL
)
# "The answer is X" opening a paragraph answers the article's own question (only counted when the
# article asks one in its title: elsewhere it is a rhetorical turn, "The answer is simple").
PLAIN_ANSWER = re.compile(r"^the\s+answer\s+is\s*:?\s+(?P<answer>\S.*)$", re.IGNORECASE | re.DOTALL)
# Does the text state an answer anywhere (at the start of a sentence or a line)? Only then are
# lines lettered "a." and "b." an exam's options; elsewhere they are a lettered list.
STATES_AN_ANSWER = re.compile(
    r"(?:^|[.!?]\s+)(?:the\s+)?(?:(?:correct|right)\s+(?:answer|choice|option|response)|best\s+"
    r"(?:answer|choice))\b|^(?:correct\s+)?answer\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# "The answer is simple: ..." introduces an explanation; an answer does not start with a verdict on
# the question itself.
RHETORICAL_ANSWER = re.compile(
    r"^(?:simple|easy|clear|obvious|complicated|complex|surprising|not (?:so )?simple|yes|no|"
    r"both|neither|it depends)\b",
    re.IGNORECASE,
)
# "The correct choice is the one that points outside the person: recovery housing, ...": "the one
# that ..." picks the choice out by a property, and what the colon delivers is the choice itself;
# "the one describing X" likewise names its content (English: an anaphoric "one" with a
# restrictive modifier describes, the colon specifies).
DESCRIBED_CHOICE = re.compile(
    r"^the\s+one\s+(?:(?:that|which)\s[^:]{3,200}:\s*|(?:describing|naming|stating|saying)\s+)"
    r"(?P<x>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# A letter naming an option: "B", "(B)", "B.", "B) the text".
ANSWER_LETTER = re.compile(r"^\(?(?P<letter>[A-Fa-f])\)?(?:[.):]\s*(?P<text>.*))?$", re.DOTALL)
# Explainers discuss the wrong options under a heading such as "Why the other choices are wrong"
# or "Incorrect answers"; a paragraph there that opens with a quotation quotes one option.
OTHER_OPTIONS_HEADING = re.compile(
    r"\b(?:other|wrong|incorrect|remaining)\b.*\b(?:choices?|answers?|options?|responses?)\b",
    re.IGNORECASE,
)
QUOTED_OPENING = re.compile(r"^[\"“](?P<text>[^\"”]{2,200}?)[,.;:!?]?[\"”]")
# The end of a sentence: final punctuation, closing quotes or brackets, then space or the end.
# (a "?" closing a quotation inside a sentence, 'asking "What happened to you?" instead of ...',
# ends nothing: the next word must be able to open a sentence)
SENTENCE_BREAK = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|\s*$)")
# An authored question needs this many choices to be usable (the lesson format's four options).
CANDIDATE_CHOICES = 4


class ArticleFormatError(Exception):
    """A file is not a plain-text article this importer understands."""

    def __init__(self, name: str, message: str, *, line: int | None = None) -> None:
        super().__init__(name, message, line)
        self.name = name
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.name}:{self.line}" if self.line is not None else self.name
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Block:
    """One block of the lesson body. A list's ``text`` is its Markdown; ``items`` its entries."""

    kind: Literal["heading", "paragraph", "list"]
    text: str
    items: tuple[str, ...] = ()
    ordered: bool = False


@dataclass(frozen=True)
class QuestionCandidate:
    """An exam question the article states (its answer, maybe its options), for an editor to review.

    ``answer`` is the index of the right one in ``choices``, or None when the article gives options
    without saying which is right.
    """

    stem: str
    choices: tuple[str, ...]
    answer: int | None

    @property
    def answer_text(self) -> str:
        return self.choices[self.answer] if self.answer is not None else ""

    @property
    def complete(self) -> bool:
        return (
            self.answer is not None and len(self.choices) >= CANDIDATE_CHOICES and bool(self.stem)
        )


@dataclass(frozen=True)
class ImportedArticle:
    title: str
    summary: str
    blocks: tuple[Block, ...]
    source_name: str
    source_from_footer: bool
    key_question: str = ""
    question: QuestionCandidate | None = None
    # Lines dropped as site furniture, for the editor to see that nothing else went.
    dropped: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(block.text for block in self.blocks if block.kind == "heading")

    @property
    def lists(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.kind == "list")

    @property
    def markdown(self) -> str:
        """The lesson body: ``## `` headings, paragraphs and lists, a blank line between blocks."""
        return "\n\n".join(
            f"## {block.text}" if block.kind == "heading" else block.text for block in self.blocks
        )

    @property
    def text(self) -> str:
        """Everything a reader sees, for keyword scoring."""
        return "\n\n".join([self.title, self.summary, *(block.text for block in self.blocks)])


class Topic(Protocol):
    """What topic inference needs of a topic (articles.content.TopicDef has it)."""

    @property
    def slug(self) -> str: ...

    @property
    def keywords(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class ImportedLesson:
    source: Path
    path: Path
    slug: str
    topic: str
    main_point: InferredPoint | None = None
    key_question: str = ""
    question: QuestionCandidate | None = None
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class InferredPoint:
    """A main point suggested from the text, and whether a person should check it."""

    text: str
    confidence: float
    needs_review: bool


# Given the article and its topic, suggest its main point. The command passes the question
# generator's inference; the importer itself stays free of it.
MainPointInference = Callable[["ImportedArticle", str], InferredPoint]


@dataclass(frozen=True)
class ImportReport:
    written: tuple[ImportedLesson, ...]
    skipped: tuple[ImportedLesson, ...]
    errors: tuple[ArticleFormatError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def slugify(value: str) -> str:
    """Same rules as django.utils.text.slugify (ASCII only)."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def ends_like_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(CLOSING_MARKS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


WH_QUESTION = re.compile(
    # A question opening the title, a clause, or a sentence after a scene ("A person says,
    # "..." Which stage of change is this person in?").
    r"(?:^|[,;:]\s*|[.!?][\"\u201d]?\s+)(?:so,?\s+)?(?:what|which|who|why|how|when|where)\b|"
    r"\b(?:under|in|for) (?:which|what)\b",
    re.IGNORECASE,
)


# One quotation from end to end: someone's words, which the text mentions.
QUOTED = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*")


def ends_with_question_mark(line: str) -> bool:
    return line.rstrip().rstrip(CLOSING_MARKS).endswith("?")


def is_list_line(line: str) -> bool:
    return bool(BULLET.match(line) or NUMBERED.match(line))


def is_heading(lines: Sequence[str]) -> bool:
    """One short line that does not end like a sentence and is not a list item."""
    return (
        len(lines) == 1
        and len(lines[0]) <= MAX_HEADING_CHARS
        and not ends_like_sentence(lines[0])
        and not is_list_line(lines[0])
        and not OPTION.match(lines[0])
    )


def is_question_heading(line: str) -> bool:
    """A short line that is one question and not a quotation: "What Is Peer Support?".

    Only counted as a heading where it stands alone between paragraphs (see parse_article): a
    question on a line of its own there introduces what follows, as a heading does.
    """
    if len(line) > MAX_HEADING_CHARS or line[:1] in OPENING_QUOTES or is_list_line(line):
        return False
    if not ends_with_question_mark(line):
        return False
    # One sentence only: "Does it help? Of course not." is a paragraph.
    return len(SENTENCE_BREAK.findall(line)) == 1


def split_blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks as (first line number, lines), lines stripped of outer spaces."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            if current:
                blocks.append((start, current))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, current))
    return blocks


# A line of rule characters only ("-----", "=====", "* * *") is plain-text decoration: under a
# line it marks that line as a heading (the setext convention), anywhere else it separates.
RULE_LINE = re.compile(r"^(?:[-=*_~]\s*){3,}$")
# Markdown's own heading marks ("## Why it matters") in a plain-text article mean a heading.
ATX_HEADING = re.compile(r"^#{1,6}\s+(?P<text>\S.*?)(?:\s+#+)?$")


def tidy_markup(blocks: Sequence[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Turn plain-text heading marks into lines of their own and drop rule lines.

    An underlined line and a ``#`` line become blocks of their own (then judged as any heading is),
    so no rule line reaches the Markdown, where it would make a heading of the line above.
    """
    tidied: list[tuple[int, list[str]]] = []
    for start, lines in blocks:
        current: list[str] = []
        current_start = start
        for offset, line in enumerate(lines):
            atx = ATX_HEADING.match(line)
            if RULE_LINE.match(line) or atx:
                if current:
                    tidied.append((current_start, current))
                if atx:
                    tidied.append((start + offset, [atx["text"]]))
                current, current_start = [], start + offset + 1
                continue
            current.append(line)
        if current:
            tidied.append((current_start, current))
    return tidied


def boilerplate_match(line: str) -> re.Match[str] | None:
    line = line.rstrip(".!").strip()
    return next((m for p in BOILERPLATE_PATTERNS if (m := p.fullmatch(line))), None)


def is_boilerplate(lines: Sequence[str]) -> bool:
    return all(boilerplate_match(line) for line in lines)


def strip_footer(blocks: list[tuple[int, list[str]]]) -> tuple[list[tuple[int, list[str]]], str]:
    """Drop site furniture from the end; return the rest and the site name, if the footer gives it."""
    site = ""
    while blocks and is_boilerplate(blocks[-1][1]):
        for line in blocks[-1][1]:
            match = boilerplate_match(line)
            if match and "site" in match.groupdict() and match["site"]:
                site = site or match["site"].strip()
        blocks = blocks[:-1]
    return blocks, site


def strip_header(blocks: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Drop site furniture before the title ("Study for the CPS test. ...").

    A title never ends like a sentence, so a matching block that does, or one followed by a line that
    could be the title, is furniture; a matching line that could itself be the title is kept.
    """
    while len(blocks) > 1 and is_boilerplate(blocks[0][1]):
        lines = blocks[0][1]
        next_lines = blocks[1][1]
        next_is_title = len(next_lines) == 1 and not next_lines[0].endswith(".")
        if not (len(lines) > 1 or ends_like_sentence(lines[-1]) or next_is_title):
            break
        blocks = blocks[1:]
    return blocks


def decode_article(data: bytes, *, name: str) -> str:
    """Decode a file's bytes as UTF-8 text, rejecting binary files."""

    def line_of(offset: int) -> int:
        return data.count(b"\n", 0, offset) + 1

    if b"\x00" in data:
        raise ArticleFormatError(
            name, "contains NUL bytes: a binary file, not text", line=line_of(data.index(b"\x00"))
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleFormatError(
            name, "is not UTF-8 text (a binary file?)", line=line_of(error.start)
        ) from error


# --- Lists -------------------------------------------------------------------------------------


def list_item_text(line: str) -> str:
    match = BULLET.match(line) or NUMBERED.match(line)
    return line[match.end() :].strip() if match else line


def list_markdown(items: Sequence[str], *, ordered: bool, numbers: Sequence[int] = ()) -> str:
    if ordered:
        first = numbers[0] if numbers else 1
        return "\n".join(f"{first + index}. {item}" for index, item in enumerate(items))
    return "\n".join(f"- {item}" for item in items)


def segment_lines(lines: Sequence[str]) -> list[tuple[str, list[str]]]:
    """Split a block's lines into runs of prose and of list items: ("text"|"bullet"|"number"|"term",
    lines), "term" for three or more lines in a row that each open on a term and a colon.

    A line without a marker right after a list item continues that item when it starts in lower case
    (a wrapped line); otherwise it starts a paragraph. Markdown needs a blank line before a list, so
    each run becomes a block of its own.
    """
    runs: list[tuple[str, list[str]]] = []
    for line in lines:
        if BULLET.match(line):
            kind = "bullet"
        elif NUMBERED.match(line):
            kind = "number"
        elif TERM_LINE.match(line):
            kind = "term"
        elif runs and runs[-1][0] != "text" and line[:1].islower():
            runs[-1][1][-1] += " " + line
            continue
        else:
            kind = "text"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(line)
        else:
            runs.append((kind, [line]))
    # (a term line or two among prose is prose, "Note: ...", and joins the prose around it)
    merged: list[tuple[str, list[str]]] = []
    for kind, run in runs:
        kind = "text" if kind == "term" and len(run) < TERM_RUN else kind
        if merged and merged[-1][0] == kind == "text":
            merged[-1][1].extend(run)
        else:
            merged.append((kind, run))
    return merged


def make_list(kind: str, lines: Sequence[str]) -> Block:
    items = tuple(list_item_text(line) for line in lines)
    ordered = kind == "number"
    numbers = [int(m["number"]) for line in lines if (m := NUMBERED.match(line))]
    return Block("list", list_markdown(items, ordered=ordered, numbers=numbers), items, ordered)


# --- Stated answers and options -----------------------------------------------------------------


def first_sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends (a quotation opening it is read whole)."""
    start = 0
    if text[:1] in OPENING_QUOTES:
        closing = {"“": "”", "‘": "’", "«": "»"}.get(text[0], text[0])
        end = text.find(closing, 1)
        if end > 0:
            start = end + 1
    match = SENTENCE_BREAK.search(text, start)
    return match.end() if match else len(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    while position < len(text):
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            break
        end = position + first_sentence_end(text[position:])
        spans.append((position, end))
        position = end
    return spans


def clean_answer(text: str) -> str:
    """An answer as a choice: outer quotes and final punctuation removed, spaces normalised."""
    text = " ".join(text.split()).strip()
    for _ in range(2):
        text = text.rstrip(".!;:,").strip()
        if len(text) > 1 and text[0] in OPENING_QUOTES and text[-1] in CLOSING_MARKS:
            text = text[1:-1].strip()
    return text


def take_stated_answer(paragraph: str, *, title_asks: bool) -> tuple[str, str] | None:
    """Find a sentence stating the correct answer: (the answer, the paragraph without it)."""
    for index, (start, end) in enumerate(sentence_spans(paragraph)):
        sentence = paragraph[start:end]
        match = STATED_ANSWER.match(sentence)
        if match is None and index == 0:
            match = ANSWER_LABEL.match(sentence)
            if match is None and title_asks:
                match = PLAIN_ANSWER.match(sentence)
        if match is None or RHETORICAL_ANSWER.match(match["answer"]):
            continue
        answer = match["answer"]
        if answer[:1] in OPENING_QUOTES:
            # The answer is the quotation; a sentence ending inside it ends there.
            answer = answer[: first_sentence_end(answer)]
        answer = DESCRIBED_CHOICE.sub(r"\g<x>", answer)
        before, after = paragraph[:start].rstrip(), paragraph[end:].lstrip()
        return clean_answer(
            answer
        ), f"{before} {after}".strip() if before and after else before + after
    return None


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def option_lines(lines: Sequence[str]) -> list[str] | None:
    """The options' texts when ``lines`` are options labelled A, B, C... in order (two or more)."""
    if not lines:
        return None
    texts = []
    for index, line in enumerate(lines):
        match = OPTION.match(line)
        if match is None or match["letter"].upper() != "ABCDEF"[index]:
            return None
        texts.append(match["text"].strip())
    return texts


# --- The article --------------------------------------------------------------------------------


@dataclass
class _Draft:
    """What parsing the body collects besides its blocks."""

    answer: str = ""
    options: tuple[str, ...] = ()
    stem: str = ""


def merge_loose_runs(body: Sequence[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Join consecutive blocks of list items (or of lettered options) split by blank lines.

    Plain text often spaces items out ("loose" lists); they are still one list.
    """

    def kind(lines: Sequence[str]) -> str:
        if all(OPTION.match(line) for line in lines):
            return "option"
        if all(BULLET.match(line) for line in lines):
            return "bullet"
        if all(NUMBERED.match(line) for line in lines):
            return "number"
        if all(TERM_LINE.match(line) for line in lines):
            return "term"
        return ""

    merged: list[tuple[int, list[str]]] = []
    for start, lines in body:
        this = kind(lines)
        previous = merged[-1][1] if merged else []
        if this == "option":
            options_before = split_options(previous)[1]
            continues = bool(options_before) and bool(option_lines([*options_before, *lines]))
        else:
            continues = bool(this) and bool(previous) and segment_lines(previous)[-1][0] == this
        if continues:
            merged[-1] = (merged[-1][0], [*previous, *lines])
            continue
        merged.append((start, list(lines)))
    return _merge_term_runs(merged)


def _merge_term_runs(body: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Join blocks of term lines ("Timely: it is offered soon ...") split by blank lines when there
    are ``TERM_RUN`` lines or more in a row: a loose definition list. Fewer stay the paragraphs
    they were."""

    def terms(lines: Sequence[str]) -> bool:
        return all(TERM_LINE.match(line) for line in lines)

    joined: list[tuple[int, list[str]]] = []
    run: list[tuple[int, list[str]]] = []
    for block in [*body, (-1, [])]:
        if block[1] and terms(block[1]):
            run.append(block)
            continue
        if len(run) > 1 and sum(len(lines) for _, lines in run) >= TERM_RUN:
            joined.append((run[0][0], [line for _, lines in run for line in lines]))
        else:
            joined.extend(run)
        run = []
        if block[1]:
            joined.append(block)
    return joined


def split_options(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """The lines before an option list that ends the block, and that list's lines (A, B, ...)."""
    for start in range(len(lines)):
        if OPTION.match(lines[start]) and option_lines(lines[start:]):
            return list(lines[:start]), list(lines[start:])
    return list(lines), []


def body_blocks(
    body: Sequence[tuple[int, list[str]]],
    *,
    title_asks: bool,
    draft: _Draft,
    states_answer: bool = True,
) -> list[Block]:
    """Headings, paragraphs and lists; options and a stated answer go to ``draft``, not the body."""
    blocks: list[Block] = []
    for _, block_lines in merge_loose_runs(body):
        lines, options = split_options(block_lines)
        # One "A." line is a sentence that happens to start so; a second option list stays text.
        if len(options) < 2 or draft.options:
            lines, options = list(block_lines), []
        if options and not states_answer:
            # Without a stated answer, lettered lines are options only under a question.
            asks = lines[-1] if lines else blocks[-1].text.split("\n")[-1] if blocks else ""
            if not ends_with_question_mark(asks):
                lines, options = list(block_lines), []
        if options:
            draft.options = tuple(option_lines(options) or ())
            # The question they answer is the line just before them, when it asks one (or ends in
            # a colon: "Peer support is:").
            if not lines and blocks and blocks[-1].kind == "paragraph":
                (*lines,) = blocks.pop().text.split("\n")
            if lines and (ends_with_question_mark(lines[-1]) or lines[-1].endswith(":")):
                draft.stem = lines.pop()
        if not lines:
            continue
        if is_heading(lines):
            blocks.append(Block("heading", lines[0]))
            continue
        for kind, run in segment_lines(lines):
            if kind != "text":
                blocks.append(make_list(kind, run))
                continue
            paragraph = "\n".join(run)
            if not draft.answer:
                taken = take_stated_answer(paragraph, title_asks=title_asks or bool(draft.stem))
                if taken is not None:
                    draft.answer, paragraph = taken
                    if not paragraph:
                        continue
            blocks.append(Block("paragraph", paragraph))
    return blocks


def mark_question_headings(blocks: list[Block]) -> list[Block]:
    """A one-line question standing alone between paragraphs is a heading (it introduces them).

    The first body block follows the summary, a paragraph.
    """
    marked = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or "\n" in block.text or not is_question_heading(block.text):
            continue
        before = blocks[index - 1].kind if index else "paragraph"
        after = blocks[index + 1].kind if index + 1 < len(blocks) else ""
        if before in ("paragraph", "list") and after == "paragraph":
            marked[index] = Block("heading", block.text)
    return marked


def other_options(blocks: Sequence[Block]) -> list[str]:
    """Options an explainer quotes at the start of paragraphs under an "other choices" heading."""
    found: list[str] = []
    inside = False
    for block in blocks:
        if block.kind == "heading":
            inside = bool(OTHER_OPTIONS_HEADING.search(block.text))
            continue
        if inside and block.kind == "paragraph" and (match := QUOTED_OPENING.match(block.text)):
            found.append(clean_answer(match["text"]))
    return found


def question_candidate(
    draft: _Draft, blocks: list[Block], *, stem: str
) -> QuestionCandidate | None:
    """The article's own exam question: its stem, choices and stated answer, when it has them.

    A bullet list that turns out to be the options leaves ``blocks``, with the question line just
    before it.
    """
    if not draft.answer and not draft.options:
        return None
    stem = draft.stem or stem
    if draft.options:
        choices = list(draft.options)
        letter = ANSWER_LETTER.fullmatch(draft.answer)
        if letter and "ABCDEF".index(letter["letter"].upper()) < len(choices):
            return QuestionCandidate(stem, tuple(choices), "ABCDEF".index(letter["letter"].upper()))
        wanted = normalise(draft.answer)
        answer = next((i for i, choice in enumerate(choices) if normalise(choice) == wanted), None)
        if answer is None and draft.answer:
            choices.append(draft.answer)
            answer = len(choices) - 1
        return QuestionCandidate(stem, tuple(choices), answer)
    # A bullet list whose items include the stated answer is the question's option list.
    wanted = normalise(draft.answer)
    for index, block in enumerate(blocks):
        items = [clean_answer(item) for item in block.items]
        if block.kind == "list" and 3 <= len(items) <= 6 and wanted in map(normalise, items):
            del blocks[index]
            before = blocks[index - 1] if index else None
            if before is not None and before.kind == "paragraph":
                *rest, last = before.text.split("\n")
                if ends_with_question_mark(last) or last.endswith(":"):
                    stem = last
                    if rest:
                        blocks[index - 1] = Block("paragraph", "\n".join(rest))
                    else:
                        del blocks[index - 1]
            return QuestionCandidate(
                stem, tuple(items), [normalise(i) for i in items].index(wanted)
            )
    wrong = [text for text in other_options(blocks) if normalise(text) != wanted]
    return QuestionCandidate(stem, (draft.answer, *dict.fromkeys(wrong)), 0)


def parse_article(text: str, *, name: str) -> ImportedArticle:
    """Parse an article: title line, summary paragraph, then headings, paragraphs and lists.

    Site furniture at either end is dropped. A heading right after the summary that repeats the
    title exactly is dropped (it would show the title twice); any other repeat is kept. A title
    that asks a question is the lesson's key question. A stated correct answer ("The correct answer
    is ...") and an option list are taken out of the body into ``question``, for review.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if match := BINARY_CHARS.search(text):
        line = text.count("\n", 0, match.start()) + 1
        raise ArticleFormatError(
            name, f"contains control character {match.group()!r}: a binary file?", line=line
        )
    blocks = tidy_markup(split_blocks(text))
    if not blocks:
        raise ArticleFormatError(name, "the file is empty")
    all_blocks = blocks
    blocks, site = strip_footer(blocks)
    if not blocks:
        raise ArticleFormatError(name, "has only site boilerplate (a subscribe footer), no article")
    blocks = strip_header(blocks)
    first, last = all_blocks.index(blocks[0]), all_blocks.index(blocks[-1])
    header = [line for _, lines in all_blocks[:first] for line in lines]
    footer = [line for _, lines in all_blocks[last + 1 :] for line in lines]
    title_line, title_lines = blocks[0]
    title = title_lines[0]
    # A first line ending in a full stop is a sentence, not a title; an ellipsis ends an exam stem
    # ("In optimal recovery planning...") that a title may be.
    ends_in_stop = title.endswith(".") and not title.endswith("...")
    if len(title_lines) > 1 or len(title) > MAX_TITLE_CHARS or ends_in_stop:
        raise ArticleFormatError(
            name,
            "no title: the first line should be a short title, followed by a blank line",
            line=title_line,
        )
    if not slugify(title):
        raise ArticleFormatError(
            name, f"the title {title!r} has no letters or digits to make a slug", line=title_line
        )
    rest = blocks[1:]
    # A tagline right after the title ("Prepare for the ... exam with flashcards") is furniture too.
    while rest and is_boilerplate(rest[0][1]):
        header += rest[0][1]
        rest = rest[1:]
    if not rest:
        raise ArticleFormatError(name, "has a title but no summary or body", line=title_line)
    title_asks = ends_with_question_mark(title)
    # A label heading right after the title ("Overview", "Purpose") introduces the summary
    # paragraph: that paragraph is the summary, and the label is not kept.
    if len(rest) > 2 and is_heading(rest[0][1]) and not is_heading(rest[1][1]):
        rest = rest[1:]
    summary_line, summary_lines = rest[0]
    body = rest[1:]
    if body and body[0][1] == [title]:
        body = body[1:]
    draft = _Draft()
    summary = "\n".join(summary_lines)
    taken = take_stated_answer(summary, title_asks=title_asks)
    if taken is not None:
        draft.answer, summary = taken
    summary = " ".join(summary.split())
    states_answer = bool(STATES_AN_ANSWER.search(text))
    blocks_out = body_blocks(body, title_asks=title_asks, draft=draft, states_answer=states_answer)
    if not summary and blocks_out and blocks_out[0].kind == "paragraph":
        summary, blocks_out = " ".join(blocks_out[0].text.split()), blocks_out[1:]
    blocks_out = mark_question_headings(blocks_out)
    stem = title if title_asks or title.endswith((":", "...", "…")) else ""
    question = question_candidate(draft, blocks_out, stem=stem)
    if not blocks_out:
        raise ArticleFormatError(name, "has a title and a summary but no body", line=summary_line)
    if not summary:
        raise ArticleFormatError(
            name, "has no summary paragraph after the title", line=summary_line
        )
    # Only a question an option can answer is the key question: "Whose Plan Is This?" or
    # "Speaking Up, or Helping Someone Speak?" are teasers (no wh-word), and a title wholly in
    # quotation marks ('"So, What Should We Talk About Today?"') is what someone in the story
    # says, not the article's question.
    key_question = (
        title if title_asks and WH_QUESTION.search(title) and not QUOTED.fullmatch(title) else ""
    )
    if not key_question and question and ends_with_question_mark(question.stem):
        key_question = question.stem
    return ImportedArticle(
        title=title,
        summary=summary,
        blocks=tuple(blocks_out),
        source_name=site or Path(name).stem,
        source_from_footer=bool(site),
        key_question=key_question,
        question=question,
        dropped=(*header, *footer),
    )


@functools.cache
def keyword_pattern(keyword: str) -> re.Pattern[str]:
    words = keyword.split()
    return re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)", re.IGNORECASE
    )


@functools.cache
def lowercase_pattern(keyword: str) -> re.Pattern[str]:
    """keyword_pattern for lower-cased text (case-insensitive matching is several times slower)."""
    words = keyword.lower().split()
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)")


def keyword_count(keyword: str, lowered: str, words: frozenset[str]) -> int:
    """Whole-word matches of ``keyword`` in ``lowered`` (text in lower case), whose ``words`` are given."""
    # A look-up of its first word first: most keywords of most topics are absent, and it is cheap.
    if keyword.split()[0].lower() not in words:
        return 0
    return len(lowercase_pattern(keyword).findall(lowered))


def topic_scores(text: str, topics: Sequence[Topic]) -> dict[str, int]:
    """Whole-word, case-insensitive matches of each topic's keywords; a phrase match weighs more."""
    lowered = text.lower()
    # Words as keywords may start: "self-care" whole, and "self" and "care" (a keyword "care"
    # matches in "self-care", as a whole-word pattern does).
    words = frozenset(re.findall(r"\w+", lowered)) | frozenset(re.findall(r"\w+(?:-\w+)+", lowered))
    return {
        topic.slug: sum(
            (PHRASE_WEIGHT if len(keyword.split()) > 1 else 1)
            * keyword_count(keyword, lowered, words)
            for keyword in topic.keywords
        )
        for topic in topics
    }


def infer_topic(text: str, topics: Sequence[Topic]) -> str:
    """The best-scoring topic's slug; ties (including no match at all) go to the first listed."""
    if not topics:
        raise ValueError("no topics to choose from")
    scores = topic_scores(text, topics)
    return max(topics, key=lambda topic: scores[topic.slug]).slug


def suggest_topic(article: ImportedArticle, topics: Sequence[Topic]) -> str:
    """The topic the importer suggests for an article, from the keywords in all it says.

    (Counting the title and summary several times was tried: it did worse on the corpus, 20 of
    22 against 21, as a summary that opens a scenario names its setting, not its subject.)
    """
    return infer_topic(article.text, topics)


def stated_main_point(article: ImportedArticle) -> InferredPoint | None:
    """The article's stated correct answer, when it has one: the answer to its own question."""
    if article.question is None or article.question.answer is None:
        return None
    return InferredPoint(article.question.answer_text, 1.0, needs_review=False)


def question_comment(question: QuestionCandidate) -> str:
    """The candidate as a commented ``questions:`` block the editor can check and uncomment."""
    item: dict[str, object] = {
        "stem": question.stem or "(write the question)",
        "choices": list(question.choices),
    }
    if question.answer is not None:
        item["answer"] = question.answer + 1
    dumped = yaml.safe_dump(
        {"questions": [item]}, sort_keys=False, allow_unicode=True, width=YAML_WIDTH
    )
    notes = ["# The article states an exam question. Check it, then uncomment it to publish it:"]
    if len(question.choices) < CANDIDATE_CHOICES:
        notes.append(f"# (add wrong choices: a question has {CANDIDATE_CHOICES} choices)")
    if question.answer is None:
        notes.append("# (add 'answer:', the number of the right choice: the article does not say)")
    if not question.stem:
        notes.append("# (write the stem: the article does not ask the question itself)")
    return "\n".join([*notes, *(f"# {line}" for line in dumped.splitlines())]) + "\n"


def render_lesson(
    article: ImportedArticle, topic: str, main_point: InferredPoint | None = None
) -> str:
    """The lesson file: YAML front matter (a draft), then the Markdown body."""
    source: dict[str, str] = {"name": article.source_name}
    if article.source_from_footer:
        source["url"] = ""
    front_matter = {
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "topic": topic,
        "status": "draft",
        "main_point": main_point.text if main_point else "",
        "key_question": article.key_question,
        "source": source,
    }
    header = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True, width=YAML_WIDTH)
    if main_point:
        review = "please check it" if main_point.needs_review else "check it before publishing"
        header = (
            f"# main_point was inferred from the text (confidence {main_point.confidence:.2f}):"
            f" {review}.\n{header}"
        )
    if article.question is not None:
        header += question_comment(article.question)
    return f"---\n{header}---\n\n{article.markdown}\n"


def import_files(
    paths: Iterable[Path],
    *,
    out_dir: Path,
    topics: Sequence[Topic],
    force: bool = False,
    infer_main_point: MainPointInference | None = None,
) -> ImportReport:
    """Write one lesson per article into out_dir; a bad file is reported and the others go on.

    The main point is the article's stated correct answer when it has one, else ``infer_main_point``'s.
    """
    written: list[ImportedLesson] = []
    skipped: list[ImportedLesson] = []
    errors: list[ArticleFormatError] = []
    produced: dict[str, Path] = {}
    for source in paths:
        name = str(source)
        try:
            try:
                data = source.read_bytes()
            except OSError as error:
                raise ArticleFormatError(name, f"cannot read: {error.strerror}") from error
            article = parse_article(decode_article(data, name=name), name=name)
            if article.slug in produced:
                raise ArticleFormatError(
                    name, f"same slug {article.slug!r} as {produced[article.slug]}"
                )
        except ArticleFormatError as error:
            errors.append(error)
            continue
        produced[article.slug] = source
        topic = suggest_topic(article, topics)
        main_point = stated_main_point(article)
        if main_point is None and infer_main_point:
            main_point = infer_main_point(article, topic)
        lesson = ImportedLesson(
            source,
            out_dir / f"{article.slug}.md",
            article.slug,
            topic,
            main_point,
            article.key_question,
            article.question,
            article.dropped,
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        try:
            with lesson.path.open("w" if force else "x", encoding="utf-8", newline="\n") as file:
                file.write(render_lesson(article, topic, main_point))
        except FileExistsError:
            skipped.append(lesson)
        else:
            written.append(lesson)
    return ImportReport(tuple(written), tuple(skipped), tuple(errors))


__all__ = [
    "ArticleFormatError",
    "Block",
    "ImportReport",
    "ImportedArticle",
    "ImportedLesson",
    "InferredPoint",
    "QuestionCandidate",
    "decode_article",
    "import_files",
    "infer_topic",
    "parse_article",
    "render_lesson",
    "slugify",
    "suggest_topic",
]
