"""Top-level URL configuration."""

from django.contrib import admin
from django.urls import include, path

from cps_prep.health import healthz, livez
from cps_prep.views import favicon
from editorial import views as editorial_views
from quizzes import staff_views

urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("healthz", healthz, name="healthz"),
    path("livez", livez, name="livez"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("review/", include("review.urls")),
    path("staff/", include("editorial.urls")),
    path("my-flags/", editorial_views.my_flags, name="my_flags"),
    path("", include("articles.urls")),
    path("", include("quizzes.urls")),
    path("", include("teach.urls")),
    path(
        "lessons/<slug:slug>/questions/",
        staff_views.lesson_questions,
        name="lesson_questions",
    ),
]
