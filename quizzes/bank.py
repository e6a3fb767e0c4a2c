"""Generated and authored questions -> the question bank, safely: ids and history survive regeneration.

An item whose fingerprint is unchanged keeps its row (and so every learner's answers to it); an item
no longer produced is retired, never deleted; a status staff chose in the admin is left alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from articles.models import Article
from quizzes import generation
from quizzes.generation.words import plain
from quizzes.models import Choice, Question
from quizzes.scores import learners_who_answered, rebuild_topic_scores


@dataclass(frozen=True)
class ItemDraft:
    """What the bank stores: a generated draft, or an authored question brought to the same shape."""

    kind: str
    origin: str
    stem: str
    choices: tuple[generation.ChoiceDraft, ...]
    explanation: str
    anchor: str
    source_sentence_id: str
    fingerprint: str
    rubric_failures: tuple[str, ...]


@dataclass(frozen=True)
class BankReport:
    lesson: str
    created: int = 0
    kept: int = 0
    retired: int = 0
    published: int = 0
    held_for_review: int = 0
    main_point: str = ""
    main_point_confidence: float = 1.0
    main_point_flagged: bool = False

    def summary(self) -> str:
        flag = " (main point flagged for review)" if self.main_point_flagged else ""
        return (
            f"{self.lesson}: {self.created} new, {self.kept} kept, {self.retired} retired; "
            f"{self.published} published, {self.held_for_review} held for review{flag}"
        )


def lesson_input(lesson: Article) -> generation.LessonInput:
    return generation.LessonInput(
        slug=lesson.slug,
        title=lesson.title,
        summary=lesson.summary,
        topic=lesson.topic.slug,
        main_point=lesson.main_point,
        key_question=lesson.key_question,
        body=lesson.body_markdown,
    )


def authored_fingerprint(stem: str, choices: Sequence[str], correct: int) -> str:
    parts = ["authored", " ".join(stem.split()).lower(), *sorted(c.lower() for c in choices)]
    parts.append(choices[correct].lower())
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def authored_drafts(lesson: Article) -> list[ItemDraft]:
    """The lesson's hand-written questions, checked with rules R1, R4 and R6."""
    drafts = []
    for raw in lesson.authored_questions:
        choices = tuple(raw["choices"])
        correct = int(raw["correct"])
        failures = generation.validate_authored(
            generation.AuthoredQuestion(stem=raw["stem"], choices=choices, correct_index=correct)
        )
        drafts.append(
            ItemDraft(
                kind=Question.Kind.AUTHORED,
                origin=Question.Origin.AUTHORED,
                stem=raw["stem"],
                choices=tuple(
                    generation.ChoiceDraft(
                        text=text,
                        is_correct=position == correct,
                        source="authored",
                        klass=None,
                        rationale="",
                    )
                    for position, text in enumerate(choices)
                ),
                explanation=raw.get("explanation", ""),
                anchor="",
                source_sentence_id="",
                fingerprint=authored_fingerprint(raw["stem"], choices, correct),
                rubric_failures=failures,
            )
        )
    return drafts


def authored_keys(
    lesson: Article, from_file: Sequence[ItemDraft] | None = None
) -> list[tuple[str, str]]:
    """(stem, key) of the lesson's hand-written questions a learner can be served: the file's
    that pass their rules when the lesson comes from its file, else the published ones stored.
    Generation gives none of their keys again (R8 across the lesson's bank)."""
    if from_file is not None:
        return [
            (draft.stem, choice.text)
            for draft in from_file
            if not draft.rubric_failures
            for choice in draft.choices
            if choice.is_correct
        ]
    return list(
        Choice.objects.filter(
            question__lesson=lesson,
            question__origin=Question.Origin.AUTHORED,
            question__status=Question.Status.PUBLISHED,
            is_correct=True,
        ).values_list("question__stem", "text")
    )


def known_truths(lesson: Article) -> list[str]:
    """The other lessons' main points: statements no wrong option of this lesson may make."""
    return list(
        Article.objects.exclude(pk=lesson.pk)
        .exclude(main_point="")
        .values_list("main_point", flat=True)
    )


def make_room_for_authored(lesson_ids: Iterable[int]) -> list[BankReport]:
    """After staff write, edit, publish or retire hand-written questions: their lessons'
    generated items are regenerated, so one keyed by a published hand-written question's answer,
    or a main-point item asking its question, gives way (retired, learners' history kept), and
    one it had displaced comes back once it is retired (R8 across the lesson's bank)."""
    distractors = load_distractor_bank()
    return [
        regenerate(lesson, bank=distractors, known_true=known_truths(lesson))
        for lesson in Article.objects.filter(pk__in=set(lesson_ids)).select_related("topic")
    ]


def generated_drafts(result: generation.GenerationResult) -> list[ItemDraft]:
    return [
        ItemDraft(
            kind=item.kind,
            origin=Question.Origin.GENERATED,
            stem=item.stem,
            choices=item.choices,
            explanation=item.explanation,
            anchor=item.anchor,
            source_sentence_id=item.source_sentence_id,
            fingerprint=item.fingerprint,
            rubric_failures=tuple(item.rubric_failures),
        )
        for item in result.items
    ]


def _status_for(draft: ItemDraft, *, current: str = "") -> str:
    """Rubric-clean items are published, unless settings say a person publishes generated ones."""
    if draft.rubric_failures:
        return Question.Status.DRAFT
    waits = draft.origin == Question.Origin.GENERATED and not settings.AUTO_PUBLISH_GENERATED
    if waits and current != Question.Status.PUBLISHED:
        return Question.Status.DRAFT
    return Question.Status.PUBLISHED


def _same_text_key(text: str) -> str:
    """The identity the fingerprint gives an option: case, quotes and spacing don't count."""
    return " ".join(plain(text).lower().split())


def _create(*, lesson: Article, draft: ItemDraft, values: dict[str, object]) -> Question:
    question = Question(
        lesson=lesson,
        fingerprint=draft.fingerprint,
        status=_status_for(draft),
        option_count=len(draft.choices),
        correct_count=sum(choice.is_correct for choice in draft.choices),
        **values,
    )
    question.set_explanation(draft.explanation)
    question.save()
    choices = [
        Choice(
            question=question,
            position=position,
            text=choice.text,
            is_correct=choice.is_correct,
            source=choice.source or "",
            klass=choice.klass or "",
            rationale=choice.rationale or "",
        )
        for position, choice in enumerate(draft.choices)
    ]
    question.store_feedback(choices)
    Choice.objects.bulk_create(choices)
    return question


def _refresh(*, question: Question, draft: ItemDraft, values: dict[str, object]) -> None:
    """Bring a kept item up to date, in place: same row, same choices (answers point at them).

    Its options keep their positions (attempts store them); only their wording, class, source and
    rationale follow the generator. Wording staff edited in the admin stays as they left it.
    """
    if question.status_set_by == Question.StatusSetBy.GENERATOR:
        values["status"] = _status_for(draft, current=question.status)
    elif draft.rubric_failures and question.status == Question.Status.PUBLISHED:
        values["status"] = Question.Status.DRAFT  # the database refuses a failing published item
    if question.edited_by_staff:
        values.pop("stem")
    changed = [name for name, value in values.items() if getattr(question, name) != value]
    for name in changed:
        setattr(question, name, values[name])
    if not question.edited_by_staff and question.explanation != draft.explanation:
        question.set_explanation(draft.explanation)
        changed += ["explanation", "explanation_html"]
    if changed:
        question.save(update_fields=[*changed, "updated_at"])

    wording_changed = "explanation" in changed
    drafted = {_same_text_key(choice.text): choice for choice in draft.choices}
    for choice in question.choices.all():
        new = drafted.get(_same_text_key(choice.text))
        if new is None:
            continue
        fields = {
            "source": new.source or "",
            "klass": new.klass or "",
            "rationale": new.rationale or "",
        }
        if not question.edited_by_staff:
            fields["text"] = new.text
        stale = [name for name, value in fields.items() if getattr(choice, name) != value]
        if stale:
            for name in stale:
                setattr(choice, name, fields[name])
            choice.save(update_fields=stale)
            wording_changed = wording_changed or "text" in stale
    _store_feedback(question, everything=wording_changed)


def _store_feedback(question: Question, *, everything: bool) -> None:
    """Store the feedback after each wrong option (``Question.store_feedback``): every option's
    after the explanation or an option's wording changed, else only those without one yet. The
    question's choices are the ones loaded with it."""
    choices = list(question.choices.all())
    if everything or any(choice.feedback_html is None for choice in choices):
        for choice in question.store_feedback(choices):
            choice.save(update_fields=["feedback_html"])


def follow_lesson_topic(lesson: Article) -> None:
    """Move the lesson's questions to its topic and rebuild the summary rows this changes."""
    moved = dict(
        Question.objects.filter(lesson=lesson)
        .exclude(topic_id=lesson.topic_id)
        .values_list("pk", "topic_id")
    )
    if not moved:
        return
    Question.objects.filter(pk__in=moved).update(topic_id=lesson.topic_id)
    learner_ids = learners_who_answered(moved)
    if learner_ids:
        rebuild_topic_scores(
            now=timezone.now(),
            learner_ids=learner_ids,
            topic_ids={*moved.values(), lesson.topic_id},
        )


@transaction.atomic
def store_drafts(
    *,
    lesson: Article,
    drafts: Iterable[ItemDraft],
    version: str,
    owned: frozenset[str] = frozenset({Question.Origin.GENERATED}),
) -> BankReport:
    """Upsert the lesson's items by fingerprint; retire what is no longer produced.

    Only items whose origin is in ``owned`` may be retired: regeneration owns the generated ones;
    a lesson file being imported owns its hand-written ones too. Questions written in the browser
    (authored) are never retired by regeneration.

    A lesson moved to another topic takes all its questions (retired ones too) with it, and the
    summary rows of the learners who answered them are rebuilt for the topics involved.
    """
    follow_lesson_topic(lesson)
    existing = {
        q.fingerprint: q
        for q in Question.objects.select_for_update().filter(lesson=lesson).with_choices()
    }
    seen: set[str] = set()
    created = kept = 0
    for draft in drafts:
        if draft.fingerprint in seen:
            continue
        seen.add(draft.fingerprint)
        values: dict[str, object] = {
            "topic_id": lesson.topic_id,
            "kind": draft.kind,
            "origin": draft.origin,
            "stem": draft.stem,
            "anchor": draft.anchor,
            "source_sentence": draft.source_sentence_id,
            "generator_version": version,
            "rubric_failures": list(draft.rubric_failures),
        }
        question = existing.get(draft.fingerprint)
        if question is None:
            _create(lesson=lesson, draft=draft, values=values)
            created += 1
        else:
            _refresh(question=question, draft=draft, values=values)
            kept += 1

    # A generated item whose wording staff edited is theirs now: regeneration never retires it
    # (staff retire it themselves, from the review queue, if the lesson no longer supports it).
    gone = [
        q.pk
        for fingerprint, q in existing.items()
        if fingerprint not in seen
        and q.status != Question.Status.RETIRED
        and q.origin in owned
        and not (q.origin == Question.Origin.GENERATED and q.edited_by_staff)
    ]
    Question.objects.filter(pk__in=gone).update(
        status=Question.Status.RETIRED, status_set_by=Question.StatusSetBy.GENERATOR
    )
    for fingerprint, question in existing.items():  # the lesson's other items: any not stored yet
        if fingerprint not in seen:
            _store_feedback(question, everything=False)
    statuses = list(
        Question.objects.filter(lesson=lesson, fingerprint__in=seen).values_list(
            "status", flat=True
        )
    )
    return BankReport(
        lesson=lesson.slug,
        created=created,
        kept=kept,
        retired=len(gone),
        published=statuses.count(Question.Status.PUBLISHED),
        held_for_review=statuses.count(Question.Status.DRAFT),
    )


def regenerate(
    lesson: Article,
    *,
    bank: generation.DistractorBank,
    known_true: Sequence[str] = (),
    dry_run: bool = False,
    from_file: bool = False,
) -> BankReport:
    """Generate the lesson's items and store them.

    ``known_true``: the other lessons' main points, which no wrong option may state.
    ``from_file``: the lesson was just imported from its file, whose hand-written questions are
    stored too (and those no longer in the file retired).
    """
    authored = authored_drafts(lesson) if from_file else []
    result = generation.generate(
        lesson_input(lesson),
        bank=bank,
        known_true=known_true,
        taken=authored_keys(lesson, authored if from_file else None),
    )
    drafts = generated_drafts(result)
    owned = {Question.Origin.GENERATED}
    if from_file:
        drafts += authored
        owned.add(Question.Origin.AUTHORED)
    with transaction.atomic():
        report = store_drafts(
            lesson=lesson, drafts=drafts, version=result.generator_version, owned=frozenset(owned)
        )
        if dry_run:
            transaction.set_rollback(True)
    return dataclasses.replace(
        report,
        main_point=result.main_point.text,
        main_point_confidence=result.main_point.confidence,
        main_point_flagged=result.main_point.flagged_for_review,
    )


BANK_TEXT_FIELDS = ("id", "class", "rationale")
BANK_LIST_FIELDS = ("match", "verb", "noun")
_BANK_ENTRY_ERROR = re.compile(r"^(?P<path>.*): entry (?P<number>\d+)\b(?P<rest>.*)$", re.S)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _is_text_list(node: yaml.Node) -> bool:
    return _is_null(node) or (
        isinstance(node, yaml.SequenceNode)
        and all(isinstance(item, yaml.ScalarNode) for item in node.value)
    )


def bank_entry_lines(path: Path) -> list[int]:
    """The line of each entry of the distractor bank file, after checking the file's shape.

    Raises ``BankError`` naming the file and line of anything ``load_bank`` could not read as an
    entry (bad YAML, an entry that isn't a mapping, a field of the wrong type), rather than leave
    it to fail later with a traceback."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise generation.BankError(
            f"{path}: is not UTF-8 text (byte {error.start + 1}); save it as UTF-8"
        ) from error
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(error, "problem", None) or str(error)
        raise generation.BankError(f"{where}: invalid YAML: {problem}") from error
    if root is None or _is_null(root):
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise generation.BankError(
            f"{path}:{root.start_mark.line + 1}: expected a list of entries ('- id: ...')"
        )
    lines = []
    for number, entry in enumerate(root.value, start=1):
        line = entry.start_mark.line + 1
        if not isinstance(entry, yaml.MappingNode):
            raise generation.BankError(
                f"{path}:{line}: entry {number}: expected a mapping (id, class, topics, ...)"
            )
        for key, value in entry.value:
            name, at = str(key.value), key.start_mark.line + 1
            if name in BANK_TEXT_FIELDS and not isinstance(value, yaml.ScalarNode):
                raise generation.BankError(f"{path}:{at}: entry {number}: '{name}' must be text")
            if name in BANK_LIST_FIELDS and not _is_text_list(value):
                raise generation.BankError(
                    f"{path}:{at}: entry {number}: '{name}' must be a list of texts"
                )
            if name == "topics" and not (
                (isinstance(value, yaml.ScalarNode) and value.value == "any")
                or (isinstance(value, yaml.SequenceNode) and _is_text_list(value))
            ):
                raise generation.BankError(
                    f"{path}:{at}: entry {number}: 'topics' must be 'any' or a list of topic slugs"
                )
        lines.append(line)
    return lines


def load_distractor_bank() -> generation.DistractorBank:
    """The reviewed wrong options in ``content/distractors.yaml`` (none, if the file is absent).

    Any malformed bank is a ``BankError`` naming the file and, where known, the line."""
    path = settings.CPS_CONTENT_DIR / "distractors.yaml"
    if not path.exists():
        return generation.DistractorBank(entries=())
    lines = bank_entry_lines(path)
    try:
        return generation.load_bank(path)
    except generation.BankError as error:
        # "<file>: entry N ...": say which line entry N starts on.
        match = _BANK_ENTRY_ERROR.match(str(error))
        if match is None or not 0 < int(match["number"]) <= len(lines):
            raise
        line = lines[int(match["number"]) - 1]
        message = f"{path}:{line}: entry {match['number']}{match['rest']}"
        raise generation.BankError(message) from error
    except (TypeError, ValueError, AttributeError) as error:
        raise generation.BankError(
            f"{path}: cannot be read as a distractor bank: {error}"
        ) from error


def regenerate_lessons(
    slugs: Iterable[str] | None = None,
    *,
    bank: generation.DistractorBank | None = None,
    dry_run: bool = False,
    from_file: bool = False,
) -> list[BankReport]:
    """Regenerate the named lessons (all lessons when ``slugs`` is None)."""
    lessons = list(Article.objects.select_related("topic").order_by("slug"))
    main_points = {lesson.slug: lesson.main_point for lesson in lessons if lesson.main_point}
    if slugs is not None:
        wanted = set(slugs)
        lessons = [lesson for lesson in lessons if lesson.slug in wanted]
    bank = load_distractor_bank() if bank is None else bank
    return [
        regenerate(
            lesson,
            bank=bank,
            known_true=[text for slug, text in main_points.items() if slug != lesson.slug],
            dry_run=dry_run,
            from_file=from_file,
        )
        for lesson in lessons
    ]


def stale_lessons() -> list[str]:
    """Lessons whose generated questions came from an older generator: regenerate them."""
    return sorted(
        Question.objects.filter(origin=Question.Origin.GENERATED)
        .exclude(status=Question.Status.RETIRED)
        .exclude(generator_version=generation.GENERATOR_VERSION)
        .values_list("lesson__slug", flat=True)
        .distinct()
    )
