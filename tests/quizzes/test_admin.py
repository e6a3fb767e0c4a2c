import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from quizzes import attempts
from quizzes.models import Flag

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    staff = get_user_model().objects.create_superuser("staff", "staff@example.org", None)
    client.force_login(staff)
    return client


def test_staff_see_attempts_scores_and_flags(admin_client, learner, bank, rng):
    attempt = attempts.start_practice(learner=learner, size=2, rng=rng, now=timezone.now())
    item = attempt.items.get(position=1)
    attempts.submit_answer(
        attempt=attempt,
        attempt_question=item,
        choice=item.question.choices.get(is_correct=True),
        learner=learner,
        now=timezone.now(),
    )
    attempts.flag_question(
        learner=learner, question=item.question, reason="unclear", comment="Two fit."
    )
    html = admin_client.get("/admin/quizzes/attempt/").content.decode()
    assert "in progress" in html
    html = admin_client.get(f"/admin/quizzes/attempt/{attempt.pk}/change/").content.decode()
    assert item.question.choices.get(is_correct=True).text in html
    html = admin_client.get("/admin/quizzes/topicscore/").content.decode()
    assert "67%" in html
    html = admin_client.get("/admin/quizzes/flag/").content.decode()
    assert "Two fit." in html
    assert "The question is unclear" in html


def test_resolving_a_flag_is_one_way(admin_client, learner, bank):
    question = bank["empathy"][0]
    old = attempts.flag_question(learner=learner, question=question, reason="unclear")
    Flag.objects.filter(pk=old.pk).update(resolved=True)
    newer = attempts.flag_question(learner=learner, question=question, reason="wrong")
    html = admin_client.get("/admin/quizzes/flag/").content.decode()
    assert 'name="form-0-resolved"' not in html  # no reopening from the list
    # Nor from the change form: reopening the old flag would make two open flags.
    response = admin_client.post(f"/admin/quizzes/flag/{old.pk}/change/", {"_save": "Save"})
    assert response.status_code == 302
    assert Flag.objects.get(pk=old.pk).resolved
    # The action resolves, and only that.
    response = admin_client.post(
        "/admin/quizzes/flag/",
        {"action": "mark_resolved", "_selected_action": [old.pk, newer.pk]},
    )
    assert response.status_code == 302
    assert list(Flag.objects.filter(resolved=False)) == []
