"""Dates and times in the learner's time zone: from the browser (a cookie its script sets) or a
choice saved on the account page; stored in UTC either way."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import Profile
from quizzes.models import Attempt

pytestmark = pytest.mark.django_db

STARTED = datetime(2025, 3, 4, 4, 30, tzinfo=UTC)  # 23:30 on March 3 in New York


@pytest.fixture
def learner():
    user = get_user_model().objects.create_user("ada", password="a calm river 42")
    Attempt.objects.create(
        learner=user, mode="practice", scope="mixed", started_at=STARTED, question_count=1
    )
    return user


def recent_session_time(client: Client) -> str:
    html = client.get("/dashboard/").content.decode()
    return html.split('<ul class="recent-attempts">')[1].split("</time>")[0].split(">")[-1]


def test_times_follow_the_browsers_time_zone(client, learner):
    client.force_login(learner)
    assert recent_session_time(client) == "Mar 4, 04:30 UTC"
    client.cookies["tz"] = "America/New_York"
    assert recent_session_time(client) == "Mar 3, 23:30 EST"
    client.cookies["tz"] = "Asia/Kolkata"
    assert recent_session_time(client) == "Mar 4, 10:00 IST"
    assert Attempt.objects.get().started_at == STARTED  # stored in UTC as before


def test_a_time_zone_that_does_not_exist_is_ignored(client, learner):
    client.force_login(learner)
    for bad in ("Mars/Olympus_Mons", "../../etc/passwd", "x" * 300):
        client.cookies["tz"] = bad
        assert recent_session_time(client) == "Mar 4, 04:30 UTC"


def test_a_time_zone_chosen_on_the_account_page_wins_and_follows_the_learner(client, learner):
    client.force_login(learner)
    page = client.get("/accounts/").content.decode()
    assert 'name="time_zone"' in page
    assert '<option value="America/New_York">' in page
    response = client.post("/accounts/time-zone/", {"time_zone": "America/New_York"})
    assert response.status_code == 302
    assert Profile.for_user(learner).time_zone == "America/New_York"
    assert recent_session_time(client) == "Mar 3, 23:30 EST"

    # Signing in on another device brings the choice along.
    other = Client()
    other.post("/accounts/login/", {"username": "ada", "password": "a calm river 42"})
    assert other.cookies["tz"].value == "America/New_York"
    assert recent_session_time(other) == "Mar 3, 23:30 EST"

    # Back to the device's own zone.
    client.post("/accounts/time-zone/", {"time_zone": ""})
    assert Profile.for_user(learner).time_zone == ""
    assert client.cookies["tz_fixed"].value == ""


def test_an_unknown_time_zone_choice_is_refused_and_nothing_changes(client, learner):
    client.force_login(learner)
    response = client.post("/accounts/time-zone/", {"time_zone": "Mars/Olympus_Mons"})
    assert response.status_code == 400
    assert "Choose a time zone from the list" in response.content.decode()
    assert Profile.for_user(learner).time_zone == ""
