"""axe-core, in headless Chromium, on the pages learners use: no serious or critical violations."""

from __future__ import annotations

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts.signup import sign_up
from articles.models import Article
from review.cards import record_answer
from tests.factories import make_lesson, make_question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Axe()
BLOCKING = {"serious", "critical"}
PASSWORD = "a calm river 42"


def assert_accessible(page: Page) -> None:
    """Run axe-core on the page as it is now; fail listing each serious or critical violation."""
    violations = [
        violation
        for violation in AXE.run(page).response["violations"]
        if violation["impact"] in BLOCKING
    ]
    report = "\n".join(
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(
            f"    {', '.join(node['target'])}: {node['failureSummary']}"
            for node in violation["nodes"]
        )
        for violation in violations
    )
    assert not violations, f"axe-core on {page.url}:\n{report}"


@pytest.fixture
def lessons(project_content) -> None:
    call_command("sync_content")


@pytest.fixture
def learner():
    return sign_up(username="ada", email="ada@example.org", password=PASSWORD)


def sign_in(page: Page, username: str = "ada", password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_public_pages(page: Page, lessons, console_errors):
    page.goto("/")
    assert_accessible(page)
    page.goto("/lessons/")
    assert_accessible(page)
    page.goto(Article.objects.published().first().get_absolute_url())
    assert_accessible(page)
    assert console_errors == []


def test_sign_up_and_sign_in_pages_with_and_without_errors(page: Page, lessons, learner):
    page.goto("/accounts/signup/")
    assert_accessible(page)
    page.get_by_role("button", name="Create account").click()
    expect(page.locator(".errorlist").first).to_be_visible()
    assert_accessible(page)

    page.goto("/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill("not it")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("correct username and password")
    assert_accessible(page)

    page.goto("/accounts/password-reset/")
    assert_accessible(page)


def test_lockout_page(page: Page, lessons, learner):
    for _ in range(5):
        sign_in(page, password="not it")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Sign-in is paused for a little while"
    )
    assert_accessible(page)


def test_signed_in_pages(page: Page, lessons, learner):
    sign_in(page)
    page.goto("/review/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You’re all caught up")
    assert_accessible(page)
    page.goto("/accounts/")
    assert_accessible(page)
    page.goto("/accounts/password-change/")
    assert_accessible(page)


def test_review_page_with_cards_due(page: Page, lessons, learner):
    question = make_question(Article.objects.published().first())
    long_ago = timezone.now() - timedelta(hours=1)
    record_answer(learner=learner, question=question, correct=False, now=long_ago)
    sign_in(page)
    page.goto("/review/")
    expect(page.get_by_role("button", name="Review 1 question")).to_be_visible()
    assert_accessible(page)


def answer(page: Page, option: str) -> None:
    page.get_by_label(option).check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator(".feedback")).to_be_visible()


def test_practice_question_feedback_results_and_dashboard(page: Page, learner):
    lesson = make_lesson()
    make_question(lesson)
    make_question(lesson)
    sign_in(page)

    page.goto(f"/practice/?lesson={lesson.slug}")
    assert_accessible(page)
    page.get_by_role("button", name="Practise this lesson").click()
    expect(page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    assert_accessible(page)  # the question

    answer(page, "Diagnosing")
    expect(page.get_by_role("heading", name="Not quite.")).to_be_visible()
    page.get_by_text("Something wrong with this question?").click()
    assert_accessible(page)  # the feedback (htmx fragment), flag form open

    page.get_by_role("link", name="Next question").click()
    answer(page, "Listening closely")
    page.get_by_role("button", name="See how you did").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("How you did")
    assert_accessible(page)  # the results

    page.goto("/dashboard/")
    assert_accessible(page)

    page.goto("/review/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You’re all caught up")
    assert_accessible(page)


def test_mock_exam_pages(page: Page, learner):
    lesson = make_lesson()
    for _ in range(3):
        make_question(lesson)
    sign_in(page)

    page.goto("/exam/")
    assert_accessible(page)
    page.get_by_role("button", name="Start the mock exam").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mock exam")
    assert_accessible(page)  # a question, with the timer and the question navigator
    page.get_by_label("Listening closely").check()
    page.get_by_role("button", name="Review and submit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ready to submit?")
    assert_accessible(page)
    page.get_by_role("button", name="Submit my exam").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mock exam results")
    assert_accessible(page)
