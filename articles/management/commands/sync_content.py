"""``manage.py sync_content``: load topics and lessons, then regenerate changed lessons' questions."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from articles.content import ContentError
from articles.sync import sync_content
from quizzes.bank import load_distractor_bank, regenerate_lessons, stale_lessons
from quizzes.generation import BankError


class Command(BaseCommand):
    help = (
        "Upsert topics and lessons from the content folder (CPS_CONTENT_DIR) into the database, "
        "and regenerate the questions of every lesson that changed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )

    def handle(self, *args: object, dry_run: bool = False, **options: object) -> None:
        try:
            bank = load_distractor_bank()  # checked first: a bad bank also stops the sync
            # One transaction: if generating questions fails, the lessons' new hashes are not
            # kept either, so the next sync tries again.
            with transaction.atomic():
                report = sync_content(settings.CPS_CONTENT_DIR, dry_run=dry_run)
                to_generate = sorted({*report.changed, *stale_lessons()})
                bank_reports = [] if dry_run else regenerate_lessons(to_generate, bank=bank)
        except (ContentError, BankError) as error:
            raise CommandError(f"{error}\nNothing was changed.") from error
        for label, slugs in (
            ("created", report.created),
            ("updated", report.updated),
            ("unpublished", report.unpublished),
        ):
            for slug in slugs:
                self.stdout.write(f"  {label}: {slug}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
        for bank_report in bank_reports:
            self.stdout.write(f"  questions: {bank_report.summary()}")
