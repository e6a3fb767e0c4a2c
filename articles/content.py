"""Reading the content folder: topics.yaml and lesson files (YAML front matter + Markdown body).

Pure: no Django imports. Every problem is a ``ContentError`` naming the file and, where known, the line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

STATUSES = ("draft", "published")
REQUIRED_FIELDS = ("title", "slug", "summary", "topic", "status", "source")
OPTIONAL_FIELDS = ("order", "main_point", "key_question", "questions")
# Longest text each field may hold, as the database stores it.
MAX_LENGTHS = {
    "title": 200,
    "slug": 200,
    "main_point": 300,
    "key_question": 300,
}
SOURCE_MAX_LENGTH = 200
# 'order' is stored in a PositiveIntegerField: the largest value every supported database takes.
MAX_ORDER = 2_147_483_647
SOURCE_URL_MAX_LENGTH = 500  # practice-bank addresses carry long slugs
TOPIC_SLUG_MAX_LENGTH = 50
TOPIC_NAME_MAX_LENGTH = 100
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FRONT_MATTER_FENCE = "---"


class ContentError(Exception):
    """A content file that cannot be used, with the place to fix it."""

    def __init__(
        self, path: Path | str, message: str, line: int | None = None, *, field: str = ""
    ) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        self.field = (
            field  # the front-matter field at fault, when there is one (forms show it there)
        )
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Source:
    name: str
    url: str = ""


@dataclass(frozen=True)
class TopicDef:
    slug: str
    name: str
    description: str
    keywords: tuple[str, ...]
    position: int


@dataclass(frozen=True)
class AuthoredQuestion:
    """A hand-written question from a lesson's front matter; ``correct`` indexes ``choices``."""

    stem: str
    choices: tuple[str, ...]
    correct: int
    explanation: str


@dataclass(frozen=True)
class LessonFile:
    path: Path
    slug: str
    title: str
    summary: str
    topic: str
    status: str
    source: Source
    body: str
    digest: str
    order: int | None = None
    main_point: str = ""
    key_question: str = ""
    questions: tuple[AuthoredQuestion, ...] = ()


@dataclass(frozen=True)
class _FrontMatter:
    data: dict[str, Any]
    key_lines: dict[str, int]  # 1-based line in the file of each top-level key
    start_line: int  # 1-based line of the opening fence
    body: str


def digest_text(text: str, *, salt: str = "") -> str:
    return hashlib.sha256((salt + "\0" + text).encode()).hexdigest()


def _yaml_error(path: Path, error: yaml.YAMLError, line_offset: int) -> ContentError:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    line = mark.line + 1 + line_offset if mark is not None else None
    return ContentError(path, f"invalid YAML: {problem}", line)


def _split_front_matter(text: str, path: Path) -> _FrontMatter:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise ContentError(path, "a lesson must start with front matter between '---' lines", 1)
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == FRONT_MATTER_FENCE:
            closing = index
            break
    else:
        raise ContentError(path, "front matter is not closed by a '---' line", 1)
    yaml_text = "".join(lines[1:closing])
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as error:
        raise _yaml_error(path, error, line_offset=1) from error
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise ContentError(path, "front matter must be a mapping of field: value", 2)
    key_lines = {str(key.value): key.start_mark.line + 2 for key, _value in node.value if key.value}
    body = "".join(lines[closing + 1 :]).strip("\n") + "\n"
    return _FrontMatter(data=data, key_lines=key_lines, start_line=1, body=body)


def _text_field(front: _FrontMatter, path: Path, name: str, *, required: bool) -> str:
    value = front.data.get(name)
    line = front.key_lines.get(name, front.start_line)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            if name in front.data:
                raise ContentError(path, f"'{name}' is empty", line, field=name)
            raise ContentError(
                path, f"missing required field '{name}'", front.start_line, field=name
            )
        return ""
    if not isinstance(value, str | int | float):
        raise ContentError(path, f"'{name}' must be text", line, field=name)
    text = " ".join(str(value).split())
    limit = MAX_LENGTHS.get(name)
    if limit and len(text) > limit:
        raise ContentError(
            path, f"'{name}' is {len(text)} characters long (at most {limit})", line, field=name
        )
    return text


def _source(front: _FrontMatter, path: Path) -> Source:
    value = front.data.get("source")
    line = front.key_lines.get("source", front.start_line)
    if value is None:
        raise ContentError(
            path, "missing required field 'source'", front.start_line, field="source"
        )
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, Mapping):
        raise ContentError(
            path, "'source' must be a mapping with 'name' and optional 'url'", line, field="source"
        )
    name = str(value.get("name") or "").strip()
    url = str(value.get("url") or "").strip()
    if not name:
        raise ContentError(
            path,
            "'source' needs a 'name' crediting where the lesson comes from",
            line,
            field="source",
        )
    if url and not url.startswith(("https://", "http://")):
        raise ContentError(
            path, "'source.url' must be an http(s) address", line, field="source_url"
        )
    if len(name) > SOURCE_MAX_LENGTH:
        raise ContentError(
            path,
            f"'source' name is at most {SOURCE_MAX_LENGTH} characters",
            line,
            field="source",
        )
    if len(url) > SOURCE_URL_MAX_LENGTH:
        raise ContentError(
            path,
            f"'source' url is at most {SOURCE_URL_MAX_LENGTH} characters",
            line,
            field="source_url",
        )
    return Source(name=name, url=url)


def _order(front: _FrontMatter, path: Path) -> int | None:
    value = front.data.get("order")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ORDER:
        raise ContentError(
            path,
            f"'order' must be a whole number from 0 to {MAX_ORDER}",
            front.key_lines.get("order"),
            field="order",
        )
    return value


def _questions(front: _FrontMatter, path: Path) -> tuple[AuthoredQuestion, ...]:
    value = front.data.get("questions")
    line = front.key_lines.get("questions", front.start_line)
    if value in (None, []):
        return ()
    if not isinstance(value, list):
        raise ContentError(path, "'questions' must be a list", line)
    questions = []
    for number, item in enumerate(value, start=1):
        where = f"question {number}"
        if not isinstance(item, Mapping):
            raise ContentError(path, f"{where} must be a mapping with stem, choices, answer", line)
        stem = str(item.get("stem") or "").strip()
        choices = item.get("choices")
        answer = item.get("answer")
        if not stem:
            raise ContentError(path, f"{where} has no 'stem'", line)
        if not isinstance(choices, list) or not all(
            isinstance(choice, str) and choice.strip() for choice in choices
        ):
            raise ContentError(path, f"{where}: 'choices' must be a list of texts", line)
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ContentError(
                path, f"{where}: 'answer' must be the number of the right choice", line
            )
        if not 1 <= answer <= len(choices):
            raise ContentError(path, f"{where}: 'answer' {answer} is not one of its choices", line)
        questions.append(
            AuthoredQuestion(
                stem=stem,
                choices=tuple(" ".join(choice.split()) for choice in choices),
                correct=answer - 1,
                explanation=str(item.get("explanation") or "").strip(),
            )
        )
    return tuple(questions)


def parse_lesson_text(text: str, *, path: Path, topics: Collection[str]) -> LessonFile:
    """Parse one lesson file's text; ``topics`` are the known topic slugs."""
    return _lesson(
        _split_front_matter(text, path), path=path, topics=topics, digest=digest_text(text)
    )


def validate_lesson_fields(
    data: Mapping[str, Any], body: str, *, topics: Collection[str], path: Path | str = "<form>"
) -> LessonFile:
    """The one lesson validator, for a form as for a file: front-matter fields and a body.

    Raises the same ``ContentError`` (same words, with ``field`` set) that ``parse_lesson_text``
    raises for the same values in a file.
    """
    body = body.replace("\r\n", "\n").strip("\n") + "\n"
    front = _FrontMatter(data=dict(data), key_lines={}, start_line=1, body=body)
    lesson = _lesson(front, path=Path(path), topics=topics, digest="")
    return dataclasses.replace(lesson, digest=digest_text(render_lesson_file(lesson)))


def _lesson(front: _FrontMatter, *, path: Path, topics: Collection[str], digest: str) -> LessonFile:
    unknown = sorted(set(front.data) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    if unknown:
        raise ContentError(
            path, f"unknown field '{unknown[0]}'", front.key_lines.get(unknown[0]), field=unknown[0]
        )
    title = _text_field(front, path, "title", required=True)
    slug = _text_field(front, path, "slug", required=True)
    if not SLUG_RE.match(slug):
        message = f"slug '{slug}' must be lowercase letters, digits and hyphens"
        raise ContentError(path, message, front.key_lines.get("slug"), field="slug")
    topic = _text_field(front, path, "topic", required=True)
    if topic not in topics:
        raise ContentError(
            path,
            f"unknown topic '{topic}' (known: {', '.join(sorted(topics))})",
            front.key_lines.get("topic"),
            field="topic",
        )
    status = _text_field(front, path, "status", required=True)
    if status not in STATUSES:
        raise ContentError(
            path,
            f"unknown status '{status}' (use {' or '.join(STATUSES)})",
            front.key_lines.get("status"),
            field="status",
        )
    if not front.body.strip():
        raise ContentError(path, "the lesson has no body text after its front matter", field="body")
    return LessonFile(
        path=path,
        slug=slug,
        title=title,
        summary=_text_field(front, path, "summary", required=True),
        topic=topic,
        status=status,
        source=_source(front, path),
        body=front.body,
        digest=digest,
        order=_order(front, path),
        main_point=_text_field(front, path, "main_point", required=False),
        key_question=_text_field(front, path, "key_question", required=False),
        questions=_questions(front, path),
    )


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ContentError(path, "not a UTF-8 text file") from error
    except OSError as error:
        raise ContentError(path, f"cannot be read: {error.strerror}") from error


def parse_lesson(path: Path, *, topics: Collection[str]) -> LessonFile:
    return parse_lesson_text(read_text(path), path=path, topics=topics)


def load_topics(path: Path) -> tuple[TopicDef, ...]:
    """Read ``topics.yaml``: a list of {slug, name, description, keywords}."""
    text = read_text(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise _yaml_error(path, error, line_offset=0) from error
    if not isinstance(data, list) or not data:
        raise ContentError(path, "topics.yaml must be a non-empty list of topics")
    topics: list[TopicDef] = []
    seen: set[str] = set()
    for position, item in enumerate(data):
        where = f"topic {position + 1}"
        if not isinstance(item, Mapping):
            raise ContentError(path, f"{where} must be a mapping")
        slug = str(item.get("slug") or "").strip()
        name = str(item.get("name") or "").strip()
        if not SLUG_RE.match(slug):
            raise ContentError(path, f"{where} needs a slug of lowercase letters, digits, hyphens")
        if not name:
            raise ContentError(path, f"topic '{slug}' needs a name")
        if len(slug) > TOPIC_SLUG_MAX_LENGTH or len(name) > TOPIC_NAME_MAX_LENGTH:
            raise ContentError(
                path,
                f"topic '{slug[:20]}': slug at most {TOPIC_SLUG_MAX_LENGTH} characters, "
                f"name at most {TOPIC_NAME_MAX_LENGTH}",
            )
        if slug in seen:
            raise ContentError(path, f"topic '{slug}' is listed twice")
        seen.add(slug)
        keywords = item.get("keywords") or []
        if not isinstance(keywords, list):
            raise ContentError(path, f"topic '{slug}': keywords must be a list")
        topics.append(
            TopicDef(
                slug=slug,
                name=name,
                description=str(item.get("description") or "").strip(),
                keywords=tuple(str(keyword).strip().lower() for keyword in keywords),
                position=position,
            )
        )
    return tuple(topics)


def load_lessons(lessons_dir: Path, *, topics: Collection[str]) -> tuple[LessonFile, ...]:
    """Parse every ``*.md`` lesson in the folder, refusing two files with one slug."""
    lessons = tuple(parse_lesson(path, topics=topics) for path in sorted(lessons_dir.glob("*.md")))
    first_path: dict[str, Path] = {}
    for lesson in lessons:
        if lesson.slug in first_path:
            raise ContentError(
                lesson.path,
                f"duplicate slug '{lesson.slug}' (also in {first_path[lesson.slug].name})",
            )
        first_path[lesson.slug] = lesson.path
    return lessons


# --- Writing: the database's lessons and topics back to files (export_content) ----------------

YAML_WIDTH = 1_000_000  # never fold long lines: one field, one line, as the importer writes them
TOPICS_HEADER = """\
# The topics lessons are filed under. Each lesson's front matter names one by its slug.
# They follow the ground that Certified Peer Specialist exams cover.
# keywords: words and phrases of the field whose presence in an article points to the topic; the
# importer scores a new article against them to suggest its topic, and ties go to the topic listed
# first.
"""


class _Dumper(yaml.SafeDumper):
    """Safe YAML in which a text of several lines is a literal block ("|"), as a person writes it
    (a hand-written explanation with a list reads as Markdown, not as one quoted line)."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.rstrip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(data: object, *, flow_leaves: bool = False) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=YAML_WIDTH,
        default_flow_style=None if flow_leaves else False,
    )


def render_lesson_file(lesson: LessonFile) -> str:
    """The lesson file's text: front matter in the documented field order, then the body.

    Parsing this text gives ``lesson`` back; empty optional fields are left out.
    """
    front: dict[str, Any] = {
        "title": lesson.title,
        "slug": lesson.slug,
        "summary": lesson.summary,
        "topic": lesson.topic,
        "status": lesson.status,
    }
    if lesson.order is not None:
        front["order"] = lesson.order
    if lesson.main_point:
        front["main_point"] = lesson.main_point
    if lesson.key_question:
        front["key_question"] = lesson.key_question
    front["source"] = {"name": lesson.source.name, "url": lesson.source.url}
    if lesson.questions:
        front["questions"] = [
            {
                "stem": question.stem,
                "choices": list(question.choices),
                "answer": question.correct + 1,
                **({"explanation": question.explanation} if question.explanation else {}),
            }
            for question in lesson.questions
        ]
    body = lesson.body.strip("\n") + "\n"
    return f"---\n{_dump(front)}---\n\n{body}"


def render_topics_file(topics: Collection[TopicDef]) -> str:
    """``topics.yaml`` as the project keeps it: a header comment, keywords on one line each."""
    items = [
        {
            "slug": topic.slug,
            "name": topic.name,
            "description": topic.description,
            "keywords": list(topic.keywords),
        }
        for topic in sorted(topics, key=lambda topic: topic.position)
    ]
    return TOPICS_HEADER + _dump(items, flow_leaves=True)
