"""Signing up, and confirming the email address given, without telling anyone whose address it is."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import QuerySet, Value
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import Profile
from accounts.throttle import Purpose, allow_email

logger = logging.getLogger(__name__)

# At most one confirmation message per user in this time, so the form can't be used to flood an inbox.
CONFIRMATION_INTERVAL = timedelta(minutes=10)


class EmailConfirmationTokenGenerator(PasswordResetTokenGenerator):
    """Like a reset link's token (expires after PASSWORD_RESET_TIMEOUT), for one pending address:
    it stops working once that address is confirmed or replaced."""

    key_salt = "accounts.signup.EmailConfirmationTokenGenerator"

    def address(self, user: AbstractBaseUser) -> str:
        """The address a valid link is for: the pending one."""
        return Profile.for_user(user).pending_email

    def _make_hash_value(self, user: AbstractBaseUser, timestamp: int) -> str:
        return f"{user.pk}|{self.address(user)}|{timestamp}"


class ConfirmedAddressTokenGenerator(EmailConfirmationTokenGenerator):
    """Checks whether a confirmation link was for the address the user has now confirmed, so the
    link opened again says "Your address is confirmed" rather than "expired".

    A pending address is never the user's own confirmed one (``request_email_confirmation`` clears
    it instead), so a link for the pending address never passes this check, nor the other way."""

    def address(self, user: AbstractBaseUser) -> str:
        return user.email


email_confirmation_token = EmailConfirmationTokenGenerator()
confirmed_address_token = ConfirmedAddressTokenGenerator()


def users_with_email(email: str) -> QuerySet:
    """The users whose address is ``email``, folded as migration 0002's unique index folds it.

    ``LOWER()`` on both sides, in the database: ``email__iexact`` compares with ``UPPER()`` on
    PostgreSQL, which folds some letters together that ``LOWER()`` keeps apart ("ſ" and "s"), and
    Python's ``str.lower()`` folds non-ASCII capitals that SQLite's ``LOWER()`` leaves alone.
    """
    return (
        get_user_model()
        .objects.exclude(email="")  # as the index does (and so PostgreSQL can use it)
        .annotate(email_lower=Lower("email"))
        .filter(email_lower=Lower(Value(email)))
    )


def email_in_use(email: str, *, besides: AbstractBaseUser | None = None) -> bool:
    users = users_with_email(email)
    if besides is not None:
        users = users.exclude(pk=besides.pk)
    return users.exists()


@transaction.atomic
def sign_up(*, username: str, email: str, password: str) -> AbstractBaseUser:
    """Create the user (password hashed with Argon2) and their profile together.

    The email address waits in the profile until its owner confirms it (``confirm_email``); the
    account is made the same way whether or not another account already uses that address.
    """
    user = get_user_model().objects.create_user(username=username, email="", password=password)
    Profile.objects.create(user=user, pending_email=email)
    return user


class Sending(enum.Enum):
    SENT = "sent"
    NOT_NEEDED = "not needed"  # it is the user's confirmed address already
    TOO_SOON = "too soon"  # one was sent less than CONFIRMATION_INTERVAL ago
    THROTTLED = "throttled"  # the address or the client address has had its hourly share
    FAILED = "failed"  # the mail server refused or couldn't be reached (logged)


def request_email_confirmation(
    *,
    user: AbstractBaseUser,
    email: str,
    now: datetime,
    absolute_url: Callable[[str], str],
    client: str | None = None,
) -> Sending:
    """Make ``email`` the user's pending address and send the message about it (see
    ``send_email_confirmation``), at most once per ``CONFIRMATION_INTERVAL``, and within the
    hourly limits per address and per client address (``accounts.throttle``).

    A message that couldn't be sent doesn't count towards the user's 10 minutes.
    """
    with transaction.atomic():
        # get_or_create: users made by createsuperuser, the admin or a shell have no profile yet.
        profile, _ = Profile.objects.select_for_update().get_or_create(user=user)
        if users_with_email(email).filter(pk=user.pk).exists():
            profile.pending_email = ""  # "never mind the other address"
            profile.save(update_fields=["pending_email", "updated_at"])
            return Sending.NOT_NEEDED
        previous = profile.confirmation_sent_at
        if previous is not None and now < previous + CONFIRMATION_INTERVAL:
            return Sending.TOO_SOON
        if not allow_email(email=email, client=client, purpose=Purpose.CONFIRMATION, now=now):
            profile.pending_email = email  # the address the learner wants; the link can follow
            profile.save(update_fields=["pending_email", "updated_at"])
            return Sending.THROTTLED
        profile.pending_email, profile.confirmation_sent_at = email, now
        profile.save(update_fields=["pending_email", "confirmation_sent_at", "updated_at"])
    if send_email_confirmation(user=user, absolute_url=absolute_url):
        return Sending.SENT
    Profile.objects.filter(user=user, confirmation_sent_at=now).update(
        confirmation_sent_at=previous
    )
    return Sending.FAILED


def send_email_confirmation(*, user: AbstractBaseUser, absolute_url: Callable[[str], str]) -> bool:
    """Email the user's pending address: a link to confirm it, or, if another account already uses
    it, a note to that address's owner instead. Either way one message goes to that address only,
    so only its owner learns whether it has an account.

    False if there is no pending address or the message couldn't be sent (logged, not raised: the
    account is made by then, and the learner can ask again from their account page).
    """
    email = Profile.for_user(user).pending_email
    if not email:
        return False
    owner = users_with_email(email).exclude(pk=user.pk).first()
    if owner is not None:
        context = {"owner": owner, "reset_url": absolute_url(reverse("password_reset"))}
        subject = "Someone gave your email address for another CPS Prep account"
        body = render_to_string("accounts/email/address_in_use.txt", context)
    else:
        link = reverse(
            "confirm_email",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": email_confirmation_token.make_token(user),
            },
        )
        context = {"user": user, "confirm_url": absolute_url(link)}
        subject = "Confirm your email address for CPS Prep"
        body = render_to_string("accounts/email/confirm_email.txt", context)
    try:
        send_mail(subject, body, None, [email])
    except OSError:  # smtplib.SMTPException is one, as are refused and timed-out connections
        logger.exception("Couldn't send the email-confirmation message for user %s", user.pk)
        return False
    return True


class Confirmation(enum.Enum):
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already confirmed"  # by another request with the same link, just before
    TAKEN = "taken"  # another account has the address by now
    STALE = "stale"  # the address is no longer the pending one


@transaction.atomic
def confirm_email(*, user: AbstractBaseUser, email: str) -> Confirmation:
    """Make ``email``, the address the link was for, the user's email if it is still pending."""
    profile, _ = Profile.objects.select_for_update().get_or_create(user=user)
    if profile.pending_email != email:
        user.refresh_from_db(fields=["email"])
        if not profile.pending_email and user.email == email:
            return Confirmation.ALREADY_CONFIRMED
        return Confirmation.STALE
    profile.pending_email = ""
    profile.save(update_fields=["pending_email", "updated_at"])
    if email_in_use(email, besides=user):
        return Confirmation.TAKEN
    previous, user.email = user.email, email
    try:
        with transaction.atomic():  # the database's unique index settles a race between two links
            user.save(update_fields=["email"])
    except IntegrityError:
        user.email = previous
        return Confirmation.TAKEN
    return Confirmation.CONFIRMED
