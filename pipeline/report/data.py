"""Read what a report shows: an extract folder's tables and manifest, and the texts it was made from.

The tables are read through `partex.formats` (CSV, Parquet or JSON Lines, whichever the folder
holds). The texts are read again from the paths the manifest lists (or from `--texts`), with
`partex.inputs`, exactly as `partex extract` read them, so that the offsets agree; a text that
cannot be read, or that changed since the extraction, is shown without highlights and says why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .. import messages as msg
from ..columns import ERROR_COLUMNS, FACT_COLUMNS, GOLD_COLUMNS, INTEGER_COLUMNS, MENTION_COLUMNS, NETWORK_COLUMNS
from ..formats import find_table, format_for, read_mentions, read_table, unneutralise
from ..gold import extract_from_frame
from ..inputs import Source, discover, read_source
from ..messages import InputError, Problem

MANIFEST = "manifest.json"
# What a page shows from each mention row, in this order; and the columns the report keeps.
MENTION_FIELDS = ("start", "end", "label", "text", "norm", "source")
KEPT_COLUMNS = frozenset(("doc_id", "lang") + MENTION_FIELDS)
# What a page shows from each fact row.
FACT_FIELDS = ("doc_id", "fact", "type", "role", "norm", "evidence_start", "evidence_end", "source")
ERROR_STATUS = "error"


class Mention(NamedTuple):
    """One mention as a page shows it."""

    start: int
    end: int
    label: str
    text: str
    norm: str
    source: str


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
        raise _problem(path, msg.REPORT_NOT_MANIFEST)
    return data


def read_quickly(path: Path, columns: Sequence[str] = ()) -> pd.DataFrame:
    """`partex.formats.read_table`, by a quicker road for CSV.

    The registry's CSV reader is written in Python (it keeps each row's line for messages): about
    20 s for the 1.1 million mentions of 20 000 documents, half of what the report takes. pandas'
    C parser reads the same file in 2 s; its cells are then made what the registry's reader makes
    them (an empty cell is "", a neutralised formula loses its `'`), except that whole numbers
    stay text, which the report reads either way. A file the C parser cannot read is read by the
    registry's reader, which says what is wrong and on which line. (A candidate for formats.py.)
    """
    if format_for(path).name != "csv":
        return read_table(path, columns)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False,
                            encoding="utf-8-sig", skip_blank_lines=True)
    except (UnicodeDecodeError, ValueError, OSError, pd.errors.EmptyDataError):
        return read_table(path, columns)
    frame.columns = [str(c).strip() for c in frame.columns]
    frame = frame.fillna("")
    for column in frame.columns:
        if column not in INTEGER_COLUMNS and frame[column].str.startswith("'").any():
            frame[column] = [unneutralise(v) for v in frame[column]]
    return frame


def _optional_table(folder: Path, table: str, columns: Sequence[str],
                    required: Sequence[str]) -> pd.DataFrame | None:
    """A table of the folder in any format, or None when there is none; its columns checked."""
    path = find_table(folder, table)
    if path is None:
        return None
    frame = read_quickly(path, columns)
    missing = [c for c in required if c not in frame.columns]
    if missing and len(frame):
        raise _problem(path, msg.REPORT_MISSING_COLUMNS.format(columns=", ".join(missing)))
    if missing:  # an empty table written without a header: give it its columns
        frame = pd.DataFrame(columns=list(columns), dtype=object)
    return frame


def _checked_mentions(frame: pd.DataFrame, path: Path, full: bool) -> pd.DataFrame:
    """The mentions table checked as `partex evaluate` checks it (`full`), or quickly, only what
    the pages rely on: the gold columns there and whole-number offsets. Where the quick check
    fails, the full one runs and names every bad row."""
    frame = frame[[c for c in frame.columns if c in KEPT_COLUMNS]]  # a section per row is memory
    if not full and all(c in frame.columns for c in GOLD_COLUMNS):
        offsets = {c: pd.to_numeric(frame[c], errors="coerce") for c in ("start", "end")}
        if all(o.notna().all() and (o == o.round()).all() for o in offsets.values()):
            return frame.assign(**{column: values.astype("int64") for column, values in offsets.items()})
    return extract_from_frame(frame, path=path)


def load_extract_folder(folder: Path | str, *, full_check: bool = False) -> Extract:
    """Read an extract folder: mentions (required), facts, network, errors, manifest.json.

    `full_check`: check the mentions as `partex evaluate` does (needed to score them the same).
    Raises `InputError` naming the file and what is wrong.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise _problem(folder, msg.FOLDER_MISSING)
    manifest = _read_manifest(folder)
    path = find_table(folder, "mentions")
    if path is None:
        read_mentions(folder)  # raises the registry's message, naming the files looked for
        raise AssertionError("unreachable")
    frame = read_quickly(path, MENTION_COLUMNS)
    mentions = _checked_mentions(frame, path, full_check)
    facts = _optional_table(folder, "facts", FACT_COLUMNS, FACT_COLUMNS[:5] + ("evidence_start",))
    network = _optional_table(folder, "network", NETWORK_COLUMNS, NETWORK_COLUMNS[:4])
    errors = _optional_table(folder, "errors", ERROR_COLUMNS, ERROR_COLUMNS)
    empty_facts = pd.DataFrame(columns=list(FACT_COLUMNS), dtype=object)
    empty_errors = pd.DataFrame(columns=list(ERROR_COLUMNS), dtype=object)
    return Extract(folder, path, mentions, empty_facts if facts is None else facts, network,
                   empty_errors if errors is None else errors, manifest)


# --- documents --------------------------------------------------------------------------------

def _text_column(frame: pd.DataFrame, column: str, repeated: bool = False) -> list[str]:
    """A column as Python strings; `repeated` values (labels, sources) share one object each."""
    if column not in frame.columns:
        return [""] * len(frame)
    values = frame[column].fillna("").astype(str)
    if repeated:
        codes = values.astype("category").cat
        names = [str(name) for name in codes.categories]
        return [names[code] for code in codes.codes.tolist()]
    return values.tolist()


def document_entries(extract: Extract) -> list[dict[str, Any]]:
    """One record per document to show, in batch order: the manifest's extracted inputs, then any
    other doc_id the tables name (an extract without a manifest, or tables joined by hand)."""
    entries = [e for e in extract.inputs if e.get("status") != ERROR_STATUS and "doc_id" in e]
    known = {str(e["doc_id"]) for e in entries}
    named = dict.fromkeys([*extract.mentions["doc_id"], *extract.facts["doc_id"]])
    entries += [{"doc_id": str(d)} for d in named if str(d) not in known]
    return entries


def text_sources(texts: Path | None) -> dict[str, Source]:
    """doc_id → source for `--texts`, found as `partex extract` finds a folder's documents."""
    if texts is None:
        return {}
    return {s.doc_id: s for s in discover([str(texts)]) if not s.error}


def _read_text(entry: dict[str, Any], source: Source | None) -> tuple[str | None, str]:
    """The text of a document as extract read it, or None and why not."""
    if source is None:
        path = str(entry.get("path") or "")
        if not path or path == "-":
            return None, msg.REPORT_NO_TEXT
        fmt = str(entry.get("format") or "txt")
        source = Source(str(entry["doc_id"]), path, fmt)
    try:
        document = read_source(source)
    except InputError as err:
        return None, msg.REPORT_TEXT_UNREADABLE.format(problem=err.lines()[0])
    expected = entry.get("sha256")
    if expected and document.sha256 != expected:
        return document.text, msg.REPORT_TEXT_CHANGED.format(path=source.path)
    return document.text, ""


def _offsets_fit(text: str, mentions: Sequence[Mention]) -> bool:
    return all(text[m.start:m.end] == m.text for m in mentions)


@dataclass
class Grouped:
    """The tables' columns as lists, and where each document's rows are in them.

    A document's mentions and facts are built when its page is (in the worker writing it):
    building them all first took as long as reading the tables.
    """

    mention_columns: list[list[Any]]      # MENTION_FIELDS, in that order
    mention_rows: dict[str, Sequence[int]]
    fact_columns: dict[str, list[Any]]
    fact_rows: dict[str, Sequence[int]]
    langs: dict[str, str]

    def mentions(self, doc_id: str) -> list[Mention]:
        """The document's mentions, by offset."""
        columns = self.mention_columns
        return sorted(Mention._make([c[i] for c in columns]) for i in self.mention_rows.get(doc_id, ()))

    def facts(self, doc_id: str) -> list[dict[str, Any]]:
        """The document's fact rows, in the table's order."""
        return [{name: values[i] for name, values in self.fact_columns.items()}
                for i in self.fact_rows.get(doc_id, ())]


def _positions(frame: pd.DataFrame) -> dict[str, Sequence[int]]:
    if frame.empty:
        return {}
    return {str(k): v.tolist() for k, v in frame.groupby("doc_id", sort=False).indices.items()}


def group_rows(extract: Extract) -> Grouped:
    """Where each document's rows are (the frames can be let go afterwards)."""
    mentions, facts = extract.mentions, extract.facts
    columns = [mentions[c].tolist() for c in MENTION_FIELDS[:2]] + \
        [_text_column(mentions, c, repeated=c in ("label", "source")) for c in MENTION_FIELDS[2:]]
    positions = _positions(mentions)
    langs = _text_column(mentions, "lang", repeated=True)
    fact_columns = {c: facts[c].tolist() for c in facts.columns if c in FACT_FIELDS}
    return Grouped(columns, positions, fact_columns, _positions(facts),
                   {doc_id: langs[rows[0]] for doc_id, rows in positions.items()})


def iter_documents(grouped: Grouped, entries: Sequence[dict[str, Any]],
                   sources: Mapping[str, Source] | None = None, first: int = 1) -> Iterator[Document]:
    """The documents `entries` names (`document_entries`), numbered from `first`, with their
    mentions, facts and text (read from `sources`, `text_sources(--texts)`, else the manifest's
    paths)."""
    sources = sources or {}
    for number, entry in enumerate(entries, start=first):
        doc_id = str(entry["doc_id"])
        doc = Document(number, doc_id, path=str(entry.get("path") or ""),
                       lang=str(entry.get("lang") or grouped.langs.get(doc_id, "")),
                       publisher=str(entry.get("publisher") or ""),
                       mentions=grouped.mentions(doc_id), facts=grouped.facts(doc_id))
        doc.text, doc.note = _read_text(entry, sources.get(doc_id))
        if doc.text is None or doc.note:
            doc.highlight = False
        elif not _offsets_fit(doc.text, doc.mentions):
            doc.highlight = False
            doc.note = msg.REPORT_OFFSETS_OFF
        yield doc
