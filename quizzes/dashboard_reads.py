"""The dashboard's own reads: two statements written out, not built by the ORM.

Django takes ~0.3-0.5 ms to build and compile each of the dashboard's queries, SQLite ~0.01-0.05 ms to
run one; so the page's five reads are two statements here, their SQL written out from the models'
table and column names (``_meta``, quoted for the database in use):

- ``attempts``: the learner's five latest sessions (with their lesson's title and topic's name) and
  their latest ``RECENT_EXAMS`` finished mock exams, after any attempt left open past its deadline:
  one UNION ALL of two limited selects;
- ``topics``: every topic with its published questions counted, the learner's own row for it if any
  (``TopicScore``: tallies, recent answers, answers per lesson), and the learner's review cards due.

They read what ``Attempt.objects.described()``, ``latest_exams_or_expired``,
``Topic``'s question counts (``published_via``), ``TopicScore`` and ``review.cards.due_count`` read;
tests/quizzes/test_dashboard_reads.py holds them to those querysets. Every statement is filtered by
the learner's id: a learner reads only their own rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from articles.models import Article, Topic
from cps_prep.written_sql import Names, convert, converters, instance
from quizzes import dashboard_html, scoring
from quizzes.models import Attempt, Question, TopicScore
from review.models import ReviewCard

RECENT_SESSIONS = 5

# What the recent sessions show of an attempt (``dashboard_html.recent_sessions``), in the model's
# field order (``Model.from_db`` takes them so); the exam results read three of them.
ATTEMPT_FIELDS = [
    field
    for field in Attempt._meta.concrete_fields
    if field.name == "id" or field.name in dashboard_html.RECENT_FIELDS
]
SCORE_FIELDS = [
    TopicScore._meta.get_field(name)
    for name in (
        "id",
        "answered",
        "correct",
        "weighted_answered",
        "weighted_correct",
        "recent_answers",
        "lesson_answers",
    )
]


def _published(n: Names, question: str, lesson: str) -> tuple[str, list]:
    """``published_via``'s condition on a question and its lesson, joined as ``question`` and
    ``lesson``."""
    return (
        f"{n.column(Question, 'status', question)} = %s AND {n.column(Article, 'status', lesson)} = %s",
        [Question.Status.PUBLISHED, Article.Status.PUBLISHED],
    )


@dataclass
class Attempts:
    recent: list[Attempt]  # newest first, each with ``lesson_title`` and ``topic_name``
    exams: list[tuple[datetime | None, int, int]]  # (finished at, right, questions), see below

    @property
    def expired(self) -> bool:
        """Whether an attempt was left open past its deadline (it comes first among ``exams``)."""
        return bool(self.exams) and self.exams[0][0] is None


def attempts(learner_id: int, now: datetime) -> Attempts:
    """The learner's latest sessions and exam results, in one statement (see the module)."""
    n = Names()
    columns = n.columns(ATTEMPT_FIELDS, "a")
    lesson_join = (
        f"LEFT OUTER JOIN {n.table(Article)} l ON {n.column(Attempt, 'lesson', 'a')} = "
        f"{n.column(Article, 'id', 'l')} LEFT OUTER JOIN {n.table(Topic)} t ON "
        f"{n.column(Attempt, 'topic', 'a')} = {n.column(Topic, 'id', 't')}"
    )
    select = (
        f"SELECT {{part}} AS part, {columns}, {n.column(Article, 'title', 'l')} AS lesson_title, "
        f"{n.column(Topic, 'name', 't')} AS topic_name FROM {n.table(Attempt)} a {lesson_join} "
        f"WHERE {n.column(Attempt, 'learner', 'a')} = %s"
    )
    finished_at, started_at, pk = (
        n.column(Attempt, name, "a") for name in ("finished_at", "started_at", "id")
    )
    sql = (
        f"SELECT * FROM ({select.format(part=0)} ORDER BY {started_at} DESC, {pk} DESC LIMIT %s) "
        f"AS recent UNION ALL SELECT * FROM ({select.format(part=1)} AND (({n.column(Attempt, 'mode', 'a')} = %s AND "
        f"{finished_at} IS NOT NULL) OR ({finished_at} IS NULL AND "
        f"{n.column(Attempt, 'deadline', 'a')} <= %s)) "
        f"ORDER BY ({finished_at} IS NULL) DESC, {finished_at} DESC, {pk} DESC LIMIT %s) AS exams"
    )
    params = [
        learner_id,
        RECENT_SESSIONS,
        learner_id,
        Attempt.Mode.EXAM,
        connection.ops.adapt_datetimefield_value(now),
        scoring.RECENT_EXAMS,
    ]
    names = [field.attname for field in ATTEMPT_FIELDS]
    recent, exams = [], []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    conversions = converters(ATTEMPT_FIELDS)
    for part, *values, lesson_title, topic_name in rows:
        values = convert(values, conversions)
        if part == 0:
            attempt = instance(Attempt, ATTEMPT_FIELDS, values)
            attempt.lesson_title, attempt.topic_name = lesson_title, topic_name
            recent.append(attempt)
        else:
            exams.append(dict(zip(names, values, strict=True)))
    # Each part's order, whatever order the database returns the union's rows in.
    recent.sort(key=lambda attempt: (attempt.started_at, attempt.pk), reverse=True)
    exams.sort(
        key=lambda exam: (exam["finished_at"] is None, exam["finished_at"] or now, exam["id"]),
        reverse=True,
    )
    return Attempts(
        recent=recent,
        exams=[
            (exam["finished_at"], exam["correct_count"], exam["question_count"]) for exam in exams
        ],
    )


@dataclass
class TopicRow:
    topic_id: int
    name: str
    slug: str
    question_count: int  # published questions in the topic
    score: list | None  # the learner's row: answered, right, weighted answered, weighted right,
    # recent answers, answers per lesson (``SCORE_FIELDS`` after the id); None without one


def topics(learner_id: int, now: datetime) -> tuple[list[TopicRow], int]:
    """Every topic (in the topics' own order: position, then name) with its published questions and the learner's row, and how many of
    the learner's review cards are due (a subquery the database runs once): one statement."""
    n = Names()
    published, published_params = _published(n, "q", "l")
    questions = (
        f"SELECT COUNT(*) FROM {n.table(Question)} q INNER JOIN {n.table(Article)} l ON "
        f"{n.column(Question, 'lesson', 'q')} = {n.column(Article, 'id', 'l')} "
        f"WHERE {n.column(Question, 'topic', 'q')} = {n.column(Topic, 'id', 't')} AND {published}"
    )
    due = (
        f"SELECT COUNT(*) FROM {n.table(ReviewCard)} c INNER JOIN {n.table(Question)} q ON "
        f"{n.column(ReviewCard, 'question', 'c')} = {n.column(Question, 'id', 'q')} INNER JOIN "
        f"{n.table(Article)} l ON {n.column(Question, 'lesson', 'q')} = {n.column(Article, 'id', 'l')} "
        f"WHERE {n.column(ReviewCard, 'learner', 'c')} = %s AND {n.column(ReviewCard, 'due', 'c')} <= %s "
        f"AND {published}"
    )
    score_columns = n.columns(SCORE_FIELDS, "s")
    sql = (
        f"SELECT {n.column(Topic, 'id', 't')}, {n.column(Topic, 'name', 't')}, "
        f"{n.column(Topic, 'slug', 't')}, ({questions}), {score_columns}, ({due}) "
        f"FROM {n.table(Topic)} t LEFT OUTER JOIN {n.table(TopicScore)} s ON "
        f"{n.column(TopicScore, 'topic', 's')} = {n.column(Topic, 'id', 't')} AND "
        f"{n.column(TopicScore, 'learner', 's')} = %s "
        # ``Topic.Meta.ordering``, as every other list of topics is shown.
        f"ORDER BY {n.column(Topic, 'position', 't')}, {n.column(Topic, 'name', 't')}"
    )
    params = [
        *published_params,
        learner_id,
        connection.ops.adapt_datetimefield_value(now),
        *published_params,
        learner_id,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    result = []
    conversions = converters(SCORE_FIELDS)
    for topic_id, name, slug, question_count, *score, _ in rows:
        score_id, *numbers = convert(score, conversions)
        result.append(
            TopicRow(
                topic_id=topic_id,
                name=name,
                slug=slug,
                question_count=question_count,
                score=None if score_id is None else numbers,
            )
        )
    return result, rows[0][-1] if rows else 0
