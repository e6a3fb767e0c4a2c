"""Import plain-text articles as draft lesson files: `manage.py import_articles FILE...`."""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.content import ContentError, load_topics
from articles.importer import ImportedArticle, InferredPoint, import_files
from quizzes.generation import LessonInput, infer_main_point


def shown(path: Path) -> str:
    """A path relative to the working directory when it lies below it, as the user would type it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def suggest_main_point(article: ImportedArticle, topic: str) -> InferredPoint:
    """The question generator's main-point inference, run on the article as it will be stored.

    (Glue between two pure modules, kept here so the importer does not depend on the generator.)
    """
    lesson = LessonInput(
        slug=article.slug,
        title=article.title,
        summary=article.summary,
        topic=topic,
        main_point="",
        key_question="",
        body=article.markdown,
    )
    point = infer_main_point(lesson)
    return InferredPoint(point.text, point.confidence, point.flagged_for_review)


class Command(BaseCommand):
    help = (
        "Turn plain-text articles (title, summary, headings, paragraphs) into draft lesson files, "
        "with a topic suggested from topics.yaml. Existing lessons are kept unless --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument(
            "--out",
            type=Path,
            default=None,
            help="Folder for the lesson files (default: CPS_CONTENT_DIR/lessons).",
        )
        parser.add_argument(
            "--force", action="store_true", help="Overwrite lesson files that already exist."
        )

    def handle(
        self, *args: Any, files: list[Path], out: Path | None, force: bool, **options: Any
    ) -> None:
        content_dir = Path(settings.CPS_CONTENT_DIR)
        try:
            topics = load_topics(content_dir / "topics.yaml")
        except ContentError as error:
            raise CommandError(str(error)) from error
        out_dir = out if out is not None else content_dir / "lessons"
        try:
            report = import_files(
                files,
                out_dir=out_dir,
                topics=topics,
                force=force,
                infer_main_point=suggest_main_point,
            )
        except OSError as error:
            raise CommandError(f"cannot write lessons to {out_dir}: {error}") from error

        for lesson in report.written:
            self.stdout.write(f"wrote {shown(lesson.path)} (topic: {lesson.topic})")
            if lesson.dropped:
                furniture = " · ".join(repr(line) for line in lesson.dropped)
                self.stdout.write(f"  dropped as site furniture: {furniture}")
            if lesson.key_question:
                self.stdout.write(f"  key question (the title): {lesson.key_question}")
            if lesson.question is not None:
                self.stdout.write(
                    f"  exam question found, {len(lesson.question.choices)} choices: commented out"
                    " in the front matter; check it and uncomment it to use it"
                )
            if lesson.main_point:
                flag = "; please review it" if lesson.main_point.needs_review else ""
                self.stdout.write(
                    f"  main point: {lesson.main_point.text}"
                    f" (confidence {lesson.main_point.confidence:.2f}{flag})"
                )
        for lesson in report.skipped:
            self.stdout.write(f"skipped {shown(lesson.path)}: exists, use --force")
        for error in report.errors:
            self.stderr.write(str(error))
        if report.errors:
            raise CommandError(
                f"{len(report.errors)} of {len(files)} files could not be imported (see above)"
            )
