"""CSV exports of the gradebook and of one assignment: UTF-8, safe to open in a spreadsheet.

A cell starting with ``= + - @`` (or a tab or carriage return) could run as a formula in Excel,
LibreOffice or Google Sheets, so it is prefixed with an apostrophe (OWASP's advice). The file starts
with a byte-order mark so Excel reads it as UTF-8.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def to_csv(header: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()
