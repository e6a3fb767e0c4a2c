"""Trainers in headless Chromium: a trainer makes a group and a lesson set and assigns it; a learner
joins with the code, reads and practises; the trainer's gradebook changes and its CSV downloads.
axe-core checks every trainer page on the way."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Browser, Page, expect

from accounts.signup import Confirmation, confirm_email, sign_up
from articles.models import LessonRead
from quizzes.models import Attempt
from teach.access import TRAINERS_GROUP
from teach.models import Cohort, Membership
from tests.browser.test_accessibility import assert_accessible
from tests.factories import make_lesson, make_question, make_topic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a calm river 42"


def make_account(username: str, *, trainer: bool = False):
    user = sign_up(username=username, email=f"{username}@example.org", password=PASSWORD)
    assert confirm_email(user=user, email=f"{username}@example.org") is Confirmation.CONFIRMED
    if trainer:
        user.groups.add(Group.objects.get_or_create(name=TRAINERS_GROUP)[0])
    return user


def sign_in(page: Page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


@pytest.fixture
def lessons():
    listening = make_lesson("listening", topic=make_topic("empathy", name="Empathy", position=0))
    boundaries = make_lesson("boundaries", topic=make_topic("ethics", name="Ethics", position=1))
    for lesson in (listening, boundaries):
        for n in range(3):
            make_question(lesson, stem=f"{lesson.title}: question {n + 1}?")
    return listening, boundaries


def settled(page: Page) -> None:
    """Wait until htmx has no request, swap or settle in flight (its classes are gone)."""
    busy = page.locator(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added")
    expect(busy).to_have_count(0)


def test_trainer_and_learner_flow(
    page: Page, browser: Browser, live_server, lessons, console_errors
):
    listening, boundaries = lessons
    make_account("tess", trainer=True)
    make_account("mia")

    # The trainer signs in; the dashboard leads to the Teaching area.
    sign_in(page, "tess")
    page.get_by_role("link", name="your groups, lesson sets and gradebooks").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Teaching")
    nav = page.get_by_role("navigation", name="Main")
    nav.locator("summary").click()  # on a phone the menu is folded
    expect(nav.get_by_role("link", name="Teaching")).to_be_visible()
    nav.locator("summary").click()  # and folded again
    assert_accessible(page)

    # A group.
    page.get_by_role("link", name="New group").click()
    page.get_by_label("Name").fill("Spring class")
    page.get_by_role("button", name="Create group").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Members and join code")
    code = page.locator(".join-code").inner_text().strip()
    assert code == Cohort.objects.get().join_code
    assert_accessible(page)

    # A lesson set of two lessons, reordered with the keyboard.
    page.goto("/teach/sets/new/")
    page.get_by_label("Name").fill("Week 1")
    page.get_by_role("button", name="Create lesson set").click()
    for lesson in (listening, boundaries):
        page.get_by_label("Add a lesson").select_option(label=lesson.title)
        page.get_by_role("button", name="Add lesson").click()
        expect(page.locator(".set-item", has_text=lesson.title)).to_be_visible()
    expect(page.locator(".set-item").first).to_contain_text("Listening")
    settled(page)  # the last swap's settle tasks (htmx's own autofocus) are done before we act
    page.get_by_role("button", name="Move Boundaries up").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".set-item").first).to_contain_text("Boundaries")
    settled(page)
    expect(page.get_by_role("button", name="Move Boundaries down")).to_be_focused()
    page.keyboard.press("Enter")  # and back down, still from the keyboard
    expect(page.locator(".set-item").first).to_contain_text("Listening")
    assert_accessible(page)

    # Assign it with a due date.
    page.goto("/teach/")
    page.get_by_role("link", name="Spring class").click()
    page.get_by_role("navigation", name="Spring class").get_by_role(
        "link", name="Assign a lesson set"
    ).click()
    page.locator("#id_lesson_set").select_option(label="Week 1")
    page.locator("#id_due_date").fill("2099-06-30")
    assert_accessible(page)
    page.get_by_role("button", name="Assign to Spring class").click()
    expect(page.get_by_text("No learners yet.")).to_be_visible()
    expect(page.get_by_role("link", name="Week 1")).to_be_visible()
    assert_accessible(page)

    # The learner joins with the code, in their own browser.
    learner_context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}
    )
    learner = learner_context.new_page()
    sign_in(learner, "mia")
    learner.goto("/join/")
    learner.get_by_label("Join code").fill(code.lower())
    learner.get_by_role("button", name="Continue").click()
    learner.get_by_role("button", name="Join Spring class").click()
    expect(learner.get_by_text("Welcome to Spring class!")).to_be_visible()
    card = learner.locator(".assignment-card")
    expect(card).to_contain_text("Week 1")
    expect(card).to_contain_text("Not started")
    assert_accessible(learner)

    # Reads the first lesson, then practises it, all right.
    learner.get_by_role("link", name="Next: read Listening").click()
    expect(learner.get_by_role("heading", level=1)).to_contain_text("Listening")
    learner.goto("/dashboard/")
    learner.get_by_role("button", name="Next: practise Listening").click()
    for number in (1, 2, 3):
        expect(learner.get_by_role("heading", name=f"Question {number} of 3")).to_be_visible()
        learner.locator(".option label", has_text="Listening closely").click()
        learner.get_by_role("button", name="Check my answer").click()
        expect(learner.get_by_role("heading", name="Yes, that's right.")).to_be_visible()
        if number < 3:
            learner.get_by_role("link", name="Next question").click()
    learner.goto("/dashboard/")
    expect(card).to_contain_text("In progress")
    expect(learner.get_by_role("link", name="Next: read Boundaries")).to_be_visible()
    assert LessonRead.objects.filter(lesson=listening).count() == 1
    learner_context.close()

    # The trainer's gradebook shows it.
    page.goto(f"/teach/groups/{Cohort.objects.get().pk}/")
    row = page.locator("tbody tr", has_text="mia")
    expect(row).to_contain_text("In progress")
    expect(row).to_contain_text("100%")
    expect(row).to_contain_text("1/2 read, 1/2 practised")
    expect(row).to_contain_text("Developing")  # 3 right from scratch: mastery 79%
    assert_accessible(page)
    page.get_by_role("link", name="Readiness").click()
    expect(page).to_have_url(re.compile(r"sort=readiness"))

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the gradebook (CSV)").click()
    text = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Learner"
    assert rows[1][0] == "mia"
    assert "in progress" in rows[1]

    page.locator(".card-title").get_by_role("link", name="Week 1").click()  # its results
    expect(page.locator("tbody tr", has_text="mia")).to_contain_text("100% of 3")
    assert_accessible(page)
    page.get_by_role("link", name="Group details").click()
    assert_accessible(page)
    page.goto(f"/teach/groups/{Cohort.objects.get().pk}/")
    page.get_by_role("link", name="mia").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("mia")
    assert_accessible(page)
    page.get_by_role("link", name="Members and join code").click()
    assert Membership.objects.count() == 1

    # The trainer deletes the group, after a confirmation page; mia keeps her answers.
    page.get_by_role("link", name="Group details").click()
    page.get_by_role("link", name="Delete this group").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete “Spring class”?")
    assert_accessible(page)
    page.get_by_role("button", name="Delete the group").click()
    expect(page.get_by_text("Group “Spring class” deleted.")).to_be_visible()
    assert not Cohort.objects.exists()
    assert Membership.objects.count() == 0
    assert Attempt.objects.filter(learner__username="mia").count() == 1
    assert console_errors == []
