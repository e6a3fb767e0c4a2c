"""Staff's writes to the bank: a question and its choices, their status, and flags.

``save_choices`` is the one function that writes a question's choices: it keeps ``option_count`` and
``correct_count`` on the question, so the database's ``question_published_has_options`` constraint
can refuse a published question without three options and exactly one correct one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import reversion
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet

from articles.models import Article
from quizzes import bank, generation
from quizzes.generation.rubric import options_problem
from quizzes.models import Choice, Flag, Question, Response

# The rules a person's wording can be checked against without the generator's sources.
HAND_CHECKED_RULES = ("R1", "R4", "R6")


@dataclass(frozen=True)
class ChoiceInput:
    """One option as staff wrote it; ``id`` names an existing choice being edited."""

    text: str
    is_correct: bool
    rationale: str = ""
    id: int | None = None


def structure_problems(choices: Sequence[ChoiceInput]) -> list[str]:
    """What stops any question from being served: too few options, or not one correct option."""
    problems = []
    if len(choices) < 3:
        problems.append(f"A question needs at least three options (this one has {len(choices)}).")
    if any(not choice.text.strip() for choice in choices):
        problems.append("Every option needs some text.")
    correct = sum(choice.is_correct for choice in choices)
    if correct != 1:
        problems.append(f"Mark exactly one option as correct ({correct} are marked).")
    return problems


def hand_rubric_failures(stem: str, choices: Sequence[ChoiceInput]) -> tuple[str, ...]:
    """The rules (R1, R4, R6) that hand-written or hand-edited wording fails."""
    correct = [i for i, choice in enumerate(choices) if choice.is_correct]
    return generation.validate_authored(
        generation.AuthoredQuestion(
            stem=stem,
            choices=tuple(choice.text for choice in choices),
            correct_index=correct[0] if len(correct) == 1 else -1,
        )
    )


def rubric_reasons(stem: str, choices: Sequence[ChoiceInput]) -> list[str]:
    """Readable reasons for the hand-checked rules, for a form to show."""
    failures = hand_rubric_failures(stem, choices)
    reasons = []
    if "R1" in failures:
        reason = options_problem(
            [choice.text for choice in choices], sum(c.is_correct for c in choices)
        )
        reasons.append(f"R1: the options {reason or 'are not four, one correct'}.")
    if "R4" in failures:
        reasons.append("R4: the stem gives a clue to the answer (it repeats its words).")
    if "R6" in failures:
        reasons.append('R6: an option uses an absolute ("always", "never") or a stray negative.')
    return reasons


def recheck(question: Question, stem: str, choices: Sequence[ChoiceInput]) -> list[str]:
    """The question's rubric failures after a person's edit: hand rules redone, the others kept."""
    kept = [rule for rule in question.rubric_failures if rule not in HAND_CHECKED_RULES]
    if question.origin == Question.Origin.GENERATED and not question.edited_by_staff:
        kept = list(question.rubric_failures)
    return sorted({*kept, *hand_rubric_failures(stem, choices)})


@transaction.atomic
def save_choices(*, question: Question, choices: Sequence[ChoiceInput]) -> None:
    """Write the question's options in order: edit by id, add new ones, remove the others.

    An option a learner has answered is never deleted (their history shows it). Raises
    ``ValidationError`` (and writes nothing) when the result could not be served while published.
    """
    if question.status == Question.Status.PUBLISHED:
        problems = structure_problems(choices)
        if problems:
            raise ValidationError(problems)
    existing = {choice.pk: choice for choice in Choice.objects.filter(question=question)}
    kept_ids = {choice.id for choice in choices if choice.id in existing}
    removed = [pk for pk in existing if pk not in kept_ids]
    answered = set(
        Response.objects.filter(choice_id__in=removed).values_list("choice_id", flat=True)
    )
    if answered:
        texts = "; ".join(existing[pk].text[:60] for pk in sorted(answered))
        raise ValidationError(
            f"Learners have answered with an option you removed ({texts}); keep it and reword it."
        )
    Choice.objects.filter(pk__in=removed).delete()
    # Two passes so positions and the one-correct rule never clash half-way.
    Choice.objects.filter(question=question).update(is_correct=False)
    offset = 1000
    for position, item in enumerate(choices):
        if item.id in existing:
            Choice.objects.filter(pk=item.id).update(position=offset + position)
    for position, item in enumerate(choices):
        values = {
            "text": " ".join(item.text.split()),
            "rationale": item.rationale.strip(),
            "position": position,
        }
        if item.id in existing:
            Choice.objects.filter(pk=item.id).update(**values)
        else:
            Choice.objects.create(
                question=question, source="authored", is_correct=False, klass="", **values
            )
    correct = [position for position, item in enumerate(choices) if item.is_correct]
    if len(correct) == 1:
        Choice.objects.filter(question=question, position=correct[0]).update(is_correct=True)
    # The feedback after each wrong option, from the options as written and the explanation as the
    # question holds it (save_question sets it first).
    for choice in question.store_feedback(Choice.objects.filter(question=question)):
        choice.save(update_fields=["feedback_html"])
    question.option_count = len(choices)
    question.correct_count = len(correct)
    question.save(update_fields=["option_count", "correct_count", "updated_at"])


def recount(question: Question) -> None:
    """Bring ``option_count``/``correct_count`` in line with the rows (after the generator wrote)."""
    counts = Choice.objects.filter(question=question).aggregate(
        options=Count("pk"), correct=Count("pk", filter=Q(is_correct=True))
    )
    question.option_count = counts["options"]
    question.correct_count = counts["correct"]


@transaction.atomic
def save_question(
    *,
    question: Question,
    stem: str,
    explanation: str,
    choices: Sequence[ChoiceInput],
    status: str,
    now: datetime,
    user=None,
    comment: str = "",
) -> Question:
    """Write a question as staff edited or authored it; the rubric is re-checked on the way.

    A new question (no pk) is stored as *authored*, its topic the lesson's; generation never retires
    it. A published question must pass the re-check: otherwise ``ValidationError``, nothing written.
    """
    is_new = question.pk is None
    stem = " ".join(stem.split())
    problems = structure_problems(choices) if status == Question.Status.PUBLISHED else []
    if is_new:
        question.kind = Question.Kind.AUTHORED
        question.origin = Question.Origin.AUTHORED
        question.fingerprint = authored_fingerprint(stem, choices)
    else:
        wording_changed = stem != question.stem or explanation != question.explanation
        old = [
            ChoiceInput(c.text, c.is_correct, c.rationale, c.pk)
            for c in question.choices.order_by("position")
        ]
        if wording_changed or old != list(choices):
            question.edited_by_staff = True
    failures = recheck(question, stem, choices)
    if status == Question.Status.PUBLISHED and failures and not problems:
        problems = [
            "It fails the rubric, so it cannot be published: "
            + " ".join(rubric_reasons(stem, choices) or failures)
        ]
    if problems:
        raise ValidationError(problems)
    if not is_new:
        keep_first_version(question, comment="As it was before staff first edited it")
    question.topic_id = question.lesson.topic_id
    question.stem = stem
    question.set_explanation(explanation.strip())
    question.rubric_failures = failures
    if status != question.status or is_new:
        question.status_set_by = Question.StatusSetBy.STAFF
    question.reviewed_at = now
    # Saved as a draft first: the choices (and their counts) must exist before it may be published.
    question.status = Question.Status.DRAFT if is_new else question.status
    if not is_new and status != Question.Status.PUBLISHED:
        question.status = status
    question.save()
    save_choices(question=question, choices=choices)
    if question.status != status:
        question.status = status
        question.save(update_fields=["status", "updated_at"])
    if question.origin == Question.Origin.AUTHORED:
        _lesson_file_changed(question.lesson_id)
    with reversion.create_revision():
        reversion.add_to_revision(question)  # with its choices (registered to follow them)
        reversion.set_user(user)
        reversion.set_comment(comment or ("Wrote the question" if is_new else "Edited"))
    return question


def _lesson_file_changed(*lesson_ids: int) -> None:
    """Hand-written questions live in their lesson's file: the lesson now differs from its file."""
    Article.objects.filter(pk__in=lesson_ids).update(edited_since_sync=True)


def keep_first_version(obj, *, comment: str) -> None:
    """Before the first staff change, keep the version the generator or a sync made."""
    from reversion.models import Version

    if not Version.objects.get_for_object(obj).exists():
        with reversion.create_revision():
            reversion.add_to_revision(obj)
            reversion.set_comment(comment)


def authored_fingerprint(stem: str, choices: Sequence[ChoiceInput]) -> str:
    texts = [choice.text for choice in choices]
    correct = next((i for i, choice in enumerate(choices) if choice.is_correct), 0)
    return bank.authored_fingerprint(stem, texts, correct)


@dataclass(frozen=True)
class StatusReport:
    changed: int
    refused: list[str]
    # Generated items retired because a hand-written question now asks or answers the same.
    displaced: int = 0


@transaction.atomic
def set_status(
    *, questions: QuerySet[Question], status: str, now: datetime, user=None
) -> StatusReport:
    """Publish or retire questions as staff; an item that could not be served is not published."""
    refused: list[str] = []
    ready = list(questions.select_for_update())
    if status == Question.Status.PUBLISHED:
        for question in ready:
            if question.rubric_failures:
                refused.append(
                    f"“{question.stem[:60]}” fails {', '.join(question.rubric_failures)}"
                )
            elif question.option_count < 3 or question.correct_count != 1:
                refused.append(f"“{question.stem[:60]}” needs three options and one correct")
        ready = [q for q in ready if not q.rubric_failures and q.option_count >= 3]
        ready = [q for q in ready if q.correct_count == 1]
    for question in ready:
        keep_first_version(question, comment="As it was before staff changed its status")
    changed = Question.objects.filter(pk__in=[q.pk for q in ready]).update(
        status=status, status_set_by=Question.StatusSetBy.STAFF, reviewed_at=now
    )
    _lesson_file_changed(*{q.lesson_id for q in ready if q.origin == Question.Origin.AUTHORED})
    with reversion.create_revision():
        for question in Question.objects.filter(pk__in=[q.pk for q in ready]):
            reversion.add_to_revision(question)
        reversion.set_user(user)
        reversion.set_comment(f"Set status: {status}")
    reports = bank.make_room_for_authored(
        q.lesson_id for q in ready if q.origin == Question.Origin.AUTHORED
    )
    return StatusReport(
        changed=changed, refused=refused, displaced=sum(report.retired for report in reports)
    )


@transaction.atomic
def mark_reviewed(*, questions: Iterable[Question], now: datetime) -> int:
    return Question.objects.filter(pk__in=[q.pk for q in questions]).update(reviewed_at=now)


@transaction.atomic
def resolve_flag(*, flag: Flag, reply: str, user, now: datetime) -> Flag:
    """Close a learner's flag with a short reply they see on their flag."""
    flag.resolved = True
    flag.reply = reply.strip()[:1000]
    flag.resolved_at = now
    flag.resolved_by = user
    flag.save(update_fields=["resolved", "reply", "resolved_at", "resolved_by"])
    return flag
