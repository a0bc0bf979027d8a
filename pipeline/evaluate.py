"""Score an extract against a gold file: SemEval 2013 schemes, normalisation accuracy, a diff.

The four schemes are nervaluate's (strict, exact, partial, type), computed per label and
micro-averaged over the core labels, the extended labels and all labels. Only documents named
in the gold file are scored; predictions on other documents are counted as ignored, so the
same extract scores the same with or without the corpus texts at hand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd
from nervaluate import Evaluator

from .columns import CORE_LABELS, EXTENDED_LABELS, LABELS
from .evaluate_diff import CONTEXT_CHARS, DIFF_KINDS, DiffRecord, Span, context, diff_document  # noqa: F401
from .unlisted import KnownNames, UnlistedScore, unlisted_recall

SCHEMES = ("strict", "exact", "partial", "type")
# our scheme name -> nervaluate's
_NERVALUATE = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}
SCOPES: dict[str, tuple[str, ...]] = {"core": CORE_LABELS, "extended": EXTENDED_LABELS, "all": LABELS}
MEASURES = ("precision", "recall", "f1")
NORM_ACCURACY = "norm_accuracy"
METRICS = tuple(f"{s}_{m}" for s in SCHEMES for m in MEASURES) + (NORM_ACCURACY,)

def metric_name(metric: str) -> str:
    """A metric id as people read it: `strict_f1` → `strict F1`, `norm_accuracy` → `norm accuracy`."""
    if metric == NORM_ACCURACY:
        return "norm accuracy"
    scheme, _, measure = metric.partition("_")
    return f"{scheme} {'F1' if measure == 'f1' else measure}"


# --- results ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    """Counts and P/R/F1 of one scheme, as nervaluate computes them."""

    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0
    possible: int = 0  # gold mentions
    actual: int = 0  # predicted mentions
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0

    @property
    def present(self) -> bool:
        """Whether there was anything to score (a gold or a predicted mention)."""
        return self.possible > 0 or self.actual > 0

    def to_dict(self) -> dict[str, Any]:
        """The counts and measures as plain values."""
        return asdict(self)


@dataclass(frozen=True)
class NormScore:
    """Normalisation accuracy: of the strict matches, how many carry the gold `norm`."""

    matched: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        """correct / matched; 0.0 when nothing matched."""
        return self.correct / self.matched if self.matched else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The counts and the accuracy as plain values."""
        return {"matched": self.matched, "correct": self.correct, "accuracy": self.accuracy}


@dataclass
class ScopeResult:
    """Scores over one set of labels: micro-averages, and per label."""

    name: str
    labels: tuple[str, ...]
    micro: dict[str, Score]
    norm: NormScore
    per_label: dict[str, dict[str, Score]] = field(default_factory=dict)
    norm_per_label: dict[str, NormScore] = field(default_factory=dict)

    @property
    def present(self) -> bool:
        """Whether any gold or predicted mention has a label of this scope."""
        return self.micro["strict"].present

    def metrics(self) -> dict[str, float]:
        """The micro-averaged metrics by id (`strict_f1`, `norm_accuracy` ...).

        `norm_accuracy` is left out when no mention matched strictly.
        """
        return _metrics(self.micro, self.norm)

    def label_metrics(self, label: str) -> dict[str, float]:
        """One label's metrics by id."""
        return _metrics(self.per_label[label], self.norm_per_label[label])

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain values."""
        return {
            "labels": list(self.labels),
            "micro": {s: score.to_dict() for s, score in self.micro.items()},
            "norm": self.norm.to_dict(),
            "per_label": {
                label: {"schemes": {s: sc.to_dict() for s, sc in schemes.items()},
                        "norm": self.norm_per_label[label].to_dict()}
                for label, schemes in self.per_label.items()
            },
        }


def _metrics(schemes: Mapping[str, Score], norm: NormScore) -> dict[str, float]:
    out = {f"{s}_{m}": float(getattr(schemes[s], m)) for s in SCHEMES for m in MEASURES}
    if norm.matched:  # with no strict match there is no norm to measure
        out[NORM_ACCURACY] = norm.accuracy
    return out


@dataclass
class Report:
    """The result of `evaluate`: scores per scope, per document, and the disagreements."""

    scopes: dict[str, ScopeResult]
    by_doc: dict[str, dict[str, ScopeResult]]
    diff: list[DiffRecord]
    documents: int
    ignored_predictions: int
    unlisted: UnlistedScore | None = None  # recall on names no gazetteer holds (when known)

    def metrics(self) -> dict[str, Any]:
        """Every metric by scope and by label, as `check` and the baseline file use them.

        `{"core": {"strict_f1": ...}, "extended": {...}, "all": {...}, "labels": {"ORG": {...}}}`;
        a scope or label with no gold and no predicted mention is left out.
        """
        out: dict[str, Any] = {name: scope.metrics() for name, scope in self.scopes.items() if scope.present}
        every = self.scopes["all"]
        out["labels"] = {label: every.label_metrics(label) for label in every.labels
                         if every.per_label[label]["strict"].present}
        return out

    def to_dict(self, *, include_diff: bool = False, include_by_doc: bool = False) -> dict[str, Any]:
        """The report as plain values (for `--json`)."""
        out: dict[str, Any] = {
            "documents": self.documents,
            "ignored_predictions": self.ignored_predictions,
            "scopes": {name: scope.to_dict() for name, scope in self.scopes.items()},
        }
        if self.unlisted is not None:
            out["unlisted"] = self.unlisted.to_dict()
        if include_by_doc:
            out["by_doc"] = {
                doc_id: {name: {"micro": {s: sc.to_dict() for s, sc in scope.micro.items()},
                                "norm": scope.norm.to_dict()} for name, scope in scopes.items()}
                for doc_id, scopes in self.by_doc.items()
            }
        if include_diff:
            out["diff"] = [record.to_dict() for record in self.diff]
        return out


# --- building the inputs ------------------------------------------------------------------------

def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def spans_by_doc(df: pd.DataFrame) -> dict[str, list[Span]]:
    """Group a gold or mentions table into sorted spans per doc_id."""
    grouped: dict[str, list[Span]] = defaultdict(list)
    columns = ["doc_id", "start", "end", "label", "norm", "text"]
    for doc_id, start, end, label, norm, text in df[columns].itertuples(index=False, name=None):
        grouped[_text(doc_id)].append(
            Span(int(start), int(end), _text(label).strip(), _text(norm).strip(), _text(text)))
    return {doc_id: sorted(spans) for doc_id, spans in grouped.items()}


def _nervaluate_docs(spans: Mapping[str, list[Span]], doc_ids: Iterable[str]) -> list[list[dict[str, Any]]]:
    # nervaluate's ends are inclusive: adjacent spans [0, 3) and [3, 5) must not overlap
    return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in spans.get(d, [])] for d in doc_ids]


def _score(result: Any) -> Score:
    return Score(result.correct, result.incorrect, result.partial, result.missed, result.spurious,
                 result.possible, result.actual, float(result.precision), float(result.recall), float(result.f1))


def scheme_scores(
    gold: Mapping[str, list[Span]], pred: Mapping[str, list[Span]], doc_ids: list[str], labels: tuple[str, ...]
) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """nervaluate's four schemes over `labels`: micro-averaged, and per label.

    Per label, nervaluate compares only mentions of that label, so a wrong label is a false
    positive of the predicted label and a miss of the gold one.
    """
    empty = {scheme: Score() for scheme in SCHEMES}
    if not doc_ids:
        return dict(empty), {label: dict(empty) for label in labels}
    evaluator = Evaluator(_nervaluate_docs(gold, doc_ids), _nervaluate_docs(pred, doc_ids),
                          tags=list(labels), loader="dict")
    results = evaluator.evaluate()
    overall = results["overall"]
    micro = {s: _score(overall[_NERVALUATE[s]]) if _NERVALUATE[s] in overall else Score() for s in SCHEMES}
    per_label: dict[str, dict[str, Score]] = {}
    for label in labels:
        found = results["entities"].get(label, {})
        per_label[label] = {s: _score(found[_NERVALUATE[s]]) if _NERVALUATE[s] in found else Score()
                            for s in SCHEMES}
    return micro, per_label


def norm_scores(
    gold: Mapping[str, list[Span]], pred: Mapping[str, list[Span]], doc_ids: Iterable[str]
) -> dict[str, NormScore]:
    """Normalisation accuracy per label over the strict matches (same doc_id, start, end, label)."""
    matched: dict[str, int] = defaultdict(int)
    correct: dict[str, int] = defaultdict(int)
    for doc_id in doc_ids:
        gold_norms: dict[tuple[int, int, str], list[str]] = defaultdict(list)
        for span in gold.get(doc_id, []):
            gold_norms[(span.start, span.end, span.label)].append(span.norm)
        for span in pred.get(doc_id, []):
            norms = gold_norms.get((span.start, span.end, span.label))
            if not norms:
                continue
            norm = norms.pop(0)
            matched[span.label] += 1
            correct[span.label] += int(norm == span.norm)
    return {label: NormScore(matched[label], correct[label]) for label in set(matched) | set(correct)}


def _sum_norm(scores: Mapping[str, NormScore], labels: Iterable[str]) -> NormScore:
    found = [scores[label] for label in labels if label in scores]
    return NormScore(sum(s.matched for s in found), sum(s.correct for s in found))


def _scope_results(
    gold: Mapping[str, list[Span]], pred: Mapping[str, list[Span]], doc_ids: list[str], *, per_label: bool
) -> dict[str, ScopeResult]:
    norms = norm_scores(gold, pred, doc_ids)
    labelled: dict[str, dict[str, Score]] = {}
    out: dict[str, ScopeResult] = {}
    for name, labels in SCOPES.items():
        micro, by_label = scheme_scores(gold, pred, doc_ids, labels)
        labelled.update(by_label)
        out[name] = ScopeResult(name, labels, micro, _sum_norm(norms, labels))
        if per_label:
            out[name].per_label = {label: by_label[label] for label in labels}
            out[name].norm_per_label = {label: norms.get(label, NormScore()) for label in labels}
    return out


def diff_against_gold(
    gold_df: pd.DataFrame, pred_df: pd.DataFrame, documents: Mapping[str, str] | None = None
) -> list[DiffRecord]:
    """Every disagreement between an extract and the gold, on the documents the gold names."""
    gold, pred = spans_by_doc(gold_df), spans_by_doc(pred_df)
    documents = documents or {}
    records: list[DiffRecord] = []
    for doc_id in sorted(gold):
        records.extend(diff_document(doc_id, gold[doc_id], pred.get(doc_id, []), documents.get(doc_id)))
    return records


# --- the entry point ----------------------------------------------------------------------------


def evaluate(
    gold_df: pd.DataFrame, pred_df: pd.DataFrame, documents: Mapping[str, str] | None = None,
    known: KnownNames | None = None,
) -> Report:
    """Score `pred_df` (an extract's mentions) against `gold_df` on the documents the gold names.

    `documents` (doc_id → text) is used only to show each disagreement in context. With `known`
    (the names the gazetteers hold), the report also gives the recall on the gold names outside
    them (`partex.unlisted`).
    """
    gold, pred_all = spans_by_doc(gold_df), spans_by_doc(pred_df)
    doc_ids = sorted(gold)
    pred = {doc_id: spans for doc_id, spans in pred_all.items() if doc_id in gold}
    ignored = sum(len(spans) for doc_id, spans in pred_all.items() if doc_id not in gold)
    scopes = _scope_results(gold, pred, doc_ids, per_label=True)
    by_doc = {doc_id: _scope_results(gold, pred, [doc_id], per_label=False) for doc_id in doc_ids}
    documents = documents or {}
    diff = [record for doc_id in doc_ids
            for record in diff_document(doc_id, gold[doc_id], pred.get(doc_id, []), documents.get(doc_id))]
    unlisted = unlisted_recall(gold, pred, doc_ids, known) if known is not None else None
    return Report(scopes, by_doc, diff, len(doc_ids), ignored, unlisted)


# --- rendering ----------------------------------------------------------------------------------
