"""Recall on names no gazetteer holds: the number that says whether partex generalises.

A gold mention of a name label (ORG, INSTRUMENT, OPERATION, PERSON, LOCATION) is *unlisted*
when neither its norm nor its text is a name or id the patterns folder holds for that label,
in any language. Countries (pycountry knows them all) and values (dates, figures,
resolutions) are not names in this sense. Its recall is counted strictly (same span and
label) and leniently (an overlapping prediction with the same label), over all such mentions
and per label.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .gazetteer import Gazetteer
from .text import fold

NAME_LABELS = ("ORG", "INSTRUMENT", "OPERATION", "PERSON", "LOCATION")
# id tables of the gazetteer: label → the Gazetteer attribute holding its ids and names
_ID_TABLES = {"ORG": "organisations", "INSTRUMENT": "instruments", "OPERATION": "operations",
              "PERSON": "people"}


class SpanLike(Protocol):
    """What a gold or predicted mention offers (`evaluate.Span`)."""

    start: int
    end: int
    label: str
    norm: str
    text: str


def _key(name: str) -> str:
    return " ".join(fold(name).lower().split())


@dataclass(frozen=True)
class KnownNames:
    """Every name and id a patterns folder holds, by label, folded and lower-cased."""

    by_label: Mapping[str, frozenset[str]]

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer) -> KnownNames:
        """The ids, official names and aliases of every language, per name label."""
        names: dict[str, set[str]] = {label: set() for label in NAME_LABELS}
        for label, table in _ID_TABLES.items():
            for ident, record in getattr(gazetteer, table).items():
                names[label].update((_key(ident), _key(record["name"])))
        for alias in gazetteer.aliases:
            if alias.label in names:
                names[alias.label].update((_key(alias.alias), _key(alias.id)))
        return cls({label: frozenset(found) for label, found in names.items()})

    def holds(self, label: str, norm: str, text: str) -> bool:
        """Whether the gazetteer knows this mention's norm or text as a name of `label`."""
        known = self.by_label.get(label, frozenset())
        return _key(norm) in known or _key(text) in known


@dataclass(frozen=True)
class Recall:
    """How many unlisted gold mentions there are and how many were found."""

    total: int = 0
    strict: int = 0   # same span and label
    overlap: int = 0  # an overlapping prediction with the same label (strict ones included)

    @property
    def strict_recall(self) -> float:
        """strict / total (0.0 when there is nothing to find)."""
        return self.strict / self.total if self.total else 0.0

    @property
    def overlap_recall(self) -> float:
        """overlap / total (0.0 when there is nothing to find)."""
        return self.overlap / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The counts and the two recalls as plain values."""
        return {"total": self.total, "strict": self.strict, "overlap": self.overlap,
                "strict_recall": self.strict_recall, "overlap_recall": self.overlap_recall}


@dataclass(frozen=True)
class UnlistedScore:
    """Recall on unlisted gold mentions: over all name labels, and per label."""

    micro: Recall
    per_label: dict[str, Recall] = field(default_factory=dict)
    missed: tuple[tuple[str, str, str], ...] = ()  # (doc_id, label, text) not found strictly

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain values (for `--json`)."""
        return {"labels": list(NAME_LABELS), "micro": self.micro.to_dict(),
                "per_label": {label: r.to_dict() for label, r in self.per_label.items()},
                "missed": [list(m) for m in self.missed]}


def unlisted_recall(gold: Mapping[str, list[SpanLike]], pred: Mapping[str, list[SpanLike]],
                    doc_ids: Iterable[str], known: KnownNames) -> UnlistedScore:
    """Recall on the gold names `known` does not hold, in the documents `doc_ids`."""
    counts: dict[str, list[int]] = {label: [0, 0, 0] for label in NAME_LABELS}
    missed: list[tuple[str, str, str]] = []
    for doc_id in doc_ids:
        predicted = pred.get(doc_id, [])
        exact = {(p.start, p.end, p.label) for p in predicted}
        for g in gold.get(doc_id, []):
            if g.label not in counts or known.holds(g.label, g.norm, g.text):
                continue
            row = counts[g.label]
            row[0] += 1
            if (g.start, g.end, g.label) in exact:
                row[1] += 1
            else:
                missed.append((doc_id, g.label, g.text))
            if any(p.label == g.label and p.start < g.end and g.start < p.end for p in predicted):
                row[2] += 1
    per_label = {label: Recall(*row) for label, row in counts.items() if row[0]}
    micro = Recall(*(sum(r[i] for r in counts.values()) for i in range(3)))
    return UnlistedScore(micro, per_label, tuple(missed))


def unlisted_table(score: UnlistedScore) -> Any:
    """A rich table of the recall on names no gazetteer holds, per label and in all."""
    from rich.table import Table  # rendering only; the scores need no rich

    table = Table(title="Names outside the gazetteers (recall)")
    for column in ("label", "gold", "strict R", "overlap R"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, recall in [*score.per_label.items(), ("all", score.micro)]:
        present = recall.total > 0
        table.add_row(label, str(recall.total),
                      f"{recall.strict_recall:.3f}" if present else "–",
                      f"{recall.overlap_recall:.3f}" if present else "–",
                      style="bold" if label == "all" else None)
    return table
