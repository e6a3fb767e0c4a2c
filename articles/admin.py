"""Admin for topics and lessons: browse, filter and search; lessons are edited in the lesson editor.

The lesson editor (/staff/lessons/<slug>/edit/) validates with the lesson files' own validator,
previews, re-renders and regenerates questions on save; the admin's change page sends staff there,
so there is one way to edit a lesson and it always takes effect.
"""

from django.contrib import admin
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse

from articles.models import Article, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    """Read-only: topics live in content/topics.yaml, which sync_content loads (and would overwrite)."""

    list_display = ["name", "slug", "position"]
    search_fields = ["name", "slug", "description"]
    ordering = ["position"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Topic | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Topic | None = None) -> bool:
        return False  # lessons and learners' scores point at topics


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "topic", "status", "order", "edited_since_sync", "updated_at"]
    list_filter = ["status", "topic", "edited_since_sync"]
    search_fields = ["title", "slug", "summary", "main_point", "body_markdown"]
    list_select_related = ["topic"]

    def change_view(self, request: HttpRequest, object_id: str, form_url="", extra_context=None):
        lesson = self.get_object(request, object_id)
        if lesson is None or not self.has_view_or_change_permission(request, lesson):
            return super().change_view(request, object_id, form_url, extra_context)
        return HttpResponseRedirect(reverse("editorial:lesson_edit", kwargs={"slug": lesson.slug}))

    def add_view(self, request: HttpRequest, form_url="", extra_context=None):
        return HttpResponseRedirect(reverse("editorial:lessons"))

    def has_delete_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        # Learners' answers and scores point at lessons: a lesson is unpublished (status Draft in
        # the lesson editor), never deleted, so the admin offers no Delete that would fail.
        return False
