"""Top-level URL configuration."""

from django.contrib import admin
from django.urls import include, path

from cps_prep.views import favicon
from quizzes import staff_views

urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("review/", include("review.urls")),
    path("", include("articles.urls")),
    path("", include("quizzes.urls")),
    path("", include("teach.urls")),
    path(
        "lessons/<slug:slug>/questions/",
        staff_views.lesson_questions,
        name="lesson_questions",
    ),
]
