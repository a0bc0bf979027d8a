"""What a value becomes in a table's cell: CSV's neutralised formulas, the typed columns' values.

The cells of every format (`partex.formats`): an empty value is None (an empty CSV cell, a null
in Parquet and JSON Lines); a whole number of an integer column (`INTEGER_COLUMNS`) an int, any
other value a str; in CSV a text that a spreadsheet would read as a formula is written with a
leading `'` (OWASP), which the reader takes off again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .columns import INTEGER_COLUMNS

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISED = tuple("'" + start for start in _FORMULA_START)
_WHOLE = re.compile(r"-?[0-9]+")


def neutralise(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would read as a formula with `'` (CSV only)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def unneutralise(value: Any) -> Any:
    """Undo `neutralise`: drop the `'` it puts before a formula-like text cell."""
    if isinstance(value, str) and value.startswith(_NEUTRALISED):
        return value[1:]
    return value


def _cell(value: Any, column: str) -> Any:
    """A value ready for a typed column: int columns stay int, others become str; an empty
    value (None, NaN, "") is None, a null in Parquet and JSON Lines (CSV writes an empty cell)."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    if column in INTEGER_COLUMNS:
        return int(value)
    return value if isinstance(value, str) else str(value)


def _csv_cell(value: Any, column: str) -> Any:
    """A CSV cell: empty for None/NaN, formulas neutralised; strings, the common case, first."""
    if value.__class__ is str and column not in INTEGER_COLUMNS:
        return "'" + value if value.startswith(_FORMULA_START) else value
    value = _cell(value, column)
    return "" if value is None else neutralise(value)


def _whole(value: Any) -> Any:
    """A CSV cell of an integer column: an int when it is written as one, else left as read."""
    if isinstance(value, str) and _WHOLE.fullmatch(value):
        return int(value)
    return value


def _csv_rows(writer: Any, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> int:
    # the common cells inline (a text that opens on no formula sign, an int of an int column),
    # `_csv_cell` for the rest: a call per cell was most of a worker's CSV encoding
    plan = [(c, c in INTEGER_COLUMNS) for c in columns]
    count = 0
    for row in rows:
        get = row.get
        writer.writerow([v if (v := get(c)).__class__ is (int if whole else str)
                         and (whole or not v.startswith(_FORMULA_START)) else _csv_cell(v, c)
                         for c, whole in plan])
        count += 1
    return count
