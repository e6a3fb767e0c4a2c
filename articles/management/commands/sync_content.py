"""``manage.py sync_content``: load topics and lessons from the content folder."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.content import ContentError
from articles.sync import sync_content


class Command(BaseCommand):
    help = "Upsert topics and lessons from the content folder (CPS_CONTENT_DIR) into the database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )

    def handle(self, *args: object, dry_run: bool = False, **options: object) -> None:
        try:
            report = sync_content(settings.CPS_CONTENT_DIR, dry_run=dry_run)
        except ContentError as error:
            raise CommandError(f"{error}\nNothing was changed.") from error
        for label, slugs in (
            ("created", report.created),
            ("updated", report.updated),
            ("unpublished", report.unpublished),
        ):
            for slug in slugs:
                self.stdout.write(f"  {label}: {slug}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
