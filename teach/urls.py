"""Trainer pages under /teach/, and the learners' join, leave and assignment-exam URLs."""

from django.urls import path

from teach import learner_views, views

app_name = "teach"

urlpatterns = [
    path("teach/", views.home, name="home"),
    path("teach/groups/new/", views.cohort_new, name="cohort_new"),
    path("teach/groups/<int:pk>/", views.gradebook_page, name="gradebook"),
    path("teach/groups/<int:pk>/edit/", views.cohort_edit, name="cohort_edit"),
    path("teach/groups/<int:pk>/delete/", views.cohort_delete, name="cohort_delete"),
    path("teach/groups/<int:pk>/gradebook.csv", views.gradebook_csv, name="gradebook_csv"),
    path("teach/groups/<int:pk>/members/", views.members, name="members"),
    path(
        "teach/groups/<int:pk>/members/<int:learner_id>/",
        views.learner_detail,
        name="learner",
    ),
    path(
        "teach/groups/<int:pk>/members/<int:learner_id>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path("teach/groups/<int:pk>/code/", views.join_code, name="join_code"),
    path("teach/groups/<int:pk>/co-trainers/", views.co_trainer_add, name="co_trainer_add"),
    path(
        "teach/groups/<int:pk>/co-trainers/<int:trainer_id>/remove/",
        views.co_trainer_remove,
        name="co_trainer_remove",
    ),
    path("teach/groups/<int:pk>/assign/", views.assignment_new, name="assignment_new"),
    path(
        "teach/groups/<int:pk>/assignments/<int:assignment_id>/",
        views.assignment_detail,
        name="assignment",
    ),
    path(
        "teach/groups/<int:pk>/assignments/<int:assignment_id>/edit/",
        views.assignment_edit,
        name="assignment_edit",
    ),
    path(
        "teach/groups/<int:pk>/assignments/<int:assignment_id>/results.csv",
        views.assignment_csv,
        name="assignment_csv",
    ),
    path(
        "teach/groups/<int:pk>/assignments/<int:assignment_id>/delete/",
        views.assignment_delete,
        name="assignment_delete",
    ),
    path("teach/sets/new/", views.lesson_set_new, name="lesson_set_new"),
    path("teach/sets/<int:pk>/", views.lesson_set_detail, name="lesson_set"),
    path("teach/sets/<int:pk>/add/", views.lesson_set_add, name="lesson_set_add"),
    path(
        "teach/sets/<int:pk>/items/<int:item_id>/move/",
        views.lesson_set_move,
        name="lesson_set_move",
    ),
    path(
        "teach/sets/<int:pk>/items/<int:item_id>/remove/",
        views.lesson_set_remove,
        name="lesson_set_remove",
    ),
    path("teach/sets/<int:pk>/copy/", views.lesson_set_copy, name="lesson_set_copy"),
    path("teach/sets/<int:pk>/delete/", views.lesson_set_delete, name="lesson_set_delete"),
    path("join/", learner_views.join_form, name="join_form"),
    path("join/<str:code>/", learner_views.join, name="join"),
    path("groups/<int:pk>/leave/", learner_views.leave, name="leave"),
    path("assignments/<int:pk>/exam/", learner_views.assignment_exam, name="assignment_exam"),
]
