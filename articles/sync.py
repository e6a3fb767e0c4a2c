"""Content folder -> database: topics and lessons upserted by slug, in one transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from articles.content import LessonFile, TopicDef, digest_text, load_lessons, load_topics
from articles.markdown import RENDERER_VERSION, render_markdown
from articles.models import Article, Topic


@dataclass(frozen=True)
class SyncReport:
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    unpublished: tuple[str, ...] = ()
    topics_created: tuple[str, ...] = ()
    topics_updated: tuple[str, ...] = ()
    # Lessons staff edited in the browser since the last sync, whose file changed too (or is gone):
    # (file, reason). Both are left as they are unless ``force``.
    conflicts: tuple[tuple[str, str], ...] = ()
    # Lessons that moved to another topic: (slug, old topic id); their scores must be rebuilt.
    moved: tuple[tuple[str, int], ...] = ()
    dry_run: bool = False

    @property
    def changed(self) -> tuple[str, ...]:
        """Slugs of lessons whose content was written: what question generation must revisit."""
        return self.created + self.updated

    def summary(self) -> str:
        prefix = "Dry run, nothing written: would have " if self.dry_run else ""
        return (
            f"{prefix}{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.unpublished)} unpublished, "
            f"{len(self.conflicts)} in conflict "
            f"(topics: {len(self.topics_created)} created, {len(self.topics_updated)} updated)."
        )


def _lesson_hash(lesson: LessonFile) -> str:
    # The hash covers the renderer too: a new pipeline re-renders every lesson once.
    return digest_text(lesson.digest, salt=f"renderer-{RENDERER_VERSION}")


def file_hash(text: str) -> str:
    """The ``source_hash`` a lesson file with this text gets when synced."""
    return digest_text(digest_text(text), salt=f"renderer-{RENDERER_VERSION}")


def _sync_topics(topic_defs: tuple[TopicDef, ...]) -> tuple[dict[str, Topic], list[str], list[str]]:
    existing = {topic.slug: topic for topic in Topic.objects.all()}
    created: list[str] = []
    updated: list[str] = []
    for topic_def in topic_defs:
        values = {
            "name": topic_def.name,
            "description": topic_def.description,
            "keywords": list(topic_def.keywords),
            "position": topic_def.position,
        }
        topic = existing.get(topic_def.slug)
        if topic is None:
            existing[topic_def.slug] = Topic.objects.create(slug=topic_def.slug, **values)
            created.append(topic_def.slug)
        elif any(getattr(topic, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(topic, name, value)
            topic.save()
            updated.append(topic_def.slug)
    return existing, created, updated


def rendered_values(body: str) -> dict[str, object]:
    """The stored rendering of a lesson body: sanitised HTML, headings, reading time."""
    rendered = render_markdown(body)
    return {
        "body_markdown": body,
        "body_html": rendered.html,
        "headings": [dataclasses.asdict(heading) for heading in rendered.headings],
        "reading_minutes": rendered.reading_minutes,
    }


def lesson_values(lesson: LessonFile, topic: Topic) -> dict[str, object]:
    """An ``Article``'s fields from a validated lesson (a file or the edit form), body rendered."""
    return {
        "title": lesson.title,
        "summary": lesson.summary,
        "topic": topic,
        "status": lesson.status,
        "order": lesson.order,
        "main_point": lesson.main_point,
        "key_question": lesson.key_question,
        "source_name": lesson.source.name,
        "source_url": lesson.source.url,
        **rendered_values(lesson.body),
    }


def _article_values(lesson: LessonFile, topic: Topic, content_dir: Path) -> dict[str, object]:
    return {
        **lesson_values(lesson, topic),
        "authored_questions": [dataclasses.asdict(question) for question in lesson.questions],
        "source_path": _shown(lesson.path, content_dir),
        "source_hash": _lesson_hash(lesson),
        "edited_since_sync": False,
    }


def sync_content(
    content_dir: Path,
    *,
    dry_run: bool = False,
    force: bool = False,
    take: Collection[str] = (),
) -> SyncReport:
    """Bring the database in line with ``content_dir``; any bad file stops it, changing nothing.

    Lessons whose files are gone are unpublished, never deleted: learners' history points at them.
    A lesson staff edited in the browser since its last sync is left alone when its file changed
    (a conflict, reported by file) unless ``force``, which takes the files; ``take`` names the files
    (relative to ``content_dir``, as conflicts are reported) whose version to take, one by one.
    """
    take = {str(Path(name)) for name in take}
    topic_defs = load_topics(content_dir / "topics.yaml")
    lessons = load_lessons(content_dir / "lessons", topics={t.slug for t in topic_defs})

    with transaction.atomic():
        topics, topics_created, topics_updated = _sync_topics(topic_defs)
        existing = {article.slug: article for article in Article.objects.select_for_update()}
        created: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        conflicts: list[tuple[str, str]] = []
        moved: list[tuple[str, int]] = []
        for lesson in lessons:
            article = existing.get(lesson.slug)
            if article is not None and article.source_hash == _lesson_hash(lesson):
                unchanged.append(lesson.slug)
                continue
            taken = force or _shown(lesson.path, content_dir) in take
            if article is not None and article.edited_since_sync and not taken:
                conflicts.append(
                    (
                        _shown(lesson.path, content_dir),
                        "edited in the browser since the last sync, and the file changed too: "
                        "kept both (export_content writes the browser's version; --force takes "
                        "the file's)",
                    )
                )
                continue
            values = _article_values(lesson, topics[lesson.topic], content_dir)
            if article is not None and article.topic_id != topics[lesson.topic].pk:
                moved.append((lesson.slug, article.topic_id))
            if article is None:
                Article.objects.create(slug=lesson.slug, **values)
                created.append(lesson.slug)
            else:
                for name, value in values.items():
                    setattr(article, name, value)
                article.save()
                updated.append(lesson.slug)

        in_files = {lesson.slug for lesson in lessons}
        gone = []
        for slug, article in sorted(existing.items()):
            if slug in in_files or article.status != Article.Status.PUBLISHED:
                continue
            if article.edited_since_sync and not force:
                where = article.source_path or f"lessons/{slug}.md"
                conflicts.append((where, "edited in the browser and has no file: kept published"))
                continue
            gone.append(article)
        # Clearing the hash makes a returning file count as changed, so it is published again.
        Article.objects.filter(pk__in=[article.pk for article in gone]).update(
            status=Article.Status.DRAFT, source_hash=""
        )
        if dry_run:
            transaction.set_rollback(True)

    return SyncReport(
        created=tuple(created),
        updated=tuple(updated),
        unchanged=tuple(unchanged),
        unpublished=tuple(article.slug for article in gone),
        topics_created=tuple(topics_created),
        topics_updated=tuple(topics_updated),
        conflicts=tuple(conflicts),
        moved=tuple(moved),
        dry_run=dry_run,
    )


def _shown(path: Path, content_dir: Path) -> str:
    try:
        return str(path.relative_to(content_dir))
    except ValueError:
        return str(path)
