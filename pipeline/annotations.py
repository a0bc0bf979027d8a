"""Import gold from annotation tools, and export an extract for them to correct.

Three formats, each read into gold rows (`GOLD_COLUMNS`) plus the texts they annotate:

- Label Studio JSON export: a list of tasks, `data.text` and `annotations[].result[]` regions
  `{"type": "labels", "value": {start, end, text, labels: [LABEL]}}`. The first annotation not
  marked `was_cancelled` is read. `norm` travels in a per-region TextArea
  (`{"from_name": "norm", "type": "textarea", "id": <the region's id>, "value": {"text": [NORM]}}`);
  a region's `meta.text` is read too.
- doccano JSONL: `{"text", "label": [[start, end, LABEL], ...]}` (older exports: `labels`;
  relation projects: `entities` with `start_offset`/`end_offset`). `norm` travels in an extra
  key, `"norm": [[start, end, NORM], ...]`, which doccano keeps as metadata.
- Prodigy JSONL: `{"text", "spans": [{start, end, label, norm}], "answer"}`; records whose
  `answer` is not "accept" are skipped (a record with no `answer` is read).

doc_id rule, for every format: the first of `meta.doc_id`, `data.doc_id`, `doc_id`, `id` that is
present and not empty; a record with none of them is reported. Offsets are code points; a Label
Studio region whose offsets only fit its text as UTF-16 code units (older Label Studio with
emoji) is converted, and a text with CRLF line endings is read as the corpus reader reads it
(LF), its offsets moved to match.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from . import messages as msg
from .columns import GOLD_COLUMNS
from .gold import GoldError, gold_from_frame
from .inputs import normalise_newlines
from .messages import InputError, Problem

FORMATS = ("labelstudio", "doccano", "prodigy")
NORM_FIELD = "norm"  # Label Studio TextArea name, doccano extra key, Prodigy span key
LS_LABELS_FROM, LS_TEXT_TO = "label", "text"

Record = tuple[int, dict[str, Any]]  # (line or task number, the record)


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
    """The doc_id rule: meta.doc_id, data.doc_id, doc_id, id; "" when none is present."""
    for holder, key in ((record.get("meta"), "doc_id"), (record.get("data"), "doc_id"),
                        (record, "doc_id"), (record, "id")):
        if isinstance(holder, Mapping) and holder.get(key) not in (None, ""):
            return str(holder[key])
    return ""


def utf16_to_code_points(text: str, offset: int) -> int:
    """The code-point offset of a UTF-16 code-unit offset into `text`."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


# --- one reader per format ------------------------------------------------------------------------
# Each returns (doc_id, text, spans) for a record, spans as (start, end, label, norm, stated text or None),
# or None for a record to skip; problems go to `bad`.

Spans = list[tuple[Any, Any, Any, str, str | None]]
Reader = Callable[[dict[str, Any], Callable[[str], None]], tuple[str, Spans] | None]


def _labelstudio_record(task: dict[str, Any], bad: Callable[[str], None]) -> tuple[str, Spans] | None:
    text = (task.get("data") or {}).get("text")
    if not isinstance(text, str):
        bad(msg.ANN_NO_TEXT.format(keys="data.text"))
        return None
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not annotations:
        return text, []
    results = annotations[0].get("result") or []
    norms: dict[str, str] = {}
    for result in results:
        value = result.get("value") or {}
        if result.get("type") == "textarea" and result.get("from_name") == NORM_FIELD:
            written = value.get("text")
            norms[str(result.get("id"))] = written[0] if isinstance(written, list) and written else str(written or "")
    spans: Spans = []
    for result in results:
        value = result.get("value") or {}
        if "labels" not in value:
            continue
        labels = value.get("labels")
        if not isinstance(labels, list) or len(labels) != 1 or "start" not in value or "end" not in value:
            bad(msg.ANN_BAD_REGION.format(region=value))
            continue
        meta_text = (result.get("meta") or {}).get("text")
        norm = norms.get(str(result.get("id")))
        if norm is None and meta_text:
            norm = meta_text[0] if isinstance(meta_text, list) else str(meta_text)
        start, end, stated = value["start"], value["end"], value.get("text")
        if (isinstance(start, int) and isinstance(end, int) and isinstance(stated, str)
                and text[start:end] != stated):
            cp_start, cp_end = utf16_to_code_points(text, start), utf16_to_code_points(text, end)
            if text[cp_start:cp_end] == stated:
                start, end = cp_start, cp_end
            else:
                bad(msg.ANN_SPAN_TEXT.format(start=start, end=end, stated=stated, actual=text[start:end]))
                continue
        spans.append((start, end, labels[0], norm or "", stated))
    return text, spans


def _doccano_record(record: dict[str, Any], bad: Callable[[str], None]) -> tuple[str, Spans] | None:
    text = record.get("text")
    if not isinstance(text, str) and isinstance(record.get("data"), str):
        text = record["data"]  # some doccano versions write the text under "data"
    if not isinstance(text, str):
        bad(msg.ANN_NO_TEXT.format(keys="text, data"))
        return None
    norms = {}
    for item in record.get(NORM_FIELD) or []:
        if isinstance(item, list) and len(item) == 3:
            norms[(item[0], item[1])] = str(item[2])
    triples: list[Any] = []
    if "label" in record or "labels" in record:
        triples = record.get("label", record.get("labels")) or []
    else:
        for entity in record.get("entities") or []:
            triples.append([entity.get("start_offset"), entity.get("end_offset"), entity.get("label")]
                           if isinstance(entity, dict) else entity)
    spans: Spans = []
    for triple in triples:
        if not isinstance(triple, (list, tuple)) or len(triple) != 3:
            bad(msg.ANN_BAD_SPAN.format(span=triple))
            continue
        start, end, label = triple
        spans.append((start, end, label, norms.get((start, end), ""), None))
    return text, spans


def _prodigy_record(record: dict[str, Any], bad: Callable[[str], None]) -> tuple[str, Spans] | None:
    if record.get("answer", "accept") != "accept":
        return None
    text = record.get("text")
    if not isinstance(text, str):
        bad(msg.ANN_NO_TEXT.format(keys="text"))
        return None
    spans: Spans = []
    for span in record.get("spans") or []:
        if not isinstance(span, dict) or not {"start", "end", "label"} <= set(span):
            bad(msg.ANN_BAD_SPAN.format(span=span))
            continue
        stated = span.get("text")
        spans.append((span["start"], span["end"], span["label"], str(span.get(NORM_FIELD) or ""),
                      stated if isinstance(stated, str) else None))
    return text, spans


_READERS: dict[str, tuple[Callable[[Path | str], list[Record]], Reader, str]] = {
    "labelstudio": (read_json_tasks, _labelstudio_record, "task"),
    "doccano": (read_jsonl, _doccano_record, "line"),
    "prodigy": (read_jsonl, _prodigy_record, "line"),
}


def import_annotations(fmt: str, path: Path | str) -> tuple[pd.DataFrame, dict[str, str]]:
    """Read an annotation export into gold rows and the texts they annotate (doc_id → text).

    The rows are checked as a gold file is (labels, offsets, span text, overlaps) against the
    texts of the same file. Raises `InputError` (a `GoldError` for the rows) with every problem,
    each naming the file and the line (JSONL) or task (Label Studio).
    """
    if fmt not in _READERS:
        raise InputError([msg.ANN_UNKNOWN_FORMAT.format(fmt=fmt, known=", ".join(FORMATS))])
    read, parse, unit = _READERS[fmt]
    path = Path(path)
    problems: list[Problem] = []
    documents: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    rows: list[list[Any]] = []
    lines: list[int] = []
    for number, record in read(path):
        def bad(message: str, number: int = number) -> None:
            problems.append(Problem(str(path), number, message, unit))

        if not isinstance(record, dict):
            bad(msg.NOT_JSON_OBJECT.format(kind=type(record).__name__))
            continue
        parsed = parse(record, bad)
        if parsed is None:
            continue
        text, spans = parsed
        doc_id = _doc_id(record)
        if not doc_id:
            bad(msg.ANN_NO_DOC_ID)
            continue
        if doc_id in first_seen:
            bad(msg.ANN_SAME_DOC.format(doc_id=doc_id, other_line=first_seen[doc_id], unit=unit))
            continue
        first_seen[doc_id] = number
        text, spans = _as_read(text, spans)
        documents[doc_id] = text
        for start, end, label, norm, stated in spans:
            span_text = stated if stated is not None else (
                text[start:end] if isinstance(start, int) and isinstance(end, int) else "")
            rows.append([doc_id, start, end, label, span_text, norm])
            lines.append(number)
    frame = pd.DataFrame(rows, columns=list(GOLD_COLUMNS), dtype=object, index=pd.Index(lines, name="line"))
    gold: pd.DataFrame | None = None
    try:
        gold = gold_from_frame(frame, documents, path=path, unit=unit)
    except GoldError as err:
        problems.extend(err.problems)
    if problems or gold is None:
        problems.sort(key=lambda p: p.line or 0)
        raise GoldError(problems)
    return gold.reset_index(drop=True), documents


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


# --- export ------------------------------------------------------------------------------------

def _mentions_by_doc(mentions: pd.DataFrame, documents: Mapping[str, str]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {doc_id: [] for doc_id in documents}
    problems: list[str] = []
    for row in mentions[list(GOLD_COLUMNS)].itertuples(index=False):
        doc_id = str(row.doc_id)
        if doc_id not in grouped:
            problems.append(msg.ANN_NO_DOCUMENT.format(doc_id=doc_id))
            continue
        norm = "" if row.norm is None or (isinstance(row.norm, float) and row.norm != row.norm) else str(row.norm)
        grouped[doc_id].append({"start": int(row.start), "end": int(row.end), "label": str(row.label),
                                "norm": norm})
    if problems:
        raise InputError(sorted(set(problems)))
    for spans in grouped.values():
        spans.sort(key=lambda s: (s["start"], s["end"], s["label"]))
    return grouped


def export_labelstudio(mentions: pd.DataFrame, documents: Mapping[str, str]) -> list[dict[str, Any]]:
    """Label Studio tasks, one per document, the mentions as a submitted annotation to correct."""
    tasks = []
    for number, (doc_id, spans) in enumerate(sorted(_mentions_by_doc(mentions, documents).items()), start=1):
        text = documents[doc_id]
        result: list[dict[str, Any]] = []
        for k, span in enumerate(spans, start=1):
            region = f"m{k}"
            where = {"start": span["start"], "end": span["end"]}
            result.append({"id": region, "from_name": LS_LABELS_FROM, "to_name": LS_TEXT_TO, "type": "labels",
                           "value": {**where, "text": text[span["start"]:span["end"]], "labels": [span["label"]]}})
            if span["norm"]:
                result.append({"id": region, "from_name": NORM_FIELD, "to_name": LS_TEXT_TO, "type": "textarea",
                               "value": {**where, "text": [span["norm"]]}})
        tasks.append({"id": number, "data": {"text": text, "doc_id": doc_id}, "annotations": [{"result": result}]})
    return tasks


def export_doccano(mentions: pd.DataFrame, documents: Mapping[str, str]) -> list[dict[str, Any]]:
    """doccano JSONL records, one per document, `norm` in an extra key."""
    out = []
    for doc_id, spans in sorted(_mentions_by_doc(mentions, documents).items()):
        out.append({"doc_id": doc_id, "text": documents[doc_id],
                    "label": [[s["start"], s["end"], s["label"]] for s in spans],
                    NORM_FIELD: [[s["start"], s["end"], s["norm"]] for s in spans if s["norm"]]})
    return out


def export_prodigy(mentions: pd.DataFrame, documents: Mapping[str, str]) -> list[dict[str, Any]]:
    """Prodigy JSONL records, one per document, `norm` as a span key."""
    out = []
    for doc_id, spans in sorted(_mentions_by_doc(mentions, documents).items()):
        text = documents[doc_id]
        out.append({"text": text, "meta": {"doc_id": doc_id},
                    "spans": [{**s, "text": text[s["start"]:s["end"]]} for s in spans], "answer": "accept"})
    return out


_EXPORTERS = {"labelstudio": export_labelstudio, "doccano": export_doccano, "prodigy": export_prodigy}


def export_annotations(fmt: str, mentions: pd.DataFrame, documents: Mapping[str, str]) -> list[dict[str, Any]]:
    """An extract as records of `fmt`, every document of `documents` included."""
    if fmt not in _EXPORTERS:
        raise InputError([msg.ANN_UNKNOWN_FORMAT.format(fmt=fmt, known=", ".join(FORMATS))])
    return _EXPORTERS[fmt](mentions, documents)


def dumps_annotations(fmt: str, records: Iterable[dict[str, Any]]) -> str:
    """The text of an export file: a JSON list for Label Studio, JSONL for the others."""
    records = list(records)
    if fmt == "labelstudio":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


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
