"""``manage.py export_questions``: the question bank as JSON or GIFT (Moodle)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from quizzes.export import question_as_dict, to_gift
from quizzes.models import Question

STATUSES = ("published", "draft", "retired", "all")


class Command(BaseCommand):
    help = "Export questions as JSON or GIFT (Moodle's question format), to stdout or a file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=("json", "gift"), default="json")
        parser.add_argument("--output", type=Path, help="Write here instead of stdout.")
        parser.add_argument("--status", choices=STATUSES, default="published")

    def handle(self, *args: object, **options: object) -> None:
        questions = (
            Question.objects.select_related("lesson", "topic")
            .with_choices()
            .order_by("lesson__order", "lesson__slug", "pk")
        )
        if options["status"] == "published":
            questions = questions.published()  # what learners are served: lesson published too
        elif options["status"] != "all":
            questions = questions.filter(status=options["status"])
        if options["format"] == "json":
            text = json.dumps(
                [question_as_dict(q) for q in questions], ensure_ascii=False, indent=2
            )
            text += "\n"
        else:
            text = to_gift(questions)
        output = options["output"]
        if output is None:
            self.stdout.write(text, ending="")
            return
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"{output}: cannot be written: {error.strerror}") from error
        self.stderr.write(f"Wrote {len(questions)} questions to {output}.")
