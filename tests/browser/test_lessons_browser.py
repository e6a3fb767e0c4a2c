import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_opens_a_lesson_from_the_home_page(page: Page, project_content, console_errors):
    call_command("sync_content")
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Certified Peer Specialist exam")
    page.get_by_role("link", name="Empathy", exact=True).click()
    expect(page).to_have_url("/topics/empathy/")
    page.get_by_role("link", name="Empathy: The Cornerstone of Peer Support Specialists").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Empathy: The Cornerstone of Peer Support Specialists"
    )
    expect(page.get_by_text("Key idea")).to_be_visible()
    assert console_errors == []
