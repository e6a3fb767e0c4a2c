"""Probes for a load balancer or orchestrator: `/livez` (the process answers) and `/healthz` (fit to take
traffic: database reachable, migrations applied)."""

from __future__ import annotations

from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return f"unreachable: {error.__class__.__name__}"
    return "ok"


def _check_migrations() -> str:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return "ok" if not plan else f"{len(plan)} unapplied"


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 with each check "ok", or 503 saying which check failed (no details beyond a class name)."""
    checks = {"database": _check_database()}
    checks["migrations"] = _check_migrations() if checks["database"] == "ok" else "unknown"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )


@never_cache
@require_GET
def livez(request: HttpRequest) -> HttpResponse:
    """The process is up and answering: no database, no template (also the load bench's ceiling)."""
    return HttpResponse("ok", content_type="text/plain")
