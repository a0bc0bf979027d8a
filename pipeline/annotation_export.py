"""Export an extract as pre-annotations each annotation tool loads as it is (`partex gold export`).

- **Label Studio**: tasks `{"data": {"text", "doc_id"}, "predictions": [{"model_version",
  "result"}]}`, what its documentation uses to import pre-annotations; each mention is a
  `labels` region, its norm a per-region `textarea` result named `norm` with the region's id.
- **doccano**: JSONL `{"doc_id", "text", "label": [[start, end, LABEL]], "norm": [[start, end,
  NORM]]}`, the sequence-labelling import shape (doccano keeps the extra keys as metadata).
- **Prodigy**: JSONL tasks for `ner.manual`: `text`, `tokens` (spaCy's tokenizer for the
  document's language, as Prodigy's own recipes tokenize), `spans` with `token_start` and
  `token_end` (inclusive), `meta.doc_id`, and `_input_hash` / `_task_hash`. A mention whose edge
  falls inside a token (partex finds `2019` in `mi-2019`) is not moved: that token is split at
  the edge, and the export says so (`notes`).

Importing an export back (`partex.annotations.import_annotations`) gives the same gold rows.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from . import __version__
from . import messages as msg
from .columns import GOLD_COLUMNS
from .messages import InputError

NORM_FIELD = "norm"  # Label Studio TextArea name, doccano extra key, Prodigy span key
LS_LABELS_FROM, LS_TEXT_TO = "label", "text"
MODEL_VERSION = f"partex {__version__}"


def _mentions_by_doc(mentions: pd.DataFrame, documents: Mapping[str, str]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {doc_id: [] for doc_id in documents}
    problems: list[str] = []
    langs = mentions["lang"] if "lang" in mentions.columns else [""] * len(mentions)
    for row, lang in zip(mentions[list(GOLD_COLUMNS)].itertuples(index=False), langs):
        doc_id = str(row.doc_id)
        if doc_id not in grouped:
            problems.append(msg.ANN_NO_DOCUMENT.format(doc_id=doc_id))
            continue
        norm = "" if row.norm is None or (isinstance(row.norm, float) and row.norm != row.norm) else str(row.norm)
        grouped[doc_id].append({"start": int(row.start), "end": int(row.end), "label": str(row.label),
                                "norm": norm, "lang": str(lang or "")})
    if problems:
        raise InputError(sorted(set(problems)))
    for spans in grouped.values():
        spans.sort(key=lambda s: (s["start"], s["end"], s["label"]))
    return grouped


def export_labelstudio(mentions: pd.DataFrame, documents: Mapping[str, str],
                       notes: list[str]) -> list[dict[str, Any]]:
    """Label Studio tasks, one per document, the mentions as a prediction to correct."""
    tasks = []
    for doc_id, spans in sorted(_mentions_by_doc(mentions, documents).items()):
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
        tasks.append({"data": {"text": text, "doc_id": doc_id},
                      "predictions": [{"model_version": MODEL_VERSION, "result": result}]})
    return tasks


def export_doccano(mentions: pd.DataFrame, documents: Mapping[str, str],
                   notes: list[str]) -> list[dict[str, Any]]:
    """doccano JSONL records, one per document, `norm` in an extra key."""
    out = []
    for doc_id, spans in sorted(_mentions_by_doc(mentions, documents).items()):
        out.append({"doc_id": doc_id, "text": documents[doc_id],
                    "label": [[s["start"], s["end"], s["label"]] for s in spans],
                    NORM_FIELD: [[s["start"], s["end"], s["norm"]] for s in spans if s["norm"]]})
    return out


# --- Prodigy -----------------------------------------------------------------------------------

def prodigy_hash(*parts: object) -> int:
    """A stable signed 32-bit hash of JSON values, the type Prodigy's `_input_hash` and
    `_task_hash` hold (Prodigy recomputes its own only when a task has none)."""
    data = json.dumps(parts, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:4], "big", signed=True)


@functools.cache
def _tokenizer(lang: str) -> Any:
    import spacy

    from .language import pipeline_language

    return spacy.blank(pipeline_language(lang)).tokenizer


def prodigy_tokens(text: str, lang: str, edges: Iterable[int]) -> tuple[list[dict[str, Any]], list[int]]:
    """Prodigy's tokens of `text`, split where an edge falls inside one; and those edges."""
    cuts = set(edges)
    tokens: list[dict[str, Any]] = []
    split: list[int] = []
    for token in _tokenizer(lang)(text):
        start, end = token.idx, token.idx + len(token)
        inner = sorted(c for c in cuts if start < c < end)
        split.extend(inner)
        bounds = [start, *inner, end]
        for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
            last = i == len(bounds) - 2
            tokens.append({"text": text[a:b], "start": a, "end": b, "id": len(tokens),
                           "ws": bool(token.whitespace_) if last else False})
    return tokens, split


def export_prodigy(mentions: pd.DataFrame, documents: Mapping[str, str],
                   notes: list[str]) -> list[dict[str, Any]]:
    """Prodigy `ner.manual` tasks, one per document: tokens, spans with token indices, hashes."""
    from .language import detect_language

    out = []
    problems: list[str] = []
    for doc_id, spans in sorted(_mentions_by_doc(mentions, documents).items()):
        text = documents[doc_id]
        lang = next((s["lang"] for s in spans if s["lang"]), "") or detect_language(text)
        tokens, split = prodigy_tokens(text, lang, (e for s in spans for e in (s["start"], s["end"])))
        starts = {t["start"]: t["id"] for t in tokens}
        ends = {t["end"]: t["id"] for t in tokens}
        task_spans = []
        for s in spans:
            if s["start"] not in starts or s["end"] not in ends:
                problems.append(msg.ANN_SPAN_IN_SPACE.format(doc_id=doc_id, start=s["start"], end=s["end"]))
                continue
            task_spans.append({"start": s["start"], "end": s["end"], "label": s["label"],
                               "token_start": starts[s["start"]], "token_end": ends[s["end"]],
                               NORM_FIELD: s["norm"], "text": text[s["start"]:s["end"]]})
        notes.extend(msg.ANN_TOKEN_SPLIT.format(doc_id=doc_id, offset=c) for c in split)
        out.append({"text": text, "meta": {"doc_id": doc_id}, "_input_hash": prodigy_hash(text),
                    "_task_hash": prodigy_hash(text, task_spans), "tokens": tokens,
                    "spans": task_spans, "_view_id": "ner_manual"})
    if problems:
        raise InputError(problems)
    return out


_EXPORTERS = {"labelstudio": export_labelstudio, "doccano": export_doccano, "prodigy": export_prodigy}


def export_annotations(fmt: str, mentions: pd.DataFrame, documents: Mapping[str, str],
                       notes: list[str] | None = None) -> list[dict[str, Any]]:
    """An extract as records of `fmt`, every document of `documents` included; what the export
    had to say (a token split at a mention's edge) is added to `notes`."""
    from .annotations import FORMATS

    if fmt not in _EXPORTERS:
        raise InputError([msg.ANN_UNKNOWN_FORMAT.format(fmt=fmt, known=", ".join(FORMATS))])
    return _EXPORTERS[fmt](mentions, documents, notes if notes is not None else [])


def dumps_annotations(fmt: str, records: Iterable[dict[str, Any]]) -> str:
    """The text of an export file: a JSON list for Label Studio, JSONL for the others."""
    records = list(records)
    if fmt == "labelstudio":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
