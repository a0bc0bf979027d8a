"""The partnership network of a batch: one edge per pair of bodies and type, across documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations

from ..columns import NETWORK_COLUMNS

EDGE_TYPES = ("PARTNERSHIP", "AGREEMENT")


def fact_pairs(rows: Iterable[Mapping]) -> list[tuple[str, str, str, str]]:
    """(a, b, type, date) for every pair a document's fact rows state (FACTS.md pairing: a party
    with each partner, or every two parties), a < b; date: the fact's own date or ""."""
    facts: dict[str, dict] = {}
    for row in rows:
        if row["type"] in EDGE_TYPES:
            fact = facts.setdefault(row["fact"], {"type": row["type"], "party": [], "partner": [], "date": []})
            if row["role"] in ("party", "partner", "date"):
                fact[row["role"]].append(str(row["norm"]))
    out = []
    for fact in facts.values():
        parties, partners = fact["party"], fact["partner"]
        pairs = ({(a, b) for a in parties for b in partners} if partners
                 else set(combinations(dict.fromkeys(parties), 2)))
        for a, b in pairs:
            if a != b:
                lo, hi = sorted((a, b))
                out.extend((lo, hi, fact["type"], d) for d in (fact["date"] or [""]))
    return out


class Network:
    """Edges gathered document by document; `rows()` gives the network table.

    Each edge keeps counts and its first and last dates, not the documents or dates themselves,
    so that a batch's memory does not grow with the documents that state the same edges (a
    LocalCluster's client grew 1.3 KB per document with them). `add` is called once per
    document, as the batch writes documents one at a time.
    """

    def __init__(self) -> None:
        self._docs: dict[tuple[str, str, str], int] = defaultdict(int)
        self._last_doc: dict[tuple[str, str, str], str] = {}
        self._count: dict[tuple[str, str, str], int] = defaultdict(int)
        self._first: dict[tuple[str, str, str], str] = {}
        self._last: dict[tuple[str, str, str], str] = {}

    def add(self, doc_id: str, facts: Iterable[Mapping], doc_date: str = "") -> None:
        """Add the edges of one document's facts (`doc_date` dates those with no date of their own)."""
        for a, b, kind, date in fact_pairs(facts):
            key = (a, b, kind)
            if self._last_doc.get(key) != doc_id:
                self._last_doc[key] = doc_id
                self._docs[key] += 1
            self._count[key] += 1
            when = date or doc_date
            if when and when[0].isdigit():  # an ISO date or period, not `XXXX-07-30`
                self._first[key] = min(self._first.get(key, when), when)
                self._last[key] = max(self._last.get(key, when), when)

    def rows(self) -> list[dict]:
        """The network table (NETWORK_COLUMNS), sorted by pair and type."""
        rows = []
        for key in sorted(self._docs):
            rows.append(dict(zip(NETWORK_COLUMNS, (*key, self._docs[key], self._first.get(key, ""),
                                                   self._last.get(key, ""), self._count[key]))))
        return rows
