"""Signed-in pages are never served from the browser's cache: Back after submitting an exam must
fetch the page afresh (it then shows the results), not replay "Ready to submit? Time left 2:19"."""

import random

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from quizzes import attempts
from tests.factories import make_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def exam():
    learner = get_user_model().objects.create_user("ada")
    question = make_question()
    make_question(question.lesson)
    return attempts.start_exam(learner=learner, size=2, rng=random.Random(1), now=timezone.now())


def test_every_signed_in_page_says_no_store(client, exam):
    client.force_login(exam.learner)
    lesson = exam.items.first().question.lesson
    urls = [
        "/",
        "/lessons/",
        lesson.get_absolute_url(),
        "/practice/",
        "/exam/",
        "/dashboard/",
        "/review/",
        "/accounts/",
        f"/attempts/{exam.pk}/1/",
        f"/attempts/{exam.pk}/submit/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url
        assert "private" in response["Cache-Control"], url
    # htmx fragments and redirects too.
    fragment = client.get(f"/attempts/{exam.pk}/1/", HTTP_HX_REQUEST="true")
    assert "no-store" in fragment["Cache-Control"]
    client.post(f"/attempts/{exam.pk}/finish/")
    back = client.get(f"/attempts/{exam.pk}/submit/")
    assert back.status_code == 302
    assert back["Location"] == f"/attempts/{exam.pk}/results/"
    assert "no-store" in back["Cache-Control"]
    assert "no-store" in client.get(back["Location"])["Cache-Control"]


def test_public_pages_for_visitors_may_be_cached(client, exam):
    lesson = exam.items.first().question.lesson
    for url in ("/", "/lessons/", lesson.get_absolute_url()):
        assert "no-store" not in client.get(url).get("Cache-Control", "")


def test_favicon_ico_is_served_and_cacheable(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    body = b"".join(response.streaming_content)
    assert body[:4] == b"\x00\x00\x01\x00"  # an icon file: reserved 0, type 1 (icon)
    assert int.from_bytes(body[4:6], "little") >= 1
    assert "max-age=86400" in response["Cache-Control"]


def test_favicon_ico_stays_cacheable_for_signed_in_people(client, exam):
    client.force_login(exam.learner)
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert "no-store" not in response["Cache-Control"]
