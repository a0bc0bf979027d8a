"""Scores of the learned ORG-or-OPERATION decision on one set, beside the rules alone.

The set was extracted once with the rules (`train_labels.collect`); a decision only relabels the
entities it changes, as the stage would, so each threshold is scored without extracting again:
exact-span F1 per label, core and extended (as `partex evaluate`'s strict scheme counts), and
the facts stage's tuple F1 over the relabelled mentions.
"""

from __future__ import annotations

from ..columns import CORE_LABELS, EXTENDED_LABELS
from ..facts import fact_rows, find_facts
from ..facts.score import score_facts

METRICS = ("ORG", "OPERATION", "core", "ext", "facts")
_SCOPES = {"ORG": ("ORG",), "OPERATION": ("OPERATION",), "core": CORE_LABELS, "ext": EXTENDED_LABELS}


def _f1(pred: set, gold: set) -> float:
    tp = len(pred & gold)
    return 2 * tp / (len(pred) + len(gold)) if pred or gold else 1.0


class Scorer:
    """One set's gold and rules-alone extraction; `compare` scores a decision against the rules."""

    def __init__(self, data: dict) -> None:
        self.name, self.docs, self.facts = data["name"], data["docs"], data["facts"]
        self.gold = {(r["doc_id"], int(r["start"]), int(r["end"]), r["label"]) for r in data["gold"]
                     if r["doc_id"] in self.docs}
        self._facts_cache: dict = {}
        self.rules = self._scores({d: () for d in self.docs})

    def _mentions(self, doc_id: str, changed: tuple) -> list:
        doc = self.docs[doc_id]
        relabel = {}
        for k, label in changed:
            for start, end, as_org, as_op in doc["entities"][k]["members"]:
                relabel[(start, end)] = (label, as_op if label == "OPERATION" else as_org)
        out = []
        for ref in doc["inputs"]["mentions"]:
            new = relabel.get((ref.start, ref.end))
            out.append(ref._replace(label=new[0], norm=new[1]) if new and new[0] != ref.label else ref)
        return out

    def _fact_rows(self, doc_id: str, changed: tuple) -> list[dict]:
        key = (doc_id, changed)
        if key not in self._facts_cache:
            inputs = {**self.docs[doc_id]["inputs"], "mentions": self._mentions(doc_id, changed)}
            facts, _ = find_facts(**inputs)
            self._facts_cache[key] = [{"doc_id": doc_id, **r} for r in fact_rows(facts, doc_id, inputs["text"])]
        return self._facts_cache[key]

    def _scores(self, changes: dict[str, tuple]) -> dict[str, float]:
        pred = {(d, m.start, m.end, m.label) for d in self.docs for m in self._mentions(d, changes[d])}
        out = {name: _f1({p for p in pred if p[3] in labels}, {g for g in self.gold if g[3] in labels})
               for name, labels in _SCOPES.items()}
        rows = [r for d in sorted(self.docs) for r in self._fact_rows(d, changes[d])]
        out["facts"] = score_facts(self.facts, rows, sorted(self.docs)).micro.f1 if self.facts else 0.0
        return out

    def changes(self, probabilities: dict[str, list[float]], up: float, down: float) -> dict[str, tuple]:
        """doc_id → the (entity index, new label) a decision at these thresholds makes."""
        out = {}
        for d, doc in self.docs.items():
            changed = []
            for k, (e, p) in enumerate(zip(doc["entities"], probabilities[d])):
                if e["known"]:
                    continue
                if e["label"] == "ORG" and p >= up and not e["evidence"]:
                    changed.append((k, "OPERATION"))
                elif e["label"] == "OPERATION" and p <= down:
                    changed.append((k, "ORG"))
            out[d] = tuple(changed)
        return out

    def compare(self, probabilities: dict[str, list[float]], up: float, down: float) -> dict:
        """The set's row: each metric with the rules alone and with the decision."""
        changes = self.changes(probabilities, up, down)
        learned = self._scores(changes)
        row: dict = {"set": self.name, "changed": sum(len(c) for c in changes.values())}
        for name in METRICS:
            row[f"{name}_rules"], row[f"{name}_learned"] = round(self.rules[name], 4), round(learned[name], 4)
        return row


def mean_rows(rows: list[dict]) -> dict[str, float]:
    """The mean change (learned − rules) of each metric over the sets."""
    if not rows:
        return {name: 0.0 for name in METRICS}
    return {name: sum(r[f"{name}_learned"] - r[f"{name}_rules"] for r in rows) / len(rows) for name in METRICS}


def print_table(rows: list[dict]) -> None:
    """One line per set: rules → learned for each metric, then the mean change."""
    print("set       changed  " + "  ".join(f"{m:>15}" for m in METRICS))
    for r in rows:
        cells = "  ".join(f"{r[f'{m}_rules']:.3f}→{r[f'{m}_learned']:.3f}".rjust(15) for m in METRICS)
        print(f"{r['set']:<9} {r['changed']:>7}  {cells}")
    mean = mean_rows(rows)
    print("mean change       " + "  ".join(f"{mean[m]:+15.4f}" for m in METRICS))
