"""Security headers on every response: Content-Security-Policy, Permissions-Policy, no Server."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.factories import make_lesson, make_question

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.fixture
def pages(client: Client) -> list[str]:
    lesson = make_lesson("a-lesson")
    make_question(lesson)
    return ["/", "/lessons/", lesson.get_absolute_url(), "/accounts/login/", "/no-such-page/"]


def test_every_page_has_a_strict_content_security_policy(client, pages):
    for url in pages:
        response = client.get(url)
        policy = directives(response)
        assert policy["default-src"] == ["'self'"], url
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_every_page_turns_off_browser_features_it_does_not_use(client, pages):
    for url in pages:
        features = dict(
            part.strip().split("=", 1) for part in client.get(url)["Permissions-Policy"].split(",")
        )
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert features[feature] == "()", (url, feature)


def test_no_response_names_the_server(client, pages):
    for url in pages:
        assert "Server" not in client.get(url), url
    assert "Server" not in client.post("/accounts/login/", {"username": "x", "password": "y"})


INLINE = [
    (r"<script(?![^>]*\ssrc=)[^>]*>", "an inline <script>"),
    (r"<style[\s>]", "a <style> block"),
    (r"\sstyle=", "a style attribute"),
    (r"\son[a-z]+=", "an on* handler attribute"),
    (r"\shx-on", "an hx-on attribute"),
]


def assert_nothing_inline(html: str, url: str) -> None:
    for pattern, what in INLINE:
        match = re.search(pattern, html)
        assert match is None, (
            f"{url} has {what}: {html[max(0, match.start() - 80) : match.end() + 80]}"
        )


def test_pages_have_nothing_the_policy_would_block(client, pages):
    signed_in = Client()
    signed_in.force_login(get_user_model().objects.create_user("ada"))
    for url in pages:
        assert_nothing_inline(client.get(url).content.decode(), url)
    for url in ("/dashboard/", "/practice/", "/exam/", "/review/", "/accounts/"):
        response = signed_in.get(url, follow=True)
        assert response.status_code == 200, url
        assert_nothing_inline(response.content.decode(), url)
    # htmx must not add its own <style> for indicators (the policy would refuse it).
    assert '"includeIndicatorStyles": false' in client.get("/").content.decode()
