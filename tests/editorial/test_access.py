"""Only content staff reach the editorial pages: every URL, GET and POST."""

from __future__ import annotations

import pytest
from django.test import Client
from reversion.models import Version

from quizzes import attempts
from tests.editorial.test_defects import lesson_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def urls(staff_client, lesson, question, learner_user) -> list[str]:
    # A version of each, so the restore URLs name real versions.
    staff_client.post(f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, title="Edited"))
    staff_client.post(
        f"/staff/questions/{question.pk}/action/", {"action": "retire"}
    )  # makes a question version
    lesson_version = Version.objects.get_for_object(lesson).first()
    question_version = Version.objects.get_for_object(question).first()
    flag = attempts.flag_question(learner=learner_user, question=question, reason="unclear")
    staff_client.logout()
    return [
        "/staff/review/",
        "/staff/lessons/",
        "/staff/lessons/import/",
        "/staff/lessons/preview/",
        f"/staff/lessons/{lesson.slug}/edit/",
        f"/staff/lessons/{lesson.slug}/delete/",
        f"/staff/lessons/{lesson.slug}/file/",
        f"/staff/lessons/{lesson.slug}/history/",
        f"/staff/lessons/{lesson.slug}/history/{lesson_version.pk}/restore/",
        "/staff/questions/new/",
        f"/staff/questions/{question.pk}/edit/",
        f"/staff/questions/{question.pk}/action/",
        f"/staff/questions/{question.pk}/history/",
        f"/staff/questions/{question.pk}/history/{question_version.pk}/restore/",
        f"/staff/flags/{flag.pk}/resolve/",
        f"/lessons/{lesson.slug}/questions/",
    ]


@pytest.mark.parametrize(
    "who", ["learner_user", "trainer_user", "staff_without_content_permission"]
)
def test_no_editing_url_answers_anyone_but_content_staff(request, urls, who, lesson, question):
    user = request.getfixturevalue(who)
    client = Client()
    client.force_login(user)
    stem = question.stem
    for url in urls:
        if who == "staff_without_content_permission" and url.endswith("/questions/"):
            continue  # the read-only question bank page is open to every staff member
        for method in (client.get, client.post):
            response = method(url, {"title": "Hacked", "action": "publish", "reply": "x"})
            assert response.status_code in (302, 403, 404, 405), (who, url, method)
            if response.status_code == 302:  # only the admin's own check redirects, to sign-in
                assert "/login/" in response.url, (who, url)
    lesson.refresh_from_db()
    question.refresh_from_db()
    assert (lesson.title, question.stem, question.status) == ("Edited", stem, "retired")
    assert not question.flags.filter(resolved=True).exists()


def test_signed_out_visitors_are_sent_to_sign_in(urls, client, lesson):
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 405), url
        if response.status_code == 302:
            assert "login" in response.url, url
        response = client.post(url, {"title": "Hacked"})
        assert response.status_code in (302, 403, 405), url
    lesson.refresh_from_db()
    assert lesson.title != "Hacked"


def test_csrf_is_required_for_editing(lesson, staff_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    response = client.post(f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, title="X"))
    assert response.status_code == 403
    lesson.refresh_from_db()
    assert lesson.title != "X"
