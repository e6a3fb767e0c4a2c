"""A learner's profile: what we keep beyond Django's user, such as extra exam time."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

MIN_EXTRA_TIME = Decimal("1.00")
MAX_EXTRA_TIME = Decimal("3.00")


class Profile(models.Model):
    """One per user: made at sign-up, and on first read for users made elsewhere (admin, shell)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    extra_time_factor = models.DecimalField(
        "extra time factor",
        max_digits=3,
        decimal_places=2,
        default=MIN_EXTRA_TIME,
        validators=[MinValueValidator(MIN_EXTRA_TIME), MaxValueValidator(MAX_EXTRA_TIME)],
        help_text=(
            "A testing accommodation: the mock exam's time limit is multiplied by this. "
            "1.00 is standard time, 1.50 is time and a half, 2.00 double time (at most 3.00). "
            "Set it when the learner has an approved accommodation for the real exam."
        ),
    )
    pending_email = models.EmailField(
        "email waiting for confirmation",
        blank=True,
        help_text=(
            "The address given at sign-up. It becomes the account's email (used for password "
            "resets) only when its owner follows the link emailed to it."
        ),
    )
    confirmation_sent_at = models.DateTimeField(
        "confirmation last sent",
        null=True,
        blank=True,
        help_text="When a message about the pending address was last emailed (at most one per 10 minutes).",
    )
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        help_text="An IANA name such as America/Chicago; empty: the browser's own time zone.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(extra_time_factor__gte=MIN_EXTRA_TIME)
                & Q(extra_time_factor__lte=MAX_EXTRA_TIME),
                name="profile_extra_time_factor_range",
            )
        ]

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @classmethod
    def for_user(cls, user) -> Profile:
        """The user's profile, made with the defaults if they have none yet."""
        profile, _ = cls.objects.get_or_create(user=user)
        return profile


class EmailSend(models.Model):
    """One message sent to an address (password reset, address confirmation), kept for an hour so
    ``accounts.throttle`` can limit sends per address and per client address.

    The address is kept only as a keyed hash: the table says how often, not to whom."""

    address_digest = models.CharField(max_length=64)
    client = models.GenericIPAddressField(null=True, blank=True)
    purpose = models.CharField(max_length=20)
    sent_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["address_digest", "sent_at"], name="email_send_address"),
            models.Index(fields=["client", "sent_at"], name="email_send_client"),
            models.Index(fields=["sent_at"], name="email_send_sent_at"),
        ]

    def __str__(self) -> str:
        return f"{self.purpose} at {self.sent_at:%Y-%m-%d %H:%M}"
