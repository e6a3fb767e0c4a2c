"""Forms of the trainers' pages: plain Django forms, validated on the server."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, time

from django import forms
from django.conf import settings

from articles.models import Article
from teach.models import Assignment, Cohort, LessonSet, normalise_join_code


class CohortForm(forms.ModelForm):
    class Meta:
        model = Cohort
        fields = ["name", "description", "exam_date", "time_zone"]
        widgets = {
            "exam_date": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "exam_date": "Optional: when the group sits the real exam.",
            "time_zone": "Due dates are read in this time zone, for example Europe/London or "
            "America/New_York.",
        }

    def clean_time_zone(self) -> str:
        name = self.cleaned_data["time_zone"].strip() or settings.TIME_ZONE
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            raise forms.ValidationError(
                "That isn't a time zone we know. Try a name like Europe/London or America/Chicago."
            ) from error
        return name


class CoTrainerForm(forms.Form):
    identifier = forms.CharField(
        label="Username or email address of a trainer", max_length=254, strip=True
    )


class JoinCodeForm(forms.Form):
    code = forms.CharField(
        label="Join code",
        max_length=32,
        help_text="The code your trainer gave you, for example 7KX4-QPMA9R (capitals or not).",
    )

    def clean_code(self) -> str:
        code = normalise_join_code(self.cleaned_data["code"])
        if not code.isalnum() or not code.isascii():
            raise forms.ValidationError(
                "A join code has only letters and digits. Check it with your trainer."
            )
        return code


class LessonSetForm(forms.ModelForm):
    class Meta:
        model = LessonSet
        fields = ["name", "description", "shared"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not user.is_staff:
            del self.fields["shared"]


class AddLessonForm(forms.Form):
    lesson = forms.ModelChoiceField(
        queryset=Article.objects.none(), label="Add a lesson", empty_label="Choose a lesson"
    )

    def __init__(self, *args, lessons, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lesson"].queryset = lessons


class AssignmentForm(forms.Form):
    lesson_set = forms.ModelChoiceField(queryset=LessonSet.objects.none(), label="Lesson set")
    due_date = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Optional. Due at the end of that day in the group's time zone.",
    )
    due_time = forms.TimeField(
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        help_text="Optional (default 23:59).",
    )
    goal = forms.ChoiceField(choices=Assignment.Goal.choices, initial=Assignment.Goal.PRACTICE)
    min_percent = forms.IntegerField(
        label="Practice: percent right needed on each lesson",
        min_value=1,
        max_value=100,
        initial=80,
    )
    exam_questions = forms.IntegerField(
        label="Mock exam: number of questions", min_value=1, max_value=100, initial=10
    )
    pass_percent = forms.IntegerField(
        label="Mock exam: pass mark (percent)", min_value=1, max_value=100, initial=70
    )

    def __init__(self, *args, lesson_sets, cohort: Cohort, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lesson_set"].queryset = lesson_sets
        self.cohort = cohort

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("due_time") and not cleaned.get("due_date"):
            self.add_error("due_date", "Give a date for the time to apply to.")
        return cleaned

    @property
    def due_at(self) -> datetime | None:
        day = self.cleaned_data.get("due_date")
        if day is None:
            return None
        at = self.cleaned_data.get("due_time") or time(23, 59)
        return datetime.combine(day, at, tzinfo=self.cohort.tzinfo)
