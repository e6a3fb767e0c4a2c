from __future__ import annotations

from quizzes.generation import LessonInput, infer_main_point, main_point, read_lesson
from quizzes.generation.mainpoint import REVIEW_THRESHOLD, shape_of
from quizzes.generation.words import states

from .lessons import Expected, without_main_point


def test_inference_finds_the_main_point_without_front_matter(expected: Expected) -> None:
    found = infer_main_point(without_main_point(expected.lesson))
    assert states(expected.main_point, found.text), (found.text, expected.main_point)
    assert not found.flagged_for_review
    assert found.confidence >= REVIEW_THRESHOLD
    assert found.source_sentence_id


def test_front_matter_main_point_is_used_as_written(expected: Expected) -> None:
    point = main_point(read_lesson(expected.lesson))
    assert point.from_front_matter
    assert point.text == expected.lesson.main_point
    assert point.confidence == 1.0


def test_a_lesson_without_cues_is_flagged_for_review() -> None:
    lesson = LessonInput(
        slug="plain",
        title="Notes",
        summary="Some notes.",
        topic="empathy",
        main_point="",
        key_question="",
        body="The weather was mild. A train left at noon.\n",
    )
    found = infer_main_point(lesson)
    assert found.flagged_for_review
    assert found.confidence < REVIEW_THRESHOLD


def test_shapes_of_main_points() -> None:
    assert shape_of("Ensuring peers feel heard and validated").answer.verb == (
        "ensure peers feel heard and validated"
    )
    noun = shape_of("Empathy and understanding are what establish trust")
    assert (noun.kind, noun.answer.noun, noun.predicate) == (
        "noun",
        "empathy and understanding",
        "establish trust",
    )
    helps = shape_of("Empathy helps a CPS build supportive and effective relationships")
    assert (helps.kind, helps.subject, helps.answer.verb) == (
        "helps",
        "empathy",
        "build supportive and effective relationships",
    )
    gerund = shape_of("Sharing personal recovery stories fosters hope")
    assert (gerund.kind, gerund.answer.verb, gerund.predicate) == (
        "gerund_subject",
        "share personal recovery stories",
        "foster hope",
    )
    # "is" inside a that-clause is not the main verb.
    assert shape_of("Believing that recovery is possible and showing it").kind == "verb"
