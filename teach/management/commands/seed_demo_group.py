"""Give the demo learners a trainer and a group (for load benches: the trainer's gradebook)."""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from teach.demo import DEMO_TRAINER, NoDemoLearners, seed_demo_group


class Command(BaseCommand):
    help = (
        f"Add a group of the first LEARNERS demo accounts, trained by {DEMO_TRAINER} (made once), "
        "with a practice assignment over the first lessons. Run seed_demo first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--learners", type=int, default=200, help="members of the group")
        parser.add_argument(
            "--password", default="demo-password-1", help="the trainer's, when first made"
        )

    def handle(self, *args, **options) -> None:
        if options["learners"] < 1:
            raise CommandError("--learners must be at least 1.")
        try:
            group = seed_demo_group(
                learners=options["learners"], password=options["password"], now=timezone.now()
            )
        except NoDemoLearners as error:
            raise CommandError(
                "No demo learners to add: run `manage.py seed_demo` first."
            ) from error
        self.stdout.write(
            f"Added group #{group.cohort_id} of {group.members} demo learners, trained by "
            f"{group.trainer}."
        )
