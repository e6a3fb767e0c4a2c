"""Admin for the question bank: review generated items, publish or retire them.

(Learners' attempts, responses and flags are registered further down, in their own block.)
"""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone

from quizzes import attempts, editing
from quizzes.models import Attempt, AttemptQuestion, Flag, Question, TopicScore
from quizzes.statistics_admin import ItemStatisticsAdminMixin

# --- Question bank -------------------------------------------------------------------------------


@admin.register(Question)
class QuestionAdmin(ItemStatisticsAdminMixin, admin.ModelAdmin):
    """The bank's list, filters and bulk actions; one question is edited in the question editor.

    The editor (/staff/questions/<pk>/edit/) writes the question and its choices through
    ``quizzes.editing.save_question``, which re-checks the rubric and refuses a published question
    without three options and one correct one; the admin's add and change pages send staff there.
    """

    list_display = ["stem", "lesson", "kind", "status", "origin", "rubric_failures", "updated_at"]
    list_filter = ["status", "kind", "origin", "topic", "lesson"]
    search_fields = ["stem", "explanation", "choices__text"]
    list_select_related = ["lesson", "topic"]
    actions = ["publish", "retire"]

    def change_view(self, request: HttpRequest, object_id: str, form_url="", extra_context=None):
        question = self.get_object(request, object_id)
        if question is None or not self.has_view_or_change_permission(request, question):
            return super().change_view(request, object_id, form_url, extra_context)
        return HttpResponseRedirect(reverse("editorial:question_edit", kwargs={"pk": question.pk}))

    def add_view(self, request: HttpRequest, form_url="", extra_context=None):
        return HttpResponseRedirect(reverse("editorial:question_new"))

    @admin.action(description="Publish the selected questions (those that pass the rubric)")
    def publish(self, request: HttpRequest, queryset: QuerySet[Question]) -> None:
        report = editing.set_status(
            questions=queryset.exclude(status=Question.Status.PUBLISHED),
            status=Question.Status.PUBLISHED,
            now=timezone.now(),
            user=request.user,
        )
        self.message_user(request, f"Published {report.changed} question(s).", messages.SUCCESS)
        if report.displaced:
            self.message_user(
                request,
                f"{report.displaced} generated item(s) asking or answering the same as a published "
                "hand-written question were retired (learners' answers kept).",
                messages.INFO,
            )
        if report.refused:
            self.message_user(
                request,
                f"{len(report.refused)} question(s) stay drafts until fixed: "
                + "; ".join(report.refused),
                messages.WARNING,
            )

    @admin.action(description="Retire the selected questions (kept for learners' history)")
    def retire(self, request: HttpRequest, queryset: QuerySet[Question]) -> None:
        report = editing.set_status(
            questions=queryset,
            status=Question.Status.RETIRED,
            now=timezone.now(),
            user=request.user,
        )
        self.message_user(request, f"Retired {report.changed} question(s).", messages.SUCCESS)

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
    view_on_site = False  # the learner's own question page: a 404 for anyone else

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
    view_on_site = False  # an attempt's pages are its learner's own; staff read it here

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

    # Deleting an attempt deletes its answers: the learner's topic rows and the groups' counts are
    # brought back into line in the same transaction.
    def delete_model(self, request: HttpRequest, obj: Attempt) -> None:
        attempts.delete_attempts(attempts=Attempt.objects.filter(pk=obj.pk), now=timezone.now())

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Attempt]) -> None:
        attempts.delete_attempts(attempts=queryset, now=timezone.now())


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
    readonly_fields = [
        "learner",
        "question",
        "reason",
        "comment",
        "created_at",
        "resolved",
        "reply",
        "resolved_at",
        "resolved_by",
    ]
    actions = ["mark_resolved"]

    @admin.display(description="comment")
    def short_comment(self, flag: Flag) -> str:
        return flag.comment[:80]

    @admin.action(description="Mark the selected flags resolved")
    def mark_resolved(self, request: HttpRequest, queryset: QuerySet[Flag]) -> None:
        count = queryset.filter(resolved=False).update(
            resolved=True, resolved_at=timezone.now(), resolved_by=request.user
        )
        self.message_user(request, f"Resolved {count} flag(s).", messages.SUCCESS)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # learners flag questions from the question page
