"""The question bank: questions generated from (or written into) lessons, and their choices."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse

from articles.models import Article, Topic


class QuestionQuerySet(models.QuerySet["Question"]):
    def published(self) -> QuestionQuerySet:
        """Questions learners may be served: published, from a published lesson."""
        return self.filter(
            status=Question.Status.PUBLISHED, lesson__status=Article.Status.PUBLISHED
        )

    def for_lesson(self, lesson: Article) -> QuestionQuerySet:
        return self.filter(lesson=lesson)

    def for_topic(self, topic: Topic) -> QuestionQuerySet:
        return self.filter(topic=topic)

    def with_choices(self) -> QuestionQuerySet:
        return self.prefetch_related(
            models.Prefetch("choices", queryset=Choice.objects.order_by("position"))
        )


class Question(models.Model):
    """One four-option, single-best-answer item. Never deleted: retired, so history stays readable."""

    class Kind(models.TextChoices):
        MAIN_POINT = "main_point", "Main point"
        BEST_STATEMENT = "best_statement", "Best statement"
        CLOZE = "cloze", "Fill in the blank"
        NOT_QUESTION = "not_question", "Which is NOT"
        AUTHORED = "authored", "Hand-written"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        RETIRED = "retired", "Retired"

    class Origin(models.TextChoices):
        GENERATED = "generated", "Generated"
        AUTHORED = "authored", "Authored"

    class StatusSetBy(models.TextChoices):
        GENERATOR = "generator", "Generator"
        STAFF = "staff", "Staff"

    lesson = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="questions")
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="questions")
    kind = models.CharField(max_length=20, choices=Kind)
    stem = models.TextField()
    explanation = models.TextField(blank=True)
    anchor = models.CharField(
        max_length=200, blank=True, help_text="Id of the lesson passage the answer comes from."
    )
    source_sentence = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT)
    origin = models.CharField(max_length=20, choices=Origin, default=Origin.GENERATED)
    # Regeneration publishes and un-retires only what the generator itself decided; a status staff
    # chose in the admin stands until staff change it.
    status_set_by = models.CharField(
        max_length=20, choices=StatusSetBy, default=StatusSetBy.GENERATOR
    )
    fingerprint = models.CharField(max_length=64)
    generator_version = models.CharField(max_length=40, blank=True)
    rubric_failures = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["lesson", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "fingerprint"], name="question_unique_fingerprint_per_lesson"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published", "retired"]),
                name="question_status_valid",
            ),
            # A draft that failed the rubric is kept for review but can never be published.
            models.CheckConstraint(
                condition=~Q(status="published") | Q(rubric_failures=[]),
                name="question_published_passes_rubric",
            ),
        ]
        indexes = [models.Index(fields=["status", "topic"])]

    def __str__(self) -> str:
        return self.stem[:80]

    def get_absolute_url(self) -> str:
        return reverse("articles:lesson_detail", kwargs={"slug": self.lesson.slug})

    @property
    def passage_url(self) -> str:
        """The lesson page, at the passage the correct answer comes from."""
        return f"{self.get_absolute_url()}#{self.anchor or 'lesson-body'}"


class Choice(models.Model):
    class Klass(models.TextChoices):
        NEVER = "never", "Outside the peer role"
        NOT_PRIMARY = "not_primary", "Part of the work, not the main point"
        MISCONCEPTION = "misconception", "Misconception"
        AVOID = "avoid", "Harmful practice"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.TextField()
    is_correct = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField()
    source = models.CharField(
        max_length=200, blank=True, help_text="Sentence id in the lesson, or bank:<entry>."
    )
    klass = models.CharField("class", max_length=20, choices=Klass, blank=True)
    rationale = models.TextField(blank=True)

    class Meta:
        ordering = ["question", "position"]
        constraints = [
            models.UniqueConstraint(fields=["question", "position"], name="choice_unique_position"),
            models.UniqueConstraint(
                fields=["question"],
                condition=Q(is_correct=True),
                name="choice_one_correct_per_question",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]
