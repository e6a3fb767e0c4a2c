"""One structured log line per request: method, path, status and duration, as JSON on stdout."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("cps_prep.requests")

# URL parts that are secrets to whoever holds the link (password-reset and confirmation tokens, join
# codes): such a request is logged by its route, "accounts/reset/<uidb64>/<token>/", not its path.
SECRET_URL_PARTS = frozenset({"token", "key", "code", "uidb64"})


def logged_path(request: HttpRequest) -> str:
    match = request.resolver_match
    if match is not None and SECRET_URL_PARTS & set(match.kwargs):
        return "/" + match.route.lstrip("^")
    return request.path


class RequestLogMiddleware:
    """Times the whole request (every later middleware and the view) and logs it once."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not logger.isEnabledFor(logging.INFO):
            return self.get_response(request)
        started = time.perf_counter()
        response = self.get_response(request)
        line = {
            "method": request.method,
            "path": logged_path(request),
            "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
        }
        if request.headers.get("HX-Request"):
            line["htmx"] = True
        logger.info(json.dumps(line, separators=(",", ":")))
        return response
