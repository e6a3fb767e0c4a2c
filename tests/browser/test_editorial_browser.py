"""Staff in headless Chromium: edit a lesson with its live preview, write a question, resolve a flag."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from accounts.signup import sign_up
from quizzes import attempts
from quizzes.models import Flag, Question
from tests.browser.test_practice_browser import PASSWORD, sign_in
from tests.factories import make_lesson, make_question, make_topic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = os.environ.get("SCREENSHOTS_DIR", "")


def shoot(page: Page, name: str) -> None:
    """Screenshots for a person to look at, when SCREENSHOTS_DIR is set (never compared)."""
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def page_width(page: Page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def lesson():
    return make_lesson(
        "listening",
        topic=make_topic("empathy", name="Empathy"),
        body_markdown="## Why\n\nEmpathy builds trust.\n",
    )


def test_edit_a_lesson_with_live_preview(page: Page, editor, lesson, console_errors):
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, "editor")
    page.goto(f"/staff/lessons/{lesson.slug}/edit/")
    body = page.get_by_label("Body (Markdown)")
    body.fill("## Why\n\nEmpathy builds trust.\n\nReflective listening helps a peer feel *heard*.")
    preview = page.locator("#preview")
    expect(preview.locator("em")).to_have_text("heard")  # the preview followed the typing
    assert page_width(page) <= 1280
    shoot(page, "lesson-edit-1280")
    page.get_by_role("button", name="Save lesson").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    page.get_by_role("link", name="View the lesson page").click()
    expect(page.get_by_text("Reflective listening helps a peer feel")).to_be_visible()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/staff/lessons/{lesson.slug}/edit/")
    assert page_width(page) <= 390
    shoot(page, "lesson-edit-390")
    assert console_errors == []


def test_write_a_question_and_a_learner_is_served_it(page: Page, editor, lesson, console_errors):
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, "editor")
    page.goto(f"/staff/questions/new/?lesson={lesson.slug}")
    page.get_by_label("Question", exact=True).fill(
        "A peer says nobody listens to them. What helps most?"
    )
    options = [
        "Reflecting back what they said",
        "Telling them about your own week",
        "Suggesting a new medication",
        "Changing the subject to lighten the mood",
    ]
    for number, text in enumerate(options, start=1):
        page.locator(f"#id_option_{number}").fill(text)
    page.locator("#id_correct_1").check()
    page.locator("#id_rationale_2").fill("It turns the talk to you.")
    page.get_by_label("Status").select_option("published")
    assert page_width(page) <= 1280
    shoot(page, "question-new-1280")
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_role("status")).to_contain_text("Saved and published")
    question = Question.objects.get(origin="authored")
    assert (question.origin, question.topic_id) == ("authored", lesson.topic_id)
    page.set_viewport_size({"width": 390, "height": 844})
    assert page_width(page) <= 390
    shoot(page, "question-edit-390")

    page.context.clear_cookies()
    sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page, "ada")
    page.goto(f"/practice/?lesson={lesson.slug}")
    page.get_by_role("button", name="Practise this lesson").click()
    expect(page.get_by_role("heading", name="Question 1 of 1")).to_be_visible()
    expect(page.get_by_text("A peer says nobody listens to them.")).to_be_visible()
    page.get_by_label("Telling them about your own week").check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_text("It turns the talk to you.")).to_be_visible()
    assert console_errors == []


STATED = (
    "Which One Comes First?\n\nA short summary of the skill.\n\nSome context first.\n"
    "Which one is a peer specialist's core skill?\n"
    "A. Prescribing\nB) Diagnosing\n\nC. Active listening\n\nD. Billing\n\n"
    "The correct answer is: C. Listening comes first, before anything else.\n\n"
    "More text about empathy and listening.\n"
)


def test_import_an_article_and_publish_the_question_it_states(
    page: Page, editor, lesson, console_errors
):
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, "editor")
    page.goto("/staff/lessons/")
    page.get_by_label("Article (.txt or .md)").set_input_files(
        files=[{"name": "core-skill.txt", "mimeType": "text/plain", "buffer": STATED.encode()}]
    )
    page.get_by_role("button", name="Import as a draft").click()
    expect(page.get_by_role("status")).to_contain_text("saved as a draft hand-written question")
    page.get_by_role("link", name="Question bank").click()
    item = page.locator("li.staff-item", has_text="Which one is a peer specialist")
    expect(item).to_contain_text("Draft")
    expect(item.locator("li.correct")).to_contain_text("Active listening")
    shoot(page, "imported-question-bank-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page_width(page) <= 390
    shoot(page, "imported-question-bank-390")
    item.get_by_role("link", name="Edit").click()
    page.get_by_label("Status").select_option("published")
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_role("status")).to_contain_text("Saved and published")
    assert Question.objects.get(origin="authored").status == "published"
    assert console_errors == []


def test_resolve_a_flag_and_the_learner_reads_the_reply(page: Page, editor, lesson, console_errors):
    question = make_question(lesson, stem="What builds trust first?")
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    attempts.flag_question(
        learner=learner, question=question, reason="unclear", comment="Two options fit."
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, "editor")
    page.goto("/staff/review/")
    expect(page.get_by_text("Two options fit.")).to_be_visible()
    assert page_width(page) <= 1280
    shoot(page, "review-1280")
    reply = page.get_by_label("Reply to the learner (they see it on their flag)")
    reply.fill("Thank you! We reworded option B.")
    # Keyboard only: Tab from the reply to its button, Enter.
    reply.focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Resolve with this reply")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Flag resolved")
    assert Flag.objects.get().resolved
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/staff/review/")
    assert page_width(page) <= 390
    shoot(page, "review-390")

    page.context.clear_cookies()
    sign_in(page, "ada")
    page.goto("/my-flags/")
    expect(
        page.get_by_text(re.compile("Staff replied: Thank you! We reworded option B."))
    ).to_be_visible()
    assert console_errors == []


def test_staff_pages_pass_axe(page: Page, editor, lesson, console_errors):
    from tests.browser.test_accessibility import assert_accessible

    question = make_question(lesson, stem="What builds trust first?")
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    attempts.flag_question(learner=learner, question=question, reason="wrong", comment="Hmm.")
    sign_in(page, "editor")
    page.goto(f"/staff/lessons/{lesson.slug}/edit/")
    page.get_by_role("button", name="Save lesson").click()  # so the history has two versions
    for url in (
        "/staff/review/",
        "/staff/lessons/",
        f"/staff/lessons/{lesson.slug}/edit/",
        f"/staff/lessons/{lesson.slug}/history/",
        "/staff/questions/new/",
        f"/staff/questions/{question.pk}/edit/",
    ):
        page.goto(url)
        assert_accessible(page)
        shoot(page, "axe" + url.replace("/", "-"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/staff/questions/{question.pk}/edit/")
    assert page_width(page) <= 1280
    page.context.clear_cookies()
    sign_in(page, "ada")
    page.goto("/my-flags/")
    assert_accessible(page)
    assert console_errors == []


def test_the_question_admin_list_fits_1280(page: Page, editor, lesson):
    for _ in range(3):
        make_question(lesson, stem="A long stem about listening to peers in recovery " * 3)
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, "editor")
    page.goto("/admin/quizzes/question/")
    expect(page.get_by_role("heading", name="Select question to change")).to_be_visible()
    assert page_width(page) <= 1280
