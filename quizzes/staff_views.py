"""Staff pages: a lesson's question bank, with each item's rubric results and its sources."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from articles.models import Article
from quizzes import generation
from quizzes.bank import lesson_input
from quizzes.editing import ChoiceInput, structure_problems
from quizzes.generation import rubric
from quizzes.models import Question

RUBRIC_RULES = rubric.RULES  # the rubric module says each rule in words


@dataclass
class SentenceView:
    id: str
    text: str
    uses: list[str] = field(default_factory=list)


@dataclass
class SectionView:
    anchor: str
    heading: str
    sentences: list[SentenceView] = field(default_factory=list)


def _sections(read: generation.ReadLesson, questions: list[Question]) -> list[SectionView]:
    uses: dict[str, list[str]] = defaultdict(list)
    for number, question in enumerate(questions, start=1):
        if question.source_sentence:
            uses[question.source_sentence].append(f"Q{number} answer")
        for choice in question.choices.all():
            if choice.source and not choice.is_correct and not choice.source.startswith("bank:"):
                uses[choice.source].append(f"Q{number} wrong option ({choice.get_klass_display()})")
    sections: dict[str, SectionView] = {}
    for sentence in read.sentences:
        section = sections.setdefault(
            sentence.anchor, SectionView(anchor=sentence.anchor, heading=sentence.heading)
        )
        section.sentences.append(
            SentenceView(sentence.id, sentence.text, uses.get(sentence.id, []))
        )
    return list(sections.values())


@require_GET
@staff_member_required
def lesson_questions(request: HttpRequest, slug: str) -> TemplateResponse:
    lesson = get_object_or_404(Article.objects.select_related("topic"), slug=slug)
    questions = list(
        Question.objects.for_lesson(lesson)
        .select_related("lesson")
        .with_choices()
        .order_by("status", "kind", "pk")
    )
    # The point the generator keys items to: the front matter's, or inferred (and maybe flagged).
    read = generation.read_lesson(lesson_input(lesson))
    main_point = generation.main_point(read)
    for question in questions:
        question.failure_notes = [
            (rule, RUBRIC_RULES.get(rule, "")) for rule in question.rubric_failures
        ]
        # Checked on the rows themselves: what the learner would be served.
        question.structure_problems = structure_problems(
            [ChoiceInput(c.text, c.is_correct) for c in question.choices.all()]
        )
    return TemplateResponse(
        request,
        "quizzes/staff/lesson_questions.html",
        {
            "lesson": lesson,
            "main_point": main_point,
            "questions": questions,
            "sections": _sections(read, questions),
        },
    )
