from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("practice/", views.practice_home, name="practice"),
    path("practice/start/", views.practice_start, name="practice_start"),
    path("exam/", views.exam_start, name="exam_start"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt"),
    path("attempts/<int:pk>/<int:position>/", views.question, name="question"),
    path("attempts/<int:pk>/<int:position>/answer/", views.answer, name="answer"),
    path("attempts/<int:pk>/<int:position>/flag/", views.flag, name="flag"),
    path("attempts/<int:pk>/submit/", views.submit_page, name="submit"),
    path("attempts/<int:pk>/finish/", views.finish, name="finish"),
    path("attempts/<int:pk>/results/", views.results, name="results"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
