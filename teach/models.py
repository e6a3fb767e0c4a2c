"""Trainers' classes: groups (``Cohort``), members, co-trainers, lesson sets, assignments, reads.

A group is called ``Cohort`` in code so it is never confused with Django's ``auth.Group`` (a
permission bundle); the pages call it a group. Who is a trainer: see ``teach.access``.
"""

from __future__ import annotations

import secrets
import zoneinfo

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from articles.models import Article
from quizzes.models import Attempt, Choice, Question

# No 0/O, 1/I/L, 5/S, 2/Z, 8/B: a code read aloud or copied from a projector survives.
JOIN_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
JOIN_CODE_LENGTH = 10  # 25**10 ≈ 9.5e13 codes


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(code: str) -> str:
    """What a learner typed, as stored: capitals, no spaces or dashes."""
    return "".join(code.split()).replace("-", "").upper()


class CohortQuerySet(models.QuerySet["Cohort"]):
    def trained_by(self, user) -> CohortQuerySet:
        """The groups ``user`` trains (owns or co-trains); every group for staff."""
        if not user.is_authenticated:
            return self.none()
        if user.is_staff:
            return self.all()
        return self.filter(
            Q(owner=user) | Q(pk__in=CoTrainer.objects.filter(trainer=user).values("cohort"))
        )

    def joined_by(self, user) -> CohortQuerySet:
        if not user.is_authenticated:
            return self.none()
        # A join, not ``pk__in`` a subquery (cheaper for Django to build); a learner has at most one
        # membership of a group (membership_unique), so no group comes twice.
        return self.filter(memberships__learner=user)


class Cohort(models.Model):
    """A trainer's class: learners join it with a code and get its assignments."""

    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, max_length=2000)
    exam_date = models.DateField(null=True, blank=True)
    time_zone = models.CharField(
        max_length=64,
        default=settings.TIME_ZONE,
        help_text="Due dates are read in this time zone.",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="owned_cohorts"
    )
    join_code = models.CharField(max_length=16, unique=True, default=new_join_code)
    joining_open = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "group"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("teach:gradebook", kwargs={"pk": self.pk})

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


class CoTrainer(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="co_trainers")
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="co_trained_cohorts"
    )
    added_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "trainer"], name="cotrainer_unique")
        ]

    def __str__(self) -> str:
        return f"{self.trainer} co-trains {self.cohort}"


class Membership(models.Model):
    """A learner in a group. Removing or leaving deletes the row; the learner's answers stay theirs."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField()

    class Meta:
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "learner"], name="membership_unique")
        ]

    def __str__(self) -> str:
        return f"{self.learner} in {self.cohort}"


class GroupOptionCount(models.Model):
    """How a group's members answered one option of one question: a summary row, kept in the
    same transaction as each answer (``teach.group_counts``), which the gradebook's hardest
    questions are read from, so that the page does not aggregate the group's answers.

    ``answered`` and ``correct`` count the members' scored answers choosing the option (as
    ``quizzes.statistics.item_statistics`` does); the ``rest_*`` fields the sums behind its
    discrimination over the answers in finished attempts of more than one answer: how many
    (``rest_answers``) and how many right (``rest_correct``), and the sums of the rest of the
    attempt's score (y), of y², and of y over the right answers.
    """

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    choice = models.ForeignKey(Choice, on_delete=models.CASCADE, related_name="+")
    answered = models.PositiveIntegerField(default=0)
    correct = models.PositiveIntegerField(default=0)
    rest_answers = models.PositiveIntegerField(default=0)
    rest_correct = models.PositiveIntegerField(default=0)
    rest_sum = models.FloatField(default=0.0)
    rest_sum_squares = models.FloatField(default=0.0)
    rest_sum_correct = models.FloatField(default=0.0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "choice"], name="group_option_count_unique"),
            models.CheckConstraint(
                condition=Q(correct__lte=models.F("answered"))
                & Q(rest_correct__lte=models.F("rest_answers")),
                name="group_option_count_correct_le_answered",
            ),
        ]
        indexes = [models.Index(fields=["cohort", "question"])]

    def __str__(self) -> str:
        return f"{self.cohort_id}: option {self.choice_id} chosen {self.answered} times"


class PendingJoin(models.Model):
    """A join asked for before the learner's address was confirmed; completed on confirmation."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="+")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    asked_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "learner"], name="pending_join_unique")
        ]

    def __str__(self) -> str:
        return f"{self.learner} waiting to join {self.cohort}"


class LessonSetQuerySet(models.QuerySet["LessonSet"]):
    def usable_by(self, user) -> LessonSetQuerySet:
        """Sets a trainer may assign or copy: their own and the shared ones (all, for staff)."""
        if user.is_staff:
            return self.all()
        return self.filter(Q(owner=user) | Q(shared=True))

    def editable_by(self, user) -> LessonSetQuerySet:
        if user.is_staff:
            return self.all()
        return self.filter(owner=user)


class LessonSet(models.Model):
    """A named, ordered list of lessons. Staff may share one with every trainer."""

    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, max_length=2000)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="lesson_sets"
    )
    shared = models.BooleanField(
        default=False, help_text="Every trainer may assign and copy it (only staff can share)."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = LessonSetQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("teach:lesson_set", kwargs={"pk": self.pk})


class LessonSetItem(models.Model):
    lesson_set = models.ForeignKey(LessonSet, on_delete=models.CASCADE, related_name="items")
    lesson = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["lesson_set", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["lesson_set", "lesson"], name="lesson_set_item_unique_lesson"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.lesson}"


class Assignment(models.Model):
    """A lesson set given to a group, with an optional due time and a goal."""

    class Goal(models.TextChoices):
        PRACTICE = "practice", "Read every lesson and practise each one"
        EXAM = "exam", "Read every lesson and pass a mock exam on them"

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="assignments")
    lesson_set = models.ForeignKey(LessonSet, on_delete=models.PROTECT, related_name="+")
    due_at = models.DateTimeField(null=True, blank=True)
    goal = models.CharField(max_length=10, choices=Goal, default=Goal.PRACTICE)
    min_percent = models.PositiveSmallIntegerField(
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="Practice goal: percent right needed on each lesson's questions.",
    )
    exam_questions = models.PositiveSmallIntegerField(
        default=10, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    pass_percent = models.PositiveSmallIntegerField(
        default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = [models.F("due_at").asc(nulls_last=True), "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(goal__in=["practice", "exam"]), name="assignment_goal_valid"
            ),
            models.CheckConstraint(
                condition=Q(min_percent__gte=1, min_percent__lte=100)
                & Q(pass_percent__gte=1, pass_percent__lte=100),
                name="assignment_percent_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.lesson_set} for {self.cohort}"


class AssignmentExam(models.Model):
    """A mock exam a learner started for an assignment (its questions come from the set's lessons)."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="exams")
    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"Attempt {self.attempt_id} for {self.assignment_id}"
