"""Parquet rows in row groups (pyarrow): the writer behind `partex.formats.ParquetFormat`.

Integer columns (`INTEGER_COLUMNS`) are int64, every other column a string; rows are buffered
and written in row groups of ROW_GROUP rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .columns import INTEGER_COLUMNS

ROW_GROUP = 50_000


class ParquetRowWriter:  # a `partex.formats.RowWriter`
    """Rows buffered and written in row groups; int64 integer columns, strings elsewhere.

    A row group is written once a `write` (or `write_chunk`) brings the buffer to
    ROW_GROUP rows, whichever way the rows came: the same calls give the same file.
    """

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        import pyarrow.parquet as pq

        self.columns = tuple(columns)
        self._schema = parquet_schema(self.columns)
        self._file = pq.ParquetWriter(path, self._schema)
        self._pieces: list[Any] = []  # lists of row mappings, or Arrow tables of encoded rows
        self._buffered = 0
        self._rows = 0

    def write(self, rows: Iterable[Mapping[str, Any]]) -> int:
        rows = list(rows)
        self._add(rows, len(rows))
        return len(rows)

    def write_chunk(self, chunk: Any, rows: int) -> None:
        self._add(chunk, rows)

    def _add(self, piece: Any, count: int) -> None:
        if count:
            self._pieces.append(piece)
        self._buffered += count
        self._rows += count
        if self._buffered >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pieces or self._rows == 0:  # an empty table still gets its typed columns
            tables = [p if isinstance(p, pa.Table) else arrow_table(p, self.columns, self._schema)
                      for p in self._pieces] or [arrow_table([], self.columns, self._schema)]
            table = tables[0] if len(tables) == 1 else pa.concat_tables(tables).combine_chunks()
            self._file.write_table(table)
            self._pieces.clear()
            self._buffered = 0

    def flush(self) -> None:
        """Rows wait in memory for their row group: nothing to push before it is full."""

    def close(self) -> None:
        self._flush()
        self._file.close()

    def abort(self) -> None:
        self._file.close()


def parquet_schema(columns: Sequence[str]) -> Any:
    """int64 for the integer columns, strings elsewhere."""
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in columns])


def arrow_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], schema: Any) -> Any:
    """Rows as an Arrow table of `schema`, cells as every format writes them."""
    import pyarrow as pa

    from .cells import _cell

    return pa.table({c: [_cell(r.get(c), c) for r in rows] for c in columns}, schema=schema)
