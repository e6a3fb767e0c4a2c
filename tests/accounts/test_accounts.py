import re
import smtplib
from datetime import timedelta
from decimal import Decimal

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts import views
from accounts.models import EmailSend, Profile
from accounts.signup import Confirmation, confirm_email, sign_up

pytestmark = pytest.mark.django_db

PASSWORD = "a calm river 42"


@pytest.fixture
def learner():
    """A learner whose email address is confirmed."""
    user = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    assert confirm_email(user=user, email="ada@example.org") is Confirmation.CONFIRMED
    return user


def signed_in_user(client: Client):
    return client.session.get("_auth_user_id")


def sign_in(client: Client, username: str = "ada", password: str = PASSWORD, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


# --- Sign up --------------------------------------------------------------------------------------


def test_sign_up_creates_the_user_and_profile_and_signs_in(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "ada",
            "email": "ada@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    user = get_user_model().objects.get(username="ada")
    assert user.check_password(PASSWORD)
    assert user.profile.extra_time_factor == Decimal("1.00")
    assert signed_in_user(client) == str(user.pk)
    # The address waits for its owner to confirm it.
    assert user.email == ""
    assert user.profile.pending_email == "ada@example.org"


def sign_up_through_the_form(client: Client, username: str, email: str):
    data = {"username": username, "email": email, "password1": PASSWORD, "password2": PASSWORD}
    return client.post(reverse("signup"), data, follow=True)


def confirmation_link(mail) -> str:
    match = re.search(r"http://testserver(/accounts/confirm-email/\S+/)", mail.body)
    assert match, mail.body
    return match.group(1)


def test_the_emailed_link_confirms_the_address_for_password_resets(client, mailoutbox):
    sign_up_through_the_form(client, "ada", "ada@example.org")
    assert [mail.to for mail in mailoutbox] == [["ada@example.org"]]
    assert mailoutbox[0].subject == "Confirm your email address for CPS Prep"
    link = confirmation_link(mailoutbox[0])
    user = get_user_model().objects.get(username="ada")

    # Opening the link (as a mail scanner might) changes nothing; the button does.
    page = Client().get(link).content.decode()
    assert "Use ada@example.org to reset the password" in page
    user.refresh_from_db()
    assert user.email == ""
    response = Client().post(link, follow=True)
    assert "that address is now used for password resets" in response.content.decode()
    user.refresh_from_db()
    assert user.email == "ada@example.org"
    assert Profile.for_user(user).pending_email == ""

    # The link works once; opened again, it says the address is confirmed (as the README says).
    again = Client().get(link).content.decode()
    assert "Your address is confirmed" in again
    assert "This link has expired" not in again
    assert "ada@example.org" in again
    pressed_again = Client().post(link).content.decode()
    assert "Your address is confirmed" in pressed_again
    Client().post(reverse("password_reset"), {"email": "ada@example.org"})
    assert mailoutbox[-1].subject == "Reset your CPS Prep password"


def test_sign_up_with_an_address_in_use_says_the_same_and_tells_only_its_owner(
    client, learner, mailoutbox
):
    fresh = sign_up_through_the_form(Client(), "newcomer1", "bo@example.org")
    taken = sign_up_through_the_form(Client(), "newcomer2", "ADA@example.org")

    # What the newcomer sees is the same either way, apart from their own name and address.
    def seen(response, name: str, email: str) -> tuple:
        notices = re.search(r'<ul class="messages".*?</ul>', response.content.decode(), re.S)
        text = notices.group(0).replace(name, "NAME").replace(email, "EMAIL")
        return response.redirect_chain, text

    assert seen(fresh, "newcomer1", "bo@example.org") == seen(taken, "newcomer2", "ADA@example.org")
    assert "sent a message to ADA@example.org" in taken.content.decode()
    assert "already" not in taken.content.decode()

    # The new account is made, without the address; its owner alone hears of it, and gets no link
    # that would attach it to the new account.
    newcomer = get_user_model().objects.get(username="newcomer2")
    assert newcomer.email == ""
    to_owner = mailoutbox[-1]
    assert to_owner.to == ["ADA@example.org"]
    assert to_owner.subject == "Someone gave your email address for another CPS Prep account"
    assert 'sign in as "ada"' in to_owner.body
    assert "http://testserver/accounts/password-reset/" in to_owner.body
    assert "confirm-email" not in to_owner.body
    learner.refresh_from_db()
    assert learner.email == "ada@example.org"

    # The account page shows the same, pending, state as for any unconfirmed address.
    page = taken.client.get(reverse("account")).content.decode()
    assert "ADA@example.org (not confirmed yet" in page


def test_a_link_for_an_address_taken_since_does_not_attach_it(mailoutbox):
    first = sign_up(username="bo", email="same@example.org", password=PASSWORD)
    second = sign_up(username="cy", email="Same@example.org", password=PASSWORD)
    assert confirm_email(user=first, email="same@example.org") is Confirmation.CONFIRMED
    assert confirm_email(user=second, email="Same@example.org") is Confirmation.TAKEN
    second.refresh_from_db()
    assert second.email == ""


def test_the_database_refuses_two_accounts_with_one_address(learner):
    other = get_user_model().objects.create_user("bo", password=PASSWORD)
    other.email = "ADA@example.org"
    with pytest.raises(IntegrityError):
        other.save()


def test_any_number_of_accounts_may_have_no_address(learner):
    for name in ("bo", "cy"):
        get_user_model().objects.create_user(name, email="", password=PASSWORD)
    assert get_user_model().objects.filter(email="").count() == 2


def test_staff_are_told_when_an_address_is_in_use(admin_client, learner):
    other = get_user_model().objects.create_user("bo", password=PASSWORD)
    url = reverse("admin:auth_user_change", args=[other.pk])
    data = {
        "username": "bo",
        "email": "ada@example.org",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
        "profile-TOTAL_FORMS": "1",
        "profile-INITIAL_FORMS": "0",
        "profile-0-extra_time_factor": "1.00",
    }
    response = admin_client.post(url, data)
    assert "Another account already uses this email address." in response.content.decode()


def test_sign_up_goes_back_to_a_safe_next_page_only(client):
    data = {"email": "x@example.org", "password1": PASSWORD, "password2": PASSWORD}
    response = client.post(
        reverse("signup") + "?next=/lessons/", {"username": "ada", **data, "next": "/lessons/"}
    )
    assert response["Location"] == "/lessons/"
    client.post(reverse("logout"))
    data["email"] = "y@example.org"
    response = client.post(
        reverse("signup"), {"username": "bo", **data, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/dashboard/"


def test_a_failed_sign_up_keeps_the_posted_next_page(client):
    # The form posts `next` in the body (its action has no query string), so a re-render must keep it.
    data = {"username": "ada", "email": "ada@example.org", "password1": PASSWORD}
    response = client.post(reverse("signup"), {**data, "password2": "typo", "next": "/lessons/"})
    assert response.status_code == 200
    assert '<input type="hidden" name="next" value="/lessons/">' in response.content.decode()

    response = client.post(reverse("signup"), {**data, "password2": PASSWORD, "next": "/lessons/"})
    assert response["Location"] == "/lessons/"


def test_a_failed_sign_up_drops_a_next_page_on_another_site(client):
    response = client.post(reverse("signup"), {"username": "ada", "next": "https://evil.example/"})
    assert response.status_code == 200
    assert "evil.example" not in response.content.decode()


def test_sign_up_shows_errors_and_creates_nothing(client, learner):
    response = client.post(
        reverse("signup"),
        {
            "username": "ADA",
            "email": "Ada@Example.org",
            "password1": PASSWORD,
            "password2": "something else",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "A user with that username already exists." in content
    assert "already uses" not in content  # whether the address has an account is not said here
    assert "The two password fields didn’t match." in content
    assert 'aria-invalid="true"' in content
    assert get_user_model().objects.count() == 1
    assert signed_in_user(client) is None


def test_sign_up_page_sends_signed_in_users_on(client, learner):
    client.force_login(learner)
    assert client.get(reverse("signup"))["Location"] == "/dashboard/"


def test_sign_up_page_has_labelled_fields(client):
    content = client.get(reverse("signup")).content.decode()
    for field in ("username", "email", "password1", "password2"):
        assert f'<label for="id_{field}">' in content
    assert 'autocomplete="new-password"' in content


def test_passwords_are_hashed_with_argon2(project_password_hashing):
    user = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    user.refresh_from_db()
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)


# --- Confirming the address, again or late --------------------------------------------------------


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that hangs up, as an SMTP server under strain may."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def message_texts(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def ask_for_a_link(client: Client, email: str, **extra):
    return client.post(reverse("send_confirmation"), {"email": email}, follow=True, **extra)


def allow_another_link(user) -> None:
    """As if the last confirmation message went out 11 minutes ago."""
    Profile.objects.filter(user=user).update(
        confirmation_sent_at=timezone.now() - timedelta(minutes=11)
    )


def test_sign_up_signs_in_even_when_the_mail_server_fails(client, settings, mailoutbox, caplog):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    response = sign_up_through_the_form(client, "ada", "ada@example.org")

    assert response.redirect_chain == [("/dashboard/", 302)]
    user = get_user_model().objects.get(username="ada")
    assert signed_in_user(client) == str(user.pk)
    assert message_texts(response) == [
        "Welcome, ada. You're signed in. We couldn't send a message to ada@example.org just now: "
        "you can ask for it again on your account page."
    ]
    [record] = [r for r in caplog.records if r.name == "accounts.signup"]
    assert isinstance(record.exc_info[1], smtplib.SMTPServerDisconnected)

    # The account page offers to send it again, and (as nothing was sent) does so at once.
    page = client.get(reverse("account")).content.decode()
    assert "Didn't get the link, or has it expired?" in page
    assert 'value="ada@example.org"' in page
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = ask_for_a_link(client, "ada@example.org")
    assert message_texts(response) == [
        "We've sent a message to ada@example.org: follow its link to use that address for "
        "password resets."
    ]
    assert [mail.to for mail in mailoutbox] == [["ada@example.org"]]
    Client().post(confirmation_link(mailoutbox[0]))
    user.refresh_from_db()
    assert user.email == "ada@example.org"


def test_the_account_page_sends_a_new_link_at_most_every_ten_minutes(client, mailoutbox):
    sign_up_through_the_form(client, "ada", "ada@example.org")
    first_link = confirmation_link(mailoutbox[0])

    response = ask_for_a_link(client, "ada@example.org")
    assert message_texts(response) == [
        "We sent you a message a few minutes ago. It can take a little while to arrive, and it may "
        "be in your spam or junk folder. You can ask for another in 10 minutes."
    ]
    assert len(mailoutbox) == 1

    # Later, to another address: the new address waits, and the first link no longer works.
    user = get_user_model().objects.get(username="ada")
    allow_another_link(user)
    ask_for_a_link(client, "ada.l@example.org")
    assert [mail.to for mail in mailoutbox] == [["ada@example.org"], ["ada.l@example.org"]]
    assert Profile.for_user(user).pending_email == "ada.l@example.org"
    assert "This link has expired" in Client().get(first_link).content.decode()
    Client().post(confirmation_link(mailoutbox[1]))
    user.refresh_from_db()
    assert user.email == "ada.l@example.org"


def test_asking_for_a_link_says_the_same_whether_or_not_the_address_is_taken(learner, mailoutbox):
    def ask_as(username: str, email: str) -> str:
        client = Client()
        sign_up_through_the_form(client, username, f"{username}@example.org")
        allow_another_link(get_user_model().objects.get(username=username))
        response = ask_for_a_link(client, email)
        page = response.content.decode().replace(username, "NAME").replace(email, "EMAIL")
        # The account page shows the clock ("now Dec 4, 20:14 UTC"), which may turn a minute
        # between the two requests.
        page = re.sub(r"now [A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2} [A-Z]+", "now CLOCK", page)
        return re.sub(r"\b[A-Za-z0-9]{64}\b", "CSRF-TOKEN", page)

    free, taken = ask_as("newcomer1", "free@example.org"), ask_as("newcomer2", "ADA@example.org")
    assert "sent a message to EMAIL" in free
    assert "now CLOCK" in free
    assert free == taken
    to_owner = mailoutbox[-1]
    assert to_owner.to == ["ADA@example.org"]
    assert to_owner.subject == "Someone gave your email address for another CPS Prep account"
    assert "confirm-email" not in to_owner.body
    asker = get_user_model().objects.get(username="newcomer2")
    assert Profile.for_user(asker).pending_email == "ADA@example.org"


def test_asking_for_a_link_needs_sign_in_and_the_csrf_token(learner, mailoutbox):
    response = Client().post(reverse("send_confirmation"), {"email": "x@example.org"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.post(reverse("send_confirmation"), {"email": "x@example.org"})
    assert response.status_code == 403
    assert mailoutbox == []


def test_a_link_confirmed_a_moment_earlier_in_another_tab_says_so(client, mailoutbox, monkeypatch):
    sign_up_through_the_form(client, "ada", "ada@example.org")
    link = confirmation_link(mailoutbox[0])
    real_confirm_email = views.confirm_email

    def after_the_other_tab(**kwargs):
        real_confirm_email(**kwargs)  # the other request got the lock first
        return real_confirm_email(**kwargs)

    monkeypatch.setattr(views, "confirm_email", after_the_other_tab)
    response = client.post(link, follow=True)
    assert message_texts(response) == ["Your address is confirmed."]
    assert get_user_model().objects.get(username="ada").email == "ada@example.org"


def test_a_confirmed_link_opened_after_another_address_is_confirmed_has_expired(client, mailoutbox):
    sign_up_through_the_form(client, "ada", "ada@example.org")
    first_link = confirmation_link(mailoutbox[0])
    Client().post(first_link)
    assert "Your address is confirmed" in Client().get(first_link).content.decode()

    user = get_user_model().objects.get(username="ada")
    allow_another_link(user)
    ask_for_a_link(client, "ada.l@example.org")
    # Still true while the new address waits: ada@example.org is the confirmed one.
    assert "Your address is confirmed" in Client().get(first_link).content.decode()
    Client().post(confirmation_link(mailoutbox[1]))
    assert "This link has expired" in Client().get(first_link).content.decode()


def test_a_user_made_without_a_profile_can_ask_for_a_link(mailoutbox):
    # createsuperuser (or the admin, or a shell) makes users without a Profile.
    admin = get_user_model().objects.create_superuser("root", email="", password=PASSWORD)
    assert not Profile.objects.filter(user=admin).exists()
    client = Client()
    client.force_login(admin)

    response = ask_for_a_link(client, "root@example.org")

    assert response.status_code == 200  # was a 500: Profile.DoesNotExist
    assert message_texts(response) == [
        "We've sent a message to root@example.org: follow its link to use that address for "
        "password resets."
    ]
    assert [mail.to for mail in mailoutbox] == [["root@example.org"]]
    assert Profile.objects.get(user=admin).pending_email == "root@example.org"


def test_a_user_made_without_a_profile_can_confirm_an_address():
    user = get_user_model().objects.create_user("cy", password=PASSWORD)
    assert confirm_email(user=user, email="cy@example.org") is Confirmation.STALE
    assert Profile.objects.filter(user=user).exists()


def test_confirming_twice_is_already_confirmed_and_a_replaced_address_is_stale():
    user = sign_up(username="ada", email="ada@example.org", password=PASSWORD)
    assert confirm_email(user=user, email="ada@example.org") is Confirmation.CONFIRMED
    assert confirm_email(user=user, email="ada@example.org") is Confirmation.ALREADY_CONFIRMED
    Profile.objects.filter(user=user).update(pending_email="ada.l@example.org")
    assert confirm_email(user=user, email="old@example.org") is Confirmation.STALE
    assert Profile.for_user(user).pending_email == "ada.l@example.org"


# "ſ" (long s) upper-cases to "S" but lower-cases to itself, so the unique index on LOWER(email) keeps
# "ſam@..." and "sam@..." apart; lookups by UPPER() (email__iexact on PostgreSQL) took them as one.


def test_an_address_the_index_tells_apart_from_another_can_be_confirmed():
    for name, email in [("sam", "sam@example.org"), ("longs", "ſam@example.org")]:
        user = sign_up(username=name, email=email, password=PASSWORD)
        assert confirm_email(user=user, email=email) is Confirmation.CONFIRMED


def test_sign_up_finds_the_one_owner_the_index_allows(mailoutbox):
    for name, email in [("sam", "sam@example.org"), ("longs", "ſam@example.org")]:
        get_user_model().objects.create_user(name, email=email, password=PASSWORD)

    response = sign_up_through_the_form(Client(), "newcomer", "SAM@example.org")
    assert response.status_code == 200  # was a 500: .get() found two owners
    assert mailoutbox[-1].to == ["SAM@example.org"]
    assert 'sign in as "sam"' in mailoutbox[-1].body


def test_an_address_with_non_ascii_capitals_is_found_as_the_index_folds_it(mailoutbox):
    # SQLite's LOWER() folds ASCII only, so the address is folded in the database, not by Python.
    owner = sign_up(username="ada", email="ada@BÜRO.example", password=PASSWORD)
    assert confirm_email(user=owner, email="ada@BÜRO.example") is Confirmation.CONFIRMED
    sign_up_through_the_form(Client(), "newcomer", "ada@BÜRO.example")
    assert 'sign in as "ada"' in mailoutbox[-1].body


# --- Profile --------------------------------------------------------------------------------------


def test_profile_is_made_on_first_read_for_users_made_elsewhere():
    user = get_user_model().objects.create_user("cy", password=PASSWORD)
    assert not Profile.objects.filter(user=user).exists()
    profile = Profile.for_user(user)
    assert profile.extra_time_factor == Decimal("1.00")
    assert Profile.for_user(user).pk == profile.pk


@pytest.mark.parametrize("factor", [Decimal("0.99"), Decimal("3.01")])
def test_extra_time_outside_one_to_three_is_refused_by_the_database(learner, factor):
    with pytest.raises(IntegrityError):
        Profile.objects.filter(user=learner).update(extra_time_factor=factor)


def test_staff_set_extra_time_inline_on_the_user_admin(admin_client, learner):
    url = reverse("admin:auth_user_change", args=[learner.pk])
    page = admin_client.get(url).content.decode()
    assert "Extra time factor" in page
    assert "testing accommodation" in page


def test_account_page_shows_extra_time_when_set(client, learner):
    Profile.objects.filter(user=learner).update(extra_time_factor=Decimal("1.50"))
    client.force_login(learner)
    content = client.get(reverse("account")).content.decode()
    assert "1.5 × the standard time" in content


# --- Sign in and out ------------------------------------------------------------------------------


def test_sign_in_then_sign_out(client, learner):
    response = sign_in(client)
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    assert signed_in_user(client) == str(learner.pk)

    assert client.get(reverse("logout")).status_code == 405  # signing out is a POST
    assert signed_in_user(client) == str(learner.pk)
    response = client.post(reverse("logout"))
    assert response["Location"] == "/"
    assert signed_in_user(client) is None


def test_a_wrong_password_says_so_kindly(client, learner):
    response = sign_in(client, password="not it")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert signed_in_user(client) is None


def test_nav_offers_sign_in_to_visitors_and_a_sign_out_form_to_learners(client, learner):
    page = client.get("/").content.decode()
    assert f'href="{reverse("login")}"' in page
    assert f'href="{reverse("signup")}"' in page
    assert "Sign out" not in page

    client.force_login(learner)
    page = client.get("/").content.decode()
    assert re.search(r'<form method="post" action="/accounts/logout/">', page)
    assert f'href="{reverse("review:home")}"' in page
    assert 'href="/dashboard/"' in page


def test_the_sign_in_form_enforces_csrf(learner):
    client = Client(enforce_csrf_checks=True)
    assert sign_in(client).status_code == 403
    assert signed_in_user(client) is None

    client.get(reverse("login"))
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("login"),
        {"username": "ada", "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert signed_in_user(client) == str(learner.pk)


# --- Too many failed sign-ins ---------------------------------------------------------------------


def test_five_failures_pause_sign_in_for_that_username_and_address(client, learner):
    for _ in range(4):
        assert sign_in(client, password="wrong").status_code == 200
    response = sign_in(client, password="wrong")
    assert response.status_code == 429
    content = response.content.decode()
    assert "For your security, sign-in is paused for 15 minutes" in content
    assert reverse("password_reset") in content

    # Even the right password is refused while the pause lasts.
    assert sign_in(client).status_code == 429
    assert signed_in_user(client) is None

    # The pause is for that username from that address: not for others, nor from elsewhere.
    sign_up(username="bo", email="bo@example.org", password=PASSWORD)
    assert sign_in(Client(), username="bo").status_code == 302
    assert sign_in(Client(), REMOTE_ADDR="10.0.0.9").status_code == 302


def fail_from_one_address(times: int, address: str = "10.0.0.7") -> None:
    """Wrong passwords for ``times`` different (made-up) usernames, all from ``address``."""
    for n in range(times):
        response = sign_in(Client(), username=f"guess{n}", password="wrong", REMOTE_ADDR=address)
        assert response.status_code == 200, f"paused after {n} failures"


def test_one_address_trying_many_usernames_is_paused(learner, settings):
    assert settings.SIGN_IN_FAILURES_PER_ADDRESS == 30
    fail_from_one_address(29)  # five failures per username never come, yet...
    response = sign_in(Client(), username="guess29", password="wrong", REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 429
    content = response.content.decode()
    assert "sign-in from this network is paused for 15 minutes after 30 tries" in content

    # Every username is paused from that address, even with the right password; not from elsewhere.
    assert sign_in(Client(), REMOTE_ADDR="10.0.0.7").status_code == 429
    assert sign_in(Client(), REMOTE_ADDR="10.0.0.8").status_code == 302


def test_one_account_tried_from_many_addresses_is_paused(learner, settings):
    assert settings.SIGN_IN_FAILURES_PER_USERNAME == 20
    for n in range(19):
        response = sign_in(Client(), password="wrong", REMOTE_ADDR=f"10.0.1.{n}")
        assert response.status_code == 200, f"paused after {n} failures"
    response = sign_in(Client(), password="wrong", REMOTE_ADDR="10.0.1.19")
    assert response.status_code == 429
    assert "sign-in to this account is paused for 15 minutes after 20 tries" in (
        response.content.decode()
    )
    # That account is paused from anywhere, even with the right password; other accounts aren't.
    assert sign_in(Client(), REMOTE_ADDR="10.0.2.1").status_code == 429
    sign_up(username="bo", email="bo@example.org", password=PASSWORD)
    assert sign_in(Client(), username="bo", REMOTE_ADDR="10.0.1.3").status_code == 302


def test_signing_in_to_ones_own_account_does_not_clear_the_address_count(learner):
    fail_from_one_address(29)
    assert sign_in(Client(), REMOTE_ADDR="10.0.0.7").status_code == 302
    response = sign_in(Client(), username="one-more", password="wrong", REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 429


def test_the_address_behind_a_trusted_proxy_is_the_clients(learner, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _ in range(5):
        sign_in(Client(), password="wrong", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    assert sign_in(Client(), HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 429
    # Another client through the same proxy is not paused, nor one forging an earlier hop.
    assert sign_in(Client(), HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy).status_code == 302
    forged = "203.0.113.5, 203.0.113.6"
    assert sign_in(Client(), HTTP_X_FORWARDED_FOR=forged, **proxy).status_code == 302


def test_a_forwarded_entry_that_is_not_an_address_counts_as_the_proxys(learner, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for forwarded in ["unknown", "203.0.113.5:4711", "203.0.113.5, <script>"]:
        response = sign_in(
            Client(), password="wrong", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.1"
        )
        assert response.status_code == 200
    assert list(AccessAttempt.objects.values_list("ip_address", "failures_since_start")) == [
        ("10.0.0.1", 3)
    ]


def test_a_successful_sign_in_clears_earlier_failures(client, learner):
    for _ in range(4):
        sign_in(client, password="wrong")
    assert sign_in(client).status_code == 302
    assert not AccessAttempt.objects.exists()


# --- Password reset and change --------------------------------------------------------------------


def reset_link(mailoutbox) -> str:
    assert len(mailoutbox) == 1
    match = re.search(r"http://testserver(/accounts/reset/\S+/)", mailoutbox[0].body)
    assert match, mailoutbox[0].body
    return match.group(1)


def test_password_reset_by_email(client, learner, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "ada@example.org"})
    assert response["Location"] == reverse("password_reset_done")
    assert mailoutbox[0].to == ["ada@example.org"]
    assert mailoutbox[0].subject == "Reset your CPS Prep password"
    link = reset_link(mailoutbox)

    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    new = "a brand new sunrise 7"
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert response["Location"] == reverse("password_reset_complete")
    learner.refresh_from_db()
    assert learner.check_password(new)
    assert sign_in(client, password=new).status_code == 302

    # The link works once.
    used = client.get(link, follow=True)
    assert "This link has expired" in used.content.decode()


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.org"}, follow=True)
    assert "If an account uses that address" in response.content.decode()
    assert mailoutbox == []


def test_a_password_reset_lifts_a_sign_in_pause(client, learner, mailoutbox):
    for _ in range(5):
        sign_in(client, password="wrong")
    assert sign_in(client).status_code == 429

    client.post(reverse("password_reset"), {"email": "ada@example.org"})
    form_page = client.get(reset_link(mailoutbox), follow=True)
    new = "a brand new sunrise 7"
    client.post(form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})

    assert sign_in(client, password=new).status_code == 302


def test_password_change(client, learner):
    client.force_login(learner)
    assert "Change your password" in client.get(reverse("password_change")).content.decode()
    new = "another quiet morning 9"
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response["Location"] == reverse("password_change_done")
    learner.refresh_from_db()
    assert learner.check_password(new)
    assert signed_in_user(client) == str(learner.pk)  # still signed in here


def test_account_pages_need_sign_in(client):
    for name in ("account", "password_change"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


def tries_left_said(response) -> int | None:
    found = re.search(
        r"(\d+|One) (?:tries|try) left before sign-in pauses", response.content.decode()
    )
    if not found:
        return None
    return 1 if found.group(1) == "One" else int(found.group(1))


def test_sign_in_says_how_many_tries_are_left_once_a_few_have_failed(client, learner):
    first = sign_in(client, password="wrong")
    assert tries_left_said(first) is None  # one slip: no countdown yet
    assert [tries_left_said(sign_in(client, password="wrong")) for _ in range(3)] == [3, 2, 1]
    assert sign_in(client, password="wrong").status_code == 429


def test_tries_left_counts_the_nearest_pause_and_is_the_same_for_unknown_usernames(
    learner, settings
):
    settings.SIGN_IN_FAILURES_PER_ADDRESS = 8
    fail_from_one_address(5, address="10.0.4.4")  # five usernames, one failure each
    response = sign_in(Client(), username="someone", password="wrong", REMOTE_ADDR="10.0.4.4")
    assert tries_left_said(response) == 2  # the address pause (8) comes before the pair's (5)
    unknown = sign_in(Client(), username="nobody-here", password="wrong", REMOTE_ADDR="10.0.5.5")
    known = sign_in(Client(), username="ada", password="wrong", REMOTE_ADDR="10.0.5.6")
    assert tries_left_said(unknown) == tries_left_said(known) is None


# --- Email limits ---------------------------------------------------------------------------------


def reset_page(client: Client, email: str, address: str = "10.0.0.1"):
    return client.post(
        reverse("password_reset"), {"email": email}, follow=True, REMOTE_ADDR=address
    )


def page_words(response) -> str:
    """The page as a reader sees it: the same whatever the (per-request) CSRF token."""
    return re.sub(r"\b[A-Za-z0-9]{64}\b", "CSRF-TOKEN", response.content.decode())


def test_password_reset_emails_are_limited_per_address(client, learner, mailoutbox):
    pages = [reset_page(client, "ada@example.org", f"10.0.0.{n}") for n in range(8)]
    # Eight requests from eight addresses (a reload, a script): three messages in the hour.
    assert [mail.to for mail in mailoutbox] == [["ada@example.org"]] * 3
    assert len({page_words(page) for page in pages}) == 1
    assert all(page.redirect_chain == [(reverse("password_reset_done"), 302)] for page in pages)
    assert "If an account uses that address" in pages[-1].content.decode()

    # An hour later the address may have another.
    EmailSend.objects.update(sent_at=timezone.now() - timedelta(minutes=61))
    reset_page(client, "ADA@example.org")
    assert len(mailoutbox) == 4


def test_password_reset_emails_are_limited_per_client_address(client, settings, mailoutbox):
    settings.EMAIL_SENDS_PER_CLIENT = 3
    for name in ("amy", "bea", "cal", "dan"):
        user = sign_up(username=name, email=f"{name}@example.org", password=PASSWORD)
        confirm_email(user=user, email=f"{name}@example.org")
    for name in ("amy", "bea", "cal", "dan"):
        reset_page(client, f"{name}@example.org", "192.0.2.7")
    assert [mail.to for mail in mailoutbox] == [[f"{n}@example.org"] for n in ("amy", "bea", "cal")]
    reset_page(client, "dan@example.org", "192.0.2.8")  # another client address
    assert mailoutbox[-1].to == ["dan@example.org"]


def test_the_limit_says_nothing_about_whether_an_account_uses_the_address(
    client, learner, mailoutbox
):
    # Requests count whether or not an account uses the address, so being refused depends only
    # on the requests made, and every page reads the same.
    known = [page_words(reset_page(client, "ada@example.org", f"10.0.1.{n}")) for n in range(5)]
    unknown = [
        page_words(reset_page(client, "nobody@example.org", f"10.0.2.{n}")) for n in range(5)
    ]
    assert len(set(known) | set(unknown)) == 1
    assert EmailSend.objects.count() == 6  # three each; the address is stored only as a hash
    assert not EmailSend.objects.filter(address_digest__icontains="example").exists()


def test_sign_up_emails_are_limited_per_address_and_say_nothing_of_who_uses_it(learner, mailoutbox):
    for n in range(3):
        reset_page(Client(), "ada@example.org", f"10.0.3.{n}")
    response = sign_up_through_the_form(Client(), "newcomer", "ada@example.org")
    # Three resets were asked for: no fourth message to that address this hour, and the words are
    # those of any message that couldn't be sent (an unused address would read the same).
    assert len(mailoutbox) == 3
    assert message_texts(response) == [
        "Welcome, newcomer. You're signed in. We couldn't send a message to ada@example.org just "
        "now: you can ask for it again on your account page."
    ]
    newcomer = get_user_model().objects.get(username="newcomer")
    assert Profile.for_user(newcomer).pending_email == "ada@example.org"


def test_a_class_signing_up_from_one_network_is_limited_per_client_address(settings, mailoutbox):
    settings.EMAIL_SENDS_PER_CLIENT = 2
    for n in range(3):
        client = Client(REMOTE_ADDR="198.51.100.9")
        sign_up_through_the_form(client, f"learner{n}", f"learner{n}@example.org")
    assert len(mailoutbox) == 2
    response = ask_for_a_link(client, "learner2@example.org")
    assert message_texts(response) == [
        "We've sent several messages to that address, or from your network, in the last hour, "
        "so we won't send another just now. Please try again in an hour."
    ]
    assert len(mailoutbox) == 2
