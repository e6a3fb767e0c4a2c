"""Item statistics in the question admin: a column and a "dubious" filter, mixed into
``QuestionAdmin``. One question's figures, option counts included, are on its page in the question
editor (editorial/views.py).

The column's figures are computed once per changelist request, in bulk (quizzes/statistics.py:
two aggregate queries over every scored answer), and shared by the rows through a closure, so the
page's query count does not grow with its rows (one aggregate query; option counts only on a
question's own page).
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from quizzes import statistics
from quizzes.models import Question, Response


def _summary(item: statistics.ItemStats | None) -> str:
    if item is None:
        return "not answered yet"
    text = f"{item.answered} answers · {round(100 * item.facility)}% right"
    if item.discrimination is not None:
        text += f" · discrimination {item.discrimination:.2f}"
    if item.dubious:
        text += " · DUBIOUS: " + "; ".join(item.reasons)
    return text


class DubiousFilter(admin.SimpleListFilter):
    title = "item statistics"
    parameter_name = "dubious"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return [
            ("yes", f"Dubious (after {statistics.DUBIOUS_MIN_ANSWERS}+ answers)"),
            ("no", "Not dubious"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Question]) -> QuerySet[Question]:
        if self.value() not in {"yes", "no"}:
            return queryset
        stats = statistics.item_statistics(Response.objects.scored())
        dubious = [item.question_id for item in stats.values() if item.dubious]
        if self.value() == "yes":
            return queryset.filter(pk__in=dubious)
        return queryset.exclude(pk__in=dubious)


class ItemStatisticsAdminMixin:
    """For ``QuestionAdmin``: the statistics column, filter and change-page block."""

    def get_list_display(self, request: HttpRequest):
        stats = statistics.item_statistics(Response.objects.scored())

        @admin.display(description="item statistics")
        def item_statistics(question: Question) -> str:
            return _summary(stats.get(question.pk))

        return [*super().get_list_display(request), item_statistics]

    def get_list_filter(self, request: HttpRequest):
        return [*super().get_list_filter(request), DubiousFilter]
