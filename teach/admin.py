"""Admin for trainers' groups and lesson sets. Staff make an account a trainer by adding it to the
"Trainers" group on the user's page (Authentication and Authorization › Users)."""

from django.contrib import admin

from teach import group_counts
from teach.models import Assignment, Cohort, CoTrainer, LessonSet, LessonSetItem, Membership


class CoTrainerInline(admin.TabularInline):
    model = CoTrainer
    extra = 0
    raw_id_fields = ["trainer"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["learner"]


class AssignmentInline(admin.TabularInline):
    model = Assignment
    extra = 0
    fields = ["lesson_set", "due_at", "goal", "min_percent", "exam_questions", "pass_percent"]
    raw_id_fields = ["lesson_set"]


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "exam_date", "joining_open", "created_at"]
    search_fields = ["name", "owner__username"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]
    readonly_fields = ["join_code", "created_at"]
    inlines = [CoTrainerInline, MembershipInline, AssignmentInline]

    def save_related(self, request, form, formsets, change) -> None:
        """Members added or removed here: the group's answer counts are counted again."""
        super().save_related(request, form, formsets, change)
        group_counts.recount([form.instance.pk])


class LessonSetItemInline(admin.TabularInline):
    model = LessonSetItem
    extra = 0
    ordering = ["position"]
    raw_id_fields = ["lesson"]


@admin.register(LessonSet)
class LessonSetAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "shared", "created_at"]
    list_filter = ["shared"]
    search_fields = ["name", "owner__username"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]
    inlines = [LessonSetItemInline]
