"""Topics and lessons (``Article``), as synced from the content folder."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse


class TopicQuerySet(models.QuerySet["Topic"]):
    def with_lesson_counts(self) -> TopicQuerySet:
        """Annotate ``lesson_count``: the topic's published lessons (in the topics' own order, which
        Django drops from a grouped query unless it is named)."""
        return self.annotate(
            lesson_count=Count("articles", filter=Q(articles__status=Article.Status.PUBLISHED))
        ).order_by(*Topic._meta.ordering)


class Topic(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    keywords = models.JSONField(default=list, blank=True)
    position = models.PositiveIntegerField(default=0)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:topic_detail", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED)

    def for_topic(self, topic: Topic) -> ArticleQuerySet:
        return self.filter(topic=topic)

    def visible_to(self, user) -> ArticleQuerySet:
        """Published lessons for everyone; drafts too for staff, who preview them."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.published()

    def editable_by(self, user) -> ArticleQuerySet:
        """Lessons the user may edit: all for active staff with the content permission, else none."""
        if user.is_active and user.is_staff and user.has_perm("articles.change_article"):
            return self.all()
        return self.none()

    def for_listing(self) -> ArticleQuerySet:
        """Leave out the bodies: lists show titles and summaries only."""
        return self.defer(*Article.BODY_FIELDS)

    def in_reading_order(self) -> ArticleQuerySet:
        return self.order_by(models.F("order").asc(nulls_last=True), "title", "pk")


class Article(models.Model):
    """A lesson: rendered once from its Markdown file, stored beside the source and its hash."""

    # The lesson's body and what is derived from it: only the lesson page and its editors read them.
    BODY_FIELDS = ("body_markdown", "body_html", "headings", "authored_questions")

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    slug = models.SlugField(unique=True, max_length=200)
    title = models.CharField(max_length=200)
    summary = models.TextField()
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="articles")
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT)
    order = models.PositiveIntegerField(null=True, blank=True)
    main_point = models.CharField(max_length=300, blank=True)
    key_question = models.CharField(max_length=300, blank=True)
    source_name = models.CharField(max_length=200)
    source_url = models.URLField(max_length=500, blank=True)
    body_markdown = models.TextField()
    body_html = models.TextField()
    headings = models.JSONField(default=list, blank=True)
    reading_minutes = models.PositiveSmallIntegerField(default=1)
    authored_questions = models.JSONField(default=list, blank=True)
    source_path = models.CharField(max_length=500, blank=True)
    source_hash = models.CharField(max_length=64, blank=True)
    # Set when staff change the lesson (or its hand-written questions) in the browser; cleared when
    # the file and the database agree again (a sync that takes the file, or an export to content/).
    # While set, sync_content leaves the lesson alone and reports a conflict.
    edited_since_sync = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [models.F("order").asc(nulls_last=True), "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="article_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:lesson_detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class LessonRead(models.Model):
    """The first time a learner opened a lesson page (``record_read`` in articles/reading.py): trainers'
    assignments count a lesson as read from it."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_reads"
    )
    lesson = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reads")
    first_read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson"], name="lesson_read_unique")
        ]

    def __str__(self) -> str:
        return f"{self.learner} read {self.lesson}"
