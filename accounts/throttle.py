"""At most so many emails per address and per client address in an hour (password resets and
address confirmations), counted in the database so every app server shares the count.

What is counted is each request for a message to an address, whether or not an account uses it
(a password reset for an unknown address sends nothing but counts all the same), so whether a
request is refused depends only on the requests made, and tells no one whether an address has an
account. A refused password reset says the same as any other; a learner's own confirmation link
says it can't be sent just now.
"""

from __future__ import annotations

import ipaddress
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils.crypto import salted_hmac

from accounts.models import EmailSend

WINDOW = timedelta(hours=1)


class Purpose:
    PASSWORD_RESET = "password_reset"
    CONFIRMATION = "confirmation"


def address_digest(email: str) -> str:
    """A keyed hash of the address, folded to lower case (so "Ada@..." and "ada@..." count as one)."""
    return salted_hmac("accounts.throttle", email.strip().lower(), algorithm="sha256").hexdigest()


def _client(client: str | None) -> str | None:
    try:
        return str(ipaddress.ip_address(client)) if client else None
    except ValueError:
        return None


@transaction.atomic
def allow_email(*, email: str, client: str | None, purpose: str, now: datetime) -> bool:
    """Record a request for a message to ``email`` from ``client`` and return True, or return False
    (recording nothing) if the address or the client has had its hourly share already.

    ``EMAIL_SENDS_PER_ADDRESS`` and ``EMAIL_SENDS_PER_CLIENT`` set the limits (0: no limit)."""
    since = now - WINDOW
    EmailSend.objects.filter(sent_at__lt=since).delete()  # nothing older is ever counted
    digest, client = address_digest(email), _client(client)
    recent = EmailSend.objects.filter(sent_at__gte=since)
    per_address = settings.EMAIL_SENDS_PER_ADDRESS
    if per_address and recent.filter(address_digest=digest).count() >= per_address:
        return False
    per_client = settings.EMAIL_SENDS_PER_CLIENT
    if per_client and client and recent.filter(client=client).count() >= per_client:
        return False
    EmailSend.objects.create(address_digest=digest, client=client, purpose=purpose, sent_at=now)
    return True
