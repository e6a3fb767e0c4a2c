"""Staff's forms: a lesson (validated by the lesson files' own validator), a question, a flag reply."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from articles.content import STATUSES, ContentError, LessonFile
from articles.models import Article, Topic
from editorial import pipeline
from quizzes.editing import ChoiceInput
from quizzes.models import Question

# Where a validator error shows: a front-matter field -> the form field that holds it.
FIELD_FOR = {"source": "source_name", "source_url": "source_url", "body": "body"}

OPTION_ROWS = 4


class LessonForm(forms.Form):
    """Every field of the lesson format. Django checks nothing here: the lesson validator does."""

    title = forms.CharField(required=False, strip=False)
    slug = forms.CharField(
        required=False,
        strip=False,
        help_text="Lowercase letters, digits and hyphens; the lesson's address.",
    )
    summary = forms.CharField(required=False, strip=False, widget=forms.Textarea(attrs={"rows": 3}))
    topic = forms.CharField(required=False, widget=forms.Select())
    status = forms.CharField(
        required=False,
        widget=forms.Select(choices=[(status, status.title()) for status in STATUSES]),
        help_text="Drafts are seen by staff only. To take a lesson down, make it a draft: "
        "lessons are never deleted once learners have answered their questions.",
    )
    order = forms.CharField(
        required=False,
        help_text="Position in the reading order (a whole number); empty to list it by title.",
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    main_point = forms.CharField(
        required=False, help_text="The one idea the lesson's questions are keyed to."
    )
    key_question = forms.CharField(
        required=False, help_text="The exam-style question the main point answers."
    )
    source_name = forms.CharField(
        label="Source", required=False, help_text="Who the lesson's text comes from."
    )
    source_url = forms.CharField(label="Source address", required=False)
    body = forms.CharField(
        label="Body (Markdown)",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "true"}),
        help_text="## for sections, ### below them; raw HTML is removed.",
    )

    def __init__(self, *args: Any, lesson: Article | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lesson = lesson
        self.fields["topic"].widget.choices = [
            (topic.slug, topic.name) for topic in Topic.objects.order_by("position", "name")
        ]
        if lesson is not None and lesson.pk:
            self.fields["slug"].disabled = True
            self.fields["slug"].initial = lesson.slug
            self.fields["slug"].help_text = "The lesson's address; it stays as it is."
        self.validated: LessonFile | None = None

    @classmethod
    def initial_for(cls, lesson: Article) -> dict[str, Any]:
        return {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": lesson.summary,
            "topic": lesson.topic.slug,
            "status": lesson.status,
            "order": "" if lesson.order is None else str(lesson.order),
            "main_point": lesson.main_point,
            "key_question": lesson.key_question,
            "source_name": lesson.source_name,
            "source_url": lesson.source_url,
            "body": lesson.body_markdown,
        }

    def front_matter(self) -> dict[str, Any]:
        """The form's values as a lesson file's front matter would hold them."""
        data = self.cleaned_data
        order: Any = data.get("order", "").strip()
        if order.isdigit():
            order = int(order)
        return {
            "title": data.get("title", ""),
            "slug": data.get("slug", ""),
            "summary": data.get("summary", ""),
            "topic": data.get("topic", ""),
            "status": data.get("status", ""),
            "order": order,
            "main_point": data.get("main_point", ""),
            "key_question": data.get("key_question", ""),
            "source": {"name": data.get("source_name", ""), "url": data.get("source_url", "")},
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        try:
            self.validated = pipeline.validate_lesson(self.front_matter(), cleaned.get("body", ""))
        except ContentError as error:
            target = FIELD_FOR.get(error.field, error.field)
            self.add_error(target if target in self.fields else None, error.message)
            return cleaned
        is_new = self.lesson is None or self.lesson.pk is None
        if is_new and Article.objects.filter(slug=self.validated.slug).exists():
            self.add_error("slug", f"duplicate slug '{self.validated.slug}'")
        return cleaned


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Article (.txt or .md)",
        help_text="Plain text: the first line is the title, the next paragraph the summary.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,text/plain,text/markdown"}),
    )

    MAX_BYTES = 500_000

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".txt", ".md")):
            raise ValidationError("Choose a .txt or .md file.")
        if upload.size > self.MAX_BYTES:
            raise ValidationError("That file is larger than 500 kB; an article is much smaller.")
        return upload


class QuestionForm(forms.Form):
    """A question with up to four options; the one marked correct is the answer."""

    lesson = forms.ModelChoiceField(
        queryset=Article.objects.order_by("title"),
        help_text="The question's topic is the lesson's.",
    )
    stem = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Question")
    correct = forms.TypedChoiceField(
        label="Correct option",
        coerce=int,
        choices=[(n, f"Option {n}") for n in range(1, OPTION_ROWS + 1)],
        widget=forms.RadioSelect,
    )
    explanation = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why the answer is right (Markdown; shown to learners after they answer).",
    )
    status = forms.ChoiceField(
        choices=Question.Status.choices,
        help_text="Published questions are served to learners once they pass the rubric.",
    )

    def __init__(self, *args: Any, question: Question | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.question = question
        for n in range(1, OPTION_ROWS + 1):
            self.fields[f"option_{n}"] = forms.CharField(
                label=f"Option {n}", required=False, widget=forms.Textarea(attrs={"rows": 2})
            )
            self.fields[f"rationale_{n}"] = forms.CharField(
                label=f"Why option {n} is wrong",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text="Shown to a learner who picks it (leave empty for the correct option).",
            )
        if question is not None and question.pk:
            # The lesson of an existing question stays: its learners' history is about that lesson.
            self.fields["lesson"].disabled = True
            self.fields["lesson"].initial = question.lesson_id

    def option_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "number": n,
                "text": self[f"option_{n}"],
                "rationale": self[f"rationale_{n}"],
            }
            for n in range(1, OPTION_ROWS + 1)
        ]

    @classmethod
    def initial_for(cls, question: Question) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "lesson": question.lesson_id,
            "stem": question.stem,
            "explanation": question.explanation,
            "status": question.status,
        }
        for n, choice in enumerate(question.choices.order_by("position"), start=1):
            initial[f"option_{n}"] = choice.text
            initial[f"rationale_{n}"] = choice.rationale
            if choice.is_correct:
                initial["correct"] = n
        return initial

    def choice_inputs(self) -> list[ChoiceInput]:
        """The options in order; an empty row is left out (so an option can be removed)."""
        existing = []
        if self.question is not None and self.question.pk:
            existing = list(self.question.choices.order_by("position"))
        inputs = []
        for n in range(1, OPTION_ROWS + 1):
            text = self.cleaned_data.get(f"option_{n}", "").strip()
            if not text:
                continue
            choice_id = existing[n - 1].pk if n - 1 < len(existing) else None
            inputs.append(
                ChoiceInput(
                    text=text,
                    is_correct=self.cleaned_data.get("correct") == n,
                    rationale=self.cleaned_data.get(f"rationale_{n}", ""),
                    id=choice_id,
                )
            )
        return inputs

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        correct = cleaned.get("correct")
        if correct and not (cleaned.get(f"option_{correct}") or "").strip():
            self.add_error("correct", "The option marked correct is empty.")
        return cleaned


class FlagReplyForm(forms.Form):
    reply = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="The learner sees this on their flag. Thank them; say what changed.",
    )
