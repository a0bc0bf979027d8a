"""Score facts as tuples (FACTS.md, "Scoring"): precision, recall and F1 per type and overall,
the share of exact facts, and the mean of per-document F1.

Plain Python: the tuples are sets per document, and no scoring library scores relation tuples
with FACTS.md's pairing rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

from .model import FACT_TYPES

Tuple = tuple  # (type, ...) hashable


def fold_value(value: object) -> str:
    """A value as norms are compared: case, spaces and apostrophes folded."""
    return " ".join(str(value).replace("\u2019", "'").split()).casefold()


def _pairs(roles: Mapping[str, list[str]]) -> set[frozenset[str]]:
    parties, partners = roles.get("party", []), roles.get("partner", [])
    if partners:
        pairs = {frozenset((a, b)) for a in parties for b in partners}
    else:
        pairs = {frozenset(pair) for pair in combinations(dict.fromkeys(parties), 2)}
    return {p for p in pairs if len(p) == 2}


def fact_tuples(kind: str, roles: Mapping[str, list[str]]) -> set[Tuple]:
    """The tuples one fact gives, its values already folded."""
    if kind in ("PARTNERSHIP", "AGREEMENT"):
        pairs = _pairs(roles)
        extra = "framework" if kind == "PARTNERSHIP" else "instrument"
        found: set[Tuple] = set()
        for pair in pairs:
            key = tuple(sorted(pair))
            if kind == "AGREEMENT":
                found.update((kind, key, "date", d) for d in (roles.get("date") or [""]))
            else:
                found.add((kind, key))
            found.update((kind, key, extra, v) for v in roles.get(extra, []))
        return found
    if kind == "OPERATION":
        return {(kind, op, role, v) for op in roles.get("operation", [])
                for role, values in roles.items() for v in values}
    if kind == "MEMBERSHIP":
        return {(kind, body, role, v) for body in roles.get("body", [])
                for role in ("member", "size") for v in roles.get(role, [])}
    return set()


@dataclass(frozen=True)
class FactRecord:
    """A fact as scoring sees it: document, id, type and role → folded values."""

    doc_id: str
    fact: str
    type: str
    roles: Mapping[str, list[str]]

    @property
    def tuples(self) -> set[Tuple]:
        """The tuples this fact gives."""
        return fact_tuples(self.type, self.roles)


def records(rows: Iterable[Mapping[str, object]]) -> list[FactRecord]:
    """Group fact rows (doc_id, fact, type, role, norm) into facts, values folded."""
    grouped: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (str(row["doc_id"]), str(row["fact"]))
        entry = grouped.setdefault(key, {"type": str(row["type"]), "roles": defaultdict(list)})
        value = fold_value(row["norm"])
        if value not in entry["roles"][str(row["role"])]:
            entry["roles"][str(row["role"])].append(value)
    return [FactRecord(doc, fact, e["type"], dict(e["roles"])) for (doc, fact), e in grouped.items()]


@dataclass
class Counts:
    """True positives, predicted and gold tuples."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 6), "recall": round(self.recall, 6),
                "f1": round(self.f1, 6), "tp": self.tp, "predicted": self.pred, "gold": self.gold}


@dataclass
class FactReport:
    """Scores of predicted facts against gold facts."""

    micro: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)
    exact: int = 0            # predicted facts whose every tuple is in the gold
    predicted_facts: int = 0
    doc_f1: dict[str, float] = field(default_factory=dict)
    missed: list[tuple[str, Tuple]] = field(default_factory=list)
    spurious: list[tuple[str, Tuple]] = field(default_factory=list)

    @property
    def exact_share(self) -> float:
        """Share of predicted facts that are exact."""
        return self.exact / self.predicted_facts if self.predicted_facts else 0.0

    @property
    def mean_doc_f1(self) -> float:
        """Mean of the per-document F1 (a document with neither gold nor predicted tuples: 1.0)."""
        return sum(self.doc_f1.values()) / len(self.doc_f1) if self.doc_f1 else 0.0

    def to_dict(self) -> dict[str, object]:
        return {"micro": self.micro.to_dict(),
                "per_type": {t: c.to_dict() for t, c in self.per_type.items()},
                "exact_facts": round(self.exact_share, 6), "predicted_facts": self.predicted_facts,
                "mean_document_f1": round(self.mean_doc_f1, 6)}


def score_facts(gold_rows: Iterable[Mapping[str, object]], pred_rows: Iterable[Mapping[str, object]],
                doc_ids: Iterable[str] | None = None) -> FactReport:
    """Score predicted fact rows against gold fact rows over `doc_ids` (default: the gold's)."""
    gold, pred = records(gold_rows), records(pred_rows)
    docs = list(doc_ids) if doc_ids is not None else sorted({f.doc_id for f in gold})
    wanted = set(docs)
    gold_sets: dict[str, set[Tuple]] = defaultdict(set)
    pred_sets: dict[str, set[Tuple]] = defaultdict(set)
    for fact in gold:
        if fact.doc_id in wanted:
            gold_sets[fact.doc_id] |= fact.tuples
    report = FactReport(per_type={t: Counts() for t in FACT_TYPES})
    for fact in pred:
        if fact.doc_id not in wanted:
            continue
        tuples = fact.tuples
        pred_sets[fact.doc_id] |= tuples
        report.predicted_facts += 1
        report.exact += bool(tuples) and tuples <= gold_sets[fact.doc_id]
    for doc_id in docs:
        g, p = gold_sets[doc_id], pred_sets[doc_id]
        doc = Counts(len(g & p), len(p), len(g))
        report.doc_f1[doc_id] = 1.0 if not g and not p else doc.f1
        for kind in FACT_TYPES:
            gk = {t for t in g if t[0] == kind}
            pk = {t for t in p if t[0] == kind}
            counts = report.per_type[kind]
            counts.tp += len(gk & pk)
            counts.pred += len(pk)
            counts.gold += len(gk)
        report.missed.extend((doc_id, t) for t in sorted(g - p, key=repr))
        report.spurious.extend((doc_id, t) for t in sorted(p - g, key=repr))
    report.micro = Counts(sum(c.tp for c in report.per_type.values()),
                          sum(c.pred for c in report.per_type.values()),
                          sum(c.gold for c in report.per_type.values()))
    return report
