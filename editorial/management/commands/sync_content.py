"""``manage.py sync_content``: load topics and lessons, then regenerate changed lessons' questions."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.content import ContentError
from editorial.pipeline import sync_and_regenerate
from quizzes.generation import BankError


class Command(BaseCommand):
    help = (
        "Upsert topics and lessons from the content folder (CPS_CONTENT_DIR) into the database, "
        "and regenerate the questions of every lesson that changed. A lesson edited in the browser "
        "since its last sync is left alone (a conflict) unless --force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Take the files' version of every lesson also edited in the browser.",
        )
        parser.add_argument(
            "--take",
            action="append",
            default=[],
            metavar="FILE",
            help="Take this file's version (as a conflict names it, e.g. lessons/x.md); repeatable.",
        )

    def handle(
        self,
        *args: object,
        dry_run: bool = False,
        force: bool = False,
        take: list[str],
        **options: object,
    ) -> None:
        try:
            result = sync_and_regenerate(
                settings.CPS_CONTENT_DIR, dry_run=dry_run, force=force, take=take
            )
        except (ContentError, BankError) as error:
            raise CommandError(f"{error}\nNothing was changed.") from error
        report = result.sync
        for label, slugs in (
            ("created", report.created),
            ("updated", report.updated),
            ("unpublished", report.unpublished),
        ):
            for slug in slugs:
                self.stdout.write(f"  {label}: {slug}")
        for path, reason in report.conflicts:
            self.stdout.write(self.style.WARNING(f"  conflict: {path}: {reason}"))
        self.stdout.write(self.style.SUCCESS(report.summary()))
        for bank_report in result.questions:
            self.stdout.write(f"  questions: {bank_report.summary()}")
