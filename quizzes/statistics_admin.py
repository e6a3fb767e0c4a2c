"""Item statistics in the question admin: a column and a "dubious" filter, mixed into
``QuestionAdmin``. One question's figures, option counts included, are on its page in the question
editor (editorial/views.py).

The column's figures are computed once per changelist request, for the questions on the page shown
only: one aggregate query over their answers (quizzes/statistics.py), run once the changelist knows
its page, so the page's query count does not grow with its rows. Before, every scored answer was
aggregated, twice per request (the admin asks for ``list_display`` twice): about 0.8 s at 100,000
answers. The "dubious" filter still reads every scored answer, as it must: it picks questions by
their figures.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
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
    """For ``QuestionAdmin``: the statistics column and filter."""

    def get_changelist_instance(self, request: HttpRequest) -> ChangeList:
        """The changelist, its page's questions each given ``item_stats`` (None when not answered
        yet). The page's rows are fetched here, once: the admin's template reads the same ones."""
        changelist = super().get_changelist_instance(request)
        shown = list(changelist.result_list)
        answers = Response.objects.scored()
        every = changelist.full_result_count  # the bank's size (None if the admin doesn't count)
        if every is None or len(shown) < every:  # a page of the bank, not all of it
            answers = statistics.answers_to(answers, [question.pk for question in shown])
        stats = statistics.item_statistics(answers) if shown else {}
        for question in shown:
            question.item_stats = stats.get(question.pk)
        return changelist

    def get_list_display(self, request: HttpRequest):
        return [*super().get_list_display(request), "item_statistics"]

    def get_list_filter(self, request: HttpRequest):
        return [*super().get_list_filter(request), DubiousFilter]

    @admin.display(description="item statistics")
    def item_statistics(self, question: Question) -> str:
        return _summary(getattr(question, "item_stats", None))
