"""Project-wide middleware: pages for a signed-in person are never kept in the browser's cache, and
dates and times are shown in the learner's time zone."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from functools import cache

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
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


TIME_ZONE_COOKIE = (
    "tz"  # the IANA name: set by static/js/timezone.js, or by a choice on the account page
)
TIME_ZONE_FIXED_COOKIE = (
    "tz_fixed"  # "1" while the account page's choice holds (the script leaves tz be)
)


@cache
def time_zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


class LearnerTimeZoneMiddleware:
    """Activate the time zone named in the ``tz`` cookie, if it is a real one (else the site's, UTC).

    The browser's script sets the cookie from ``Intl.DateTimeFormat().resolvedOptions().timeZone``;
    a time zone chosen on the account page is saved in the learner's profile, set in the cookie, and
    set again at each sign-in. Reading only the cookie costs no query. Times stay stored in UTC.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        name = request.COOKIES.get(TIME_ZONE_COOKIE, "")
        if name in time_zone_names():
            timezone.activate(zoneinfo.ZoneInfo(name))
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


def remember_time_zone(response: HttpResponse, name: str) -> None:
    """Set (or, for "", hand back to the browser) the time zone cookies on ``response``."""
    year = 365 * 24 * 3600
    if name:
        response.set_cookie(TIME_ZONE_COOKIE, name, max_age=year, samesite="Lax")
        response.set_cookie(TIME_ZONE_FIXED_COOKIE, "1", max_age=year, samesite="Lax")
    else:
        response.delete_cookie(TIME_ZONE_FIXED_COOKIE, samesite="Lax")
