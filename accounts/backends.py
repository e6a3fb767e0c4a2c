"""Sign-in throttling with django-axes: the lockout check, the failure limits and the client's address."""

from __future__ import annotations

import ipaddress

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_ip_address, get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest
from django.utils import timezone


class LockoutBackend(AxesStandaloneBackend):
    """Axes' check, skipped when there is no request (a shell, the test client's ``login()``).

    Every sign-in form passes the request; only code running on the server can authenticate
    without one, and that is not an attacker guessing passwords.
    """

    def authenticate(self, request: HttpRequest | None, *args, **kwargs) -> None:
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)


def failure_limit(request: HttpRequest, credentials: dict | None) -> int:
    """``AXES_FAILURE_LIMIT``: the limit of the first lockout group that has reached its own.

    Axes has a single limit and pauses when any lockout parameter's failure count reaches it (it
    compares the highest count). Choosing the limit this way gives each group its own: a pause at
    ``SIGN_IN_FAILURES_PER_PAIR`` for one username from one address, at
    ``SIGN_IN_FAILURES_PER_USERNAME`` for one username from any addresses, and at
    ``SIGN_IN_FAILURES_PER_ADDRESS`` for one address, whatever usernames were tried. (While no
    group has reached its limit, the highest of them is returned, which no count has reached.)
    """
    per_pair = settings.SIGN_IN_FAILURES_PER_PAIR
    per_username = settings.SIGN_IN_FAILURES_PER_USERNAME
    per_address = settings.SIGN_IN_FAILURES_PER_ADDRESS
    username = get_client_username(request, credentials)
    address = getattr(request, "axes_ip_address", None)
    if _failures(request, username=username, ip_address=address) >= per_pair:
        return per_pair
    if per_username and _failures(request, username=username) >= per_username:
        return per_username
    return max(per_pair, per_username, per_address)


WARN_WHEN_TRIES_LEFT = 3  # the sign-in page counts down from here


def tries_left(request: HttpRequest, username: str) -> int | None:
    """Failed sign-ins left before the nearest pause (for this username from this address, for the
    username, or for the address), once it is ``WARN_WHEN_TRIES_LEFT`` or fewer; else None.

    Failures are counted for any username, existing or not, so this says nothing about accounts.
    """
    address = get_client_ip_address(request)
    limits: list[tuple[int, dict[str, object]]] = [
        (settings.SIGN_IN_FAILURES_PER_PAIR, {"username": username, "ip_address": address})
    ]
    if settings.SIGN_IN_FAILURES_PER_USERNAME:
        limits.append((settings.SIGN_IN_FAILURES_PER_USERNAME, {"username": username}))
    if settings.SIGN_IN_FAILURES_PER_ADDRESS:
        limits.append((settings.SIGN_IN_FAILURES_PER_ADDRESS, {"ip_address": address}))
    left = min(limit - _failures(request, **lookup) for limit, lookup in limits)
    return left if 0 < left <= WARN_WHEN_TRIES_LEFT else None


def _failures(request: HttpRequest, **lookup: object) -> int:
    """Failures within the cool-off matching ``lookup``, counted as axes counts them."""
    since = (getattr(request, "axes_attempt_time", None) or timezone.now()) - get_cool_off(request)
    attempts = AccessAttempt.objects.filter(attempt_time__gte=since, **lookup)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def client_address(request: HttpRequest) -> str | None:
    """``AXES_CLIENT_IP_CALLABLE``: the address the request came from, seen through trusted proxies.

    With ``TRUSTED_PROXY_COUNT`` proxies in front, each appending to ``X-Forwarded-For``, the
    client's address is that many entries from the right; entries further left could be forged.
    An entry that is not an IP address (axes stores it in an ``inet`` column on PostgreSQL) counts
    as no entry: the nearest proxy's address is used instead.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        hops = [hop.strip() for hop in forwarded if hop.strip()]
        if len(hops) >= proxies:
            try:
                return str(ipaddress.ip_address(hops[-proxies]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR")
