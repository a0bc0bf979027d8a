"""One reader per annotation tool, for each shape its documentation gives for an export.

Each reader turns one record (a Label Studio task, a JSONL line) into its text and spans, spans
as (start, end, label, norm, the text the tool states for the span or None), or None for a
record to skip; problems go to `Context.bad`, remarks to `Context.note`.

- **Label Studio**, JSON export: `data.text` and `annotations[].result[]` regions
  `{"type": "labels", "value": {start, end, text, labels: [LABEL]}}`, the first annotation not
  `was_cancelled`; a task nobody annotated is read from its first prediction (what `gold export`
  writes), with a note. `norm` is a per-region TextArea named `norm` (the region's `id`), or a
  region's `meta.text`. **JSON_MIN** export: the task's data at the top level (`text`, `id`,
  `doc_id`) and each labels control as a list of `{start, end, text, labels}`; it loses which
  region a per-region TextArea belongs to, so its norms are not read (noted).
- **doccano**, sequence labelling: `{"text", "label": [[start, end, LABEL]]}` (1.6 and later; the
  text may be under `data`), `labels` (earlier JSONL), the older JSON shape `annotations:
  [{label, start_offset, end_offset}]` whose label is the label's name or its numeric id in the
  project (give the project's labels file to read ids), and relation projects' `entities`.
  `norm` is an extra key `[[start, end, NORM]]`.
- **Prodigy**, `db-out` of `ner.manual` / `spans.manual` (and partex's own tasks): `text`,
  `spans` with `start`, `end`, `label` and, when the task has `tokens`, `token_start` and
  `token_end` (inclusive), which must fall on the span's characters (else the span is
  reported, never moved); records whose `answer` is not `accept` are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import messages as msg

NORM_FIELD = "norm"

Spans = list[tuple[Any, Any, Any, str, str | None]]


@dataclass
class Context:
    """What a reader reports to, and what it may need besides the record."""

    bad: Callable[[str], None]
    note: Callable[[str], None]
    label_ids: Mapping[str, str] = field(default_factory=dict)  # doccano label id -> name


def utf16_to_code_points(text: str, offset: int) -> int:
    """The code-point offset of a UTF-16 code-unit offset into `text`."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


# --- Label Studio ----------------------------------------------------------------------------------

def _is_region(value: Any) -> bool:
    return isinstance(value, dict) and "labels" in value


def labelstudio_record(task: dict[str, Any], ctx: Context) -> tuple[str, Spans] | None:
    """A task of a Label Studio JSON or JSON_MIN export."""
    if not isinstance(task.get("data"), dict):
        return _labelstudio_min(task, ctx)
    text = task["data"].get("text")
    if not isinstance(text, str):
        ctx.bad(msg.ANN_NO_TEXT.format(keys="data.text"))
        return None
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if annotations:
        results = annotations[0].get("result") or []
    elif task.get("predictions"):
        results = (task["predictions"][0] or {}).get("result") or []
        ctx.note(msg.ANN_FROM_PREDICTIONS)
    else:
        results = []
    norms: dict[str, str] = {}
    for result in results:
        value = result.get("value") or {}
        if result.get("type") == "textarea" and result.get("from_name") == NORM_FIELD:
            written = value.get("text")
            norms[str(result.get("id"))] = written[0] if isinstance(written, list) and written else str(written or "")
    regions = []
    for result in results:
        value = result.get("value") or {}
        if "labels" in value:
            meta_text = (result.get("meta") or {}).get("text")
            norm = norms.get(str(result.get("id")))
            if norm is None and meta_text:
                norm = meta_text[0] if isinstance(meta_text, list) else str(meta_text)
            regions.append((value, norm or ""))
    return text, _regions(text, regions, ctx)


def _labelstudio_min(task: dict[str, Any], ctx: Context) -> tuple[str, Spans] | None:
    """A JSON_MIN item: data at the top level, each labels control a list of regions."""
    text = task.get("text")
    if not isinstance(text, str):
        ctx.bad(msg.ANN_NO_TEXT.format(keys="data.text, or text in a JSON_MIN export"))
        return None
    regions = [(value, "") for values in task.values() if isinstance(values, list)
               for value in values if _is_region(value)]
    if isinstance(task.get(NORM_FIELD), (list, str)) and task.get(NORM_FIELD):
        ctx.note(msg.ANN_MIN_NORMS)
    return text, _regions(text, regions, ctx)


def _regions(text: str, regions: list[tuple[dict[str, Any], str]], ctx: Context) -> Spans:
    """Spans of Label Studio region values; offsets counted in UTF-16 units are converted."""
    spans: Spans = []
    for value, norm in regions:
        labels = value.get("labels")
        if not isinstance(labels, list) or len(labels) != 1 or "start" not in value or "end" not in value:
            ctx.bad(msg.ANN_BAD_REGION.format(region=value))
            continue
        start, end, stated = value["start"], value["end"], value.get("text")
        if (isinstance(start, int) and isinstance(end, int) and isinstance(stated, str)
                and text[start:end] != stated):
            cp_start, cp_end = utf16_to_code_points(text, start), utf16_to_code_points(text, end)
            if text[cp_start:cp_end] != stated:
                ctx.bad(msg.ANN_SPAN_TEXT.format(start=start, end=end, stated=stated, actual=text[start:end]))
                continue
            start, end = cp_start, cp_end
        spans.append((start, end, labels[0], norm, stated))
    return spans


# --- doccano -----------------------------------------------------------------------------------

_DOCCANO_SPANS = {"label", "labels", "annotations", "entities"}


def doccano_record(record: dict[str, Any], ctx: Context) -> tuple[str, Spans] | None:
    """A record of a doccano sequence-labelling export, in any of its shapes."""
    text = record.get("text")
    if not isinstance(text, str) and isinstance(record.get("data"), str):
        text = record["data"]  # doccano 1.6 and later write the text under "data"
    if not isinstance(text, str):
        ctx.bad(msg.ANN_NO_TEXT.format(keys="text, data"))
        return None
    norms = {}
    for item in record.get(NORM_FIELD) or []:
        if isinstance(item, list) and len(item) == 3:
            norms[(item[0], item[1])] = str(item[2])
    if not _DOCCANO_SPANS & set(record):
        ctx.bad(msg.ANN_NO_SPANS.format(keys=", ".join(sorted(_DOCCANO_SPANS)), tool="doccano"))
        return None
    triples: list[Any] = []
    if "label" in record or "labels" in record:
        triples = record.get("label", record.get("labels")) or []
    else:
        for entity in [*(record.get("annotations") or []), *(record.get("entities") or [])]:
            triples.append([entity.get("start_offset"), entity.get("end_offset"),
                            _doccano_label(entity.get("label"), ctx)]
                           if isinstance(entity, dict) else entity)
    spans: Spans = []
    for triple in triples:
        if not isinstance(triple, (list, tuple)) or len(triple) != 3:
            ctx.bad(msg.ANN_BAD_SPAN.format(span=triple))
            continue
        start, end, label = triple
        if label is not None:
            spans.append((start, end, label, norms.get((start, end), ""), None))
    return text, spans


def _doccano_label(label: Any, ctx: Context) -> Any:
    """A doccano label: its name, or the name its numeric id has in the project's labels."""
    if isinstance(label, bool) or not isinstance(label, int):
        return label
    if str(label) in ctx.label_ids:
        return ctx.label_ids[str(label)]
    ctx.bad(msg.ANN_LABEL_ID.format(label=label))
    return None


# --- Prodigy -----------------------------------------------------------------------------------

def prodigy_record(record: dict[str, Any], ctx: Context) -> tuple[str, Spans] | None:
    """A Prodigy task or `db-out` record; not accepted ones are skipped."""
    if record.get("answer", "accept") != "accept":
        return None
    text = record.get("text")
    if not isinstance(text, str):
        ctx.bad(msg.ANN_NO_TEXT.format(keys="text"))
        return None
    if "spans" not in record:
        ctx.bad(msg.ANN_NO_SPANS.format(keys="spans", tool="Prodigy"))
        return None
    tokens = record.get("tokens") if isinstance(record.get("tokens"), list) else None
    spans: Spans = []
    for span in record.get("spans") or []:
        if not isinstance(span, dict) or not {"start", "end", "label"} <= set(span):
            ctx.bad(msg.ANN_BAD_SPAN.format(span=span))
            continue
        if tokens is not None and not _on_its_tokens(span, tokens, ctx):
            continue
        stated = span.get("text")
        spans.append((span["start"], span["end"], span["label"], str(span.get(NORM_FIELD) or ""),
                      stated if isinstance(stated, str) else None))
    return text, spans


def _on_its_tokens(span: dict[str, Any], tokens: list[Any], ctx: Context) -> bool:
    """Whether a span's token_start/token_end (when given) fall on its characters; else report."""
    first, last = span.get("token_start"), span.get("token_end")
    if first is None and last is None:
        return True
    try:
        begins, ends = tokens[first]["start"], tokens[last]["end"]
    except (IndexError, KeyError, TypeError):
        ctx.bad(msg.ANN_BAD_TOKENS.format(start=span["start"], end=span["end"], first=first, last=last))
        return False
    if (begins, ends) != (span["start"], span["end"]):
        ctx.bad(msg.ANN_OFF_TOKENS.format(start=span["start"], end=span["end"], first=first, last=last,
                                          begins=begins, ends=ends))
        return False
    return True
