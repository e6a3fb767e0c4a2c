"""Helpers for the few statements written out by hand (the dashboard's reads, the question page's):
table and column names taken from the models and quoted for the database in use, and the ORM's own
conversions of the values read (SQLite's text dates made aware datetimes, JSON parsed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.db import connection
from django.db.models import Field, Model

M = TypeVar("M", bound=Model)
Converters = list[tuple[Any, list[Callable[[Any, Any, Any], Any]]]]


class Names:
    """The models' table and column names quoted for the database in use, for one statement
    (``connection.ops`` is looked up once: each look-up through the connection proxy costs about a
    microsecond, and a statement names some fifty columns)."""

    def __init__(self) -> None:
        self.quote = connection.ops.quote_name

    def table(self, model: type[Model]) -> str:
        return self.quote(model._meta.db_table)

    def column(self, model: type[Model], name: str, alias: str) -> str:
        """``alias."column"`` of the field ``name`` of ``model``."""
        return f"{alias}.{self.quote(model._meta.get_field(name).column)}"

    def columns(self, fields: Sequence[Field], alias: str) -> str:
        """``alias."column"`` of each of ``fields``, separated by commas."""
        return ", ".join(f"{alias}.{self.quote(field.column)}" for field in fields)


def converters(fields: Sequence[Field]) -> Converters:
    """Per field, what the ORM applies to its values read from the database, with the column they
    take as their expression."""
    ops = connection.ops
    result = []
    for field in fields:
        col = field.get_col(field.model._meta.db_table)
        result.append((col, [*ops.get_db_converters(col), *col.get_db_converters(connection)]))
    return result


def convert(values: Sequence, converters: Converters) -> list:
    """``values`` as the ORM would have read them (one per field given to ``converters``)."""
    converted = []
    for value, (col, functions) in zip(values, converters, strict=True):
        for function in functions:
            value = function(value, col, connection)
        converted.append(value)
    return converted


def instance(model: type[M], fields: Sequence[Field], values: Sequence) -> M:
    """A model instance of ``fields`` (in the model's field order; the others deferred), as a
    queryset with ``only()`` makes it."""
    return model.from_db(connection.alias, [field.attname for field in fields], values)
