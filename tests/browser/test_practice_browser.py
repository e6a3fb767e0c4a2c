"""Learners in headless Chromium: keyboard-only practice, a mock exam that runs out of time, flags."""

from __future__ import annotations

import random
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts.signup import sign_up
from quizzes import attempts
from quizzes.models import Attempt, Flag, Response
from tests.factories import make_lesson, make_question, make_topic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a calm river 42"


def sign_in(page: Page, username: str = "ada") -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def focused_text(page: Page) -> str:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el) return "";
            if (el.labels && el.labels.length) return el.labels[0].textContent.trim();
            return (el.getAttribute("aria-label") || el.textContent || "").trim();
        }"""
    )


def tab_to(page: Page, text: str, limit: int = 60) -> None:
    """Press Tab until the focused element reads ``text``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_text(page) == text:
            return
    raise AssertionError(f"Tab never reached {text!r}; focus is on {focused_text(page)!r}")


def choose_with_arrows(page: Page, text: str) -> None:
    """From a focused radio, press ArrowDown until ``text`` is focused, then Space to be sure."""
    for _ in range(6):
        if focused_text(page) == text:
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"No option {text!r}")


@pytest.fixture
def lesson():
    lesson = make_lesson("listening", topic=make_topic("empathy", name="Empathy"))
    make_question(lesson, stem="What builds trust first?")
    make_question(lesson, stem="What does a peer do first?")
    return lesson


def test_practise_a_lesson_with_the_keyboard_only(page: Page, lesson, console_errors):
    page.goto("/accounts/signup/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Email").fill("ada@example.org")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.goto("/dashboard/")
    expect(page.get_by_text("You haven't started any practice yet.")).to_be_visible()

    page.goto(lesson.get_absolute_url())
    tab_to(page, "Practise this lesson")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    expect(page.locator("progress")).to_have_attribute("value", "1")

    # Question 1: arrow to a wrong option, Space, Tab to the button, Enter.
    tab_to(page, page.locator(".option label").first.inner_text())
    choose_with_arrows(page, "Diagnosing")
    tab_to(page, "Check my answer")
    page.keyboard.press("Enter")
    feedback = page.get_by_role("heading", name="Not quite. Here's what the lesson says.")
    expect(feedback).to_be_visible()
    expect(feedback).to_be_focused()  # focus moves to the feedback, so it is read out
    expect(page.get_by_text("Diagnosing is not the peer role.")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Read the passage"))).to_have_attribute(
        "href", "/lessons/listening/#why"
    )
    attempt = Attempt.objects.get()
    expect(page).to_have_url(re.compile(f"/attempts/{attempt.pk}/1/$"))

    tab_to(page, "Next question")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Question 2 of 2")).to_be_visible()
    expect(page).to_have_url(re.compile(f"/attempts/{attempt.pk}/2/$"))  # pushed by htmx
    tab_to(page, page.locator(".option label").first.inner_text())
    choose_with_arrows(page, "Listening closely")
    tab_to(page, "Check my answer")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Yes, that's right.")).to_be_visible()

    tab_to(page, "See how you did")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("How you did: Listening")
    expect(page.get_by_text("1 of 2 right (50%)")).to_be_visible()

    page.goto("/dashboard/")
    card = page.locator(".topic-score", has_text="Empathy")
    expect(card.locator("dd").first).to_have_text("2")
    expect(card.get_by_text("50%")).to_be_visible()
    expect(page.get_by_role("link", name="1 of 2 right")).to_be_visible()
    expect(page.locator("svg.trend-chart circle.trend-dot")).to_have_count(1)  # today, 50%
    assert Response.objects.count() == 2
    assert console_errors == []


def test_a_mock_exam_that_runs_out_of_time(page: Page, lesson, console_errors):
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    # A generous limit while the page loads, however slow the machine; it is cut short below.
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=300, rng=random.Random(1), now=timezone.now()
    )
    page.goto(f"/attempts/{attempt.pk}/1/")
    page.locator(".option label").first.click()  # chosen, and never a button pressed
    expect(page.locator("#exam-save-status")).to_have_text("Your answer is saved.")
    assert Response.objects.count() == 1
    # Now two seconds are left. The page learns the time left from the server, so reload; on a
    # machine too slow to show the last two seconds, the reload itself finds the exam closed.
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + timedelta(seconds=2))
    page.reload()
    # Nobody presses anything: at zero the page goes to the attempt, which is closed by then.
    expect(page.get_by_role("heading", level=1)).to_have_text("Mock exam results", timeout=10_000)
    expect(
        page.get_by_text("the time ran out and your answers were submitted for you")
    ).to_be_visible()
    attempt.refresh_from_db()
    assert attempt.finished_at == attempt.deadline
    assert attempt.answered_count == 1  # the chosen option counted
    assert console_errors == []
    # An answer sent after the deadline is refused and changes nothing.
    item = attempt.items.get(position=1)
    saved = list(Response.objects.values())
    page.goto(f"/attempts/{attempt.pk}/results/")
    status = page.evaluate(
        """async ([url, choice]) => {
            const token = document.body.getAttribute("hx-headers").match(/"x-csrftoken": "([^"]+)"/)[1];
            const response = await fetch(url, {method: "POST", headers: {"X-CSRFToken": token},
                body: new URLSearchParams({choice})});
            return response.status;
        }""",
        [f"/attempts/{attempt.pk}/1/answer/", str(item.choice_order[1])],
    )
    assert status == 409
    assert list(Response.objects.values()) == saved


def test_exam_back_and_forth_with_marks(page: Page, lesson, console_errors):
    sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    page.goto("/exam/")
    page.get_by_label("Number of questions").fill("2")
    page.get_by_role("button", name="Start the mock exam").click()
    expect(page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    page.get_by_label("Listening closely").check()
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_role("heading", name="Question 2 of 2")).to_be_visible()
    expect(page.get_by_text("1 of 2 answered")).to_be_visible()
    page.get_by_label("Mark this question to come back to").check()
    page.get_by_role("button", name="Previous").click()
    expect(page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    expect(page.get_by_label("Listening closely")).to_be_checked()
    expect(page.get_by_role("button", name="Question 2, not answered, marked")).to_be_visible()
    page.get_by_label("Diagnosing").check()  # change of mind
    page.get_by_role("button", name="Review and submit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ready to submit?")
    expect(page.get_by_text("You have answered 1 of 2 questions.")).to_be_visible()
    page.get_by_role("button", name="Submit my exam").click()
    expect(page.get_by_text("0 of 2 right (0%)")).to_be_visible()
    expect(page.get_by_text("Your answer: Diagnosing")).to_be_visible()
    assert console_errors == []


def test_flag_a_question(page: Page, lesson, console_errors):
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    page.goto(f"/practice/?lesson={lesson.slug}")
    page.get_by_role("button", name="Practise this lesson").click()
    expect(page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    page.get_by_text("Something wrong with this question?").click()
    page.get_by_label("The question is unclear").check()
    page.get_by_label("Tell us more (optional)").fill("Two options both fit.")
    page.get_by_role("button", name="Send to staff").click()
    expect(page.get_by_role("status")).to_have_text("Thank you. Staff will look at this question.")
    flag = Flag.objects.get()
    assert (flag.learner, flag.reason, flag.comment) == (
        learner,
        "unclear",
        "Two options both fit.",
    )
    # The question itself is untouched and can still be answered.
    page.get_by_label("Listening closely").check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_role("heading", name="Yes, that's right.")).to_be_visible()
    assert console_errors == []


def test_two_tabs_on_one_practice_stay_consistent(page: Page, lesson):
    sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    page.goto(f"/practice/?lesson={lesson.slug}")
    page.get_by_role("button", name="Practise this lesson").click()
    expect(page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    other_tab = page.context.new_page()
    other_tab.goto(page.url)
    other_tab.get_by_label("Listening closely").check()
    other_tab.get_by_role("button", name="Check my answer").click()
    expect(other_tab.get_by_role("heading", name="Yes, that's right.")).to_be_visible()
    # The first tab still shows the question; a different answer there is refused (409) and the
    # page reloads to show the answer that counts.
    page.get_by_label("Diagnosing").check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_role("heading", name="Yes, that's right.")).to_be_visible()
    expect(page.get_by_text("Your answer: Listening closely")).to_be_visible()
    assert Response.objects.get().choice_text == "Listening closely"


def test_a_stale_exam_tab_reloads_instead_of_overwriting(page: Page, lesson, console_errors):
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=300, rng=random.Random(1), now=timezone.now()
    )
    page.goto(f"/attempts/{attempt.pk}/1/")
    other_tab = page.context.new_page()
    other_tab.goto(page.url)
    other_tab.get_by_label("Listening closely").check()
    expect(other_tab.locator("#exam-save-status")).to_have_text("Your answer is saved.")
    # The first tab never saw that answer: choosing another option there is refused, and the tab
    # reloads to show the answer that counts, and why.
    # (click, not check: the refused choice reloads the page, so the radio is never left
    # checked, and `check` would wait for it to be, and click again)
    page.get_by_label("Diagnosing").click()
    expect(page.get_by_text("changed in another tab or window")).to_be_visible()
    expect(page.get_by_label("Listening closely")).to_be_checked()
    assert Response.objects.get().choice_text == "Listening closely"
    # Now up to date, the first tab can change the answer.
    page.get_by_label("Diagnosing").check()
    expect(page.locator("#exam-save-status")).to_have_text("Your answer is saved.")
    assert Response.objects.get().choice_text == "Diagnosing"
    assert [error for error in console_errors if "409" not in error] == []


def test_back_button_on_an_exam_shows_the_answer_that_counts(page: Page, lesson, console_errors):
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=300, rng=random.Random(1), now=timezone.now()
    )
    page.goto(f"/attempts/{attempt.pk}/1/")
    page.get_by_label("Listening closely").check()
    expect(page.locator("#exam-save-status")).to_have_text("Your answer is saved.")
    page.get_by_label("Diagnosing").check()  # a change of mind, saved as it is chosen
    expect(page.locator("#exam-save-status")).to_have_text("Your answer is saved.")
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_role("heading", name="Question 2 of 2")).to_be_visible()
    page.go_back()
    # The page comes from the server, not from a snapshot taken before the change of mind.
    expect(page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    expect(page.get_by_label("Diagnosing")).to_be_checked()
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_role("heading", name="Question 2 of 2")).to_be_visible()
    assert Response.objects.get().choice_text == "Diagnosing"
    assert console_errors == []


def test_back_after_submitting_an_exam_shows_the_results(page: Page, lesson, console_errors):
    """Not the cached "Ready to submit? Time left ..." page (signed-in pages are no-store)."""
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=300, rng=random.Random(1), now=timezone.now()
    )
    page.goto(f"/attempts/{attempt.pk}/submit/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ready to submit?")
    page.get_by_role("button", name="Submit my exam").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mock exam results")
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mock exam results")
    expect(page.get_by_text("Time left")).to_have_count(0)
    assert console_errors == []


def test_an_answer_in_a_tab_whose_exam_was_submitted_elsewhere_says_why(
    page: Page, lesson, console_errors
):
    learner = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    sign_in(page)
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=300, rng=random.Random(1), now=timezone.now()
    )
    page.goto(f"/attempts/{attempt.pk}/1/")
    other_tab = page.context.new_page()
    other_tab.goto(f"/attempts/{attempt.pk}/submit/")
    other_tab.get_by_role("button", name="Submit my exam").click()
    expect(other_tab.get_by_role("heading", level=1)).to_have_text("Mock exam results")

    # Saved as chosen: refused, the exam is over, and the tab goes to the results (click, not
    # check: the radio is gone before `check` can see it checked, a timeout on a slow machine).
    page.get_by_label("Listening closely").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mock exam results")
    expect(page.get_by_role("status").filter(has_text="already submitted")).to_contain_text(
        "wasn't saved"
    )
    assert not Response.objects.exists()
    assert [error for error in console_errors if "409" not in error] == []
