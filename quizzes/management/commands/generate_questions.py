"""``manage.py generate_questions``: (re)build the question bank from the lessons."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.models import Article
from quizzes.bank import regenerate_lessons
from quizzes.generation import BankError


class Command(BaseCommand):
    help = "Generate questions from lessons; unchanged items keep their ids, vanished ones retire."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lesson", metavar="SLUG", help="Only this lesson.")
        parser.add_argument("--dry-run", action="store_true", help="Report; write nothing.")

    def handle(self, *args: object, lesson: str | None = None, dry_run: bool = False, **options):
        if lesson and not Article.objects.filter(slug=lesson).exists():
            raise CommandError(f"No lesson with slug '{lesson}'. Run sync_content first?")
        try:
            reports = regenerate_lessons([lesson] if lesson else None, dry_run=dry_run)
        except BankError as error:
            raise CommandError(f"{error}\nNothing was changed.") from error
        for report in reports:
            self.stdout.write(report.summary())
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(f"{prefix}{len(reports)} lesson(s) processed."))
