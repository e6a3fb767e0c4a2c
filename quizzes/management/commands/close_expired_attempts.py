"""Close every timed attempt whose deadline has passed (for cron; pages also close them on read)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from quizzes.attempts import close_expired_attempts


class Command(BaseCommand):
    help = "Finish open mock exams whose deadline has passed, at their deadline."

    def handle(self, *args, **options) -> None:
        closed = close_expired_attempts(timezone.now())
        self.stdout.write(f"Closed {closed} expired attempt(s).")
