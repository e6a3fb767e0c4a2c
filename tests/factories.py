"""Plain functions that create rows for tests, with sensible defaults."""

from __future__ import annotations

import hashlib
import itertools

from articles.models import Article, Topic
from quizzes.models import Choice, Question

_counter = itertools.count(1)


def make_topic(slug: str = "empathy", **fields: object) -> Topic:
    fields.setdefault("name", slug.replace("-", " ").title())
    topic, _ = Topic.objects.get_or_create(slug=slug, defaults=fields)
    return topic


def make_lesson(
    slug: str | None = None, *, topic: Topic | None = None, **fields: object
) -> Article:
    n = next(_counter)
    slug = slug or f"lesson-{n}"
    values: dict[str, object] = {
        "title": slug.replace("-", " ").title(),
        "summary": "A short summary.",
        "status": Article.Status.PUBLISHED,
        "order": n,
        "main_point": "empathy builds trust",
        "source_name": "Test Source",
        "body_markdown": "## Why\n\nEmpathy builds trust.\n",
        "body_html": '<h2 id="why">Why</h2><p>Empathy builds trust.</p>',
        "headings": [{"level": 2, "id": "why", "text": "Why"}],
    }
    values.update(fields)
    return Article.objects.create(slug=slug, topic=topic or make_topic(), **values)


def make_question(
    lesson: Article | None = None,
    *,
    choices: tuple[str, ...] = ("Listening closely", "Diagnosing", "Prescribing", "Lecturing"),
    correct: int = 0,
    **fields: object,
) -> Question:
    lesson = lesson or make_lesson()
    n = next(_counter)
    explanation = str(
        fields.pop(
            "explanation",
            "Listening closely is what the lesson says matters most.",
        )
    )
    values: dict[str, object] = {
        "kind": Question.Kind.MAIN_POINT,
        "stem": f"Question {n}: what matters most?",
        "anchor": "why",
        "status": Question.Status.PUBLISHED,
        "fingerprint": hashlib.sha256(f"q{n}".encode()).hexdigest(),
    }
    values.update(fields)
    values.setdefault("option_count", len(choices))
    values.setdefault("correct_count", 1 if 0 <= correct < len(choices) else 0)
    question = Question(lesson=lesson, topic=lesson.topic, **values)
    question.set_explanation(explanation)  # as the bank stores it: Markdown and sanitised HTML
    question.save()
    Choice.objects.bulk_create(
        Choice(
            question=question,
            text=text,
            is_correct=position == correct,
            position=position,
            klass="" if position == correct else Choice.Klass.NEVER,
            rationale="" if position == correct else f"{text} is not the peer role.",
        )
        for position, text in enumerate(choices)
    )
    return question
