"""The Content-Security-Policy as Chromium applies it: our pages pass, injected inline code doesn't."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import Page

from articles.models import Article
from quizzes.models import Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a calm river 42"


def test_the_browser_refuses_inline_script_and_style(page: Page, project_content, console_errors):
    call_command("sync_content")
    page.goto(Article.objects.published().first().get_absolute_url())
    violations = page.evaluate(
        """() => new Promise((resolve) => {
            const seen = [];
            document.addEventListener("securitypolicyviolation", (event) => {
                seen.push(event.violatedDirective);
                if (seen.length === 2) resolve(seen.sort());
            });
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
            const style = document.createElement("style");
            style.textContent = "body { display: none }";
            document.head.append(style);
            setTimeout(() => resolve(seen.sort()), 2000);
        })"""
    )
    assert violations == ["script-src-elem", "style-src-elem"]
    assert page.evaluate("window.injected") is None
    console_errors.clear()  # those refusals were the point of this test


def test_staff_pages_in_the_admin_work_under_the_policy(
    page: Page, project_content, console_errors
):
    call_command("sync_content")
    get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    page.goto("/admin/")
    page.get_by_label("Username").fill("root")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    question = Question.objects.first()
    lesson = Article.objects.first()
    for url in (
        "/admin/",
        "/admin/quizzes/question/",
        f"/admin/quizzes/question/{question.pk}/change/",
        "/admin/auth/user/add/",
        f"/admin/articles/article/{lesson.pk}/change/",
        "/admin/quizzes/topicscore/",
        f"/lessons/{lesson.slug}/questions/",
    ):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert page.locator("h1").count() >= 1, url
    # (The admin's pages ask for /favicon.ico, a 404 until the site has one.)
    assert [error for error in console_errors if "404" not in error] == []
