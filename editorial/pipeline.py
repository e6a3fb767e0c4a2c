"""The content pipeline, above both apps: files <-> lessons (articles) -> questions (quizzes).

The database is the live content; ``content/`` is the import and export format. Everything that
changes a lesson goes through here, so its HTML, headings and questions always follow its Markdown:
``sync_and_regenerate`` (files in), ``export_content`` (files out), ``save_lesson`` (the browser),
``import_upload`` (an article uploaded in the browser) and ``restore_lesson`` (history).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import reversion
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from articles import content as content_format
from articles.content import AuthoredQuestion, LessonFile, Source, TopicDef
from articles.importer import (
    ImportedArticle,
    InferredPoint,
    QuestionCandidate,
    decode_article,
    infer_topic,
    stated_main_point,
)
from articles.importer import parse_article as parse_plain_article
from articles.models import Article, Topic
from articles.sync import SyncReport, file_hash, lesson_values, sync_content
from quizzes import bank as question_bank
from quizzes import generation
from quizzes.editing import ChoiceInput, keep_first_version, save_question
from quizzes.models import Attempt, AttemptQuestion, Flag, Question
from review.models import ReviewCard


@dataclass(frozen=True)
class PipelineReport:
    sync: SyncReport
    questions: tuple[question_bank.BankReport, ...] = ()


def sync_and_regenerate(
    content_dir: Path,
    *,
    dry_run: bool = False,
    force: bool = False,
    take: Iterable[str] = (),
) -> PipelineReport:
    """Load topics and lessons from files, then regenerate the questions of what changed.

    One transaction: a bad file, a bad distractor bank or a failing generation changes nothing.
    """
    distractors = question_bank.load_distractor_bank()  # a bad bank stops the sync before it starts
    with transaction.atomic():
        report = sync_content(content_dir, dry_run=dry_run, force=force, take=tuple(take))
        reports: list[question_bank.BankReport] = []
        if not dry_run:
            # A lesson filed under another topic: its questions follow, and scores are rebuilt.
            for slug, _old_topic_id in report.moved:
                question_bank.follow_lesson_topic(Article.objects.get(slug=slug))
            changed = sorted(report.changed)
            stale = sorted(set(question_bank.stale_lessons()) - set(changed))
            reports += question_bank.regenerate_lessons(changed, bank=distractors, from_file=True)
            reports += question_bank.regenerate_lessons(stale, bank=distractors)
    return PipelineReport(sync=report, questions=tuple(reports))


# --- Export: the database back to files ---------------------------------------------------------


def lesson_file(lesson: Article, *, path: Path | None = None) -> LessonFile:
    """The lesson as its file would hold it, hand-written questions (not retired) included."""
    authored = (
        Question.objects.filter(lesson=lesson, origin=Question.Origin.AUTHORED)
        .exclude(status=Question.Status.RETIRED)
        .with_choices()
        .order_by("pk")
    )
    questions = []
    for question in authored:
        choices = list(question.choices.all())
        correct = next((i for i, choice in enumerate(choices) if choice.is_correct), 0)
        questions.append(
            AuthoredQuestion(
                stem=question.stem,
                choices=tuple(choice.text for choice in choices),
                correct=correct,
                explanation=question.explanation,
            )
        )
    return LessonFile(
        path=path or Path(f"lessons/{lesson.slug}.md"),
        slug=lesson.slug,
        title=lesson.title,
        summary=lesson.summary,
        topic=lesson.topic.slug,
        status=lesson.status,
        source=Source(name=lesson.source_name, url=lesson.source_url),
        body=lesson.body_markdown,
        digest="",
        order=lesson.order,
        main_point=lesson.main_point,
        key_question=lesson.key_question,
        questions=tuple(questions),
    )


def lesson_text(lesson: Article) -> str:
    return content_format.render_lesson_file(lesson_file(lesson))


def topics_text() -> str:
    return content_format.render_topics_file(
        [
            TopicDef(
                slug=topic.slug,
                name=topic.name,
                description=topic.description,
                keywords=tuple(topic.keywords),
                position=topic.position,
            )
            for topic in Topic.objects.order_by("position", "pk")
        ]
    )


@dataclass(frozen=True)
class ExportReport:
    written: tuple[Path, ...] = ()
    unchanged: tuple[Path, ...] = ()
    # Lesson files in the content folder changed since the last sync: (path, reason). Not written.
    skipped: tuple[tuple[Path, str], ...] = ()


@transaction.atomic
def export_content(
    out_dir: Path, *, slugs: Iterable[str] | None = None, force: bool = False
) -> ExportReport:
    """Write ``topics.yaml`` and ``lessons/<slug>.md`` for every lesson into ``out_dir``.

    A file whose text would not change is not touched. Exporting into the content folder itself
    makes the files and the database agree: those lessons count as synced again. There, a lesson
    file changed since the last sync (say, pulled from git and not synced yet) is not overwritten
    unless ``force``: it is reported, so that nothing is lost.
    """
    out_dir = Path(out_dir)
    (out_dir / "lessons").mkdir(parents=True, exist_ok=True)
    lessons = Article.objects.select_related("topic").order_by("slug")
    if slugs is not None:
        lessons = lessons.filter(slug__in=list(slugs))
    written: list[Path] = []
    unchanged: list[Path] = []
    into_content = out_dir.resolve() == Path(settings.CPS_CONTENT_DIR).resolve()
    files = [(out_dir / "topics.yaml", topics_text(), None)]
    files += [
        (out_dir / "lessons" / f"{lesson.slug}.md", lesson_text(lesson), lesson)
        for lesson in lessons
    ]
    skipped: list[tuple[Path, str]] = []
    for path, text, lesson in files:
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            unchanged.append(path)
        elif (
            into_content
            and lesson is not None
            and current is not None
            and file_hash(current) != lesson.source_hash
            and not force
        ):
            skipped.append(
                (
                    path,
                    "the file changed since the last sync: run sync_content first (or export "
                    "with --force to replace it with the database's version)",
                )
            )
            continue
        else:
            path.write_text(text, encoding="utf-8", newline="\n")
            written.append(path)
        if into_content and lesson is not None:
            Article.objects.filter(pk=lesson.pk).update(
                source_hash=file_hash(text),
                source_path=f"lessons/{lesson.slug}.md",
                edited_since_sync=False,
            )
    return ExportReport(written=tuple(written), unchanged=tuple(unchanged), skipped=tuple(skipped))


# --- The browser: saving a lesson, importing an article ----------------------------------------


def validate_lesson(data: dict[str, object], body: str) -> LessonFile:
    """The same validator as a lesson file's (``ContentError`` with the same words)."""
    topics = set(Topic.objects.values_list("slug", flat=True))
    return content_format.validate_lesson_fields(data, body, topics=topics)


@transaction.atomic
def save_lesson(
    *, lesson: Article, validated: LessonFile, user, comment: str = ""
) -> question_bank.BankReport:
    """Store a lesson as edited in the browser: re-render it and regenerate its questions, at once.

    Learners' history is kept as a sync keeps it (unchanged items keep their ids; the others are
    retired). The lesson counts as edited since its last sync until exported or synced with force.
    """
    old_topic_id = lesson.topic_id
    topic = Topic.objects.get(slug=validated.topic)
    if lesson.pk is not None:
        keep_first_version(lesson, comment="As synced from its file")
    with reversion.create_revision():
        for name, value in lesson_values(validated, topic).items():
            setattr(lesson, name, value)
        if lesson.pk is None:
            lesson.slug = validated.slug
        lesson.edited_since_sync = True
        lesson.save()
        reversion.set_user(user)
        reversion.set_comment(comment or "Edited the lesson")
    if old_topic_id is not None and old_topic_id != lesson.topic_id:
        question_bank.follow_lesson_topic(lesson)
    return question_bank.regenerate(
        lesson,
        bank=question_bank.load_distractor_bank(),
        known_true=question_bank.known_truths(lesson),
    )


@dataclass(frozen=True)
class ImportedDraft:
    lesson: Article
    main_point: InferredPoint | None
    notes: list[str] = field(default_factory=list)
    # The exam question the article states, kept as a draft hand-written question for review.
    question: Question | None = None


def suggest_main_point(article: ImportedArticle, topic: str) -> InferredPoint:
    """The question generator's main-point inference, run on the article as it will be stored."""
    point = generation.infer_main_point(
        generation.LessonInput(
            slug=article.slug,
            title=article.title,
            summary=article.summary,
            topic=topic,
            main_point="",
            key_question="",
            body=article.markdown,
        )
    )
    return InferredPoint(point.text, point.confidence, point.flagged_for_review)


@transaction.atomic
def import_upload(*, name: str, data: bytes, user) -> ImportedDraft:
    """An uploaded plain-text article -> a draft lesson, as ``import_articles`` makes a file.

    Raises ``articles.importer.ArticleFormatError`` for text it cannot read, and ``ValueError``
    when a lesson with the same slug exists (nothing is overwritten).
    """
    article = parse_plain_article(decode_article(data, name=name), name=name)
    if Article.objects.filter(slug=article.slug).exists():
        raise ValueError(
            f"A lesson with the slug '{article.slug}' already exists: edit it, or rename the "
            "article's title line."
        )
    topics = list(Topic.objects.order_by("position", "pk"))
    topic_defs = [
        TopicDef(t.slug, t.name, t.description, tuple(t.keywords), t.position) for t in topics
    ]
    topic_slug = infer_topic(article.text, topic_defs)
    # As `import_articles` does: the article's stated answer is the main point and a title that
    # asks a question the key question; else both are drafted for the editor to check.
    stated = stated_main_point(article)
    point = stated or suggest_main_point(article, topic_slug)
    topic_name = next(t.name for t in topics if t.slug == topic_slug)
    validated = validate_lesson(
        {
            "title": article.title,
            "slug": article.slug,
            "summary": article.summary,
            "topic": topic_slug,
            "status": "draft",
            "main_point": point.text[: content_format.MAX_LENGTHS["main_point"]],
            "key_question": article.key_question or key_question_for(point.text, topic_name),
            "source": {"name": article.source_name or name},
        },
        article.markdown,
    )
    lesson = Article(slug=validated.slug)
    save_lesson(lesson=lesson, validated=validated, user=user, comment=f"Imported from {name}")
    point_note = (
        "the main point is the answer the article states"
        if stated
        else "the main point was inferred from the text"
    )
    question_note = (
        "the key question is the article's own title"
        if article.key_question
        else "the key question was drafted from the topic"
    )
    notes = [
        f"The topic was suggested from topics.yaml keywords, {point_note} and {question_note}: "
        "check them before publishing."
    ]
    if point.needs_review:
        notes.append(f"The main point was inferred with low confidence ({point.confidence:.2f}).")
    question = None
    if article.question is not None:
        question = stated_question_draft(
            lesson, article.question, user=user, comment=f"Imported from {name}"
        )
        notes.append(stated_question_note(article.question))
    return ImportedDraft(lesson=lesson, main_point=point, notes=notes, question=question)


# The options a question has: the question editor's rows, as the exam's items have.
QUESTION_OPTIONS = 4


def _kept_options(candidate: QuestionCandidate) -> tuple[list[int], list[str]]:
    """Which of the stated options a draft keeps (the right one and the first others, up to
    `QUESTION_OPTIONS`, in the article's order), and the texts of those left out."""
    order = list(range(len(candidate.choices)))
    if candidate.answer is not None:
        order.remove(candidate.answer)
        order.insert(0, candidate.answer)
    kept = sorted(order[:QUESTION_OPTIONS])
    return kept, [candidate.choices[i] for i in order[QUESTION_OPTIONS:]]


def stated_question_draft(
    lesson: Article, candidate: QuestionCandidate, *, user, comment: str
) -> Question:
    """The article's own exam question as a *draft* hand-written question of the lesson: what
    ``import_articles`` writes as a commented ``questions:`` block, here where an editor checks
    it in the browser. Never published by the import; an editor publishes it, and publishing
    re-checks it (four options, one correct, the rubric). Of more than four options, the right
    one and the first others are kept (`stated_question_note` names the rest)."""
    kept, _ = _kept_options(candidate)
    return save_question(
        question=Question(lesson=lesson),
        # (no stem stated: the lesson's key question, which the editor checks with the lesson)
        stem=candidate.stem or lesson.key_question,
        explanation="",
        choices=[
            ChoiceInput(candidate.choices[index], is_correct=index == candidate.answer)
            for index in kept
        ],
        status=Question.Status.DRAFT,
        now=timezone.now(),
        user=user,
        comment=comment,
    )


def stated_question_note(candidate: QuestionCandidate) -> str:
    """What the editor is told about the stated question, and what it still lacks."""
    missing = []
    if len(candidate.choices) < QUESTION_OPTIONS:
        missing.append(
            f"it has {len(candidate.choices)} of the {QUESTION_OPTIONS} options a question needs"
        )
    if left_out := _kept_options(candidate)[1]:
        missing.append(
            f"of its {len(candidate.choices)} options, these were left out: "
            + "; ".join(f"“{text}”" for text in left_out)
        )
    if candidate.answer is None:
        missing.append("the article does not say which option is right")
    if not candidate.stem:
        missing.append("its wording is the key question, as the article asks none")
    note = (
        "The article states an exam question: it is saved as a draft hand-written question in "
        "the lesson's question bank, for you to check and publish"
    )
    return f"{note} ({'; '.join(missing)})." if missing else f"{note}."


def key_question_for(main_point: str, topic_name: str) -> str:
    """A first, exam-style key question for the editor to rewrite, keyed to the lesson's topic."""
    if not main_point:
        return ""
    return (
        f"What matters most for a Certified Peer Specialist when it comes to {topic_name.lower()}?"
    )


# --- History ------------------------------------------------------------------------------------


@transaction.atomic
def restore_lesson(*, lesson: Article, version, user) -> question_bank.BankReport:
    """Bring back an old version of a lesson: validated, re-rendered and regenerated as a save is."""
    data = version.field_dict
    topic = Topic.objects.filter(pk=data.get("topic_id")).first() or lesson.topic
    validated = validate_lesson(
        {
            "title": data.get("title"),
            "slug": lesson.slug,
            "summary": data.get("summary"),
            "topic": topic.slug,
            "status": data.get("status"),
            "order": data.get("order"),
            "main_point": data.get("main_point"),
            "key_question": data.get("key_question"),
            "source": {"name": data.get("source_name"), "url": data.get("source_url") or ""},
        },
        data.get("body_markdown") or "",
    )
    stamp = version.revision.date_created.strftime("%Y-%m-%d %H:%M UTC")
    return save_lesson(
        lesson=lesson, validated=validated, user=user, comment=f"Restored the version of {stamp}"
    )


# --- Deleting: only a lesson no learner has met -------------------------------------------------


class LessonInUse(Exception):
    """Learners have practised or flagged the lesson's questions: unpublish it instead."""


def lesson_in_use(lesson: Article) -> bool:
    """Whether any learner's history points at the lesson or its questions."""
    return (
        Attempt.objects.filter(lesson=lesson).exists()
        or AttemptQuestion.objects.filter(question__lesson=lesson).exists()
        or Flag.objects.filter(question__lesson=lesson).exists()
        or ReviewCard.objects.filter(question__lesson=lesson).exists()
    )


@transaction.atomic
def delete_lesson(*, lesson: Article) -> None:
    """Delete a lesson nobody has practised (a mistaken import, say), with its questions.

    Its versions stay in the history. Raises ``LessonInUse`` otherwise: lessons learners have met
    are unpublished (status Draft), never deleted, so their history stays readable.
    """
    if lesson_in_use(lesson):
        raise LessonInUse(
            "Learners have practised or flagged this lesson's questions, so it stays: set its "
            "status to Draft to take it down."
        )
    Question.objects.filter(lesson=lesson).delete()
    lesson.delete()
