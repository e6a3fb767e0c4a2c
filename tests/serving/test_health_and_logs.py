"""`/healthz` for load balancers, and the one-line-per-request log."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_says_ok_when_the_database_is_reachable_and_migrated(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "migrations": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_unavailable_with_unapplied_migrations(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        MigrationExecutor, "migration_plan", lambda self, targets: [("quizzes.9999_new", False)]
    )
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["migrations"] == "1 unapplied"


def test_healthz_is_unavailable_when_the_database_is_not_reachable(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: BaseDatabaseWrapper) -> None:
        raise OperationalError("could not connect to server: secret-host:5432")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body == {
        "status": "unavailable",
        "database": "unreachable: OperationalError",
        "migrations": "unknown",
    }
    assert "secret-host" not in response.content.decode()


def test_healthz_takes_get_only(client: Client) -> None:
    assert client.post("/healthz").status_code == 405


@pytest.fixture
def request_log() -> Iterator[io.StringIO]:
    logger = logging.getLogger("cps_prep.requests")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield stream
    logger.removeHandler(handler)
    logger.setLevel(level)


def lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_each_request_is_one_json_line_with_method_path_status_and_duration(
    client: Client, request_log: io.StringIO
) -> None:
    client.get("/healthz")
    client.get("/no-such-page/")
    client.post("/healthz", headers={"HX-Request": "true"})
    first, missing, posted = lines(request_log)
    assert first["method"] == "GET"
    assert first["path"] == "/healthz"
    assert first["status"] == 200
    assert isinstance(first["ms"], float)
    assert first["ms"] >= 0
    assert (missing["path"], missing["status"]) == ("/no-such-page/", 404)
    assert (posted["method"], posted["status"], posted["htmx"]) == ("POST", 405, True)


def test_a_secret_link_is_logged_by_its_route_not_its_token(
    client: Client, request_log: io.StringIO
) -> None:
    client.get("/accounts/reset/MQ/abc123-secret-token/")
    (line,) = lines(request_log)
    assert "secret-token" not in json.dumps(line)
    assert line["path"] == "/accounts/reset/<uidb64>/<token>/"


def test_query_strings_are_never_logged(client: Client, request_log: io.StringIO) -> None:
    client.get("/healthz?email=someone@example.org")
    (line,) = lines(request_log)
    assert line["path"] == "/healthz"


def test_livez_answers_without_touching_the_database(
    client: Client, django_assert_num_queries
) -> None:
    with django_assert_num_queries(0):
        response = client.get("/livez")
    assert (response.status_code, response.content) == (200, b"ok")
