"""Scoring: nervaluate's four schemes by hand, a set-based cross-check, norm accuracy, the diff."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from partex.columns import CORE_LABELS, GOLD_COLUMNS, LABELS
from partex.evaluate import Report, diff_against_gold, evaluate, metric_name


def frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows (doc_id, start, end, label[, norm]) as a gold/mentions table; text is not scored."""
    full = [(r[0], r[1], r[2], r[3], "", r[4] if len(r) > 4 else "") for r in rows]
    return pd.DataFrame(full, columns=GOLD_COLUMNS)


# One document, five gold mentions (four core, one extended) and five predictions:
#   G1 ORG 0-5      P1 ORG 0-5        same span, same label
#   G2 DATE 10-14   P2 COUNTRY 10-14  same span, other label
#   G3 ORG 20-30    P3 ORG 22-30      overlap, same label
#   G4 COUNTRY 40-45                  missed
#   G5 PERSON 50-60 P5 PERSON 50-55   overlap, same label (extended)
#                   P4 FIGURE 70-75   spurious
GOLD = frame([("a", 0, 5, "ORG"), ("a", 10, 14, "DATE"), ("a", 20, 30, "ORG"), ("a", 40, 45, "COUNTRY"),
              ("a", 50, 60, "PERSON")])
PRED = frame([("a", 0, 5, "ORG"), ("a", 10, 14, "COUNTRY"), ("a", 22, 30, "ORG"), ("a", 70, 75, "FIGURE"),
              ("a", 50, 55, "PERSON")])


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(GOLD, PRED)


# (scope, scheme, correct, incorrect, partial, missed, spurious, precision, recall)
# core: 4 gold, 4 predicted.
#   strict  P1 correct; P2, P3 incorrect; P4 spurious; G4 missed        → 1/4, 1/4
#   exact   P1, P2 correct (labels ignored); P3 incorrect                 → 2/4, 2/4
#   partial P1, P2 correct; P3 partial (half)                             → 2.5/4, 2.5/4
#   type    P1, P3 correct (overlap + label); P2 incorrect                → 2/4, 2/4
# extended: P5 against G5.  strict, exact: incorrect; partial: partial (half); type: correct.
# all: 5 gold, 5 predicted: strict 1/5, exact 2/5, partial (2 + 2 halves)/5, type 3/5.
@pytest.mark.parametrize("scope, scheme, counts, precision, recall", [
    ("core", "strict", (1, 2, 0, 1, 1), 0.25, 0.25),
    ("core", "exact", (2, 1, 0, 1, 1), 0.5, 0.5),
    ("core", "partial", (2, 0, 1, 1, 1), 0.625, 0.625),
    ("core", "type", (2, 1, 0, 1, 1), 0.5, 0.5),
    ("extended", "strict", (0, 1, 0, 0, 0), 0.0, 0.0),
    ("extended", "exact", (0, 1, 0, 0, 0), 0.0, 0.0),
    ("extended", "partial", (0, 0, 1, 0, 0), 0.5, 0.5),
    ("extended", "type", (1, 0, 0, 0, 0), 1.0, 1.0),
    ("all", "strict", (1, 3, 0, 1, 1), 0.2, 0.2),
    ("all", "exact", (2, 2, 0, 1, 1), 0.4, 0.4),
    ("all", "partial", (2, 0, 2, 1, 1), 0.6, 0.6),
    ("all", "type", (3, 1, 0, 1, 1), 0.6, 0.6),
])
def test_micro_averages_per_scheme(report, scope, scheme, counts, precision, recall):
    score = report.scopes[scope].micro[scheme]
    assert (score.correct, score.incorrect, score.partial, score.missed, score.spurious) == counts
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert score.f1 == pytest.approx(f1)


# Per label nervaluate compares only mentions of that label.
#   ORG: G1, G3 vs P1, P3 → strict/exact 1/2; partial (1 + half)/2; type 2/2
#   DATE: G2 missed (P2 is a COUNTRY) → 0; COUNTRY: G4 missed, P2 spurious → 0; FIGURE: P4 spurious → 0
@pytest.mark.parametrize("label, scheme, precision, recall", [
    ("ORG", "strict", 0.5, 0.5), ("ORG", "exact", 0.5, 0.5), ("ORG", "partial", 0.75, 0.75),
    ("ORG", "type", 1.0, 1.0),
    ("DATE", "strict", 0.0, 0.0), ("COUNTRY", "strict", 0.0, 0.0), ("FIGURE", "strict", 0.0, 0.0),
    ("PERSON", "partial", 0.5, 0.5),
])
def test_per_label_scores(report, label, scheme, precision, recall):
    score = report.scopes["all"].per_label[label][scheme]
    assert (score.precision, score.recall) == (pytest.approx(precision), pytest.approx(recall))


def test_gold_and_predicted_counts_per_label(report):
    per_label = report.scopes["core"].per_label
    assert {label: (per_label[label]["strict"].possible, per_label[label]["strict"].actual) for label in CORE_LABELS} \
        == {"ORG": (2, 2), "DATE": (1, 0), "RESOLUTION": (0, 0), "COUNTRY": (1, 1), "FIGURE": (0, 1)}


def test_metrics_leave_out_labels_with_nothing_to_score(report):
    metrics = report.metrics()
    assert set(metrics) == {"core", "extended", "all", "labels"}
    assert set(metrics["labels"]) == {"ORG", "DATE", "COUNTRY", "FIGURE", "PERSON"}
    assert metrics["labels"]["ORG"]["partial_f1"] == pytest.approx(0.75)
    assert metrics["core"]["strict_f1"] == pytest.approx(0.25)


def test_adjacent_spans_are_not_partial_matches():
    # nervaluate ends are inclusive; [0, 3) and [3, 6) must not overlap once converted
    report = evaluate(frame([("a", 0, 3, "ORG")]), frame([("a", 3, 6, "ORG")]))
    partial = report.scopes["core"].micro["partial"]
    assert (partial.partial, partial.missed, partial.spurious) == (0, 1, 1)


# --- the set-based cross-check ---------------------------------------------------------------------

def set_strict(gold: pd.DataFrame, pred: pd.DataFrame, labels: tuple[str, ...]) -> tuple[float, float, float]:
    """Independent strict P/R/F1: a predicted (doc_id, start, end, label) is right when gold has it."""
    def keys(df: pd.DataFrame) -> set[tuple]:
        return {(r.doc_id, int(r.start), int(r.end), r.label) for r in df.itertuples() if r.label in labels}
    g, p = keys(gold), keys(pred)
    tp = len(g & p)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)


CROSS_CASES = {
    "hand case": (GOLD, PRED),
    "two documents": (
        frame([("a", 0, 3, "ORG"), ("a", 5, 9, "DATE"), ("b", 0, 3, "ORG"), ("b", 10, 20, "FIGURE"),
               ("b", 30, 33, "COUNTRY")]),
        frame([("a", 0, 3, "ORG"), ("a", 5, 9, "DATE"), ("b", 0, 4, "ORG"), ("b", 10, 20, "FIGURE"),
               ("b", 25, 28, "LOCATION"), ("b", 30, 33, "ORG")])),
    "nothing predicted": (frame([("a", 0, 3, "ORG"), ("a", 4, 8, "DATE")]), frame([])),
    "every label right": (frame([("a", i * 10, i * 10 + 5, label) for i, label in enumerate(LABELS)]),
                          frame([("a", i * 10, i * 10 + 5, label) for i, label in enumerate(LABELS)])),
    "adjacent and nested docs": (
        frame([("x/1", 0, 3, "ORG"), ("x/1", 3, 6, "ORG"), ("x/2", 0, 10, "INSTRUMENT")]),
        frame([("x/1", 0, 3, "ORG"), ("x/1", 3, 7, "ORG"), ("x/2", 0, 10, "INSTRUMENT"), ("x/2", 12, 14, "ORG")])),
}


@pytest.mark.parametrize("case", list(CROSS_CASES))
@pytest.mark.parametrize("scope, labels", [("core", CORE_LABELS), ("all", LABELS)])
def test_strict_matches_an_independent_set_scorer(case, scope, labels):
    gold, pred = CROSS_CASES[case]
    micro = evaluate(gold, pred).scopes[scope].micro["strict"]
    assert (micro.precision, micro.recall, micro.f1) == pytest.approx(set_strict(gold, pred, labels))


# --- normalisation accuracy ----------------------------------------------------------------------------

def test_norm_accuracy_counts_strict_matches_only():
    gold = frame([("a", 0, 3, "ORG", "UN"), ("a", 5, 9, "DATE", "2017"), ("a", 10, 13, "COUNTRY", ""),
                  ("a", 20, 23, "ORG", "CTC")])
    pred = frame([("a", 0, 3, "ORG", " UN "),          # equal once stripped
                  ("a", 5, 9, "DATE", "2018"),         # wrong
                  ("a", 20, 23, "DATE", "CTC"),        # not a strict match: left out
                  ("a", 30, 33, "ORG", "EU")])         # spurious: left out
    pred.loc[len(pred)] = ["a", 10, 13, "COUNTRY", "", float("nan")]  # NaN equals ""
    report = evaluate(gold, pred)
    core = report.scopes["core"]
    assert (core.norm.matched, core.norm.correct) == (3, 2)
    assert core.norm.accuracy == pytest.approx(2 / 3)
    assert {label: (n.matched, n.correct) for label, n in core.norm_per_label.items() if n.matched} == \
        {"ORG": (1, 1), "DATE": (1, 0), "COUNTRY": (1, 1)}
    assert report.scopes["extended"].norm.accuracy == 0.0  # nothing matched


def test_scores_per_document():
    gold = frame([("x", 0, 3, "ORG"), ("x", 5, 9, "DATE"), ("y", 0, 3, "ORG", "UN"), ("y", 5, 9, "DATE")])
    pred = frame([("x", 0, 3, "ORG"), ("x", 5, 9, "DATE"), ("y", 0, 3, "ORG", "ONU")])
    report = evaluate(gold, pred)
    x, y = report.by_doc["x"]["core"], report.by_doc["y"]["core"]
    assert x.micro["strict"].f1 == 1.0 and x.norm.accuracy == 1.0
    # y: 1 of 1 predicted right, 1 of 2 gold found → P 1, R 0.5, F1 2/3; its one norm is wrong
    assert (y.micro["strict"].precision, y.micro["strict"].recall) == (1.0, 0.5)
    assert y.micro["strict"].f1 == pytest.approx(2 / 3)
    assert (y.norm.matched, y.norm.correct) == (1, 0)
    # over both: 3 of 3 predicted right, 3 of 4 found → F1 6/7
    assert report.scopes["core"].micro["strict"].f1 == pytest.approx(6 / 7)


def test_predictions_on_documents_without_gold_are_ignored_and_counted():
    report = evaluate(frame([("x", 0, 3, "ORG")]), frame([("x", 0, 3, "ORG"), ("z", 0, 3, "ORG"), ("z", 4, 5, "ORG")]))
    assert report.scopes["core"].micro["strict"].precision == 1.0
    assert (report.documents, report.ignored_predictions) == (1, 2)


def test_empty_gold_scores_zero_without_error():
    report = evaluate(frame([]), frame([("x", 0, 3, "ORG")]))
    assert report.scopes["core"].micro["strict"].f1 == 0.0 and not report.scopes["core"].present
    assert report.metrics() == {"labels": {}}


# --- the diff --------------------------------------------------------------------------------------

DOC = "Le CCT et\nl’ONU en 2017 avec 22 membres."
# CCT 3-6, line break 9, ONU 12-15 (l’ONU 10-15), 2017 19-23, avec 24-28, 22 membres 29-39


def test_diff_kinds_and_context():
    gold = pd.DataFrame([("d", 3, 6, "ORG", "CCT", "CTC"), ("d", 12, 15, "ORG", "ONU", "UN"),
                         ("d", 19, 23, "DATE", "2017", "2017"), ("d", 29, 39, "FIGURE", "22 membres", "22 membre")],
                        columns=GOLD_COLUMNS)
    pred = pd.DataFrame([("d", 3, 6, "ORG", "CCT", "CCT"), ("d", 10, 15, "ORG", "l’ONU", "UN"),
                         ("d", 19, 23, "COUNTRY", "2017", ""), ("d", 24, 28, "ORG", "avec", "")],
                        columns=GOLD_COLUMNS)
    records = diff_against_gold(gold, pred, {"d": DOC})
    assert [(r.kind, r.start, r.end) for r in records] == [
        ("wrong_norm", 3, 6), ("boundary", 10, 15), ("wrong_label", 19, 23), ("false_positive", 24, 28),
        ("missed", 29, 39)]
    wrong_norm, boundary = records[0], records[1]
    assert (wrong_norm.gold_norm, wrong_norm.pred_norm) == ("CTC", "CCT")
    assert (boundary.gold_start, boundary.gold_end, boundary.pred_start, boundary.pred_end) == (12, 15, 10, 15)
    assert boundary.context == "Le CCT et⏎⟦l’ONU⟧ en 2017 avec 22 membres."
    assert records[2].pred_label == "COUNTRY" and records[2].gold_label == "DATE"
    assert records[4].pred_text == "" and records[4].gold_text == "22 membres"


def test_diff_context_is_cut_at_forty_characters():
    doc = "x" * 50 + "ONU" + "y" * 50
    records = diff_against_gold(frame([("d", 50, 53, "ORG")]), frame([]), {"d": doc})
    assert records[0].context == "…" + "x" * 40 + "⟦ONU⟧" + "y" * 40 + "…"


def test_diff_without_documents_has_no_context():
    records = diff_against_gold(frame([("d", 0, 3, "ORG")]), frame([]))
    assert records[0].kind == "missed" and records[0].context == ""


def test_report_to_dict_is_json_ready(report):
    data = json.loads(json.dumps(report.to_dict(include_diff=True, include_by_doc=True)))
    assert data["scopes"]["core"]["micro"]["strict"]["f1"] == pytest.approx(0.25)
    assert data["scopes"]["all"]["per_label"]["ORG"]["schemes"]["partial"]["precision"] == pytest.approx(0.75)
    assert data["by_doc"]["a"]["core"]["micro"]["strict"]["correct"] == 1
    assert [d["kind"] for d in data["diff"]] == ["wrong_label", "boundary", "missed", "boundary", "false_positive"]
    assert "diff" not in report.to_dict()


@pytest.mark.parametrize("metric, name", [("strict_f1", "strict F1"), ("partial_precision", "partial precision"),
                                          ("norm_accuracy", "norm accuracy")])
def test_metric_names(metric, name):
    assert metric_name(metric) == name
