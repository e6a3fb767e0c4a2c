"""Markdown to safe HTML: the only source of HTML that templates may mark safe.

Python-Markdown does not sanitise, so its output always goes through nh3 with an explicit allow-list.
"""

from __future__ import annotations

import html
import math
import re
import threading
from dataclasses import dataclass

import markdown
import nh3
from markdown.extensions.toc import slugify

# Bump when the pipeline below changes, so sync_content re-renders lessons whose files did not.
# 3: heading ids are prefixed (HEADING_ID_PREFIX).
RENDERER_VERSION = "3"

# Heading ids live in their own namespace, so a heading can't take an id the page itself uses
# ("## Main" was id="main", the id of <main>). quizzes/generation/lesson.py makes the same ids.
HEADING_ID_PREFIX = "section-"

ALLOWED_TAGS = frozenset(
    {
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "br",
        "hr",
        "ul",
        "ol",
        "li",
        "em",
        "strong",
        "a",
        "blockquote",
        "code",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str


@dataclass(frozen=True)
class Rendered:
    html: str
    headings: tuple[Heading, ...]
    reading_minutes: int


def heading_id(text: str, separator: str = "-") -> str:
    """The id of a heading with this text (before ``toc`` makes repeats unique with ``_1``...)."""
    return HEADING_ID_PREFIX + slugify(text, separator)


# One converter per thread, reset before each document: building one (loading its extensions) took
# longer than converting a question's explanation. It holds no data between documents.
_local = threading.local()


def _converter() -> markdown.Markdown:
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = _local.converter = markdown.Markdown(
            extensions=["toc", "tables", "sane_lists", "fenced_code"],
            extension_configs={
                "toc": {"toc_depth": "2-3", "slugify": heading_id},
                "tables": {"use_align_attribute": True},
            },
            output_format="html",
        )
    return converter.reset()


def _flatten(tokens: list[dict]) -> list[Heading]:
    headings: list[Heading] = []
    for token in tokens:
        # toc gives names HTML-escaped; keep plain text, which templates escape once.
        name = html.unescape(token["name"])
        headings.append(Heading(level=token["level"], id=token["id"], text=name))
        headings.extend(_flatten(token["children"]))
    return headings


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def reading_minutes(text: str) -> int:
    words = len(re.findall(r"\w+(?:['’]\w+)*", text))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def render_markdown(source: str) -> Rendered:
    """Render lesson Markdown to sanitised HTML, with its headings for a table of contents."""
    converter = _converter()
    html = converter.convert(source)
    headings = tuple(
        heading
        for heading in _flatten(converter.toc_tokens)  # type: ignore[attr-defined]
        if heading.level >= 2
    )
    return Rendered(html=sanitize(html), headings=headings, reading_minutes=reading_minutes(source))
