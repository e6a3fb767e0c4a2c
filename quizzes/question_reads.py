"""The question page's read: one statement written out, not built by the ORM.

The question page, its feedback after an answer, the answer POST and the flag POST read the
learner's attempt question with what the page shows: its attempt, its question (what it asks and
explains, and where from: its lesson's title and address), the learner's answer and its option, and
the question's options, a row per option. Django took ~0.5 ms to build and compile that query (five
tables, ``only()``), SQLite ~0.05 ms to run it; so it is written out here, its names from the
models' ``_meta`` quoted for the database in use, its values parameters, what it reads converted by
the ORM's own converters (``cps_prep.written_sql``), and made into the model instances and related
caches the ORM's ``select_related`` made (``tests/quizzes/test_question_reads.py`` holds it to that
queryset).

The statement is filtered by the learner's id through the attempt: a learner reads only the
questions of their own attempts.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection
from django.db.models import Field, Model

from articles.models import Article
from cps_prep.written_sql import Names, convert, converters, instance
from quizzes.models import Attempt, AttemptQuestion, Choice, Question, Response


def _fields(model: type[Model], names: Sequence[str] | None = None) -> list[Field]:
    """The concrete fields of ``model`` named (all without ``names``), the id included, in the
    model's field order (``Model.from_db`` takes them so)."""
    return [
        field
        for field in model._meta.concrete_fields
        if names is None or field.primary_key or field.name in names
    ]


# What a question page shows, and all that its views read (what the ORM's ``only()`` loaded): the
# attempt question and its attempt; what the question asks and explains, and where from (its
# lesson's title and address); the learner's answer and its option; every field of the options.
ITEM_FIELDS = _fields(AttemptQuestion)
ATTEMPT_FIELDS = _fields(Attempt)
QUESTION_FIELDS = _fields(
    Question, ("lesson", "topic", "stem", "explanation", "explanation_html", "anchor")
)
LESSON_FIELDS = _fields(Article, ("title", "slug"))
RESPONSE_FIELDS = _fields(Response)
CHOSEN_FIELDS = _fields(Choice, ("question", "text", "is_correct", "position", "rationale"))
OPTION_FIELDS = _fields(Choice)

# (model, alias, fields) in the order of the statement's columns.
PARTS = (
    (AttemptQuestion, "i", ITEM_FIELDS),
    (Attempt, "a", ATTEMPT_FIELDS),
    (Question, "q", QUESTION_FIELDS),
    (Article, "l", LESSON_FIELDS),
    (Response, "r", RESPONSE_FIELDS),
    (Choice, "rc", CHOSEN_FIELDS),
    (Choice, "o", OPTION_FIELDS),
)

# The related objects as the ORM's ``select_related`` caches them.
_ATTEMPT = AttemptQuestion._meta.get_field("attempt")
_QUESTION = AttemptQuestion._meta.get_field("question")
_LESSON = Question._meta.get_field("lesson")
_RESPONSE = AttemptQuestion._meta.get_field("response")  # the reverse one-to-one
_ATTEMPT_QUESTION = Response._meta.get_field("attempt_question")
_CHOSEN = Response._meta.get_field("choice")


def _sql() -> str:
    """The statement, its names quoted for the database in use."""
    n = Names()
    columns = ", ".join(n.columns(fields, alias) for _, alias, fields in PARTS)
    return (
        f"SELECT {columns} FROM {n.table(AttemptQuestion)} i "
        f"INNER JOIN {n.table(Attempt)} a ON {n.column(AttemptQuestion, 'attempt', 'i')} = "
        f"{n.column(Attempt, 'id', 'a')} "
        f"INNER JOIN {n.table(Question)} q ON {n.column(AttemptQuestion, 'question', 'i')} = "
        f"{n.column(Question, 'id', 'q')} "
        f"INNER JOIN {n.table(Article)} l ON {n.column(Question, 'lesson', 'q')} = "
        f"{n.column(Article, 'id', 'l')} "
        f"LEFT OUTER JOIN {n.table(Response)} r ON {n.column(Response, 'attempt_question', 'r')} = "
        f"{n.column(AttemptQuestion, 'id', 'i')} "
        f"LEFT OUTER JOIN {n.table(Choice)} rc ON {n.column(Response, 'choice', 'r')} = "
        f"{n.column(Choice, 'id', 'rc')} "
        f"LEFT OUTER JOIN {n.table(Choice)} o ON {n.column(Choice, 'question', 'o')} = "
        f"{n.column(Question, 'id', 'q')} "
        f"WHERE {n.column(Attempt, 'learner', 'a')} = %s AND "
        f"{n.column(AttemptQuestion, 'attempt', 'i')} = %s AND "
        f"{n.column(AttemptQuestion, 'position', 'i')} = %s "
        f"ORDER BY {n.column(Choice, 'position', 'o')}"
    )


def _parts(values: Sequence, parts: Sequence[tuple]) -> list[list]:
    """``values`` cut into each part's fields, converted as the ORM converts them."""
    result, start = [], 0
    for _, _, fields in parts:
        result.append(convert(values[start : start + len(fields)], converters(fields)))
        start += len(fields)
    return result


def item(learner_id: int, attempt_id: int, position: int) -> AttemptQuestion | None:
    """Question ``position`` of the learner's attempt ``attempt_id`` with what its page shows, its
    question's options (in the order of their positions) as ``options``; None when the learner
    has no such attempt or it no such question. One statement."""
    with connection.cursor() as cursor:
        cursor.execute(_sql(), [learner_id, attempt_id, position])
        rows = cursor.fetchall()
    if not rows:
        return None
    option_start = sum(len(fields) for _, _, fields in PARTS[:-1])
    item_values, attempt_values, question_values, lesson_values, response_values, chosen_values = (
        _parts(rows[0][:option_start], PARTS[:-1])
    )
    option_conversions = converters(OPTION_FIELDS)
    options = [
        instance(Choice, OPTION_FIELDS, convert(row[option_start:], option_conversions))
        for row in rows
        if row[option_start] is not None  # a question without options (none is served) joins none
    ]
    result = instance(AttemptQuestion, ITEM_FIELDS, item_values)
    _ATTEMPT.set_cached_value(result, instance(Attempt, ATTEMPT_FIELDS, attempt_values))
    question = instance(Question, QUESTION_FIELDS, question_values)
    _LESSON.set_cached_value(question, instance(Article, LESSON_FIELDS, lesson_values))
    _QUESTION.set_cached_value(result, question)
    response = None
    if response_values[0] is not None:
        response = instance(Response, RESPONSE_FIELDS, response_values)
        _CHOSEN.set_cached_value(response, instance(Choice, CHOSEN_FIELDS, chosen_values))
        _ATTEMPT_QUESTION.set_cached_value(response, result)
    _RESPONSE.set_cached_value(result, response)  # None: no answer, and no query to say so
    result.options = options
    return result
