"""What travels between the parent and the workers: tasks out, one typed result back per document.

Results are small picklable dataclasses, one type per outcome, so the parent never parses a
status string. `journal_record` gives the line `--resume` reads, whose format does not change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..inputs import Source

# A document to read and, when a run in the journal extracted it, the SHA-256 of its bytes then.
Task = list[tuple[Source, str | None]]

OK, SKIPPED, ERROR = "ok", "skipped", "error"  # statuses in the journal and the manifest


@dataclass(frozen=True)
class _Read:
    """What every document read and extracted has: where it came from, what it is."""

    doc_id: str
    path: str
    fmt: str
    sha256: str
    lang: str
    words: int


@dataclass(frozen=True)
class Extracted(_Read):
    """A document extracted: its rows (sorted by offsets) and entities, ready for the tables."""

    rows: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    facts: list[dict[str, Any]] = field(default_factory=list)
    publisher: str = ""
    date: str = ""  # the document's own date, for the network's dates

    @property
    def n_mentions(self) -> int:
        """How many mention rows the document has."""
        return len(self.rows)

    def journal_record(self) -> dict[str, Any]:
        """The journal line of this document (the on-disk format `--resume` reads)."""
        return {"doc_id": self.doc_id, "path": self.path, "fmt": self.fmt, "sha256": self.sha256,
                "status": OK, "lang": self.lang, "words": self.words, "rows": self.rows,
                "entities": self.entities, "facts": self.facts, "publisher": self.publisher,
                "date": self.date}

    @classmethod
    def from_journal(cls, record: dict[str, Any], *, path: str) -> Extracted:
        """A document extracted by an earlier run, read back from its journal line, now at `path`."""
        return cls(doc_id=record["doc_id"], path=path, fmt=record.get("fmt", ""),
                   sha256=record.get("sha256", ""), lang=record.get("lang", ""),
                   words=record.get("words", 0), rows=record["rows"], entities=record["entities"],
                   facts=record.get("facts", []), publisher=record.get("publisher", ""),
                   date=record.get("date", ""))


@dataclass(frozen=True)
class Encoded(_Read):
    """A document extracted, its rows already encoded by the worker (`parts.encode`): its journal
    line and, per (table, format), the chunk the table's writer appends. The facts stay rows:
    the network is built from them once every document is in."""

    n_mentions: int
    facts: list[dict[str, Any]]
    publisher: str
    date: str
    journal: bytes
    chunks: dict[tuple[str, str], tuple[Any, int]]  # (table, format) -> (chunk, rows)


@dataclass(frozen=True)
class Failed:
    """A document that could not be processed, and why (a row of errors.csv).

    `sha256` is empty when the input could not be read or decoded; `lang` is None when the
    failure came before language detection.
    """

    doc_id: str
    path: str
    fmt: str
    reason: str
    sha256: str = ""
    lang: str | None = None

    def journal_record(self) -> dict[str, Any]:
        """The journal line of this document."""
        record = {"doc_id": self.doc_id, "path": self.path, "fmt": self.fmt, "sha256": self.sha256,
                  "status": ERROR, "reason": self.reason}
        if self.lang is not None:
            record["lang"] = self.lang
        return record


@dataclass(frozen=True)
class Skipped:
    """A document whose bytes have not changed since a run in the journal extracted them."""

    doc_id: str
    path: str
    sha256: str


Result = Extracted | Encoded | Failed | Skipped
