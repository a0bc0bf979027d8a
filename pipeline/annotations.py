"""Import gold from annotation tools' exports; export an extract for them to correct.

Three tools, Label Studio, doccano and Prodigy, in every export shape their documentation gives
(`partex.annotation_readers`), read into gold rows (`GOLD_COLUMNS`) plus the texts they
annotate, checked as a gold file is. A file with no record partex can read is an error, not
an empty gold. Exports are in `partex.annotation_export`.

doc_id rule, for every format: the first of `meta.doc_id`, `data.doc_id`, `doc_id`, `id`,
`_input_hash` (Prodigy's `db-out`) that is present and not empty; a record with none of them is
reported. Offsets are code points; a Label Studio region whose offsets only fit its text as
UTF-16 code units (older Label Studio with emoji) is converted, and a text with CRLF line
endings is read as the corpus reader reads it (LF), its offsets moved to match.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from . import messages as msg
from .columns import GOLD_COLUMNS
from .gold import GoldError, gold_from_frame
from .inputs import normalise_newlines
from .annotation_readers import (Context, Spans, doccano_record, labelstudio_record,
                                 prodigy_record, utf16_to_code_points)
from .messages import InputError, Problem

FORMATS = ("labelstudio", "doccano", "prodigy")

Record = tuple[int, dict[str, Any]]  # (line or task number, the record)
Reader = Callable[[dict[str, Any], Context], "tuple[str, Spans] | None"]
__all__ = ["FORMATS", "dumps_annotations", "export_annotations", "import_annotations",
           "utf16_to_code_points", "write_texts"]


# --- reading files ------------------------------------------------------------------------------

def read_jsonl(path: Path | str) -> list[Record]:
    """The records of a JSONL file with their line numbers; every bad line is reported."""
    path = Path(path)
    text = _read_text(path)
    records: list[Record] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as err:
            problems.append(msg.problem_line(path, number, msg.BAD_JSON.format(error=err.msg)))
    if problems:
        raise InputError(problems)
    return records


def read_json_tasks(path: Path | str) -> list[Record]:
    """The tasks of a Label Studio JSON export, numbered from 1."""
    path = Path(path)
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as err:
        raise InputError([msg.problem_line(path, err.lineno, msg.BAD_JSON.format(error=err.msg))]) from None
    tasks = data if isinstance(data, list) else [data]
    return list(enumerate(tasks, start=1))


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise InputError([msg.problem_line(path, None, msg.FILE_MISSING)])
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError([msg.problem_line(path, None, msg.NOT_UTF8.format(error=err))]) from None


def _doc_id(record: Mapping[str, Any]) -> str:
    """The doc_id rule: meta.doc_id, data.doc_id, doc_id, id, _input_hash; "" when none is."""
    for holder, key in ((record.get("meta"), "doc_id"), (record.get("data"), "doc_id"),
                        (record, "doc_id"), (record, "id"), (record, "_input_hash")):
        if isinstance(holder, Mapping) and holder.get(key) not in (None, ""):
            return str(holder[key])
    return ""


_READERS: dict[str, tuple[Callable[[Path | str], list[Record]], Reader, str]] = {
    "labelstudio": (read_json_tasks, labelstudio_record, "task"),
    "doccano": (read_jsonl, doccano_record, "line"),
    "prodigy": (read_jsonl, prodigy_record, "line"),
}


def import_annotations(fmt: str, path: Path | str, *, label_ids: Mapping[str, str] | None = None,
                       notes: list[str] | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """Read an annotation export into gold rows and the texts they annotate (doc_id → text).

    The rows are checked as a gold file is (labels, offsets, span text, overlaps) against the
    texts of the same file. `label_ids` names doccano's numeric label ids. Remarks (a task read
    from its predictions) go to `notes`. Raises `InputError` (a `GoldError` for the rows) with
    every problem, each naming the file and the line (JSONL) or task (Label Studio), and when
    the file holds no record to read.
    """
    if fmt not in _READERS:
        raise InputError([msg.ANN_UNKNOWN_FORMAT.format(fmt=fmt, known=", ".join(FORMATS))])
    read, parse, unit = _READERS[fmt]
    path = Path(path)
    problems: list[Problem] = []
    remarks: dict[str, list[int]] = {}
    documents: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    rows: list[list[Any]] = []
    lines: list[int] = []
    records = read(path)
    for number, record in records:
        def bad(message: str, number: int = number) -> None:
            problems.append(Problem(str(path), number, message, unit))

        if not isinstance(record, dict):
            bad(msg.NOT_JSON_OBJECT.format(kind=type(record).__name__))
            continue
        context = Context(bad, lambda remark, n=number: remarks.setdefault(remark, []).append(n),
                          dict(label_ids or {}))
        parsed = parse(record, context)
        if parsed is None:
            continue
        doc_id = _doc_id(record)
        if not doc_id:
            bad(msg.ANN_NO_DOC_ID)
            continue
        if doc_id in first_seen:
            bad(msg.ANN_SAME_DOC.format(doc_id=doc_id, other_line=first_seen[doc_id], unit=unit))
            continue
        first_seen[doc_id] = number
        text, spans = _as_read(*parsed)
        documents[doc_id] = text
        for start, end, label, norm, stated in spans:
            span_text = stated if stated is not None else (
                text[start:end] if isinstance(start, int) and isinstance(end, int) else "")
            rows.append([doc_id, start, end, label, span_text, norm])
            lines.append(number)
    if not records:
        problems.append(Problem(str(path), None, msg.ANN_NOTHING))
    if notes is not None:
        notes.extend(f"{path}: {remark} ({unit} {', '.join(map(str, numbers[:10]))}"
                     f"{' …' if len(numbers) > 10 else ''})" for remark, numbers in remarks.items())
    return _checked(rows, lines, documents, path, unit, problems), documents


def _checked(rows: list[list[Any]], lines: list[int], documents: dict[str, str], path: Path,
             unit: str, problems: list[Problem]) -> pd.DataFrame:
    """The rows as a gold table, checked; raise `GoldError` with these and the table's problems."""
    frame = pd.DataFrame(rows, columns=list(GOLD_COLUMNS), dtype=object, index=pd.Index(lines, name="line"))
    gold: pd.DataFrame | None = None
    try:
        gold = gold_from_frame(frame, documents, path=path, unit=unit)
    except GoldError as err:
        problems.extend(err.problems)
    if problems or gold is None:
        problems.sort(key=lambda p: p.line or 0)
        raise GoldError(problems)
    return gold.reset_index(drop=True)


def _as_read(text: str, spans: Spans) -> tuple[str, Spans]:
    """The text as the corpus reader will read it (LF line endings, no BOM), offsets moved to match."""
    normalised = normalise_newlines(text)
    if normalised == text:
        return text, spans
    shift = [0] * (len(text) + 1)  # characters dropped before each offset
    dropped = 1 if text.startswith("\ufeff") else 0
    for i in range(len(text)):
        shift[i] = dropped
        if text[i] == "\r" and text[i + 1:i + 2] == "\n":
            dropped += 1
    shift[len(text)] = dropped

    def move(offset: Any) -> Any:
        return offset - shift[offset] if isinstance(offset, int) and 0 <= offset <= len(text) else offset

    return normalised, [(move(start), move(end), label, norm,
                         normalise_newlines(stated) if stated is not None else None)
                        for start, end, label, norm, stated in spans]


# --- export (partex.annotation_export) ---------------------------------------------------------

from .annotation_export import dumps_annotations, export_annotations  # noqa: E402,F401


def read_label_ids(path: Path | str) -> dict[str, str]:
    """doccano's label ids and names from a project's labels file: a JSON list of `{"id",
    "text"}` (what doccano exports), or an object id → name."""
    path = Path(path)
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as err:
        raise InputError([msg.problem_line(path, err.lineno, msg.BAD_JSON.format(error=err.msg))]) from None
    if isinstance(data, dict):
        return {str(k): str(v) for k, v in data.items()}
    if isinstance(data, list) and all(isinstance(d, dict) and {"id", "text"} <= set(d) for d in data):
        return {str(d["id"]): str(d["text"]) for d in data}
    raise InputError([msg.problem_line(path, None, msg.ANN_BAD_LABELS)])


def write_texts(documents: Mapping[str, str], texts_dir: Path | str, *, force: bool = False) -> list[Path]:
    """Write each text to `<texts_dir>/<doc_id>.txt` (UTF-8, line endings kept); returns the files written.

    A file already holding the same text is left alone; one holding another text is reported
    unless `force`. Nothing is written when there is a problem.
    """
    texts_dir = Path(texts_dir)
    problems: list[str] = []
    targets: list[tuple[Path, str]] = []
    for doc_id, text in sorted(documents.items()):
        rel = PurePosixPath(doc_id)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            problems.append(msg.ANN_BAD_DOC_ID.format(doc_id=doc_id))
            continue
        target = texts_dir.joinpath(*rel.parts).with_name(rel.name + ".txt")
        if target.exists():
            if target.read_bytes() == text.encode("utf-8"):
                continue
            if not force:
                problems.append(msg.ANN_DIFFERENT_TEXT.format(path=target))
                continue
        targets.append((target, text))
    if problems:
        raise InputError(problems)
    for target, text in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
    return [target for target, _ in targets]
