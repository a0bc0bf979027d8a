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
    """Edges gathered document by document; `rows()` gives the network table."""

    def __init__(self) -> None:
        self._docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self._count: dict[tuple[str, str, str], int] = defaultdict(int)
        self._dates: dict[tuple[str, str, str], list[str]] = defaultdict(list)

    def add(self, doc_id: str, facts: Iterable[Mapping], doc_date: str = "") -> None:
        """Add the edges of one document's facts (`doc_date` dates those with no date of their own)."""
        for a, b, kind, date in fact_pairs(facts):
            key = (a, b, kind)
            self._docs[key].add(doc_id)
            self._count[key] += 1
            if date or doc_date:
                self._dates[key].append(date or doc_date)

    def rows(self) -> list[dict]:
        """The network table (NETWORK_COLUMNS), sorted by pair and type."""
        rows = []
        for key in sorted(self._docs):
            dates = sorted(d for d in self._dates.get(key, []) if d and d[0].isdigit())
            rows.append(dict(zip(NETWORK_COLUMNS, (*key, len(self._docs[key]),
                                                   dates[0] if dates else "", dates[-1] if dates else "",
                                                   self._count[key]))))
        return rows
