"""Question generation: a lesson in, exam-style question drafts out (pure: no Django).

    from quizzes.generation import LessonInput, generate, load_bank

    bank = load_bank("content/distractors.yaml")
    result = generate(lesson, bank=bank, known_true=other_lessons_main_points)
    for item in result.items:
        if item.publishable: ...

See `types` for the data, `items` for the kinds (the assembler), `rubric` for the rules, `lesson`
for the sentence-id scheme and list membership, `mainpoint` for main-point inference, `answers` for
realising it as an option, `distractors` for wrong options and the bank, and `vocabulary.yaml` for
every word list.
"""

from .authored import AuthoredQuestion, validate_authored
from .distractors import load_bank
from .items import fingerprint, generate, position_counts
from .lesson import read_lesson
from .mainpoint import infer, main_point
from .types import (
    GENERATOR_VERSION,
    KINDS,
    BankEntry,
    BankError,
    ChoiceDraft,
    DistractorBank,
    GenerationResult,
    LessonInput,
    MainPoint,
    QuestionDraft,
    ReadLesson,
    Sentence,
)

__all__ = [
    "GENERATOR_VERSION",
    "KINDS",
    "AuthoredQuestion",
    "BankEntry",
    "BankError",
    "ChoiceDraft",
    "DistractorBank",
    "GenerationResult",
    "LessonInput",
    "MainPoint",
    "QuestionDraft",
    "ReadLesson",
    "Sentence",
    "fingerprint",
    "generate",
    "infer",
    "infer_main_point",
    "load_bank",
    "main_point",
    "position_counts",
    "read_lesson",
    "validate_authored",
]


def infer_main_point(lesson: LessonInput) -> MainPoint:
    """The main point inferred from the lesson's text alone (what the importer fills in)."""
    return infer(read_lesson(lesson))
