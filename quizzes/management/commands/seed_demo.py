"""Fill the database with demonstration learners and their practice answers (for load benches)."""

import random
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from quizzes.demo import NoQuestionsToAnswer, seed_demo


class Command(BaseCommand):
    help = (
        "Add LEARNERS demo accounts (demo-00001, ...) with ANSWERS practice answers each, spread over "
        "the past 30 days, and their per-topic summaries. Load the content first (sync_content)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--learners", type=int, default=100)
        parser.add_argument("--answers", type=int, default=100, help="answers per learner")
        parser.add_argument("--password", default="demo-password-1", help="every demo account's")
        parser.add_argument("--seed", type=int, default=1, help="for the random choices")

    def handle(self, *args, **options) -> None:
        if options["learners"] < 1 or options["answers"] < 1:
            raise CommandError("--learners and --answers must be at least 1.")
        started = time.perf_counter()
        try:
            made = seed_demo(
                learners=options["learners"],
                answers=options["answers"],
                rng=random.Random(options["seed"]),
                now=timezone.now(),
                password=options["password"],
            )
        except NoQuestionsToAnswer as error:
            raise CommandError(
                "No published questions to answer: run `manage.py sync_content` first."
            ) from error
        self.stdout.write(
            f"Added {made.learners} learners, {made.attempts} practice rounds, {made.answers} answers "
            f"and {made.topic_scores} topic summaries in {time.perf_counter() - started:.1f} s."
        )
