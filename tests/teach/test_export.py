"""CSV cells that a spreadsheet would run as formulas are defused."""

import csv
import io

from teach.export import safe_cell, to_csv


def test_cells_starting_like_a_formula_are_prefixed():
    for dangerous in ["=1+1", "+1", "-2", "@SUM(A1)", "\t=x", "\r=x"]:
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("Ada") == "Ada"
    assert safe_cell(85) == "85"
    assert safe_cell(None) == ""


def test_csv_is_utf8_with_a_byte_order_mark_and_round_trips():
    text = to_csv(["Learner", "Score %"], [["Zoë =HYPERLINK()", 90], ["=cmd|' /C calc'!A0", ""]])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [
        ["Learner", "Score %"],
        ["Zoë =HYPERLINK()", "90"],
        ["'=cmd|' /C calc'!A0", ""],
    ]
