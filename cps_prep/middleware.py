"""Project-wide middleware: pages for a signed-in person are never kept in the browser's cache."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control


class PrivatePagesMiddleware:
    """``Cache-Control: no-store, private`` (and no-cache) on every response to a signed-in user.

    An exam's pages change as it runs: Back after submitting must ask the server again (which then
    shows the results), not replay a cached "Ready to submit? Time left 2:19". ``no-store`` also
    keeps Chromium from putting the page in its back/forward cache. Visitors' pages are untouched.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        public = "public" in response.get("Cache-Control", "")  # the same for everyone (an icon)
        if user is not None and user.is_authenticated and not public:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
