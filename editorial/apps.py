from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Staff's editorial tool: the content pipeline, lesson and question editing, review, history."""

    name = "editorial"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        import reversion

        from articles.models import Article
        from quizzes.models import Choice, Question

        # Every version of lessons, questions and choices (a question's revision holds its choices).
        for model, follow in ((Article, ()), (Question, ("choices",)), (Choice, ())):
            if not reversion.is_registered(model):
                reversion.register(model, follow=follow)
