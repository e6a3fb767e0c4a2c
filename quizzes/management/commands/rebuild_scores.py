"""``manage.py rebuild_scores [--check]``: recompute every per-topic summary row from the answers,
and the counts other apps keep from them (``quizzes.counters``: the groups' answer counts)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from articles.models import Topic
from quizzes import counters
from quizzes.models import TopicScore
from quizzes.scores import rebuild_topic_scores, topic_score_differences


class Command(BaseCommand):
    help = (
        "Recompute every learner's per-topic summary (TopicScore) from their answers, and the "
        "groups' answer counts, and fix any row that differs. With --check, only report the "
        "differences, and exit 1 if there are any."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help="Report rows that differ from the answers; change nothing; exit 1 if any differ.",
        )

    def handle(self, *args: object, check: bool = False, **options: object) -> None:
        if check:
            differences = topic_score_differences()
        else:
            differences = rebuild_topic_scores(now=timezone.now())
        learners = dict(
            get_user_model()
            .objects.filter(pk__in={d.learner_id for d in differences})
            .values_list("pk", "username")
        )
        topics = dict(
            Topic.objects.filter(pk__in={d.topic_id for d in differences}).values_list("pk", "slug")
        )
        for difference in differences:
            line = difference.describe(
                learner=learners.get(difference.learner_id, str(difference.learner_id)),
                topic=topics.get(difference.topic_id, str(difference.topic_id)),
            )
            self.stdout.write(f"  {line}")
        counted = [
            difference
            for counter in counters.installed()
            for difference in (counter.differences() if check else counter.recount())
        ]
        for difference in counted:
            self.stdout.write(f"  {difference.describe()}")
        count = len(differences) + len(counted)
        rows = f"{count} summary row{'s' if count != 1 else ''}"
        if check and count:
            raise CommandError(
                f"{rows} {'differs' if count == 1 else 'differ'} from the answers; run "
                "'manage.py rebuild_scores' to fix "
                f"{'it' if count == 1 else 'them'}.",
                returncode=1,
            )
        if count:
            self.stdout.write(self.style.SUCCESS(f"Fixed {rows} from the answers."))
        else:
            total = TopicScore.objects.count()
            self.stdout.write(
                self.style.SUCCESS(
                    f"All {total} summary row{'s' if total != 1 else ''} agree with the answers."
                )
            )
