"""Account forms: sign-up (Django's user-creation form plus an email address), the confirmation
request, and the password-reset form with its hourly limits."""

from __future__ import annotations

import logging

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm, UserCreationForm
from django.utils import timezone

from accounts.backends import client_address
from accounts.throttle import Purpose, allow_email
from cps_prep.middleware import time_zone_names

logger = logging.getLogger(__name__)


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        label="Email",
        max_length=254,
        help_text=(
            "Only used to reset your password if you forget it. We'll email a link to confirm "
            "it. We never share it."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["username", "email"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].help_text = (
            "The name you sign in with. Letters, digits and @ . + - _ only; "
            "it need not be your real name."
        )
        self.fields["password1"].label = "Password"
        self.fields["password2"].label = "Password again"
        self.fields["password2"].help_text = "Type the same password, to be sure it is right."

    def clean_email(self) -> str:
        # Whether another account uses it is not checked here: saying so would tell anyone who has an
        # account. accounts.signup.send_email_confirmation deals with it by email, to that address.
        return self.cleaned_data["email"].strip()


class ConfirmationRequestForm(forms.Form):
    """On the account page: (re)send the confirmation link, to the pending address or another."""

    email = forms.EmailField(
        label="Email",
        max_length=254,
        help_text="We'll email a link to it; the address is used once you follow the link.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self) -> str:
        # As at sign-up: whether another account uses it is told only to that address, by email.
        return self.cleaned_data["email"].strip()


class TimeZoneForm(forms.Form):
    """On the account page: the time zone dates and times are shown in ("" = the browser's own)."""

    time_zone = forms.ChoiceField(
        label="Time zone",
        required=False,
        help_text="Dates and times on this site are shown in it.",
        error_messages={"invalid_choice": "Choose a time zone from the list."},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        names = sorted(time_zone_names())
        self.fields["time_zone"].choices = [
            ("", "This device's own time zone"),
            *zip(names, names, strict=True),
        ]


class ThrottledPasswordResetForm(PasswordResetForm):
    """Django's form; each request counts towards the address's and the client's hourly limits
    (``accounts.throttle``) whether or not an account uses the address, and over either limit
    nothing is sent. The page that follows is the same either way."""

    def save(self, *args, request=None, **kwargs) -> None:
        allowed = allow_email(
            email=self.cleaned_data["email"],
            client=client_address(request) if request is not None else None,
            purpose=Purpose.PASSWORD_RESET,
            now=timezone.now(),
        )
        if not allowed:
            logger.warning(
                "Password reset not sent: over the hourly limit for the address or client"
            )
            return
        super().save(*args, request=request, **kwargs)
