"""Admin for the question bank: review generated items, publish or retire them.

(Learners' attempts, responses and flags are registered further down, in their own block.)
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from quizzes.models import Choice, Question

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
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionForm
    list_display = ["stem", "lesson", "kind", "status", "origin", "rubric_failures", "updated_at"]
    list_filter = ["status", "kind", "origin", "topic", "lesson"]
    search_fields = ["stem", "explanation", "choices__text"]
    list_select_related = ["lesson", "topic"]
    readonly_fields = [
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
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request: HttpRequest, obj: Question | None = None) -> bool:
        return False  # learners' answers point at questions: retire instead
