"""Admin for review cards: read-only, for staff answering "why is this question due?"."""

from django.contrib import admin

from review.models import ReviewCard


@admin.register(ReviewCard)
class ReviewCardAdmin(admin.ModelAdmin):
    list_display = ["learner", "question", "due", "last_rating", "reps", "lapses"]
    list_filter = ["last_rating"]
    search_fields = ["learner__username", "question__stem"]
    list_select_related = ["learner", "question"]
    raw_id_fields = ["learner", "question"]
    readonly_fields = ["fsrs_card", "created_at", "updated_at"]
