"""Signing up, and confirming the email address given, without telling anyone whose address it is."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import Profile


class EmailConfirmationTokenGenerator(PasswordResetTokenGenerator):
    """Like a reset link's token (expires after PASSWORD_RESET_TIMEOUT), for one pending address:
    it stops working once that address is confirmed or replaced."""

    key_salt = "accounts.signup.EmailConfirmationTokenGenerator"

    def _make_hash_value(self, user: AbstractBaseUser, timestamp: int) -> str:
        # Separated, or ("", "a@b") before confirming and ("a@b", "") after would hash alike.
        return f"{user.pk}|{user.email}|{Profile.for_user(user).pending_email}|{timestamp}"


email_confirmation_token = EmailConfirmationTokenGenerator()


def email_in_use(email: str, *, besides: AbstractBaseUser | None = None) -> bool:
    users = get_user_model().objects.filter(email__iexact=email)
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


def send_email_confirmation(*, user: AbstractBaseUser, absolute_url: Callable[[str], str]) -> None:
    """Email the user's pending address: a link to confirm it, or, if another account already uses
    it, a note to that address's owner instead. Either way one message goes to that address only,
    so only its owner learns whether it has an account."""
    email = Profile.for_user(user).pending_email
    if not email:
        return
    if email_in_use(email, besides=user):
        owner = get_user_model().objects.get(email__iexact=email)
        context = {"owner": owner, "reset_url": absolute_url(reverse("password_reset"))}
        subject = "Someone tried to sign up to CPS Prep with your email address"
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
    send_mail(subject, body, None, [email])


@transaction.atomic
def confirm_email(*, user: AbstractBaseUser) -> bool:
    """Make the pending address the user's email; False if another account has it by now."""
    profile = Profile.objects.select_for_update().get(user=user)
    email, profile.pending_email = profile.pending_email, ""
    profile.save(update_fields=["pending_email", "updated_at"])
    if not email or email_in_use(email, besides=user):
        return False
    previous, user.email = user.email, email
    try:
        with transaction.atomic():  # the database's unique index settles a race between two links
            user.save(update_fields=["email"])
    except IntegrityError:
        user.email = previous
        return False
    return True
