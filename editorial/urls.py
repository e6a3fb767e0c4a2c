"""Staff's editorial pages, under /staff/."""

from django.urls import path

from editorial import views

app_name = "editorial"

urlpatterns = [
    path("review/", views.review_queue, name="review"),
    path("lessons/", views.lesson_list, name="lessons"),
    path("lessons/import/", views.lesson_import, name="lesson_import"),
    path("lessons/preview/", views.lesson_preview, name="lesson_preview"),
    path("lessons/<slug:slug>/edit/", views.lesson_edit, name="lesson_edit"),
    path("lessons/<slug:slug>/delete/", views.lesson_delete, name="lesson_delete"),
    path("lessons/<slug:slug>/file/", views.lesson_file, name="lesson_file"),
    path("lessons/<slug:slug>/history/", views.lesson_history, name="lesson_history"),
    path(
        "lessons/<slug:slug>/history/<int:version_id>/restore/",
        views.lesson_restore,
        name="lesson_restore",
    ),
    path("questions/new/", views.question_new, name="question_new"),
    path("questions/<int:pk>/edit/", views.question_edit, name="question_edit"),
    path("questions/<int:pk>/action/", views.question_action, name="question_action"),
    path("questions/<int:pk>/history/", views.question_history, name="question_history"),
    path(
        "questions/<int:pk>/history/<int:version_id>/restore/",
        views.question_restore,
        name="question_restore",
    ),
    path("flags/<int:pk>/resolve/", views.flag_resolve, name="flag_resolve"),
]
