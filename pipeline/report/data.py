"""Read what a report shows: an extract folder's tables and manifest, and the texts it was made from.

The tables are read through `partex.formats` (CSV, Parquet or JSON Lines, whichever the folder
holds). The texts are read again from the paths the manifest lists (or from `--texts`), with
`partex.inputs`, exactly as `partex extract` read them, so that the offsets agree; a text that
cannot be read, or that changed since the extraction, is shown without highlights and says why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import messages as msg
from ..columns import ERROR_COLUMNS, FACT_COLUMNS, NETWORK_COLUMNS
from ..formats import find_table, read_mentions, read_table
from ..gold import extract_from_frame
from ..inputs import Source, discover, read_source
from ..messages import InputError, Problem

MANIFEST = "manifest.json"
# What a page shows from each mention row, in this order.
MENTION_FIELDS = ("start", "end", "label", "text", "norm", "source")
ERROR_STATUS = "error"


class Mention(tuple):
    """One mention: start, end, label, text, norm, source (a plain tuple, for speed at scale)."""

    __slots__ = ()
    start = property(lambda self: self[0])
    end = property(lambda self: self[1])
    label = property(lambda self: self[2])
    text = property(lambda self: self[3])
    norm = property(lambda self: self[4])
    source = property(lambda self: self[5])


@dataclass
class Document:
    """One document as its page shows it."""

    number: int  # 1, 2 … in the order of the batch: names the page, never the doc_id
    doc_id: str
    path: str = ""
    lang: str = ""
    publisher: str = ""
    text: str | None = None   # None when it could not be read again
    highlight: bool = True    # False when the text is not the one the offsets refer to
    note: str = ""            # why the text or its highlights are missing
    mentions: list[Mention] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Extract:
    """An extract folder's tables (facts, network, errors empty when absent) and manifest."""

    folder: Path
    mentions_path: Path
    mentions: pd.DataFrame
    facts: pd.DataFrame
    network: pd.DataFrame | None  # None: no network table, the report builds it from the facts
    errors: pd.DataFrame
    manifest: dict[str, Any]

    @property
    def inputs(self) -> list[dict[str, Any]]:
        """The manifest's record of each input, in batch order ([] without a manifest)."""
        return list(self.manifest.get("inputs") or [])


def _problem(path: Path, message: str) -> InputError:
    return InputError([Problem(str(path), None, message)])


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise _problem(path, msg.BAD_JSON.format(error=err)) from None
    if not isinstance(data, dict) or not isinstance(data.get("inputs", []), list):
        raise _problem(path, "not a partex manifest (expected an object with an inputs list)")
    return data


def _optional_table(folder: Path, table: str, columns: Sequence[str],
                    required: Sequence[str]) -> pd.DataFrame | None:
    """A table of the folder in any format, or None when there is none; its columns checked."""
    path = find_table(folder, table)
    if path is None:
        return None
    frame = read_table(path, columns)
    missing = [c for c in required if c not in frame.columns]
    if missing and len(frame):
        raise _problem(path, f"missing column(s) {', '.join(missing)}")
    if missing:  # an empty table written without a header: give it its columns
        frame = pd.DataFrame(columns=list(columns), dtype=object)
    return frame


def load_extract_folder(folder: Path | str) -> Extract:
    """Read an extract folder: mentions (required), facts, network, errors, manifest.json.

    Raises `InputError` naming the file and what is wrong.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise _problem(folder, msg.FOLDER_MISSING)
    manifest = _read_manifest(folder)
    path, frame = read_mentions(folder)
    mentions = extract_from_frame(frame, path=path)
    facts = _optional_table(folder, "facts", FACT_COLUMNS, FACT_COLUMNS[:5] + ("evidence_start",))
    network = _optional_table(folder, "network", NETWORK_COLUMNS, NETWORK_COLUMNS[:4])
    errors = _optional_table(folder, "errors", ERROR_COLUMNS, ERROR_COLUMNS)
    empty_facts = pd.DataFrame(columns=list(FACT_COLUMNS), dtype=object)
    empty_errors = pd.DataFrame(columns=list(ERROR_COLUMNS), dtype=object)
    return Extract(folder, path, mentions, empty_facts if facts is None else facts, network,
                   empty_errors if errors is None else errors, manifest)


# --- documents --------------------------------------------------------------------------------

def _mentions_by_doc(frame: pd.DataFrame) -> dict[str, list[Mention]]:
    columns = [frame[c].tolist() if c in frame.columns else [""] * len(frame) for c in MENTION_FIELDS]
    grouped: dict[str, list[Mention]] = {}
    for doc_id, *values in zip(frame["doc_id"].tolist(), *columns):
        values[5] = "" if values[5] is None else str(values[5])
        grouped.setdefault(doc_id, []).append(Mention(values))
    for mentions in grouped.values():
        mentions.sort()
    return grouped


def _facts_by_doc(frame: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in frame.to_dict("records"):
        grouped.setdefault(str(row["doc_id"]), []).append(row)
    return grouped


def document_entries(extract: Extract) -> list[dict[str, Any]]:
    """One record per document to show, in batch order: the manifest's extracted inputs, then any
    other doc_id the tables name (an extract without a manifest, or tables joined by hand)."""
    entries = [e for e in extract.inputs if e.get("status") != ERROR_STATUS and "doc_id" in e]
    known = {str(e["doc_id"]) for e in entries}
    named = dict.fromkeys([*extract.mentions["doc_id"], *extract.facts["doc_id"]])
    entries += [{"doc_id": str(d)} for d in named if str(d) not in known]
    return entries


def _text_sources(texts: Path | None) -> dict[str, Source]:
    """doc_id → source for `--texts`, found as `partex extract` finds a folder's documents."""
    if texts is None:
        return {}
    return {s.doc_id: s for s in discover([str(texts)]) if not s.error}


def _read_text(entry: dict[str, Any], source: Source | None) -> tuple[str | None, str]:
    """The text of a document as extract read it, or None and why not."""
    if source is None:
        path = str(entry.get("path") or "")
        if not path or path == "-":
            return None, "the text is not available (read from standard input or not listed)"
        fmt = str(entry.get("format") or "txt")
        source = Source(str(entry["doc_id"]), path, fmt)
    try:
        document = read_source(source)
    except InputError as err:
        return None, f"the text could not be read again: {err.lines()[0]} (use --texts FOLDER)"
    expected = entry.get("sha256")
    if expected and document.sha256 != expected:
        return document.text, f"{source.path} changed since the extraction: highlights are left out"
    return document.text, ""


def _offsets_fit(text: str, mentions: Sequence[Mention]) -> bool:
    return all(text[m.start:m.end] == m.text for m in mentions)


def iter_documents(extract: Extract, entries: Sequence[dict[str, Any]],
                   texts: Path | None = None) -> Iterator[Document]:
    """The documents `entries` names (`document_entries`), with mentions, facts and text."""
    mentions = _mentions_by_doc(extract.mentions)
    facts = _facts_by_doc(extract.facts)
    sources = _text_sources(texts)
    frame = extract.mentions
    langs = dict(zip(frame["doc_id"], frame["lang"])) if "lang" in frame.columns else {}
    for number, entry in enumerate(entries, start=1):
        doc_id = str(entry["doc_id"])
        doc = Document(number, doc_id, path=str(entry.get("path") or ""),
                       lang=str(entry.get("lang") or langs.get(doc_id, "")),
                       publisher=str(entry.get("publisher") or ""),
                       mentions=mentions.get(doc_id, []), facts=facts.get(doc_id, []))
        doc.text, doc.note = _read_text(entry, sources.get(doc_id))
        if doc.text is None or doc.note:
            doc.highlight = False
        elif not _offsets_fit(doc.text, doc.mentions):
            doc.highlight = False
            doc.note = "the text does not match the mentions' offsets: highlights are left out"
        yield doc
