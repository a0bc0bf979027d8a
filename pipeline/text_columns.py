"""Text-column inputs: a JSON Lines or CSV file whose every record is a document, as `spacy apply` reads.

Each record gives the document's text (`--text-key`, default `text`), optionally its doc_id
(`--id-key`, default `id`; else `<file>/<line>`, the line the record starts on) and its
publisher (`--publisher-key`, default `publisher`, read when present and not empty: it
overrides `--publisher` and inference). Offsets refer to the text exactly as the record holds it.

Reading is two steps, as for files (`partex.inputs`): `scan` reads the file once in the batch's
parent and finds each record's place (byte offset and length) and doc_id, holding no text;
`record_text` turns one record's bytes, read again by a worker, into its text and publisher.
So a file of a million records costs the parent a few numbers per record, not their text.
Both formats are UTF-8 (a byte order mark is allowed); CSV is RFC 4180 with a header row.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .limits import MAX_TEXT_CHARS

# Extensions read this way, only when the file is named (a folder's .csv files are left alone:
# a corpus folder holds its gold tables).
FORMATS = {".jsonl": "jsonl", ".csv": "csv"}

# A CSV field may hold a whole document; the csv module's default cap is 131 072 characters.
_CSV_FIELD_LIMIT = 4 * MAX_TEXT_CHARS + 1


@dataclass(frozen=True)
class TextColumns:
    """Which fields of a record hold the text, the doc_id and the publisher."""

    text: str = "text"
    doc_id: str = "id"
    publisher: str = "publisher"


@dataclass(frozen=True)
class Found:
    """One record found by `scan`: where it is, its doc_id (None: the default), or what is wrong."""

    line: int
    offset: int
    length: int
    doc_id: str | None = None
    error: str | None = None


def scan(path: Path, fmt: str, columns: TextColumns) -> tuple[int, list[Found]]:
    """The length of the file's header (CSV; 0 for JSON Lines) and its records, in file order.

    Raises OSError when the file cannot be read, ValueError (one line) when it cannot be read
    as its format at all (not UTF-8, a CSV without the text column).
    """
    with open(path, "rb") as handle:
        if fmt == "jsonl":
            return 0, list(_scan_jsonl(handle, columns))
        return _scan_csv(handle, columns)


def _scan_jsonl(handle: BinaryIO, columns: TextColumns) -> Iterator[Found]:
    offset = 0
    for line, raw in enumerate(handle, start=1):
        length = len(raw)
        if raw.strip():
            try:
                record = json.loads(raw.decode("utf-8-sig" if offset == 0 else "utf-8"))
            except (UnicodeDecodeError, ValueError) as error:
                yield Found(line, offset, length, error=f"line {line}: not valid JSON ({error})")
            else:
                yield _found(record, columns, line, offset, length)
        offset += length


def _found(record: Any, columns: TextColumns, line: int, offset: int, length: int) -> Found:
    if not isinstance(record, dict):
        return Found(line, offset, length, error=f"line {line}: not a JSON object")
    if not isinstance(record.get(columns.text), str):
        return Found(line, offset, length,
                     error=f"line {line}: no text in field {columns.text!r} (see --text-key)")
    doc_id = record.get(columns.doc_id)
    return Found(line, offset, length, doc_id=str(doc_id) if doc_id not in (None, "") else None)


def _scan_csv(handle: BinaryIO, columns: TextColumns) -> tuple[int, list[Found]]:
    # The csv module reads one line at a time from the iterator it is given, so the lines it has
    # taken when it returns a record are that record's: their byte offsets place the record.
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    taken: list[tuple[int, int]] = []  # (offset, length) of each line read so far

    def lines() -> Iterator[str]:
        offset = 0
        for raw in handle:
            taken.append((offset, len(raw)))
            offset += len(raw)
            yield raw.decode("utf-8-sig" if len(taken) == 1 else "utf-8")

    reader = csv.reader(lines())
    try:
        header = next(reader, None)
        if header is None:
            return 0, []
        if columns.text not in header:
            raise ValueError(f"no column {columns.text!r} in the header (see --text-key; "
                             f"columns: {', '.join(header)})")
        header_length = sum(length for _, length in taken)
        found = []
        used = len(taken)
        for row in reader:
            first, used = used, len(taken)
            offset = taken[first][0]
            length = sum(n for _, n in taken[first:used])
            if not any(cell.strip() for cell in row):
                continue
            found.append(_found(dict(zip(header, row)), columns, first + 1, offset, length))
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 ({error})") from None
    except csv.Error as error:
        raise ValueError(f"cannot be read as CSV, line {len(taken)} ({error})") from None
    return header_length, found


def record_text(fmt: str, data: bytes, header_length: int,
                columns: TextColumns) -> tuple[str, str | None]:
    """The text and the publisher (None when absent or empty) of one record's bytes (the CSV
    header's bytes first). Raises ValueError when the record cannot be read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 ({error})") from None
    if fmt == "jsonl":
        record = json.loads(text)
    else:
        csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if len(rows) < 2:
            raise ValueError("the record is gone from the file (changed since it was listed?)")
        record = dict(zip(rows[0], rows[1]))
    body = record.get(columns.text) if isinstance(record, dict) else None
    if not isinstance(body, str):
        raise ValueError(f"no text in field {columns.text!r}")
    publisher = record.get(columns.publisher)
    return body, str(publisher) if publisher not in (None, "") else None
