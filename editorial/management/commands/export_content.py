"""``manage.py export_content [--out DIR]``: write topics and lessons from the database to files."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from editorial.pipeline import export_content


class Command(BaseCommand):
    help = (
        "Write topics.yaml and lessons/<slug>.md (front matter, Markdown, hand-written questions) "
        "from the database, so edits made in the browser can be committed. Default: the content "
        "folder (CPS_CONTENT_DIR), after which those lessons count as synced."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", type=Path, default=None, help="Folder to write into.")
        parser.add_argument("--lesson", metavar="SLUG", action="append", help="Only this lesson.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also replace lesson files in the content folder changed since the last sync.",
        )

    def handle(
        self,
        *args: object,
        out: Path | None,
        lesson: list[str] | None,
        force: bool = False,
        **options: object,
    ) -> None:
        out_dir = out if out is not None else Path(settings.CPS_CONTENT_DIR)
        try:
            report = export_content(out_dir, slugs=lesson, force=force)
        except OSError as error:
            raise CommandError(f"cannot write to {out_dir}: {error}") from error
        for path in report.written:
            self.stdout.write(f"  wrote {path}")
        for path, reason in report.skipped:
            self.stdout.write(self.style.WARNING(f"  kept {path}: {reason}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.written)} file(s) written, {len(report.unchanged)} unchanged, "
                f"{len(report.skipped)} kept."
            )
        )
