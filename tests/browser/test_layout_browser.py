"""Layout in headless Chromium at a phone's 390 px and a laptop's 1280 px: spacing, the menu, the
exam timer, long words."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from accounts.signup import sign_up
from tests.factories import make_lesson, make_question, make_topic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a calm river 42"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


@pytest.fixture
def learner():
    return sign_up(username="ada", email="ada@example.org", password=PASSWORD)


@pytest.fixture
def lesson():
    lesson = make_lesson("listening", topic=make_topic("empathy", name="Empathy"))
    for n in range(12):
        make_question(lesson, stem=f"Question about listening number {n}?")
    return lesson


def open_page(browser: Browser, live_server, viewport: dict) -> Page:
    context = browser.new_context(base_url=live_server.url, viewport=viewport)
    context.set_default_timeout(10_000)
    return context.new_page()


def sign_in(page: Page) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def box(page: Page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["390px", "1280px"])
def test_pages_have_room_around_their_content(browser, live_server, learner, lesson, viewport):
    page = open_page(browser, live_server, viewport)
    sign_in(page)
    for url in ("/dashboard/", "/exam/", "/practice/", "/review/", "/lessons/"):
        page.goto(url)
        padding = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('main')).paddingTop)"
        )
        assert padding >= 16, f"{url}: main's padding-top is {padding}px"
        header, title = box(page, ".site-header"), box(page, "main h1")
        gap = title["y"] - (header["y"] + header["height"])
        assert gap >= 24, f"{url}: the title sits {gap}px under the header"
        footer_top = box(page, ".site-footer")["y"]
        lowest = page.evaluate(
            """() => Math.max(...[...document.querySelectorAll('main .button, main button')]
                .filter((el) => el.offsetParent !== null)
                .map((el) => el.getBoundingClientRect().bottom + window.scrollY))"""
        )
        assert footer_top - lowest >= 24, (
            f"{url}: the last button is {footer_top - lowest}px from the footer"
        )
    page.context.close()


def menu_tops(page: Page) -> list[int]:
    """The top of each visible menu item, rounded to a pixel."""
    return page.evaluate(
        """[...document.querySelectorAll('.site-header nav li')]
            .filter((li) => li.checkVisibility())
            .map((li) => Math.round(li.getBoundingClientRect().top))"""
    )


def test_the_menu_fits_one_row_on_a_phone(browser, live_server, learner, lesson):
    page = open_page(browser, live_server, PHONE)
    sign_in(page)
    page.goto("/dashboard/")
    # One row: the name and one Menu button, side by side.
    brand, menu = box(page, ".brand"), page.get_by_text("Menu", exact=True).bounding_box()
    assert abs((brand["y"] + brand["height"] / 2) - (menu["y"] + menu["height"] / 2)) < 4
    assert menu["x"] + menu["width"] <= PHONE["width"]
    assert box(page, ".site-header")["height"] <= 72
    assert menu_tops(page) == []
    # Opened, it lists all seven, each a full-width tap target inside the screen.
    page.get_by_text("Menu", exact=True).click()
    links = page.locator(".menu-fold li > *")
    expect(links).to_have_count(7)
    for index in range(7):
        item = links.nth(index).bounding_box()
        assert item["height"] >= 44
        assert item["x"] >= 0
        assert item["x"] + item["width"] <= PHONE["width"]
    page.get_by_role("link", name="Review").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.context.close()


def test_the_menu_is_one_row_on_a_laptop(browser, live_server, learner, lesson):
    page = open_page(browser, live_server, LAPTOP)
    sign_in(page)
    page.goto("/dashboard/")
    tops = menu_tops(page)
    assert len(tops) == 7
    assert len(set(tops)) == 1
    expect(page.get_by_text("Menu", exact=True)).to_be_hidden()
    page.context.close()


def test_a_long_email_address_wraps_instead_of_widening_the_page(browser, live_server, lesson):
    page = open_page(browser, live_server, PHONE)
    page.goto("/accounts/signup/")
    long_address = (
        "a.very.long.address.for.someone.who.types.everything@an-example-organisation.example.org"
    )
    page.get_by_label("Username").fill("sam")
    page.get_by_label("Email").fill(long_address)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.locator(".message").first).to_contain_text(long_address)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.context.close()


def test_the_exam_timer_stays_in_view_on_a_phone(browser, live_server, learner, lesson):
    page = open_page(browser, live_server, PHONE)
    sign_in(page)
    page.goto("/exam/")
    page.get_by_label("Number of questions").fill("12")
    page.get_by_role("button", name="Start the mock exam").click()
    expect(page.get_by_role("timer")).to_be_visible()
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_timeout(100)
    timer = page.get_by_role("timer").bounding_box()
    assert timer["y"] >= 0
    assert timer["y"] + timer["height"] <= PHONE["height"]
    page.context.close()


def test_exam_grid_states_differ_without_relying_on_colour(browser, live_server, learner, lesson):
    """Current, answered, not answered and marked each look different even in greyscale."""
    page = open_page(browser, live_server, LAPTOP)
    sign_in(page)
    page.goto("/exam/")
    page.get_by_label("Number of questions").fill("4")
    page.get_by_role("button", name="Start the mock exam").click()
    page.locator(".option label").first.click()  # question 1: answered
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_role("heading", name="Question 2 of 4")).to_be_visible()
    page.get_by_label("Mark this question to come back to").check()  # question 2: marked only
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_role("heading", name="Question 3 of 4")).to_be_visible()  # current

    looks = page.evaluate(
        """[...document.querySelectorAll('#exam-nav .qnav')].map((el) => {
            const s = getComputedStyle(el);
            return {
                text: el.innerText.trim(),
                shape: [s.borderTopStyle, s.borderTopWidth, s.outlineStyle, s.fontWeight].join(' '),
                background: s.backgroundColor,
            };
        })"""
    )
    answered, marked, current, unanswered = looks
    # Without colour: each state has its own symbol or border, so all four differ.
    without_colour = [(look["text"], look["shape"]) for look in looks]
    assert len(set(without_colour)) == 4, without_colour
    assert "✓" in answered["text"]
    assert "⚑" in marked["text"]
    assert "✓" not in current["text"]
    # The current question is not answered yet, and doesn't look it.
    assert current["background"] == unanswered["background"]
    assert current["background"] != answered["background"]
    expect(page.locator("#exam-nav")).to_contain_text("✓ answered")
    page.context.close()


def test_exam_start_time_allowed_follows_the_settings(browser, live_server, learner, lesson):
    page = open_page(browser, live_server, PHONE)
    sign_in(page)
    page.goto("/exam/")
    total = page.locator("[data-exam-total]")
    expect(total).to_have_text("18 minutes")  # all 12 questions at the default 90 seconds
    page.get_by_label("Number of questions").fill("10")
    page.get_by_label("Seconds per question").fill("60")
    expect(total).to_have_text("10 minutes")
    page.get_by_label("Seconds per question").fill("5")  # out of range: no figure from it
    expect(page.locator("[data-exam-time]")).to_be_hidden()
    page.context.close()


def test_times_are_shown_in_the_browsers_time_zone(browser, live_server, learner, lesson):
    from datetime import UTC, datetime

    from quizzes.models import Attempt

    Attempt.objects.create(
        learner=learner,
        mode="practice",
        scope="mixed",
        started_at=datetime(2025, 3, 4, 4, 30, tzinfo=UTC),
        question_count=1,
    )
    context = browser.new_context(
        base_url=live_server.url, viewport=LAPTOP, timezone_id="America/Chicago"
    )
    page = context.new_page()
    sign_in(page)
    page.goto("/dashboard/")  # the script tells the server the browser's zone for the pages after
    page.goto("/dashboard/")
    expect(page.locator(".recent-attempts time")).to_have_text("Mar 3, 22:30 CST")
    assert {c["name"]: c["value"] for c in context.cookies()}["tz"] == "America/Chicago"
    context.close()
