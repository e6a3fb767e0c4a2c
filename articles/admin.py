"""Admin for topics and lessons: browse, filter and search (content is edited in content/ for now)."""

from django.contrib import admin

from articles.models import Article, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    search_fields = ["name", "slug", "description"]
    ordering = ["position"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "topic", "status", "order", "reading_minutes", "updated_at"]
    list_filter = ["status", "topic"]
    search_fields = ["title", "slug", "summary", "main_point", "body_markdown"]
    list_select_related = ["topic"]
    readonly_fields = [
        "body_html",
        "headings",
        "source_path",
        "source_hash",
        "created_at",
        "updated_at",
    ]
    prepopulated_fields = {"slug": ["title"]}
