"""Forms for learners: an answer, a mock exam's settings, a flag on a question."""

from __future__ import annotations

from django import forms
from django.core.validators import MaxValueValidator

from quizzes.models import Flag


class AnswerForm(forms.Form):
    """One option of the question (checked against the attempt by ``submit_answer``).

    In a mock exam the choice may be left empty (moving on without answering), ``marked`` sets the
    "marked for review" flag, ``version`` is the question's version the page showed (see
    ``save_exam_page``) and ``go`` says where to go next: ``next``, ``prev``, ``submit``, a question
    number, or ``stay`` (saved as the learner chose an option: stay on this question).
    """

    choice = forms.IntegerField(required=False, min_value=1)
    marked = forms.BooleanField(required=False)
    version = forms.IntegerField(required=False, min_value=0)
    go = forms.RegexField(regex=r"^(next|prev|submit|stay|\d{1,4})$", required=False)


class ExamStartForm(forms.Form):
    questions = forms.IntegerField(
        label="Number of questions",
        min_value=1,
        initial=20,
    )
    seconds_per_question = forms.IntegerField(
        label="Seconds per question", min_value=10, max_value=600, initial=90
    )
    pass_mark = forms.IntegerField(
        label="Pass mark (percent)", min_value=1, max_value=100, initial=70
    )

    def __init__(self, *args, available: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["questions"]
        field.validators.append(
            MaxValueValidator(
                available, message="There are only %(limit_value)s questions to draw from."
            )
        )
        field.widget.attrs["max"] = available
        field.help_text = f"Up to {available}: that is every published question."
        field.initial = min(20, available)


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label="What's the problem?", choices=Flag.Reason.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label="Tell us more (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    @property
    def reason_options(self) -> list[tuple[str, str, bool]]:
        """The reasons as (value, label, checked), for the flag box's own radio buttons: what
        iterating the bound field's widgets gives a template, for a fraction of the work (every
        question page and each question of a results page has the box)."""
        chosen = self["reason"].value()
        return [
            (value, label, chosen is not None and str(value) == str(chosen))
            for value, label in self.fields["reason"].choices
        ]
