"""Assignment progress and group summaries, from literal inputs (no database)."""

from datetime import UTC, datetime, timedelta

from teach import progress
from teach.progress import Status

NOW = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def work(**fields):
    values = {
        "lesson_ids": [1, 2],
        "questions": {1: 4, 2: 3},
        "reads": set(),
        "answers": {},
        "min_percent": 80,
        "due_at": None,
        "now": NOW,
    }
    values.update(fields)
    return progress.assignment_work(**values)


def test_nothing_done_is_not_started_and_next_step_is_reading_the_first_lesson():
    result = work()
    assert result.status is Status.NOT_STARTED
    assert result.score is None
    assert result.next_lesson.lesson_id == 1
    assert result.next_lesson.next_step == "read"


def test_reading_and_practising_every_lesson_to_the_mark_is_done():
    result = work(reads={1, 2}, answers={1: (5, 4), 2: (3, 3)})
    assert [lesson.percent for lesson in result.lessons] == [80, 100]
    assert result.status is Status.DONE
    assert result.score == 88  # 7 of 8 answers right
    assert result.next_lesson is None


def test_below_the_mark_or_too_few_answers_is_not_practised():
    result = work(reads={1, 2}, answers={1: (5, 3), 2: (2, 2)})
    assert [lesson.practised for lesson in result.lessons] == [False, False]  # 60%; 2 of 3 needed
    assert result.status is Status.IN_PROGRESS
    assert result.next_lesson.next_step == "practise"


def test_a_lesson_with_fewer_questions_than_three_needs_all_of_them():
    result = work(lesson_ids=[9], questions={9: 2}, reads={9}, answers={9: (2, 2)})
    assert result.lessons[0].needed_answers == 2
    assert result.status is Status.DONE


def test_a_lesson_without_questions_needs_reading_only():
    result = work(lesson_ids=[9], questions={}, reads={9})
    assert result.status is Status.DONE


def test_practice_before_the_assignment_counts_but_unread_lessons_do_not_finish_it():
    result = work(answers={1: (4, 4), 2: (3, 3)})
    assert result.practised == 2
    assert result.read == 0
    assert result.status is Status.IN_PROGRESS


def test_overdue_once_the_due_time_has_passed_unless_done():
    assert work(due_at=NOW).status is Status.OVERDUE
    assert work(due_at=NOW + timedelta(seconds=1)).status is Status.NOT_STARTED
    done = work(due_at=NOW - timedelta(days=1), reads={1, 2}, answers={1: (3, 3), 2: (3, 3)})
    assert done.status is Status.DONE


def test_exam_goal_needs_a_passed_exam_and_scores_the_best_one():
    base = {"exam_goal": True, "reads": {1, 2}, "pass_percent": 70}
    assert work(**base).status is Status.IN_PROGRESS  # read, no exam yet
    result = work(**base, exams=[(5, 10), (7, 10)])
    assert result.best_exam.percent == 70
    assert result.status is Status.DONE
    assert result.score == 70
    assert work(**base, exams=[(6, 10)]).status is Status.IN_PROGRESS
    assert work(exam_goal=True, reads={1}, exams=[(10, 10)]).status is Status.IN_PROGRESS


def test_mock_exams_count_only_towards_an_exam_goal():
    """A goal changed from exam to practice leaves its mock exams behind: they neither start the
    assignment nor score it (so the gradebook need not read them for practice assignments)."""
    result = work(exams=[(0, 10)])
    assert result.best_exam is None
    assert result.status is Status.NOT_STARTED
    assert result.score is None


def test_summaries_average_present_values_and_count_done():
    summary = progress.summarise([0.5, None, 1.0], [True, False, True])
    assert (summary.count, summary.mean, summary.done) == (2, 75, 2)
    assert progress.summarise([None]).mean is None


def test_bands_name_every_colour():
    assert progress.band(None) == "none"
    assert progress.band(0.8) == "mastered"
    assert progress.band(0.79) == "developing"
    assert progress.band(0.5) == "developing"
    assert progress.band(0.49) == "starting"
    assert set(progress.BAND_LABELS) == {"none", "mastered", "developing", "starting"}
