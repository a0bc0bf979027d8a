"""Read and check gold files, extracts (mentions tables) and the corpus documents they point into.

A gold file is a UTF-8 CSV whose rows keep the line number they start on, so that every problem
names its line. An extract's mentions table is read by `partex.formats` in whichever format
`partex extract` wrote it (CSV, Parquet, JSON Lines), its rows numbered by line or row the same
way. `validate_gold` reports every problem it finds, not only the first; `load_gold` and
`load_extract` raise `GoldError` carrying them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from . import messages as msg
from .columns import GOLD_COLUMNS, LABELS
from .formats import read_csv_lines, read_mentions
from .messages import InputError, Problem

_INT = re.compile(r"^\s*[+-]?\d+\s*$")


class GoldError(InputError):
    """A gold file or extract that cannot be scored; `problems` lists every problem found."""


# --- documents ------------------------------------------------------------------------------

def load_documents(corpus_dir: Path | str) -> dict[str, str]:
    """Read every document under `corpus_dir` into doc_id → text, as `partex extract` reads it.

    The same reader as the batch's (`partex.inputs`): every format it reads (text in any
    encoding it detects, HTML, PDF, DOCX), the same doc_ids (path without extension, `~2` for a
    second file with the same one), the same text, so that offsets agree. `corpus_dir` may also
    be a file, a glob pattern or a JSON Lines or CSV file of texts. An empty file is an empty
    document. Every file that cannot be read is reported, together, in one `InputError`.
    """
    from .inputs import discover, read_source

    if not Path(corpus_dir).exists() and not any(c in str(corpus_dir) for c in "*?["):
        raise InputError([msg.problem_line(corpus_dir, None, msg.FOLDER_MISSING)])
    documents: dict[str, str] = {}
    problems: list[str] = []
    for source in discover([str(corpus_dir)]):
        try:
            documents[source.doc_id] = read_source(source).text
        except InputError as err:
            if err.reason.startswith("empty"):
                documents[source.doc_id] = ""
            else:
                problems.extend(err.lines())
    if problems:
        raise InputError(problems)
    return documents


# --- cells ------------------------------------------------------------------------------------

def _as_int(value: object) -> int | None:
    """An offset as an int, or None when it is not a whole number written as one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):  # a float column in memory, from NaN elsewhere in it
        return int(value) if value.is_integer() else None
    if hasattr(value, "dtype"):  # numpy scalars
        kind = getattr(value, "dtype").kind
        if kind in "iu":
            return int(value)  # type: ignore[call-overload]
        if kind == "f":
            return _as_int(float(value))  # type: ignore[arg-type]
    if isinstance(value, str) and _INT.match(value):
        return int(value)
    return None


def _cell(value: object) -> str:
    """A cell as a string; NaN and None are ""."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _line_of(df: pd.DataFrame, position: int) -> int:
    """Where a row is: its index when a reader numbered it (line or row), else its `to_csv` line."""
    if df.index.name in ("line", "row"):
        return int(df.index[position])
    return position + 2


def _unit_of(df: pd.DataFrame) -> str:
    """What a table's row numbers count: Parquet rows, else lines (of its file, or of `to_csv`)."""
    return "row" if df.index.name == "row" else "line"


# --- validation -----------------------------------------------------------------------------

def validate_gold(
    df: pd.DataFrame,
    documents: Mapping[str, str] | None = None,
    *,
    path: Path | str | None = None,
    extract: bool = False,
    unit: str = "line",
) -> list[Problem]:
    """Every problem of a gold table, one per row and problem, in line order.

    Checks the columns, offsets (whole numbers, 0 <= start < end), labels and duplicate rows;
    with `documents`, that each doc_id names a document, the span lies inside it and `text`
    equals `document[start:end]`; and that spans of one document never overlap. Rows are
    named by the index when it is called "line" or "row" (as the readers of `partex.formats` make
    it), else by the line `to_csv` would write them on; `unit` names what that number counts. With
    `extract=True` (a mentions table made by the pipeline) only columns, offsets, labels and,
    with `documents`, the text of spans on known documents are checked.
    """
    where = None if path is None else str(path)
    missing = [c for c in GOLD_COLUMNS if c not in df.columns]
    if missing:
        return [Problem(where, None, msg.MISSING_COLUMNS.format(
            columns=", ".join(missing), required=",".join(GOLD_COLUMNS)))]

    problems: list[tuple[int, int, Problem]] = []  # (line, order, problem) for sorting

    def report(line: int, message: str) -> None:
        problems.append((line, len(problems), Problem(where, line, message, unit)))

    known = ", ".join(LABELS)
    spans: dict[str, list[tuple[int, int, str, int]]] = {}
    for position, row in enumerate(df[list(GOLD_COLUMNS)].itertuples(index=False, name=None)):
        doc_id, start_raw, end_raw, label, text, _norm = row
        line = _line_of(df, position)
        doc_id, label, text = _cell(doc_id).strip(), _cell(label).strip(), _cell(text)
        start, end = _as_int(start_raw), _as_int(end_raw)
        offsets_ok = _offsets_ok(start, end, start_raw, end_raw, lambda m: report(line, m))
        if label not in LABELS:
            report(line, msg.UNKNOWN_LABEL.format(label=label, known=known))
        if not doc_id:
            report(line, msg.EMPTY_DOC_ID)
            continue
        if documents is not None:
            offsets_ok = _in_document(documents.get(doc_id), doc_id, start, end, text, offsets_ok,
                                      extract, lambda m: report(line, m))
        if offsets_ok and not extract:
            spans.setdefault(doc_id, []).append((start, end, label, line))  # type: ignore[arg-type]

    for doc_spans in spans.values():
        _check_overlaps(doc_spans, report, unit)
    problems.sort(key=lambda item: (item[0], item[1]))
    return [problem for _, _, problem in problems]


def _offsets_ok(start: int | None, end: int | None, start_raw: object, end_raw: object,
                report: Callable[[str], None]) -> bool:
    """Whether a row's offsets are whole numbers with 0 <= start < end (each problem reported)."""
    if start is None:
        report(msg.NOT_INTEGER.format(field="start", value=_cell(start_raw)))
    if end is None:
        report(msg.NOT_INTEGER.format(field="end", value=_cell(end_raw)))
    if start is None or end is None:
        return False
    if start < 0:
        report(msg.NEGATIVE_START.format(start=start))
        return False
    if start >= end:
        report(msg.EMPTY_SPAN.format(start=start, end=end))
        return False
    return True


def _in_document(document: str | None, doc_id: str, start: int | None, end: int | None, text: str,
                 offsets_ok: bool, extract: bool, report: Callable[[str], None]) -> bool:
    """Whether a row's span lies in its document with its text (each problem reported); an
    extract's rows on documents the corpus does not hold are not checked."""
    if document is None:
        if not extract:
            report(msg.UNKNOWN_DOCUMENT.format(doc_id=doc_id))
        return offsets_ok
    if offsets_ok and end > len(document):  # type: ignore[operator]
        report(msg.PAST_END.format(start=start, end=end, doc_id=doc_id, length=len(document)))
        return False
    if offsets_ok and document[start:end] != text:
        report(msg.TEXT_MISMATCH.format(text=text, start=start, end=end, expected=document[start:end]))
    return offsets_ok


def _check_overlaps(doc_spans: list[tuple[int, int, str, int]], report: Callable[[int, str], None],
                    unit: str) -> None:
    """Report duplicate rows and spans overlapping an earlier-starting span of the same document."""
    seen: dict[tuple[int, int, str], int] = {}
    reach: tuple[int, int, str, int] | None = None  # the span reaching furthest so far
    for start, end, label, line in sorted(doc_spans, key=lambda s: (s[0], s[1], s[3])):
        if (start, end, label) in seen:
            report(line, msg.DUPLICATE_ROW.format(other_line=seen[(start, end, label)], unit=unit))
            continue
        seen[(start, end, label)] = line
        if reach is not None and start < reach[1]:
            report(line, msg.OVERLAP.format(start=start, end=end, label=label, other_start=reach[0],
                                            other_end=reach[1], other_label=reach[2], other_line=reach[3], unit=unit))
        if reach is None or end > reach[1]:
            reach = (start, end, label, line)


def validate_extract(
    df: pd.DataFrame, documents: Mapping[str, str] | None = None, *, path: Path | str | None = None
) -> list[Problem]:
    """Every problem of an extract's mentions table (columns, offsets, labels, span texts)."""
    return validate_gold(df, documents, path=path, extract=True, unit=_unit_of(df))


def _clean(df: pd.DataFrame) -> pd.DataFrame:
    """A validated table with int offsets and string cells, gold columns first."""
    out = df.copy()
    for column in GOLD_COLUMNS:
        if column in ("start", "end"):
            out[column] = pd.Series([_as_int(v) for v in out[column]], index=out.index, dtype="int64")
        else:
            out[column] = pd.Series([_cell(v) for v in out[column]], index=out.index, dtype=object)
    out["doc_id"] = out["doc_id"].str.strip()
    out["label"] = out["label"].str.strip()
    rest = [c for c in out.columns if c not in GOLD_COLUMNS]
    return out[list(GOLD_COLUMNS) + rest]


def load_gold(path: Path | str, corpus_dir: Path | str | None = None) -> pd.DataFrame:
    """Read a gold CSV and check it (against the corpus texts when `corpus_dir` is given).

    Returns the rows with `start`/`end` as ints, indexed by CSV line. Raises `GoldError` with
    every problem found.
    """
    documents = load_documents(corpus_dir) if corpus_dir is not None else None
    with _as_gold_error():
        frame = read_csv_lines(path)
    return gold_from_frame(frame, documents, path=path)


def gold_from_frame(
    df: pd.DataFrame, documents: Mapping[str, str] | None = None, *, path: Path | str | None = None,
    unit: str = "line",
) -> pd.DataFrame:
    """Check a gold table held in memory and return it cleaned; raises `GoldError`."""
    problems = validate_gold(df, documents, path=path, unit=unit)
    if problems:
        raise GoldError(problems)
    return _clean(df)


@contextmanager
def _as_gold_error() -> Iterator[None]:
    """Report a file that cannot be read as a `GoldError`, as its rows' problems are."""
    try:
        yield
    except GoldError:
        raise
    except InputError as err:
        raise GoldError(err.problems) from None


def load_extract(path: Path | str, documents: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Read an extract's mentions table and check it; raises `GoldError` with every problem.

    `path` is an extract folder, holding `mentions.csv`, `mentions.parquet` or `mentions.jsonl`
    (the first found, in that order), or the table itself; any other file name is read as CSV.
    Every format `partex extract` writes gives the same rows (`partex.formats.read_mentions`).
    """
    with _as_gold_error():
        table_path, frame = read_mentions(path)
    return extract_from_frame(frame, documents, path=table_path)


def extract_from_frame(
    df: pd.DataFrame, documents: Mapping[str, str] | None = None, *, path: Path | str | None = None
) -> pd.DataFrame:
    """Check a mentions table (as an extractor returns it, or as read back) and return it cleaned."""
    problems = validate_extract(df, documents, path=path)
    if problems:
        raise GoldError(problems)
    return _clean(df)
