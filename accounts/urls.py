"""Account URLs, un-namespaced as Django's auth views expect ("login", "password_reset_done"...)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from accounts import views
from accounts.forms import ThrottledPasswordResetForm

urlpatterns = [
    path("", views.account, name="account"),
    path("email/", views.send_confirmation, name="send_confirmation"),
    path("time-zone/", views.set_time_zone, name="set_time_zone"),
    path("signup/", views.signup, name="signup"),
    path(
        "confirm-email/<uidb64>/<token>/",
        views.confirm_email_link,
        name="confirm_email",
    ),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-change/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "password-change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(form_class=ThrottledPasswordResetForm),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
