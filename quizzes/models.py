"""The question bank: questions generated from (or written into) lessons, and their choices."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from articles.markdown import render_markdown
from articles.models import Article, Topic
from quizzes import scoring
from quizzes.generation import explain


def published_via(path: str = "") -> Q:
    """Published questions, from a published lesson, reached through ``path`` (``"question__"``
    from a review card, ``"questions__"`` from a topic): the condition as a join, which Django
    builds and compiles in about half the time of ``question__in=Question.objects.published()``."""
    return Q(
        **{
            f"{path}status": Question.Status.PUBLISHED,
            f"{path}lesson__status": Article.Status.PUBLISHED,
        }
    )


class QuestionQuerySet(models.QuerySet["Question"]):
    def published(self) -> QuestionQuerySet:
        """Questions learners may be served: published, from a published lesson."""
        return self.filter(published_via())

    def for_lesson(self, lesson: Article) -> QuestionQuerySet:
        return self.filter(lesson=lesson)

    def for_topic(self, topic: Topic) -> QuestionQuerySet:
        return self.filter(topic=topic)

    def editable_by(self, user) -> QuestionQuerySet:
        """Questions the user may edit: all for active staff with the bank permission, else none."""
        if user.is_active and user.is_staff and user.has_perm("quizzes.change_question"):
            return self.all()
        return self.none()

    def needs_review(self) -> QuestionQuerySet:
        """Items a person has not looked at yet (retired ones aside)."""
        return self.exclude(status=Question.Status.RETIRED).filter(reviewed_at__isnull=True)

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
        CONCEPT = "concept", "Statement about a concept"
        EXAMPLE = "example", "Which is an example"
        SEQUENCE = "sequence", "Which step comes first"
        SIBLING = "sibling", "Which member of a list"
        LIST_MEMBER = "list_member", "Which is one of"
        SCENARIO = "scenario", "Scenario"
        PRACTICE = "practice", "What to do"
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
    explanation = models.TextField(
        blank=True, help_text="Markdown; links may point into the lesson."
    )
    explanation_html = models.TextField(blank=True, editable=False)
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
    # Set when staff edit the wording in the admin: regeneration then leaves the text alone.
    edited_by_staff = models.BooleanField(default=False)
    fingerprint = models.CharField(max_length=64)
    generator_version = models.CharField(max_length=40, blank=True)
    rubric_failures = models.JSONField(default=list, blank=True)
    # Kept by the one function that writes choices (quizzes.editing.save_choices), so the database
    # itself can refuse a published question without three options and exactly one correct.
    option_count = models.PositiveSmallIntegerField(default=0, editable=False)
    correct_count = models.PositiveSmallIntegerField(default=0, editable=False)
    # When a person last looked at the item (published, retired or edited it from the review queue).
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
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
            models.CheckConstraint(
                condition=~Q(status="published") | Q(option_count__gte=3, correct_count=1),
                name="question_published_has_options",
            ),
        ]
        indexes = [models.Index(fields=["status", "topic"])]

    def __str__(self) -> str:
        return self.stem[:80]

    def get_absolute_url(self) -> str:
        return reverse("articles:lesson_detail", kwargs={"slug": self.lesson.slug})

    def clean(self) -> None:
        """A published question must be servable: rubric-clean, three options or more, one correct."""
        if self.status != self.Status.PUBLISHED:
            return
        problems = []
        if self.rubric_failures:
            problems.append(
                f"It fails the rubric ({', '.join(self.rubric_failures)}), so it cannot be published."
            )
        if self.pk:
            choices = list(self.choices.values_list("is_correct", flat=True))
            if len(choices) < 3:
                problems.append(
                    f"A question needs at least three options (this one has {len(choices)})."
                )
            if sum(choices) != 1:
                problems.append(f"Mark exactly one option as correct ({sum(choices)} are marked).")
        if problems:
            raise ValidationError({"status": problems})

    def set_explanation(self, text: str) -> None:
        """Store the Markdown explanation and its sanitised HTML; ``#anchor`` links go to the lesson."""
        self.explanation = text
        self.explanation_html = self._render(text)

    def _render(self, text: str) -> str:
        return render_markdown(text.replace("](#", f"]({self.get_absolute_url()}#")).html

    def explanation_after(self, *, chosen: Choice | None, correct: Choice | None) -> str:
        """Sanitised HTML of the explanation as feedback: after a wrong ``chosen`` option, trimmed of
        what the page already says (the best answer, and why ``chosen`` is wrong). Read from the
        option's ``feedback_html``, stored when the question or its options are written; rendered
        here only for an option stored before it had one."""
        if chosen is None or correct is None or chosen.is_correct or not self.explanation:
            return self.explanation_html
        if chosen.feedback_html is None:
            return self._feedback(chosen=chosen, correct=correct) or self.explanation_html
        return chosen.feedback_html or self.explanation_html

    def _feedback(self, *, chosen: Choice, correct: Choice | None) -> str:
        """The explanation after the wrong ``chosen`` option as HTML, or "" when it is the
        explanation as it is (nothing to trim, or ``chosen`` is the correct option)."""
        if correct is None or chosen.is_correct or not self.explanation:
            return ""
        trimmed = explain.for_wrong_answer(
            self.explanation, answer=correct.text, chosen=chosen.text
        )
        return "" if trimmed == self.explanation else self._render(trimmed)

    def store_feedback(self, choices: Iterable[Choice]) -> list[Choice]:
        """Set each of the question's options' ``feedback_html`` from the explanation and the
        options as they are now (call it after writing either); returns the options whose value
        changed, for the caller to save."""
        choices = list(choices)
        correct = next((choice for choice in choices if choice.is_correct), None)
        changed = []
        for choice in choices:
            html = self._feedback(chosen=choice, correct=correct)
            if choice.feedback_html != html:
                choice.feedback_html = html
                changed.append(choice)
        return changed

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
    # The question's explanation as feedback after this (wrong) option, as sanitised HTML, stored
    # with the question's writes (``Question.store_feedback``) so that the feedback page renders no
    # Markdown; "" when it is the explanation as it is; None (hence null, unlike Django's advice for
    # text) before one was stored, as for options saved before this column: rendered then.
    feedback_html = models.TextField(null=True, blank=True, editable=False)  # noqa: DJ001

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


# --- Learners: attempts, answers, per-topic scores and flags ----------------------------------


class AttemptQuerySet(models.QuerySet["Attempt"]):
    def for_learner(self, learner) -> AttemptQuerySet:
        return self.filter(learner=learner)

    def open(self) -> AttemptQuerySet:
        return self.filter(finished_at__isnull=True)

    def finished(self) -> AttemptQuerySet:
        return self.filter(finished_at__isnull=False)

    def expired(self, now: datetime) -> AttemptQuerySet:
        """Open attempts whose deadline has passed: they are closed at their deadline on read."""
        return self.open().filter(deadline__lte=now)

    def latest_exams_or_expired(self, now: datetime) -> AttemptQuerySet:
        """Finished mock exams, newest first, after any attempt left open past its deadline (the
        dashboard's exam results, and whether one is left to close, in one query)."""
        return self.filter(
            Q(mode=Attempt.Mode.EXAM, finished_at__isnull=False)
            | Q(finished_at__isnull=True, deadline__lte=now)
        ).order_by(F("finished_at").desc(nulls_first=True), "-pk")

    def described(self) -> AttemptQuerySet:
        """With what ``Attempt.describe`` names, read in the same query: the lesson's title and the
        topic's name (not the lesson's body, nor a query per attempt)."""
        return self.annotate(lesson_title=F("lesson__title"), topic_name=F("topic__name"))


class Attempt(models.Model):
    """One sitting: a practice round, a timed mock exam or a review session, its order fixed at start."""

    class Mode(models.TextChoices):
        PRACTICE = "practice", "Practice"
        EXAM = "exam", "Mock exam"
        REVIEW = "review", "Review"

    class Scope(models.TextChoices):
        LESSON = "lesson", "One lesson"
        TOPIC = "topic", "One topic"
        MIXED = "mixed", "Mixed"

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    mode = models.CharField(max_length=10, choices=Mode)
    scope = models.CharField(max_length=10, choices=Scope)
    lesson = models.ForeignKey(
        Article, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True, help_text="Empty when untimed.")
    finished_at = models.DateTimeField(null=True, blank=True)
    time_limit_seconds = models.PositiveIntegerField(
        null=True, blank=True, help_text="Recorded at start, extra time included."
    )
    pass_mark = models.FloatField(null=True, blank=True, help_text="Share correct to pass, 0–1.")
    question_count = models.PositiveSmallIntegerField()
    answered_count = models.PositiveSmallIntegerField(null=True, blank=True)
    correct_count = models.PositiveSmallIntegerField(null=True, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(mode__in=["practice", "exam", "review"]), name="attempt_mode_valid"
            ),
            models.CheckConstraint(
                condition=(
                    Q(scope="lesson", lesson__isnull=False, topic__isnull=True)
                    | Q(scope="topic", lesson__isnull=True, topic__isnull=False)
                    | Q(scope="mixed", lesson__isnull=True, topic__isnull=True)
                ),
                name="attempt_scope_matches_target",
            ),
            models.CheckConstraint(
                condition=Q(deadline__isnull=True, time_limit_seconds__isnull=True)
                | Q(deadline__gt=models.F("started_at"), time_limit_seconds__gt=0),
                name="attempt_deadline_with_limit",
            ),
            models.CheckConstraint(
                condition=~Q(mode="exam") | Q(deadline__isnull=False, pass_mark__isnull=False),
                name="attempt_exam_is_timed",
            ),
            models.CheckConstraint(
                condition=Q(pass_mark__isnull=True) | Q(pass_mark__gt=0, pass_mark__lte=1),
                name="attempt_pass_mark_range",
            ),
            models.CheckConstraint(
                condition=Q(
                    finished_at__isnull=True,
                    answered_count__isnull=True,
                    correct_count__isnull=True,
                )
                | Q(
                    finished_at__gte=models.F("started_at"),
                    answered_count__lte=models.F("question_count"),
                    correct_count__lte=models.F("answered_count"),
                ),
                name="attempt_scored_when_finished",
            ),
            models.CheckConstraint(condition=Q(question_count__gt=0), name="attempt_has_questions"),
        ]
        indexes = [models.Index(fields=["learner", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.get_mode_display()} #{self.pk} ({self.learner})"

    def get_absolute_url(self) -> str:
        return reverse("quizzes:attempt", kwargs={"pk": self.pk})

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def is_exam(self) -> bool:
        return self.mode == self.Mode.EXAM

    def is_expired(self, now: datetime) -> bool:
        return self.deadline is not None and now >= self.deadline

    def seconds_left(self, now: datetime) -> int | None:
        """Whole seconds until the deadline, from the server's clock; None when untimed."""
        if self.deadline is None:
            return None
        return max(0, math.ceil((self.deadline - now).total_seconds()))

    @property
    def score(self) -> float | None:
        if self.correct_count is None:
            return None
        return self.correct_count / self.question_count

    @property
    def passed(self) -> bool | None:
        if self.score is None or self.pass_mark is None:
            return None
        return self.score >= self.pass_mark

    def describe(self) -> str:
        """The lesson's title, the topic's name, or what kind of mix (as ``described()`` read them,
        else from the related rows)."""
        if self.lesson_id:
            if hasattr(self, "lesson_title"):
                return self.lesson_title
            if not Attempt.lesson.is_cached(self):  # the lesson's title, not its body
                return Article.objects.values_list("title", flat=True).get(pk=self.lesson_id)
            return str(self.lesson)
        if self.topic_id:
            return self.topic_name if hasattr(self, "topic_name") else str(self.topic)
        if self.mode == self.Mode.REVIEW:
            return "Due questions"
        return "All topics" if self.is_exam else "Mixed topics"


class AttemptQuestionQuerySet(models.QuerySet["AttemptQuestion"]):
    def navigation(self) -> list[dict]:
        """A mock exam's question grid: position, marked, answered, in order (one query)."""
        return list(
            self.order_by("position").values(
                "position", "marked_for_review", answered=Q(response__isnull=False)
            )
        )


class AttemptQuestion(models.Model):
    """A question's place in an attempt, and the option order shown, fixed when the attempt starts.

    ``version`` counts the saved changes to this question's answer and mark in a mock exam; a page
    sends back the version it showed, so a stale tab can't silently overwrite a newer answer.
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(help_text="1, 2, 3… in the order shown.")
    choice_order = models.JSONField(help_text="Choice ids in the order they are shown.")
    marked_for_review = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=0)

    objects = AttemptQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "position"], name="attempt_question_unique_position"
            ),
            models.UniqueConstraint(
                fields=["attempt", "question"], name="attempt_question_unique_question"
            ),
            models.CheckConstraint(
                condition=Q(position__gte=1), name="attempt_question_position_from_one"
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.position} of attempt {self.attempt_id}"

    def get_absolute_url(self) -> str:
        return reverse(
            "quizzes:question", kwargs={"pk": self.attempt_id, "position": self.position}
        )

    def ordered_choices(self, choices: Iterable[Choice] | None = None) -> list[Choice]:
        """The question's choices (``choices``, else the question's prefetched ones) in the order
        this learner was shown them."""
        if choices is None:
            choices = self.question.choices.all()
        by_id = {choice.pk: choice for choice in choices}
        return [by_id[pk] for pk in self.choice_order if pk in by_id]


class ResponseQuerySet(models.QuerySet["Response"]):
    def scored(self) -> ResponseQuerySet:
        """Answers that count towards scores: all but those of mock exams still open."""
        return self.filter(
            ~Q(attempt_question__attempt__mode=Attempt.Mode.EXAM)
            | Q(attempt_question__attempt__finished_at__isnull=False)
        )


class Response(models.Model):
    """A learner's answer to one attempt question.

    One row per attempt question (the current answer): in a mock exam the row is updated in place
    when the learner changes their mind before submitting, and only the final answer is scored;
    in practice the first answer is final. ``choice_text`` keeps the option as it was shown.
    """

    attempt_question = models.OneToOneField(
        AttemptQuestion, on_delete=models.CASCADE, related_name="response"
    )
    choice = models.ForeignKey(Choice, on_delete=models.PROTECT, related_name="+")
    choice_text = models.TextField(help_text="The option's text as the learner saw it.")
    is_correct = models.BooleanField()
    answered_at = models.DateTimeField()

    objects = ResponseQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["answered_at"])]

    def __str__(self) -> str:
        return self.choice_text[:80]


class TopicScore(models.Model):
    """Per-learner, per-topic summary, updated in the same transaction as each scored answer.

    ``weighted_*`` carry the recency-weighted counts behind ``mastery`` (see quizzes/scoring.py);
    ``recent_answers`` the answers of the last ``scoring.RECENT_DAYS`` days per quarter hour, which
    the dashboard's daily trend and sparklines are counted from in the learner's time zone;
    ``lesson_answers`` the answers per lesson, which assignment progress is counted from.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_scores"
    )
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="+")
    answered = models.PositiveIntegerField(default=0)
    correct = models.PositiveIntegerField(default=0)
    weighted_answered = models.FloatField(default=0.0)
    weighted_correct = models.FloatField(default=0.0)
    mastery = models.FloatField(default=0.0)
    recent_answers = models.JSONField(
        default=list,
        editable=False,
        help_text="[[slot, answered, correct], ...]: the last days' answers per quarter hour (UTC).",
    )
    lesson_answers = models.JSONField(
        default=list,
        editable=False,
        help_text="[[lesson id, answered, correct], ...]: the answers per lesson of the questions.",
    )
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["topic"]
        constraints = [
            models.UniqueConstraint(fields=["learner", "topic"], name="topic_score_unique"),
            models.CheckConstraint(
                condition=Q(correct__lte=models.F("answered")),
                name="topic_score_correct_le_answered",
            ),
            models.CheckConstraint(
                condition=Q(weighted_correct__gte=0)
                & Q(weighted_correct__lte=models.F("weighted_answered")),
                name="topic_score_weights_consistent",
            ),
            models.CheckConstraint(
                condition=Q(mastery__gte=0, mastery__lte=1), name="topic_score_mastery_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.topic}: {self.correct}/{self.answered}"

    @property
    def tally(self) -> scoring.Tally:
        return scoring.Tally(
            answered=self.answered,
            correct=self.correct,
            weighted_answered=self.weighted_answered,
            weighted_correct=self.weighted_correct,
        )


class Flag(models.Model):
    """A learner's report that a question is wrong or unclear, for staff to look at."""

    class Reason(models.TextChoices):
        WRONG = "wrong", "The answer marked right seems wrong"
        UNCLEAR = "unclear", "The question is unclear"
        OTHER = "other", "Something else"

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_flags"
    )
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="flags")
    reason = models.CharField(max_length=10, choices=Reason)
    comment = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved = models.BooleanField(default=False)
    reply = models.TextField(
        blank=True, max_length=1000, help_text="Staff's answer, shown to the learner on their flag."
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["resolved", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(reason__in=["wrong", "unclear", "other"]), name="flag_reason_valid"
            ),
            # A learner has at most one open flag per question; flagging again updates it.
            models.UniqueConstraint(
                fields=["learner", "question"],
                condition=Q(resolved=False),
                name="flag_one_open_per_learner_question",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.question}"
