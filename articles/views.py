"""Public pages: home, the lesson list, a lesson, a topic."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from articles.models import Article, Topic
from articles.reading import record_read


@require_GET
def home(request: HttpRequest) -> TemplateResponse:
    topics = list(Topic.objects.with_lesson_counts().filter(lesson_count__gt=0))
    first_lesson = Article.objects.published().in_reading_order().only("slug", "title").first()
    return TemplateResponse(
        request,
        "articles/home.html",
        {
            "topics": topics,
            "lesson_total": sum(topic.lesson_count for topic in topics),
            "first_lesson": first_lesson,
        },
    )


@require_GET
def lesson_list(request: HttpRequest) -> TemplateResponse:
    topics = list(Topic.objects.with_lesson_counts().filter(lesson_count__gt=0))
    lessons = Article.objects.published().for_listing().select_related("topic").in_reading_order()
    current_topic = None
    topic_slug = request.GET.get("topic", "")
    if topic_slug:
        current_topic = next((topic for topic in topics if topic.slug == topic_slug), None)
        if current_topic is None:
            current_topic = get_object_or_404(Topic, slug=topic_slug)
        lessons = lessons.for_topic(current_topic)
    return TemplateResponse(
        request,
        "articles/lesson_list.html",
        {"topics": topics, "lessons": list(lessons), "current_topic": current_topic},
    )


@require_GET
def lesson_detail(request: HttpRequest, slug: str) -> TemplateResponse:
    lesson = get_object_or_404(
        Article.objects.visible_to(request.user).select_related("topic"), slug=slug
    )
    record_read(
        learner=request.user, lesson=lesson, now=timezone.now()
    )  # for trainers' assignments
    # One query for the reading order of all published lessons: previous/next come from it.
    sequence = list(Article.objects.published().in_reading_order().values_list("slug", "title"))
    slugs = [item[0] for item in sequence]
    previous_lesson = next_lesson = None
    if lesson.slug in slugs:
        index = slugs.index(lesson.slug)
        if index > 0:
            previous_lesson = dict(zip(("slug", "title"), sequence[index - 1], strict=True))
        if index + 1 < len(sequence):
            next_lesson = dict(zip(("slug", "title"), sequence[index + 1], strict=True))
    return TemplateResponse(
        request,
        "articles/lesson_detail.html",
        {
            "lesson": lesson,
            "previous_lesson": previous_lesson,
            "next_lesson": next_lesson,
            # Through the reverse relation: articles never imports quizzes (quizzes builds on it).
            "practice_available": lesson.questions.published().exists(),
        },
    )


@require_GET
def topic_detail(request: HttpRequest, slug: str) -> TemplateResponse:
    topic = get_object_or_404(Topic, slug=slug)
    lessons = list(Article.objects.published().for_topic(topic).for_listing().in_reading_order())
    return TemplateResponse(
        request,
        "articles/topic_detail.html",
        {
            "topic": topic,
            "lessons": lessons,
            "practice_available": topic.questions.published().exists(),
        },
    )
