"""Account pages: sign-up here; sign-in, sign-out, password reset and change are Django's views."""

from __future__ import annotations

import math

from axes.helpers import get_client_ip_address, get_cool_off, get_failure_limit
from axes.utils import reset as reset_sign_in_failures
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.backends import client_address, tries_left
from accounts.forms import ConfirmationRequestForm, SignUpForm, TimeZoneForm
from accounts.models import Profile
from accounts.signup import (
    CONFIRMATION_INTERVAL,
    Confirmation,
    Sending,
    confirm_email,
    confirmed_address_token,
    email_confirmation_token,
    request_email_confirmation,
    sign_up,
)
from cps_prep.middleware import remember_time_zone
from teach.teaching import complete_pending_joins

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _requested_next(request: HttpRequest) -> str:
    """The page to go on to, posted with the form or in the query string; "" unless it is on this site."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return ""


@sensitive_post_parameters("password1", "password2")
@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        user = sign_up(
            username=form.cleaned_data["username"],
            email=email,
            password=form.cleaned_data["password1"],
        )
        login(request, user, backend=MODEL_BACKEND)
        sending = request_email_confirmation(
            user=user,
            email=email,
            now=timezone.now(),
            absolute_url=request.build_absolute_uri,
            client=client_address(request),
        )
        # Word for word the same whether or not another account uses the address (see README).
        welcome = f"Welcome, {user.get_username()}. You're signed in."
        if sending is Sending.SENT:
            messages.success(
                request,
                f"{welcome} We've sent a message to {email}: follow its link to use that address "
                "for password resets.",
            )
        else:
            messages.warning(
                request,
                f"{welcome} We couldn't send a message to {email} just now: you can ask for it "
                "again on your account page.",
            )
        return HttpResponseRedirect(_requested_next(request) or settings.LOGIN_REDIRECT_URL)
    return TemplateResponse(
        request, "accounts/signup.html", {"form": form, "next": _requested_next(request)}
    )


def _user_in_link(uidb64: str):
    try:
        return get_user_model().objects.get(pk=urlsafe_base64_decode(uidb64).decode())
    except (ValueError, TypeError, OverflowError, get_user_model().DoesNotExist):
        return None


def _user_for_link(user, token: str):
    """The user and the pending address the link is for, or None if it is not (or no longer) valid."""
    if user is None:
        return None
    email = Profile.for_user(user).pending_email
    if not email or not email_confirmation_token.check_token(user, token):
        return None
    return user, email


def _confirmed_by_link(user, token: str) -> bool:
    """Whether the link was for the address the user has confirmed (it was used already)."""
    return (
        user is not None and bool(user.email) and confirmed_address_token.check_token(user, token)
    )


CONFIRMATION_MESSAGES = {
    Confirmation.CONFIRMED: (
        messages.SUCCESS,
        "Thank you: that address is now used for password resets.",
    ),
    Confirmation.ALREADY_CONFIRMED: (messages.SUCCESS, "Your address is confirmed."),
    Confirmation.TAKEN: (
        messages.ERROR,
        "That address is already used by another account, so it wasn't added.",
    ),
    Confirmation.STALE: (
        messages.ERROR,
        "That link is out of date: the address waiting for confirmation has changed since.",
    ),
}


@require_http_methods(["GET", "POST"])
def confirm_email_link(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The emailed link: a page with a button (a mail scanner's GET changes nothing), then the write.

    Opened again once its address is confirmed, the link says so (not "expired")."""
    user = _user_in_link(uidb64)
    found = _user_for_link(user, token)
    if found is not None and request.method == "POST":
        user, email = found
        confirmation = confirm_email(user=user, email=email)
        level, text = CONFIRMATION_MESSAGES[confirmation]
        messages.add_message(request, level, text)
        if confirmation is Confirmation.CONFIRMED:  # groups asked to join through a join link
            for cohort in complete_pending_joins(learner=user, now=timezone.now()):
                messages.success(request, f"You've joined {cohort.name}.")
        return redirect("account")
    context = {"validlink": found is not None, "confirmed": False}
    if found is not None:
        user, email = found
        context.update(username=user.get_username(), email=email)
    elif _confirmed_by_link(user, token):
        context.update(confirmed=True, username=user.get_username(), email=user.email)
    return TemplateResponse(request, "accounts/confirm_email.html", context)


class LoginView(auth_views.LoginView):
    """Django's view; a sign-in clears that username's failures from that address, and no others.

    (axes' own AXES_RESET_ON_SUCCESS would also clear the whole address's count, so anyone could
    reset it by signing in to an account of their own between guesses.)"""

    redirect_authenticated_user = True

    def form_invalid(self, form):
        """Once a few sign-ins have failed, say how many tries are left before the pause."""
        username = str(form.data.get("username", ""))[:150]
        cool_off = get_cool_off(self.request)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                tries_left=tries_left(self.request, username),
                pause_minutes=round(cool_off.total_seconds() / 60) if cool_off else 15,
            )
        )

    def form_valid(self, form):
        response = super().form_valid(form)
        reset_sign_in_failures(
            ip=get_client_ip_address(self.request), username=form.cleaned_data["username"]
        )
        chosen = Profile.for_user(form.get_user()).time_zone
        if chosen:  # a time zone chosen on the account page follows the learner to this device
            remember_time_zone(response, chosen)
        return response


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's view; a new password set through the emailed link also lifts a sign-in pause."""

    def form_valid(self, form):
        response = super().form_valid(form)
        reset_sign_in_failures(username=form.user.get_username())
        return response


def _account_page(
    request: HttpRequest,
    form: ConfirmationRequestForm,
    time_zone_form: TimeZoneForm | None = None,
    status: int = 200,
) -> TemplateResponse:
    profile = Profile.for_user(request.user)
    if time_zone_form is None:
        time_zone_form = TimeZoneForm(initial={"time_zone": profile.time_zone})
    return TemplateResponse(
        request,
        "accounts/account.html",
        {"profile": profile, "form": form, "time_zone_form": time_zone_form},
        status=status,
    )


@login_required
@require_POST
def set_time_zone(request: HttpRequest) -> HttpResponse:
    """The account page's time zone: saved in the profile (so it follows the learner to another
    device at sign-in) and in the cookie the pages read; "" hands it back to the browser."""
    form = TimeZoneForm(request.POST)
    if not form.is_valid():
        pending = Profile.for_user(request.user).pending_email
        confirmation = ConfirmationRequestForm(initial={"email": pending})
        return _account_page(request, confirmation, form, status=400)
    name = form.cleaned_data["time_zone"]
    Profile.objects.filter(pk=Profile.for_user(request.user).pk).update(time_zone=name)
    if name:
        messages.success(request, f"Dates and times are now shown in {name} time.")
    else:
        messages.success(request, "Dates and times now follow this device's time zone.")
    response = redirect("account")
    remember_time_zone(response, name)
    return response


@login_required
@require_GET
def account(request: HttpRequest) -> TemplateResponse:
    pending = Profile.for_user(request.user).pending_email
    return _account_page(request, ConfirmationRequestForm(initial={"email": pending}))


@login_required
@require_POST
def send_confirmation(request: HttpRequest) -> HttpResponse:
    """The account page's form: email a confirmation link to the pending address or another one.

    The answer is the same whether or not another account uses the address (see README)."""
    form = ConfirmationRequestForm(request.POST)
    if not form.is_valid():
        return _account_page(request, form)
    email = form.cleaned_data["email"]
    now = timezone.now()
    sending = request_email_confirmation(
        user=request.user,
        email=email,
        now=now,
        absolute_url=request.build_absolute_uri,
        client=client_address(request),
    )
    if sending is Sending.SENT:
        messages.success(
            request,
            f"We've sent a message to {email}: follow its link to use that address for password "
            "resets.",
        )
    elif sending is Sending.NOT_NEEDED:
        messages.success(request, f"{email} is already your confirmed address.")
    elif sending is Sending.TOO_SOON:
        sent_at = Profile.for_user(request.user).confirmation_sent_at or now
        wait = sent_at + CONFIRMATION_INTERVAL - now
        minutes = max(1, math.ceil(wait.total_seconds() / 60))
        messages.info(
            request,
            "We sent you a message a few minutes ago. It can take a little while to arrive, and "
            "it may be in your spam or junk folder. You can ask for another in "
            f"{minutes} minute{'s' if minutes != 1 else ''}.",
        )
    elif sending is Sending.THROTTLED:
        messages.info(
            request,
            "We've sent several messages to that address, or from your network, in the last "
            "hour, so we won't send another just now. Please try again in an hour.",
        )
    else:
        messages.warning(
            request, "We couldn't send a message just now. Please try again in a few minutes."
        )
    return redirect("account")


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None
) -> HttpResponse:
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE): a calm page, status 429.

    Rendered at once (not a TemplateResponse): axes' middleware swaps it in after rendering."""
    cool_off = get_cool_off(request)
    minutes = round(cool_off.total_seconds() / 60) if cool_off else 15
    failure_limit = get_failure_limit(request, credentials)
    return render(
        request,
        "accounts/locked_out.html",
        {
            "minutes": minutes,
            "failure_limit": failure_limit,
            "whole_account": failure_limit == settings.SIGN_IN_FAILURES_PER_USERNAME,
            "whole_address": failure_limit == settings.SIGN_IN_FAILURES_PER_ADDRESS,
        },
        status=429,
    )
