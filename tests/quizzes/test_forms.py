"""Learners' forms: the flag box's reasons as its template shows them."""

import pytest

from quizzes.forms import FlagForm


@pytest.mark.parametrize(
    "data",
    [None, {}, {"reason": "wrong"}, {"reason": "other", "comment": "x" * 2001}, {"reason": "rude"}],
    ids=["unbound", "empty", "chosen", "chosen-but-invalid", "unknown"],
)
def test_reason_options_are_what_the_radio_widgets_say(data):
    form = FlagForm(data)
    widgets = [(r.data["value"], r.choice_label, r.data["selected"]) for r in form["reason"]]
    assert form.reason_options == widgets
    assert [checked for _, _, checked in form.reason_options].count(True) == (
        1 if data and data.get("reason") in ("wrong", "other") else 0
    )
