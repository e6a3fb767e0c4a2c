"""The defects issue 11 found in the admin, each checked where a new admin would meet it."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article
from quizzes import attempts, bank
from quizzes.models import Choice, Question
from tests.factories import make_lesson, make_question, make_topic

pytestmark = pytest.mark.django_db


def lesson_post(lesson: Article, **changes: str) -> dict[str, str]:
    data = {
        "title": lesson.title,
        "summary": lesson.summary,
        "topic": lesson.topic.slug,
        "status": lesson.status,
        "order": "" if lesson.order is None else str(lesson.order),
        "main_point": lesson.main_point,
        "key_question": lesson.key_question,
        "source_name": lesson.source_name,
        "source_url": lesson.source_url,
        "body": lesson.body_markdown,
    }
    data.update(changes)
    return data


def test_editing_a_lesson_body_changes_the_lesson_page(staff_client, lesson):
    # The admin's change page leads to the lesson editor: one way to edit, and it takes effect.
    response = staff_client.get(f"/admin/articles/article/{lesson.pk}/change/")
    assert response.status_code == 302
    assert response.url == f"/staff/lessons/{lesson.slug}/edit/"
    body = "## Why listening\n\nReflective listening helps a peer feel **heard**.\n"
    response = staff_client.post(response.url, lesson_post(lesson, body=body))
    assert response.status_code == 302
    page = staff_client.get(lesson.get_absolute_url()).content.decode()
    assert "Reflective listening helps a peer feel <strong>heard</strong>." in page
    lesson.refresh_from_db()
    assert lesson.edited_since_sync
    assert lesson.headings[0]["text"] == "Why listening"


def test_a_published_question_cannot_lose_options(staff_client, question):
    data = {
        "stem": question.stem,
        "explanation": question.explanation,
        "status": "published",
        "correct": "1",
        "option_1": "Listening closely",
        "option_2": "Diagnosing",
        "option_3": "",
        "option_4": "",
    }
    response = staff_client.post(f"/staff/questions/{question.pk}/edit/", data)
    assert response.status_code == 400
    assert "A question needs at least three options (this one has 2)." in response.content.decode()
    assert question.choices.count() == 4
    question.refresh_from_db()
    assert question.status == "published"


def test_the_database_refuses_a_published_question_without_three_options(question):
    with pytest.raises(IntegrityError), transaction.atomic():
        Question.objects.filter(pk=question.pk).update(option_count=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Question.objects.filter(pk=question.pk).update(correct_count=0)


def test_the_staff_page_does_not_say_a_broken_question_passes(staff_client, question):
    # Options deleted behind the bank's back (say, in a database shell) are still caught on show.
    Choice.objects.filter(question=question, is_correct=False).exclude(position=1).delete()
    html = staff_client.get(f"/lessons/{question.lesson.slug}/questions/").content.decode()
    assert "Cannot be served as it is" in html
    assert "A question needs at least three options (this one has 2)." in html
    assert "Passes every rubric rule." not in html


def test_a_question_written_in_the_browser_is_authored_on_its_lessons_topic(staff_client, lesson):
    other_topic = make_topic("boundaries", position=3)
    assert staff_client.get("/admin/quizzes/question/add/").url == "/staff/questions/new/"
    response = staff_client.post(
        "/staff/questions/new/",
        {
            "lesson": lesson.pk,
            "topic": other_topic.pk,  # not a field: the topic is the lesson's
            "stem": "A peer says they feel unheard. What helps most?",
            "option_1": "Reflecting back what they said",
            "option_2": "Telling them about your own week",
            "option_3": "Suggesting a new medication",
            "option_4": "Changing the subject to lighten the mood",
            "correct": "1",
            "rationale_2": "It turns the talk to you.",
            "explanation": "Reflecting shows you listened.",
            "status": "published",
        },
    )
    assert response.status_code == 302
    question = Question.objects.get(stem__startswith="A peer says they feel unheard")
    assert (question.origin, question.kind) == ("authored", "authored")
    assert question.topic == lesson.topic
    assert question.status == "published"
    assert question.rubric_failures == []
    # Regenerating the lesson's questions never retires it.
    bank.regenerate(lesson, bank=bank.load_distractor_bank())
    question.refresh_from_db()
    assert question.status == "published"


def test_a_hand_written_question_that_fails_the_rubric_is_not_published(staff_client, lesson):
    data = {
        "lesson": lesson.pk,
        "stem": "Why does reflective listening matter?",
        "option_1": "Reflective listening shows the peer was heard",
        "option_2": "It lets you always give advice",
        "option_3": "It saves time in every meeting",
        "option_4": "It replaces the need for trust",
        "correct": "1",
        "status": "published",
    }
    response = staff_client.post("/staff/questions/new/", data)
    assert response.status_code == 400
    assert "fails the rubric" in response.content.decode()
    assert not Question.objects.filter(stem__startswith="Why does reflective").exists()
    data["status"] = "draft"
    assert staff_client.post("/staff/questions/new/", data).status_code == 302
    draft = Question.objects.get(stem__startswith="Why does reflective")
    assert "R4" in draft.rubric_failures
    assert draft.status == "draft"


def test_the_lesson_admin_offers_no_delete_that_would_fail(staff_client, question):
    lesson = question.lesson
    response = staff_client.get(f"/admin/articles/article/{lesson.pk}/delete/")
    assert response.status_code == 403
    changelist = staff_client.get("/admin/articles/article/").content.decode()
    assert "delete_selected" not in changelist
    # The editor says how to take a lesson down instead.
    editor = staff_client.get(f"/staff/lessons/{lesson.slug}/edit/").content.decode()
    assert "To take a lesson down, make it a draft" in editor


def test_a_lesson_learners_have_met_is_unpublished_not_deleted(
    staff_client, question, learner_user
):
    lesson = question.lesson
    attempts.flag_question(learner=learner_user, question=question, reason="unclear")
    html = staff_client.get(f"/staff/lessons/{lesson.slug}/edit/").content.decode()
    assert "so it can't be deleted" in html
    assert "Delete this lesson" not in html
    response = staff_client.post(f"/staff/lessons/{lesson.slug}/delete/")
    assert response.status_code == 302
    assert Article.objects.filter(pk=lesson.pk).exists()
    page = staff_client.get(response.url).content.decode()
    assert "set its status to Draft to take it down" in page


def test_a_lesson_nobody_has_met_can_be_deleted(staff_client, question):
    lesson = question.lesson
    html = staff_client.get(f"/staff/lessons/{lesson.slug}/edit/").content.decode()
    assert "Delete this lesson" in html
    response = staff_client.post(f"/staff/lessons/{lesson.slug}/delete/")
    assert response.url == "/staff/lessons/"
    assert not Article.objects.filter(pk=lesson.pk).exists()
    assert not Question.objects.filter(pk=question.pk).exists()


def test_an_attempt_in_the_admin_has_no_view_on_site_link(staff_client, learner_user):
    lesson = make_lesson(topic=make_topic("empathy"))
    for _ in range(3):
        make_question(lesson)
    import random

    attempt = attempts.start_practice(
        learner=learner_user, size=2, rng=random.Random(1), now=timezone.now()
    )
    html = staff_client.get(f"/admin/quizzes/attempt/{attempt.pk}/change/").content.decode()
    assert "View on site" not in html


def test_model_validation_refuses_a_published_question_without_options(question):
    from django.core.exceptions import ValidationError

    Choice.objects.filter(question=question, is_correct=False).exclude(position=1).delete()
    with pytest.raises(ValidationError) as caught:
        question.full_clean()
    assert "A question needs at least three options (this one has 2)." in caught.value.messages


def test_the_admin_publish_action_skips_what_cannot_be_served(staff_client, lesson):
    failing = make_question(lesson, status="draft", rubric_failures=["R4"])
    clean = make_question(lesson, status="draft")
    response = staff_client.post(
        "/admin/quizzes/question/",
        {"action": "publish", "_selected_action": [failing.pk, clean.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "Published 1 question(s)." in html
    assert "stay drafts until fixed" in html
    failing.refresh_from_db()
    clean.refresh_from_db()
    assert (failing.status, clean.status) == ("draft", "published")
