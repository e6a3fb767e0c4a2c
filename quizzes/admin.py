"""Admin for the question bank: review generated items, publish or retire them.

(Learners' attempts, responses and flags are registered further down, in their own block.)
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from quizzes.models import Attempt, AttemptQuestion, Choice, Flag, Question, TopicScore
from quizzes.statistics_admin import ItemStatisticsAdminMixin

# --- Question bank -------------------------------------------------------------------------------


class ChoiceInline(admin.TabularInline):
    model = Choice
    extra = 0
    fields = ["position", "text", "is_correct", "klass", "source", "rationale"]
    ordering = ["position"]


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = "__all__"  # noqa: DJ007 - the admin shows every field; read-only ones are excluded there

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("status") == Question.Status.PUBLISHED and self.instance.rubric_failures:
            failures = ", ".join(self.instance.rubric_failures)
            raise forms.ValidationError(
                f"This question fails the rubric ({failures}), so it cannot be published."
            )
        return cleaned


@admin.register(Question)
class QuestionAdmin(ItemStatisticsAdminMixin, admin.ModelAdmin):
    form = QuestionForm
    list_display = ["stem", "lesson", "kind", "status", "origin", "rubric_failures", "updated_at"]
    list_filter = ["status", "kind", "origin", "topic", "lesson"]
    search_fields = ["stem", "explanation", "choices__text"]
    list_select_related = ["lesson", "topic"]
    readonly_fields = [
        "topic",  # follows the lesson's (a change here would leave learners' topic scores behind)
        "status_set_by",
        "edited_by_staff",
        "fingerprint",
        "generator_version",
        "rubric_failures",
        "created_at",
        "updated_at",
    ]
    inlines = [ChoiceInline]
    actions = ["publish", "retire"]

    @admin.action(description="Publish the selected questions (those that pass the rubric)")
    def publish(self, request: HttpRequest, queryset: QuerySet[Question]) -> None:
        ready = queryset.filter(rubric_failures=[]).exclude(status=Question.Status.PUBLISHED)
        count = ready.update(
            status=Question.Status.PUBLISHED, status_set_by=Question.StatusSetBy.STAFF
        )
        skipped = queryset.exclude(rubric_failures=[]).count()
        self.message_user(request, f"Published {count} question(s).", messages.SUCCESS)
        if skipped:
            self.message_user(
                request,
                f"{skipped} question(s) fail the rubric and stay drafts until fixed.",
                messages.WARNING,
            )

    @admin.action(description="Retire the selected questions (kept for learners' history)")
    def retire(self, request: HttpRequest, queryset: QuerySet[Question]) -> None:
        count = queryset.update(
            status=Question.Status.RETIRED, status_set_by=Question.StatusSetBy.STAFF
        )
        self.message_user(request, f"Retired {count} question(s).", messages.SUCCESS)

    def save_model(self, request: HttpRequest, obj: Question, form, change: bool) -> None:
        if "status" in form.changed_data:
            obj.status_set_by = Question.StatusSetBy.STAFF
        if "explanation" in form.changed_data:
            obj.set_explanation(obj.explanation)
        if {"stem", "explanation"} & set(form.changed_data):
            obj.edited_by_staff = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        if formset.model is Choice and formset.has_changed() and not form.instance.edited_by_staff:
            form.instance.edited_by_staff = True
            form.instance.save(update_fields=["edited_by_staff", "updated_at"])

    def has_delete_permission(self, request: HttpRequest, obj: Question | None = None) -> bool:
        return False  # learners' answers point at questions: retire instead


# --- Learners: attempts, topic scores and flags (read-mostly: rows come from answering) ----------


class AttemptQuestionInline(admin.TabularInline):
    model = AttemptQuestion
    fields = ["position", "question", "marked_for_review", "answer", "answer_correct"]
    readonly_fields = fields
    ordering = ["position"]
    extra = 0
    can_delete = False
    show_change_link = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[AttemptQuestion]:
        return super().get_queryset(request).select_related("question", "response")

    @admin.display(description="answer (as shown)")
    def answer(self, item: AttemptQuestion) -> str:
        response = getattr(item, "response", None)
        return response.choice_text if response else "–"

    @admin.display(description="right?", boolean=True)
    def answer_correct(self, item: AttemptQuestion) -> bool | None:
        response = getattr(item, "response", None)
        return response.is_correct if response else None

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ["pk", "learner", "mode", "scope_label", "started_at", "finished_at", "result"]
    list_filter = ["mode", "scope", ("finished_at", admin.EmptyFieldListFilter)]
    search_fields = ["learner__username", "learner__email"]
    list_select_related = ["learner", "lesson", "topic"]
    date_hierarchy = "started_at"
    readonly_fields = [
        field.name for field in Attempt._meta.get_fields() if field.concrete and field.name != "id"
    ]
    inlines = [AttemptQuestionInline]

    @admin.display(description="scope")
    def scope_label(self, attempt: Attempt) -> str:
        return attempt.describe()

    @admin.display(description="result")
    def result(self, attempt: Attempt) -> str:
        if attempt.correct_count is None:
            return "in progress"
        return f"{attempt.correct_count}/{attempt.question_count}"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # attempts are started by learners


@admin.register(TopicScore)
class TopicScoreAdmin(admin.ModelAdmin):
    list_display = ["learner", "topic", "answered", "correct", "mastery_percent", "updated_at"]
    list_filter = ["topic"]
    search_fields = ["learner__username"]
    list_select_related = ["learner", "topic"]
    readonly_fields = [
        "learner",
        "topic",
        "answered",
        "correct",
        "weighted_answered",
        "weighted_correct",
        "mastery",
        "updated_at",
    ]

    @admin.display(description="mastery", ordering="mastery")
    def mastery_percent(self, score: TopicScore) -> str:
        return f"{round(100 * score.mastery)}%"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # kept by the answering code


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["question", "reason", "short_comment", "learner", "created_at", "resolved"]
    list_filter = ["resolved", "reason", "question__topic"]
    search_fields = ["comment", "question__stem", "learner__username"]
    list_select_related = ["question", "learner"]
    # Resolving is one way, through the action: reopening a flag could clash with the learner's
    # newer open flag on the same question (one open flag per learner and question).
    readonly_fields = ["learner", "question", "reason", "comment", "created_at", "resolved"]
    actions = ["mark_resolved"]

    @admin.display(description="comment")
    def short_comment(self, flag: Flag) -> str:
        return flag.comment[:80]

    @admin.action(description="Mark the selected flags resolved")
    def mark_resolved(self, request: HttpRequest, queryset: QuerySet[Flag]) -> None:
        count = queryset.filter(resolved=False).update(resolved=True)
        self.message_user(request, f"Resolved {count} flag(s).", messages.SUCCESS)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # learners flag questions from the question page
