"""Assignment progress and group summaries, on plain numbers. No Django here.

The rules, as the trainer and learner pages explain them:

- A lesson is **read** once its page has been opened (signed in) at any time.
- A lesson is **practised** when the learner's answers to its questions, whenever given (before the
  assignment too), number at least ``min_answers`` (3, or all of the lesson's questions if it has
  fewer) and are at least the assignment's percent right. A lesson without questions needs reading only.
- A **practice** assignment is done when every lesson is read and practised; an **exam** assignment
  when every lesson is read and one of the learner's mock exams for it reached the pass mark.
- Its **status**: done; else overdue once the due time has passed; else in progress if anything
  counts yet; else not started.
- Its **score**: practice, percent right over all answers to the set's questions; exam, the best
  mock exam's percent.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from quizzes import scoring

MIN_ANSWERS = 3


class Status(enum.Enum):
    DONE = "done"
    OVERDUE = "overdue"
    IN_PROGRESS = "in progress"
    NOT_STARTED = "not started"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def css(self) -> str:
        return self.name.lower().replace("_", "-")


@dataclass(frozen=True)
class LessonWork:
    """One lesson of an assignment, as far as one learner has got with it."""

    lesson_id: int
    questions: int  # published questions the lesson has
    read: bool
    answered: int
    correct: int
    min_percent: int

    @property
    def percent(self) -> int | None:
        return scoring.percent(self.correct, self.answered)

    @property
    def needed_answers(self) -> int:
        return min(MIN_ANSWERS, self.questions)

    @property
    def practised(self) -> bool:
        if self.questions == 0:
            return True
        if self.answered < self.needed_answers:
            return False
        percent = self.percent
        return percent is not None and percent >= self.min_percent

    @property
    def done(self) -> bool:
        return self.read and self.practised

    @property
    def next_step(self) -> str:
        """ "read", "practise" or "" (nothing left)."""
        if not self.read:
            return "read"
        if not self.practised:
            return "practise"
        return ""


@dataclass(frozen=True)
class ExamResult:
    correct: int
    questions: int
    pass_percent: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.questions)

    @property
    def passed(self) -> bool:
        return 100 * self.correct >= self.pass_percent * self.questions


@dataclass(frozen=True)
class AssignmentWork:
    """One learner's progress on one assignment, its figures worked out once, by
    ``assignment_work`` (the gradebook reads them for a cell, the summary row and sorting)."""

    lessons: tuple[LessonWork, ...]
    exam_goal: bool
    best_exam: ExamResult | None
    overdue: bool  # the due time has passed
    read: int  # lessons read
    practised: int  # lessons practised
    done: bool
    started: bool  # anything counts yet
    score: int | None

    @property
    def status(self) -> Status:
        if self.done:
            return Status.DONE
        if self.overdue:
            return Status.OVERDUE
        if self.started:
            return Status.IN_PROGRESS
        return Status.NOT_STARTED

    @property
    def next_lesson(self) -> LessonWork | None:
        """The first lesson with something left to do, in the set's order."""
        return next((lesson for lesson in self.lessons if lesson.next_step), None)


def assignment_work(
    *,
    lesson_ids: Sequence[int],
    questions: dict[int, int],
    reads: set[int],
    answers: dict[int, tuple[int, int]],
    min_percent: int,
    exam_goal: bool = False,
    exams: Sequence[tuple[int, int]] = (),
    pass_percent: int = 70,
    due_at: datetime | None,
    now: datetime,
) -> AssignmentWork:
    """One learner's progress on one assignment.

    ``questions``: published questions per lesson id; ``reads``: lesson ids read; ``answers``:
    (answered, correct) per lesson id; ``exams``: (correct, questions) of each finished mock exam
    taken for the assignment, which count only towards an exam goal (a goal changed from exam to
    practice leaves them behind).
    """
    lessons = tuple(
        LessonWork(
            lesson_id=lesson_id,
            questions=questions.get(lesson_id, 0),
            read=lesson_id in reads,
            answered=answers.get(lesson_id, (0, 0))[0],
            correct=answers.get(lesson_id, (0, 0))[1],
            min_percent=min_percent,
        )
        for lesson_id in lesson_ids
    )
    results = [
        ExamResult(correct=correct, questions=total, pass_percent=pass_percent)
        for correct, total in exams
        if total > 0 and exam_goal
    ]
    best = max(results, key=lambda result: result.correct / result.questions, default=None)
    read = sum(lesson.read for lesson in lessons)
    practised_flags = [lesson.practised for lesson in lessons]
    practised = sum(practised_flags)
    if exam_goal:
        done = read == len(lessons) and best is not None and best.passed
        score = best.percent if best else None
    else:
        done = read == len(lessons) and all(practised_flags)
        score = scoring.percent(
            sum(lesson.correct for lesson in lessons), sum(lesson.answered for lesson in lessons)
        )
    return AssignmentWork(
        lessons=lessons,
        exam_goal=exam_goal,
        best_exam=best,
        overdue=due_at is not None and now >= due_at,
        read=read,
        practised=practised,
        done=done,
        started=bool(read) or any(lesson.answered for lesson in lessons) or best is not None,
        score=score,
    )


@dataclass(frozen=True)
class Summary:
    """A column of the gradebook summed up: how many have a value, their mean, how many are done."""

    count: int
    mean: int | None
    done: int


def summarise(values: Sequence[float | None], done: Sequence[bool] = ()) -> Summary:
    """Mean of the values present (as a whole percent of a 0-1 share), and how many are done."""
    present = [value for value in values if value is not None]
    mean = round(100 * sum(present) / len(present)) if present else None
    return Summary(count=len(present), mean=mean, done=sum(done))


def band(share: float | None) -> str:
    """The mastery band a cell is coloured with, named too so colour is never the only sign."""
    if share is None:
        return "none"
    if share >= scoring.MASTERY_THRESHOLD:
        return "mastered"
    if share >= 0.5:
        return "developing"
    return "starting"


BAND_LABELS = {
    "none": "Not practised",
    "mastered": "Mastered",
    "developing": "Developing",
    "starting": "Getting started",
}
