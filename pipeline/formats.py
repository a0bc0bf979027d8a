"""Table formats (CSV, Parquet, JSON Lines): one class each, its writer and its reader, one registry.

`partex.outputs.TableWriter` writes through `get_format(name).writer(...)`; `read_table` reads a
file back in whichever registered format its extension names, and `read_mentions` finds an
extract folder's mentions table whatever its format. A reader gives back what was written:

- **CSV** is RFC 4180 (comma, CRLF line ends, quotes doubled), UTF-8 without BOM, header row,
  columns in the order declared in `partex.columns`. A text cell that starts with `=`, `+`, `-`,
  `@`, a tab or a carriage return is written with a leading `'`, as OWASP recommends against
  formula injection, so that a spreadsheet shows it as text instead of running it; the reader
  removes exactly that `'`. (A value that itself starts with `'` then one of those characters
  cannot be told from a neutralised one and reads back without its `'`.)
- **Parquet** and **JSON Lines** keep every value exactly.
- An empty value (None, NaN, "") is written as an empty cell in CSV and as a null in Parquet and
  JSON Lines; in every format it reads back as "", and a whole number in an integer column
  (`INTEGER_COLUMNS`) as an int.

A reader returns a DataFrame of Python objects indexed by where each row is in its file, so
that a problem can name it: `line` for CSV and JSON Lines (the line the row starts on), `row`
for Parquet (from 1). Formats are tried in registration order: csv, parquet, jsonl.
"""

from __future__ import annotations

import csv
import io
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from . import messages as msg
from .cells import _cell, _csv_rows, _whole, neutralise, unneutralise  # noqa: F401  (also imported from here)
from .columns import INTEGER_COLUMNS, MENTION_COLUMNS
from .messages import InputError, Problem

if TYPE_CHECKING:  # the readers import pandas (0.4 s) when they run: writing needs none of it
    import pandas as pd


def _problem(path: Path, message: str) -> InputError:
    return InputError([Problem(str(path), None, message)])


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise _problem(path, msg.FILE_MISSING)


# --- the registry -----------------------------------------------------------------------------

class RowWriter(ABC):
    """Streams the rows of one table into one file; the caller renames the file into place."""

    @abstractmethod
    def write(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Append rows (keys outside the columns ignored, missing ones empty); return how many."""

    def write_chunk(self, chunk: Any, rows: int) -> None:
        """Append `rows` rows already encoded by `TableFormat.encode` (in a worker, say); by
        default the chunk is the rows themselves."""
        self.write(chunk)

    def flush(self) -> None:
        """Push buffered text to the operating system (a killed process then loses nothing)."""

    @abstractmethod
    def close(self) -> None:
        """Finish the file."""

    def abort(self) -> None:
        """Close the file without finishing it (the caller deletes it)."""
        self.close()



class _TextWriter(RowWriter):
    """A writer of a text file: chunks encoded elsewhere are appended as they are."""

    def __init__(self, path: Path, columns: Sequence[str], newline: str) -> None:
        self.columns = tuple(columns)
        self._handle = open(path, "w", encoding="utf-8", newline=newline)

    def write_chunk(self, chunk: str, rows: int) -> None:
        self._handle.write(chunk)

    def flush(self) -> None:
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()

class TableFormat(ABC):
    """A file format tables are written in and read back from."""

    name: ClassVar[str]

    def file_name(self, table: str) -> str:
        """The name a table has in this format: `<table>.<name>`."""
        return f"{table}.{self.name}"

    @abstractmethod
    def writer(self, path: Path, columns: Sequence[str]) -> RowWriter:
        """Open `path` for the rows of a table with these columns, in this order."""

    def encode(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> Any:
        """Rows as this format's writer would append them, for its `write_chunk`: a worker
        encodes its documents' rows and the process writing the file only appends them. By
        default, the rows themselves."""
        return [dict(row) for row in rows]

    @abstractmethod
    def read(self, path: Path, columns: Sequence[str] = ()) -> pd.DataFrame:
        """Read a table back (`columns`: those of a file that cannot say them, e.g. no row).

        Raises `InputError` naming the file (and line) when it cannot be read.
        """


_REGISTRY: dict[str, TableFormat] = {}
_Format = TypeVar("_Format", bound=type[TableFormat])


def register(cls: _Format) -> _Format:
    """Class decorator: make a format known by its `name`, after those already registered."""
    _REGISTRY[cls.name] = cls()
    return cls


def format_names() -> tuple[str, ...]:
    """Names of the registered formats, in registration order."""
    return tuple(_REGISTRY)


def get_format(name: str) -> TableFormat:
    """The format called `name`; ValueError when there is none."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown output format {name!r} "
                         f"(expected one of {', '.join(_REGISTRY)})") from None


def format_for(path: Path | str) -> TableFormat:
    """The format a file's extension names (case ignored); CSV for any other extension."""
    return _REGISTRY.get(Path(path).suffix.lower().lstrip("."), _REGISTRY["csv"])


def table_path(out_dir: Path | str, table: str, fmt: str) -> Path:
    """Where a table is written: `<out_dir>/<table>.<fmt>`."""
    return Path(out_dir) / get_format(fmt).file_name(table)


def read_table(path: Path | str, columns: Sequence[str] = ()) -> pd.DataFrame:
    """Read a table back from a file in any registered format (by extension; else CSV)."""
    path = Path(path)
    return format_for(path).read(path, columns)


def find_table(folder: Path | str, table: str) -> Path | None:
    """The first `<table>.<fmt>` in `folder`, formats in registration order; None when none is."""
    for fmt in _REGISTRY.values():
        path = Path(folder) / fmt.file_name(table)
        if path.is_file():
            return path
    return None


def read_mentions(extract: Path | str) -> tuple[Path, pd.DataFrame]:
    """Read an extract's mentions table: the file given, or the one `find_table` finds in a folder.

    Returns the path read (for messages) and the rows. Raises `InputError` naming the path.
    """
    path = Path(extract)
    if path.is_dir():
        found = find_table(path, "mentions")
        if found is None:
            names = [fmt.file_name("mentions") for fmt in _REGISTRY.values()]
            raise _problem(path, msg.EXTRACT_MISSING.format(
                names=", ".join(names[:-1]) + " or " + names[-1]))
        path = found
    return path, read_table(path, MENTION_COLUMNS)


# --- CSV --------------------------------------------------------------------------------------

def read_csv_lines(path: Path | str) -> pd.DataFrame:
    """Read a UTF-8 CSV with a header into strings, indexed by the line each row starts on.

    Quoted fields may hold line breaks, so the line number is taken from the CSV reader, not
    from the row's position. Empty cells are "" (never NaN): `NA` is a value, not a gap. Blank
    rows are skipped, short rows padded. Cells are returned as written (see `CsvFormat.read`).
    """
    import pandas as pd
    path = Path(path)
    _require_file(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None) or []
            rows: list[list[str]] = []
            lines: list[int] = []
            previous = reader.line_num
            for record in reader:
                start_line = previous + 1
                previous = reader.line_num
                if not record or all(not cell.strip() for cell in record):
                    continue
                record = (record + [""] * len(header))[: len(header)]
                rows.append(record)
                lines.append(start_line)
    except UnicodeDecodeError as err:
        raise _problem(path, msg.NOT_UTF8.format(error=err)) from None
    except csv.Error as err:
        raise _problem(path, msg.BAD_CSV.format(error=err)) from None
    header = [name.strip() for name in header]
    return pd.DataFrame(rows, columns=header, dtype=object, index=pd.Index(lines, name="line"))


class _CsvWriter(_TextWriter):
    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        super().__init__(path, columns, newline="")
        self._csv = csv.writer(self._handle, lineterminator="\r\n")
        self._csv.writerow(self.columns)

    def write(self, rows: Iterable[Mapping[str, Any]]) -> int:
        return _csv_rows(self._csv, rows, self.columns)


@register
class CsvFormat(TableFormat):
    """RFC 4180 CSV, formula-like text cells neutralised on write and restored on read."""

    name = "csv"

    def writer(self, path: Path, columns: Sequence[str]) -> RowWriter:
        return _CsvWriter(path, columns)

    def encode(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
        buffer = io.StringIO(newline="")
        _csv_rows(csv.writer(buffer, lineterminator="\r\n"), rows, columns)
        return buffer.getvalue()

    def read(self, path: Path, columns: Sequence[str] = ()) -> pd.DataFrame:
        import pandas as pd
        frame = read_csv_lines(path)
        convert = [_whole if c in INTEGER_COLUMNS else unneutralise for c in frame.columns]
        rows = [[f(value) for f, value in zip(convert, row)]
                for row in frame.itertuples(index=False, name=None)]
        return pd.DataFrame(rows, columns=frame.columns, index=frame.index, dtype=object)


# --- Parquet ----------------------------------------------------------------------------------

@register
class ParquetFormat(TableFormat):
    """Parquet (pyarrow): values kept exactly, rows numbered from 1."""

    name = "parquet"

    def writer(self, path: Path, columns: Sequence[str]) -> RowWriter:
        from .parquet import ParquetRowWriter

        return ParquetRowWriter(path, columns)  # type: ignore[return-value]

    def encode(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> Any:
        from .parquet import arrow_table, parquet_schema

        return arrow_table(rows, columns, parquet_schema(columns))

    def read(self, path: Path, columns: Sequence[str] = ()) -> pd.DataFrame:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        _require_file(path)
        try:
            table = pq.read_table(path)
        except (pa.ArrowException, OSError) as err:
            raise _problem(path, msg.BAD_PARQUET.format(error=err)) from None
        data = {i: ["" if v is None else v for v in column.to_pylist()]  # None is a gap: ""
                for i, column in enumerate(table.columns)}
        frame = pd.DataFrame(data, dtype=object, index=pd.RangeIndex(1, table.num_rows + 1, name="row"))
        frame.columns = pd.Index(table.column_names)
        return frame


# --- JSON Lines -------------------------------------------------------------------------------

def _json_line(row: Mapping[str, Any], columns: Sequence[str]) -> str:
    return json.dumps({c: _cell(row.get(c), c) for c in columns}, ensure_ascii=False) + "\n"


class _JsonlWriter(_TextWriter):
    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        super().__init__(path, columns, newline="\n")

    def write(self, rows: Iterable[Mapping[str, Any]]) -> int:
        count = 0
        for row in rows:
            self._handle.write(_json_line(row, self.columns))
            count += 1
        return count


@register
class JsonlFormat(TableFormat):
    """JSON Lines: one object per row, keys in column order, values kept exactly."""

    name = "jsonl"

    def writer(self, path: Path, columns: Sequence[str]) -> RowWriter:
        return _JsonlWriter(path, columns)

    def encode(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
        return "".join(_json_line(row, columns) for row in rows)

    def read(self, path: Path, columns: Sequence[str] = ()) -> pd.DataFrame:
        import pandas as pd
        _require_file(path)
        records: list[dict[str, Any]] = []
        lines: list[int] = []
        problems: list[Problem] = []
        try:
            with path.open(encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as err:
                        problems.append(Problem(str(path), number, msg.BAD_JSON.format(error=err.msg)))
                        continue
                    if isinstance(record, dict):
                        records.append(record)
                        lines.append(number)
                    else:
                        kind = type(record).__name__
                        problems.append(Problem(str(path), number, msg.NOT_JSON_OBJECT.format(kind=kind)))
        except UnicodeDecodeError as err:
            raise _problem(path, msg.NOT_UTF8.format(error=err)) from None
        if problems:
            raise InputError(problems)
        names = list(dict.fromkeys(key for record in records for key in record)) or list(columns)
        rows = [["" if record.get(name) is None else record[name] for name in names] for record in records]
        return pd.DataFrame(rows, columns=names, dtype=object, index=pd.Index(lines, name="line"))
