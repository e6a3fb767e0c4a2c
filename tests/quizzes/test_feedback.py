"""The feedback after a wrong option: stored with the question's writes (``Choice.feedback_html``),
so the feedback page renders no Markdown, and kept equal to what rendering it would give."""

import importlib
import random

import pytest
from django.core.management import call_command
from django.utils import timezone

from quizzes import attempts, editing
from quizzes.models import Choice, Question

pytestmark = pytest.mark.django_db

OPTIONS = [
    "Listening and reflecting what you hear",
    "Telling them what to do next",
    "Changing the subject to something lighter",
    "Suggesting a new medication",
]


def explanation(reason: str = "takes the choice from them") -> str:
    """An explanation in the generator's shape: the best answer in bold, then why each other
    option is wrong (the page says both already, so the feedback leaves them out)."""
    return (
        f"**{OPTIONS[0]}** is where support starts (see [the lesson](#a-section)).\n\n"
        f"- *{OPTIONS[1]}*: {reason}.\n"
        f"- *{OPTIONS[2]}*: tells them their feelings are too much.\n"
        f"- *{OPTIONS[3]}*: is outside the peer role."
    )


def authored(reason: str = "takes the choice from them") -> dict:
    return {
        "stem": "A peer shares a setback. What is the most helpful first response?",
        "choices": OPTIONS,
        "answer": 1,
        "explanation": explanation(reason),
    }


def rendered() -> dict[int, str]:
    """Every option's feedback as rendering it now would give ("" for the explanation as it is)."""
    feedback = {}
    for question in Question.objects.prefetch_related("choices").select_related("lesson"):
        choices = list(question.choices.all())
        correct = next((choice for choice in choices if choice.is_correct), None)
        for choice in choices:
            feedback[choice.pk] = question._feedback(chosen=choice, correct=correct)
    return feedback


def stored() -> dict[int, str | None]:
    return dict(Choice.objects.values_list("pk", "feedback_html"))


def hand_written() -> Question:
    return Question.objects.get(origin=Question.Origin.AUTHORED)


def test_sync_stores_the_feedback_after_each_wrong_option(content_dir, write_lesson):
    write_lesson("alpha", questions=[authored()])
    call_command("sync_content")
    assert Choice.objects.count() > 4  # the generator's items too
    assert stored() == rendered()
    question = hand_written()
    telling = question.choices.get(text=OPTIONS[1])
    assert OPTIONS[1] not in telling.feedback_html  # said once, by the page
    assert "takes the choice from them" not in telling.feedback_html
    assert "is outside the peer role" in telling.feedback_html
    assert "/lessons/alpha/#a-section" in telling.feedback_html
    assert question.choices.get(is_correct=True).feedback_html == ""


def test_editing_the_lesson_file_updates_the_feedback(content_dir, write_lesson):
    write_lesson("alpha", questions=[authored()])
    call_command("sync_content")
    write_lesson("alpha", questions=[authored(reason="decides for them")])
    call_command("sync_content")
    assert stored() == rendered()
    changing = hand_written().choices.get(text=OPTIONS[2])
    assert "decides for them" in changing.feedback_html
    assert "takes the choice from them" not in changing.feedback_html


def test_staff_editing_the_explanation_or_an_option_updates_the_feedback(content_dir, write_lesson):
    write_lesson("alpha", questions=[authored()])
    call_command("sync_content")
    question = hand_written()
    choices = list(question.choices.order_by("position"))
    edited = [
        editing.ChoiceInput(choice.text, choice.is_correct, choice.rationale, choice.pk)
        for choice in choices
    ]
    edited[3] = editing.ChoiceInput("Suggesting a diagnosis", False, "", choices[3].pk)
    editing.save_question(
        question=question,
        stem=question.stem,
        explanation=explanation("leaves them out of it").replace(OPTIONS[3], edited[3].text),
        choices=edited,
        status=question.status,
        now=timezone.now(),
    )
    assert stored() == rendered()
    assert "leaves them out of it" in Choice.objects.get(pk=choices[2].pk).feedback_html
    diagnosis = Choice.objects.get(pk=choices[3].pk)
    assert "Suggesting a diagnosis" not in diagnosis.feedback_html  # trimmed by its new wording
    assert "leaves them out of it" in diagnosis.feedback_html


def test_the_feedback_page_shows_the_stored_feedback(
    content_dir, write_lesson, client, django_user_model
):
    write_lesson("alpha", questions=[authored()])
    call_command("sync_content")
    learner = django_user_model.objects.create_user("ada")
    client.force_login(learner)
    question = hand_written()
    attempt = attempts.start_practice(
        learner=learner, lesson=question.lesson, size=20, rng=random.Random(1), now=timezone.now()
    )
    item = attempt.items.get(question=question)
    wrong = question.choices.get(text=OPTIONS[1])
    client.post(f"/attempts/{attempt.pk}/{item.position}/answer/", {"choice": wrong.pk})
    url = f"/attempts/{attempt.pk}/{item.position}/"
    page = client.get(url).content.decode()
    assert wrong.feedback_html in page
    Choice.objects.filter(pk=wrong.pk).update(feedback_html="<p>Stored feedback.</p>")
    assert "<p>Stored feedback.</p>" in client.get(url).content.decode()  # read, not rendered
    Choice.objects.filter(pk=wrong.pk).update(feedback_html=None)  # none stored: rendered
    assert wrong.feedback_html in client.get(url).content.decode()


def test_the_migration_fills_the_feedback_of_existing_options(content_dir, write_lesson):
    """Migration 0012 adds the column empty (NULL: rendered per request), then stores every
    option's feedback as ``Question.store_feedback`` would."""
    from django.apps import apps

    migration = importlib.import_module("quizzes.migrations.0012_choice_feedback_html")
    write_lesson("alpha", questions=[authored()])
    call_command("sync_content")
    before = stored()
    Choice.objects.update(feedback_html=None)
    migration.fill_feedback_html(apps, None)
    assert stored() == before == rendered()
