"""Reading a group's progress: the gradebook rows and one learner's assignments.

A fixed number of queries however many learners, lessons and answers there are: topic scores come
from the same ``TopicScore`` rows and the same ``quizzes.scoring`` arithmetic as the learner's
dashboard, and assignment progress from the answers per lesson those rows keep too (never an
aggregate over the learners' answers, which would grow with their history).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.db.models import Count, Max, Q, QuerySet

from articles.models import Article, LessonRead, Topic
from cps_prep.written_sql import Names, convert, converters, instance
from quizzes import scoring, statistics
from quizzes.models import Attempt, Question, TopicScore, published_via
from teach import progress
from teach.access import TRAINERS_GROUP
from teach.models import (
    Assignment,
    AssignmentExam,
    Cohort,
    LessonSet,
    LessonSetItem,
    Membership,
)


def topics_with_question_counts() -> list[Topic]:
    """Topics with published questions, each with ``question_count``: what the dashboard weighs
    readiness by, in the topics' own order (Django drops ``Meta.ordering`` from a grouped query)."""
    published = Question.objects.published().values("pk")
    return list(
        Topic.objects.annotate(
            question_count=Count("questions", filter=Q(questions__in=published), distinct=True)
        )
        .filter(question_count__gt=0)
        .order_by(*Topic._meta.ordering)
    )


Counts = tuple[int, int, float, float]  # answers, right, weighted answers, weighted right
UNPRACTISED: Counts = (0, 0, 0.0, 0.0)


def topic_counts(learner_ids: QuerySet | Iterable[int], topics: Sequence[Topic]) -> dict[int, list]:
    """Per learner with any topic row, their counts in every topic with questions, in the topics'
    order (``UNPRACTISED`` where they have no row): plain tuples, the numbers of
    ``TopicScore.tally``, read unsorted (the model's order joins the topics to sort them). One
    query; no object made per learner and topic."""
    column = {topic.pk: index for index, topic in enumerate(topics)}
    width = len(topics)
    counts: dict[int, list] = {}
    for learner_id, topic_id, *numbers in (
        TopicScore.objects.filter(learner__in=learner_ids)
        .order_by()
        .values_list(
            "learner_id",
            "topic_id",
            "answered",
            "correct",
            "weighted_answered",
            "weighted_correct",
        )
    ):
        index = column.get(topic_id)
        if index is None:  # a topic without published questions: not a column
            continue
        own = counts.get(learner_id)
        if own is None:
            own = counts[learner_id] = [UNPRACTISED] * width
        own[index] = tuple(numbers)
    return counts


def masteries_of(counts: Sequence[Counts]) -> list[float | None]:
    """Each topic's mastery (``Standing.mastery``: None where nothing was answered)."""
    return [
        scoring.mastery(w_correct, w_answered) if answered > 0 else None
        for answered, _, w_answered, w_correct in counts
    ]


def recent_exams(learner_ids: QuerySet | Iterable[int]) -> dict[int, list[scoring.ExamResult]]:
    """Per learner, their latest ``RECENT_EXAMS`` finished mock exams, newest first, as the
    dashboard weighs readiness by them (one query over the learners' finished exams)."""
    exams: dict[int, list[scoring.ExamResult]] = {}
    for learner_id, correct, questions in (
        Attempt.objects.finished()
        .filter(learner__in=learner_ids, mode=Attempt.Mode.EXAM)
        .order_by("learner_id", "-finished_at", "-pk")
        .values_list("learner_id", "correct_count", "question_count")
    ):
        own = exams.setdefault(learner_id, [])
        if len(own) < scoring.RECENT_EXAMS:
            own.append(scoring.ExamResult(correct=correct, questions=questions))
    return exams


@dataclass
class AssignmentData:
    """What assignment progress needs, read in a fixed number of queries."""

    lessons: dict[int, list[int]]  # lesson set id -> lesson ids in order
    lesson_titles: dict[int, tuple[str, str]]  # lesson id -> (title, slug)
    questions: dict[int, int]  # lesson id -> published questions
    reads: dict[int, set[int]] = field(default_factory=dict)  # learner -> lessons read
    answers: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    exams: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)

    def work(
        self, assignment: Assignment, learner_id: int, now: datetime
    ) -> progress.AssignmentWork:
        lesson_ids = self.lessons.get(assignment.lesson_set_id, [])
        return progress.assignment_work(
            lesson_ids=lesson_ids,
            questions=self.questions,
            reads=self.reads.get(learner_id, set()),
            answers={
                lesson_id: self.answers[(learner_id, lesson_id)]
                for lesson_id in lesson_ids
                if (learner_id, lesson_id) in self.answers
            },
            min_percent=assignment.min_percent,
            exam_goal=assignment.goal == Assignment.Goal.EXAM,
            exams=self.exams.get((assignment.pk, learner_id), []),
            pass_percent=assignment.pass_percent,
            due_at=assignment.due_at,
            now=now,
        )


def reader_lessons(set_ids: Iterable[int], reader: int) -> list[tuple]:
    """The lessons of the lesson sets ``set_ids``, each set's in order, as (set id, lesson id,
    title, slug, published questions, whether ``reader`` has read it): one statement written out
    (Django took longer to build the ORM's grouped query than the database to run it; see
    ``cps_prep.written_sql``), for one learner's own "Assigned to you"."""
    set_ids = sorted(set_ids)
    n = Names()
    published = (
        f"{n.column(Question, 'status', 'q')} = %s AND {n.column(Article, 'status', 'l')} = %s"
    )
    sql = (
        f"SELECT {n.column(LessonSetItem, 'lesson_set', 'i')}, {n.column(LessonSetItem, 'lesson', 'i')}, "
        f"{n.column(Article, 'title', 'l')}, {n.column(Article, 'slug', 'l')}, "
        f"(SELECT COUNT(*) FROM {n.table(Question)} q WHERE {n.column(Question, 'lesson', 'q')} = "
        f"{n.column(Article, 'id', 'l')} AND {published}), "
        f"EXISTS(SELECT 1 FROM {n.table(LessonRead)} r WHERE {n.column(LessonRead, 'lesson', 'r')} = "
        f"{n.column(Article, 'id', 'l')} AND {n.column(LessonRead, 'learner', 'r')} = %s) "
        f"FROM {n.table(LessonSetItem)} i INNER JOIN {n.table(Article)} l ON "
        f"{n.column(LessonSetItem, 'lesson', 'i')} = {n.column(Article, 'id', 'l')} "
        f"WHERE {n.column(LessonSetItem, 'lesson_set', 'i')} IN ({', '.join(['%s'] * len(set_ids))}) "
        f"ORDER BY {n.column(LessonSetItem, 'lesson_set', 'i')}, {n.column(LessonSetItem, 'position', 'i')}"
    )
    params = [Question.Status.PUBLISHED, Article.Status.PUBLISHED, reader, *set_ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [(*values, bool(read)) for *values, read in rows]


def assignment_data(
    assignments: Sequence[Assignment],
    learner_ids: QuerySet | Iterable[int],
    *,
    reader: int | None = None,
    lesson_answers: Iterable[Sequence[Sequence[int]]] | None = None,
) -> AssignmentData:
    """Four queries, three without an exam goal among the assignments: set items with their
    lessons' question counts, reads, answers per lesson (from the topic rows), assignment exams.

    For one learner, ``reader`` (their id): whether they read each lesson comes with the set's
    items (one statement written out, ``reader_lessons``), and ``lesson_answers``, their topic rows' answers per lesson when the caller has read
    those rows already (the dashboard has): no query of their own for either."""
    set_ids = {assignment.lesson_set_id for assignment in assignments}
    lessons: dict[int, list[int]] = {}
    titles: dict[int, tuple[str, str]] = {}
    questions: dict[int, int] = {}
    reads: dict[int, set[int]] = {}
    if not set_ids:
        return AssignmentData(lessons={}, lesson_titles={}, questions={})
    if reader is not None:
        items = reader_lessons(set_ids, reader)
    else:
        items = (
            LessonSetItem.objects.filter(lesson_set__in=set_ids)
            .order_by("lesson_set", "position")
            .values_list("lesson_set_id", "lesson_id", "lesson__title", "lesson__slug")
            .annotate(
                questions=Count("lesson__questions", filter=published_via("lesson__questions__"))
            )
        )
    for set_id, lesson_id, title, slug, count, *read in items:
        lessons.setdefault(set_id, []).append(lesson_id)
        titles[lesson_id] = (title, slug)
        questions[lesson_id] = count
        if read and read[0]:
            reads.setdefault(reader, set()).add(lesson_id)
    lesson_ids = list(titles)
    if reader is None:
        for learner_id, lesson_id in LessonRead.objects.filter(
            learner__in=learner_ids, lesson__in=lesson_ids
        ).values_list("learner_id", "lesson_id"):
            reads.setdefault(learner_id, set()).add(lesson_id)
    # The learners' topic rows keep their answers per lesson (written with each scored answer,
    # rebuilt by rebuild_scores): only the rows of the topics the lessons' questions are in are
    # read, a handful per learner whatever their history.
    rows: Iterable[tuple[int, Sequence[Sequence[int]]]]
    if reader is not None and lesson_answers is not None:
        rows = ((reader, counts) for counts in lesson_answers)
    else:
        rows = TopicScore.objects.filter(
            learner__in=learner_ids,
            topic__in=Question.objects.filter(lesson__in=lesson_ids).values("topic"),
        ).values_list("learner_id", "lesson_answers")
    answers: dict[tuple[int, int], tuple[int, int]] = {}
    for learner_id, counts in rows:
        for lesson_id, answered, correct in counts:
            if lesson_id in titles:
                before = answers.get((learner_id, lesson_id), (0, 0))
                answers[(learner_id, lesson_id)] = (before[0] + answered, before[1] + correct)
    exams: dict[tuple[int, int], list[tuple[int, int]]] = {}
    exam_goals = [
        assignment.pk for assignment in assignments if assignment.goal == Assignment.Goal.EXAM
    ]  # only these count mock exams
    for assignment_id, learner_id, correct, total in (
        AssignmentExam.objects.filter(
            assignment__in=exam_goals,
            attempt__learner__in=learner_ids,
            attempt__finished_at__isnull=False,
        ).values_list(
            "assignment_id",
            "attempt__learner_id",
            "attempt__correct_count",
            "attempt__question_count",
        )
        if exam_goals
        else ()
    ):
        exams.setdefault((assignment_id, learner_id), []).append((correct or 0, total))
    return AssignmentData(
        lessons=lessons,
        lesson_titles=titles,
        questions=questions,
        reads=reads,
        answers=answers,
        exams=exams,
    )


# --- The gradebook ----------------------------------------------------------------------------


@dataclass(slots=True)
class TopicCell:
    """One member's standing in one topic, for the drill-down page (the table reads the row's
    plain numbers)."""

    topic: Topic
    standing: scoring.Standing
    mastery: float | None

    @property
    def band(self) -> str:
        return progress.band(self.mastery)

    @property
    def band_label(self) -> str:
        return progress.BAND_LABELS[self.band]


@dataclass
class Row:
    """One member's line: who, per topic, readiness, per assignment (``teach.gradebook_table``
    turns it into the table's cells)."""

    learner_id: int
    username: str
    joined_at: datetime
    last_active: datetime | None
    counts: list[Counts]  # per topic, in the book's order
    masteries: list[float | None]  # per topic, worked out once (cell, summary, sorting)
    readiness: scoring.Readiness
    assignments: list[tuple[Assignment, progress.AssignmentWork]]


@dataclass
class Gradebook:
    cohort: Cohort
    topics: list[Topic]
    assignments: list[Assignment]
    rows: list[Row]
    data: AssignmentData

    def cells(self, row: Row) -> list[TopicCell]:
        """The row's topics as cells with their standings (the drill-down page's table)."""
        return [
            TopicCell(
                topic=topic,
                standing=scoring.Standing(
                    key=topic.pk,
                    bank_questions=topic.question_count,
                    tally=scoring.Tally(
                        answered=answered,
                        correct=correct,
                        weighted_answered=w_answered,
                        weighted_correct=w_correct,
                    ),
                ),
                mastery=mastery,
            )
            for topic, (answered, correct, w_answered, w_correct), mastery in zip(
                self.topics, row.counts, row.masteries, strict=True
            )
        ]

    def topic_facility(self) -> list[tuple[Topic, statistics.TopicFacility]]:
        """The share right per topic over all the members' answers, hardest first, summed from
        their topic rows (which count every scored answer in the topic its question is in now,
        as an aggregate over the answers would)."""
        rows = []
        for index, topic in enumerate(self.topics):
            answered = sum(row.counts[index][0] for row in self.rows)
            if answered:
                correct = sum(row.counts[index][1] for row in self.rows)
                rows.append(
                    (
                        topic,
                        statistics.TopicFacility(
                            topic_id=topic.pk, answered=answered, correct=correct
                        ),
                    )
                )
        rows.sort(key=lambda pair: (pair[1].facility, pair[0].pk))
        return rows

    @property
    def summary(self) -> dict:
        return {
            "topics": [
                progress.summarise([row.masteries[i] for row in self.rows])
                for i in range(len(self.topics))
            ],
            "readiness": progress.summarise(
                [row.readiness.estimate for row in self.rows],
                [row.readiness.ready for row in self.rows],
            ),
            "assignments": [
                progress.summarise(
                    [
                        None if work.score is None else work.score / 100
                        for _, work in (row.assignments[i] for row in self.rows)
                    ],
                    [row.assignments[i][1].done for row in self.rows],
                )
                for i in range(len(self.assignments))
            ],
        }


def members_of(cohort: Cohort) -> QuerySet[Membership]:
    return Membership.objects.filter(cohort=cohort).select_related("learner")


def gradebook(cohort: Cohort, now: datetime, *, learner_id: int | None = None) -> Gradebook:
    """Every member's row (or one member's, for the drill-down): ten queries. Members are read as
    plain values (id, username, joined, last active), not model instances: the rows need nothing
    else. Last active is their latest scored answer (a topic score is updated with each one), the
    latest of their topic rows' ``updated_at`` taken in the members' query: one date converted per
    learner, not one per topic row."""
    memberships = Membership.objects.filter(cohort=cohort)
    learner_ids: QuerySet | list[int] = memberships.values("learner")
    if learner_id is not None:
        memberships = memberships.filter(learner_id=learner_id)
        learner_ids = [learner_id]
    members = list(
        memberships.values_list(
            "learner_id", f"learner__{get_user_model().USERNAME_FIELD}", "joined_at"
        )
        .annotate(last_active=Max("learner__topic_scores__updated_at"))
        .order_by("joined_at", "pk")  # as before, whatever order the grouping leaves them in
    )
    topics = topics_with_question_counts()
    counts = topic_counts(learner_ids, topics)
    exams = recent_exams(learner_ids)
    assignments = list(cohort.assignments.select_related("lesson_set"))
    data = assignment_data(assignments, learner_ids)
    no_counts = [UNPRACTISED] * len(topics)
    bank = [topic.question_count for topic in topics]
    rows = []
    for member_id, username, joined_at, last_active in members:
        own = counts.get(member_id, no_counts)
        rows.append(
            Row(
                learner_id=member_id,
                username=username,
                joined_at=joined_at,
                last_active=last_active,
                counts=own,
                masteries=masteries_of(own),
                readiness=scoring.readiness_of(
                    (
                        (questions, answered, w_answered, w_correct)
                        for questions, (answered, _, w_answered, w_correct) in zip(
                            bank, own, strict=True
                        )
                    ),
                    exams.get(member_id, []),
                    pass_mark=scoring.PASS_MARK,
                ),
                assignments=[
                    (assignment, data.work(assignment, member_id, now))
                    for assignment in assignments
                ],
            )
        )
    return Gradebook(cohort=cohort, topics=topics, assignments=assignments, rows=rows, data=data)


SORTS = ("name", "joined", "active", "readiness")


def _sort_value(book: Gradebook, key: str) -> Callable[[Row], object] | None:
    """What sorting by ``key`` compares, or None for an unknown key."""
    if key == "name":
        return lambda row: row.username.casefold()
    if key == "joined":
        return lambda row: row.joined_at
    if key == "active":
        return lambda row: row.last_active
    if key == "readiness":
        return lambda row: row.readiness.estimate
    for index, topic in enumerate(book.topics):
        if key == f"topic-{topic.pk}":
            return lambda row: row.masteries[index]
    for index, assignment in enumerate(book.assignments):
        if key == f"assignment-{assignment.pk}":
            return lambda row: row.assignments[index][1].score
    return None


def sort_rows(book: Gradebook, key: str, descending: bool) -> str:
    """Sort the rows in place by ``name``, ``joined``, ``active``, ``readiness``, ``topic-<id>`` or
    ``assignment-<id>`` (else by name); rows without a value go last either way, by name. Returns
    the key used."""
    value = _sort_value(book, key)
    if value is None:
        key, value = "name", _sort_value(book, "name")
    keyed = [(value(row), row) for row in book.rows]
    present = [(sort_key, row) for sort_key, row in keyed if sort_key is not None]
    missing = [row for sort_key, row in keyed if sort_key is None]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    missing.sort(key=lambda row: row.username.casefold())
    book.rows[:] = [row for _, row in present] + missing
    return key


# --- A learner's own assignments --------------------------------------------------------------


@dataclass
class Assigned:
    assignment: Assignment
    work: progress.AssignmentWork
    lessons: list[tuple[progress.LessonWork, str, str]]  # work, title, slug

    @property
    def next(self) -> tuple[progress.LessonWork, str, str] | None:
        """The first lesson with something left to do, with its title and slug."""
        return next((entry for entry in self.lessons if entry[0].next_step), None)


@dataclass
class LearnerGroups:
    in_trainers_group: bool  # whether the learner is in the "Trainers" auth group
    cohorts: list[dict]  # ``pk``, ``name``, ``trainer`` (the owner's username), in their order
    assignments: list[Assignment]  # with their groups and lesson sets (only what is shown)


# What the learner's block shows of an assignment, its group and its lesson set (in the models'
# field order, as ``Model.from_db`` takes them).
ASSIGNMENT_FIELDS = [
    field
    for field in Assignment._meta.concrete_fields
    if field.name not in {"created_by", "created_at"}
]
COHORT_FIELDS = [
    field for field in Cohort._meta.concrete_fields if field.name in {"id", "name", "time_zone"}
]
LESSON_SET_FIELDS = [
    field for field in LessonSet._meta.concrete_fields if field.name in {"id", "name"}
]


def learner_groups(learner) -> LearnerGroups:
    """The learner's groups, their assignments (each with its lesson set and group) and whether
    they are in the trainers' group: one statement, written out (Django takes longer to build the
    ORM's queries than the database to run them; see ``cps_prep.written_sql``). A row per
    assignment, a group without any a row of its own, and one row of the learner's alone when they
    are in no group."""
    user_model = get_user_model()
    groups = user_model._meta.get_field("groups")
    through = groups.remote_field.through
    n = Names()
    qn = n.quote
    cohort_columns = [n.columns(COHORT_FIELDS, "c")]
    owner = n.column(user_model, user_model.USERNAME_FIELD, "o")
    assignment_columns = [n.columns(ASSIGNMENT_FIELDS, "a")]
    set_columns = [n.columns(LESSON_SET_FIELDS, "s")]
    sql = (
        f"SELECT EXISTS(SELECT 1 FROM {n.table(through)} ug INNER JOIN {n.table(Group)} g ON "
        f"ug.{qn(groups.m2m_reverse_name())} = {n.column(Group, 'id', 'g')} WHERE "
        f"ug.{qn(groups.m2m_column_name())} = %s AND {n.column(Group, 'name', 'g')} = %s), "
        f"{', '.join([*cohort_columns, owner, *assignment_columns, *set_columns])} "
        f"FROM {n.table(user_model)} u "
        f"LEFT OUTER JOIN {n.table(Membership)} m ON {n.column(Membership, 'learner', 'm')} = "
        f"{n.column(user_model, 'id', 'u')} "
        f"LEFT OUTER JOIN {n.table(Cohort)} c ON {n.column(Cohort, 'id', 'c')} = "
        f"{n.column(Membership, 'cohort', 'm')} "
        f"LEFT OUTER JOIN {n.table(user_model)} o ON {n.column(user_model, 'id', 'o')} = "
        f"{n.column(Cohort, 'owner', 'c')} "
        f"LEFT OUTER JOIN {n.table(Assignment)} a ON {n.column(Assignment, 'cohort', 'a')} = "
        f"{n.column(Cohort, 'id', 'c')} "
        f"LEFT OUTER JOIN {n.table(LessonSet)} s ON {n.column(LessonSet, 'id', 's')} = "
        f"{n.column(Assignment, 'lesson_set', 'a')} "
        f"WHERE {n.column(user_model, 'id', 'u')} = %s "
        f"ORDER BY {n.column(Cohort, 'name', 'c')}, {n.column(Cohort, 'id', 'c')}, "
        f"{n.column(Assignment, 'id', 'a')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [learner.pk, TRAINERS_GROUP, learner.pk])
        rows = cursor.fetchall()
    in_trainers_group = bool(rows and rows[0][0])
    cohort_count, assignment_count = len(COHORT_FIELDS), len(ASSIGNMENT_FIELDS)
    assignment_conversions = converters(ASSIGNMENT_FIELDS)
    cohorts: dict[int, tuple[dict, Cohort]] = {}
    assignments = []
    for _, *values in rows:
        cohort_values = values[:cohort_count]
        trainer = values[cohort_count]
        assignment_values = values[cohort_count + 1 : cohort_count + 1 + assignment_count]
        set_values = values[cohort_count + 1 + assignment_count :]
        cohort_id = cohort_values[0]
        if cohort_id is None:  # in no group: the learner's row alone
            continue
        if cohort_id not in cohorts:
            cohort = instance(Cohort, COHORT_FIELDS, cohort_values)
            cohorts[cohort_id] = (
                {"pk": cohort.pk, "name": cohort.name, "trainer": trainer},
                cohort,
            )
        if assignment_values[0] is None:  # a group without assignments
            continue
        assignment = instance(
            Assignment, ASSIGNMENT_FIELDS, convert(assignment_values, assignment_conversions)
        )
        assignment.cohort = cohorts[cohort_id][1]
        assignment.lesson_set = instance(LessonSet, LESSON_SET_FIELDS, set_values)
        assignments.append(assignment)
    return LearnerGroups(
        in_trainers_group=in_trainers_group,
        cohorts=[entry for entry, _ in cohorts.values()],
        assignments=assignments,
    )


def assigned_to(
    learner,
    now: datetime,
    *,
    assignments: Sequence[Assignment] | None = None,
    lesson_answers: Iterable[Sequence[Sequence[int]]] | None = None,
) -> list[Assigned]:
    """The learner's assignments in all their groups, soonest due first (undated last).
    ``assignments``: those of the learner's groups, with their groups and lesson sets, when the
    caller has read them (``learner_groups``); ``lesson_answers``: see
    ``assignment_data``."""
    if assignments is None:
        assignments = list(
            Assignment.objects.filter(cohort__memberships__learner=learner)
            .select_related("lesson_set", "cohort")
            .order_by("due_at", "pk")
        )
    if not assignments:
        return []
    data = assignment_data(
        assignments, [learner.pk], reader=learner.pk, lesson_answers=lesson_answers
    )
    result = []
    for assignment in assignments:
        work = data.work(assignment, learner.pk, now)
        result.append(
            Assigned(
                assignment=assignment,
                work=work,
                lessons=[
                    (lesson, *data.lesson_titles[lesson.lesson_id]) for lesson in work.lessons
                ],
            )
        )
    result.sort(
        key=lambda entry: (
            entry.assignment.due_at is None,
            entry.assignment.due_at or now,
            entry.assignment.pk,
        )
    )
    return result
