"""Sign-in throttling: django-axes' lockout check, for sign-ins that come from a web request."""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend
from django.http import HttpRequest


class LockoutBackend(AxesStandaloneBackend):
    """Axes' check, skipped when there is no request (a shell, the test client's ``login()``).

    Every sign-in form passes the request; only code running on the server can authenticate
    without one, and that is not an attacker guessing passwords.
    """

    def authenticate(self, request: HttpRequest | None, *args, **kwargs) -> None:
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)
