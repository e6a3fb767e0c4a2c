"""Turn a plain-text article (title, summary, headings, paragraphs, footer) into a lesson file."""

from __future__ import annotations

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

FOOTER_PATTERNS = (
    re.compile(r"subscribe", re.IGNORECASE),
    re.compile(r"get the latest from\s+(?P<site>\S.*)", re.IGNORECASE),
    re.compile(r"you can unsubscribe at any time\b.*", re.IGNORECASE),
)
# Control characters that never occur in a text article (tab, newline, carriage return and form
# feed are allowed).
BINARY_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A phrase ("recovery story") is more specific evidence than a single, often common, word ("feel").
PHRASE_WEIGHT = 3
YAML_WIDTH = 1_000_000  # never fold long summaries onto several lines


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
    kind: Literal["heading", "paragraph"]
    text: str


@dataclass(frozen=True)
class ImportedArticle:
    title: str
    summary: str
    blocks: tuple[Block, ...]
    source_name: str
    source_from_footer: bool

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(block.text for block in self.blocks if block.kind == "heading")

    @property
    def markdown(self) -> str:
        """The lesson body: ``## `` headings and paragraphs, a blank line between blocks."""
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


def is_heading(lines: Sequence[str]) -> bool:
    return (
        len(lines) == 1 and len(lines[0]) <= MAX_HEADING_CHARS and not ends_like_sentence(lines[0])
    )


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


def strip_footer(blocks: list[tuple[int, list[str]]]) -> tuple[list[tuple[int, list[str]]], str]:
    """Drop the site's subscribe footer from the end; return the rest and the site name, if any."""
    site = ""
    while blocks and len(blocks[-1][1]) == 1:
        line = blocks[-1][1][0].rstrip(".!")
        match = next((m for p in FOOTER_PATTERNS if (m := p.fullmatch(line))), None)
        if match is None:
            break
        site = (match.groupdict().get("site") or site).strip()
        blocks = blocks[:-1]
    return blocks, site


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


def parse_article(text: str, *, name: str) -> ImportedArticle:
    """Parse an article: title line, summary paragraph, then headings and paragraphs, then footer.

    A heading right after the summary that repeats the title exactly is dropped (it would show the
    title twice); any other repeat is kept.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if match := BINARY_CHARS.search(text):
        line = text.count("\n", 0, match.start()) + 1
        raise ArticleFormatError(
            name, f"contains control character {match.group()!r}: a binary file?", line=line
        )
    blocks = split_blocks(text)
    if not blocks:
        raise ArticleFormatError(name, "the file is empty")
    blocks, site = strip_footer(blocks)
    if not blocks:
        raise ArticleFormatError(name, "has only a subscribe footer, no article")
    title_line, title_lines = blocks[0]
    title = title_lines[0]
    if len(title_lines) > 1 or len(title) > MAX_TITLE_CHARS or title.endswith("."):
        raise ArticleFormatError(
            name,
            "no title: the first line should be a short title, followed by a blank line",
            line=title_line,
        )
    if not slugify(title):
        raise ArticleFormatError(
            name, f"the title {title!r} has no letters or digits to make a slug", line=title_line
        )
    if len(blocks) == 1:
        raise ArticleFormatError(name, "has a title but no summary or body", line=title_line)
    summary_line, summary_lines = blocks[1]
    body = blocks[2:]
    if body and body[0][1] == [title]:
        body = body[1:]
    if not body:
        raise ArticleFormatError(name, "has a title and a summary but no body", line=summary_line)
    return ImportedArticle(
        title=title,
        summary=" ".join(summary_lines),
        blocks=tuple(
            Block("heading" if is_heading(lines) else "paragraph", "\n".join(lines))
            for _, lines in body
        ),
        source_name=site or Path(name).stem,
        source_from_footer=bool(site),
    )


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    words = keyword.split()
    return re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)", re.IGNORECASE
    )


def topic_scores(text: str, topics: Sequence[Topic]) -> dict[str, int]:
    """Whole-word, case-insensitive matches of each topic's keywords; a phrase match weighs more."""
    return {
        topic.slug: sum(
            (PHRASE_WEIGHT if len(keyword.split()) > 1 else 1)
            * len(keyword_pattern(keyword).findall(text))
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
        "key_question": "",
        "source": source,
    }
    header = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True, width=YAML_WIDTH)
    if main_point:
        review = "please check it" if main_point.needs_review else "check it before publishing"
        header = (
            f"# main_point was inferred from the text (confidence {main_point.confidence:.2f}):"
            f" {review}.\n{header}"
        )
    return f"---\n{header}---\n\n{article.markdown}\n"


def import_files(
    paths: Iterable[Path],
    *,
    out_dir: Path,
    topics: Sequence[Topic],
    force: bool = False,
    infer_main_point: MainPointInference | None = None,
) -> ImportReport:
    """Write one lesson per article into out_dir; a bad file is reported and the others go on."""
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
        topic = infer_topic(article.text, topics)
        main_point = infer_main_point(article, topic) if infer_main_point else None
        lesson = ImportedLesson(
            source, out_dir / f"{article.slug}.md", article.slug, topic, main_point
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
