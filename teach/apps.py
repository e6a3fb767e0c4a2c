from django.apps import AppConfig


class TeachConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "teach"
    verbose_name = "Trainers"
