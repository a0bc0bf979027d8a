"""Thresholds and baseline: each regression message, the tolerance, the shipped thresholds file."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from partex.check import check_scores, load_baseline, load_thresholds, run_check, validate_thresholds
from partex.columns import GOLD_COLUMNS, MENTION_COLUMNS
from partex.evaluate import Report, evaluate
from partex.messages import InputError

REPO = Path(__file__).resolve().parents[1]


def frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame([(*r[:4], "", r[4] if len(r) > 4 else "") for r in rows], columns=GOLD_COLUMNS)


# Gold: 4 ORG, 1 DATE. Predicted: 3 of the ORG (one with a wrong norm) and the DATE.
#   ORG strict: P 3/3, R 3/4 → F1 6/7 = 0.857;  DATE: F1 1.0
#   core strict: P 4/4, R 4/5 → F1 8/9 = 0.889;  norm accuracy: 3 of 4 matches → 0.75
GOLD = frame([("a", 0, 3, "ORG", "UN"), ("a", 5, 8, "ORG", "EU"), ("a", 10, 13, "ORG", "AU"),
              ("a", 15, 18, "ORG", "WCO"), ("a", 20, 24, "DATE", "2017")])
PRED = frame([("a", 0, 3, "ORG", "UN"), ("a", 5, 8, "ORG", "EU"), ("a", 10, 13, "ORG", "UA"),
              ("a", 20, 24, "DATE", "2017")])


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(GOLD, PRED)


def messages(report: Report, thresholds: dict | None, baseline: dict | None, **kw: float) -> list[str]:
    return [r.message for r in check_scores(report, thresholds, baseline, **kw)]


@pytest.mark.parametrize("thresholds, expected", [
    ({"core": {"strict_f1": 0.90}}, ["core strict F1 is 0.889, below the threshold 0.900 (-0.011)"]),
    ({"core": {"strict_f1": 0.88}}, []),
    ({"norm_accuracy": 0.95}, ["core norm accuracy is 0.750, below the threshold 0.950 (-0.200)"]),
    ({"labels": {"ORG": {"strict_f1": 0.90}}}, ["ORG strict F1 is 0.857, below the threshold 0.900 (-0.043)"]),
    ({"labels": {"ORG": {"strict_recall": 0.80}}}, ["ORG strict recall is 0.750, below the threshold 0.800 (-0.050)"]),
    ({"labels": {"DATE": {"strict_f1": 1.0}}}, []),
    ({"labels": {"RESOLUTION": {"strict_f1": 0.9}}}, []),  # no RESOLUTION in gold or extract: not measured
    ({"extended": {"strict_f1": 0.9}}, []),
])
def test_threshold_regressions(report, thresholds, expected):
    assert messages(report, thresholds, None) == expected


@pytest.mark.parametrize("baseline, expected", [
    ({"labels": {"ORG": {"strict_f1": 0.912}}}, ["ORG strict F1 fell from 0.912 to 0.857 (-0.055), below the baseline"]),
    ({"core": {"strict_f1": 0.893}}, []),  # 0.889 is 0.004 below: within the tolerance
    ({"core": {"strict_f1": 0.895}}, ["core strict F1 fell from 0.895 to 0.889 (-0.006), below the baseline"]),
    ({"core": {"norm_accuracy": 0.80}}, ["core norm accuracy fell from 0.800 to 0.750 (-0.050), below the baseline"]),
    ({"core": {"strict_precision": 1.0, "strict_recall": 0.9}}, []),  # only F1 and norm accuracy are compared
    ({"core": {"strict_f1": 0.5}}, []),  # better than the baseline
])
def test_baseline_regressions(report, baseline, expected):
    assert messages(report, None, baseline) == expected


def test_tolerance_can_be_tightened(report):
    assert messages(report, None, {"core": {"strict_f1": 0.893}}, tolerance=0.0) == [
        "core strict F1 fell from 0.893 to 0.889 (-0.004), below the baseline"]


def test_regression_carries_its_numbers(report):
    [regression] = check_scores(report, {"labels": {"ORG": {"strict_f1": 0.9}}}, None)
    assert (regression.kind, regression.scope, regression.label, regression.metric) == \
        ("threshold", "label", "ORG", "strict_f1")
    assert regression.expected == 0.9 and regression.got == pytest.approx(6 / 7)
    assert regression.drop == pytest.approx(6 / 7 - 0.9)


@pytest.mark.parametrize("data, expected", [
    ({"core": {"strict_f1": 0.9}, "norm_accuracy": 0.95, "labels": {"ORG": {"partial_f1": 0.8}}}, []),
    ({"headline": {}}, ["t.json: unknown key 'headline' (known: core, extended, all, labels, facts, or a metric id)"]),
    ({"core": {"strict_f2": 0.9}}, ["t.json: unknown metric 'strict_f2' in core (metrics look like strict_f1, "
                                    "partial_recall, norm_accuracy)"]),
    ({"core": {"strict_f1": 90}}, ["t.json: core strict_f1 is 90, not a number between 0 and 1"]),
    ({"norm_accuracy": "high"}, ["t.json: top level norm_accuracy is 'high', not a number between 0 and 1"]),
    ({"labels": {"ORGANISATION": {"strict_f1": 0.9}, "ORG": {"strict_f1": True}}},
     ["t.json: unknown label 'ORGANISATION' in labels (known: ORG, DATE, RESOLUTION, COUNTRY, FIGURE, OPERATION, "
      "INSTRUMENT, PERSON, LOCATION)", "t.json: ORG strict_f1 is True, not a number between 0 and 1"]),
    ({"core": 0.9}, ["t.json: core must be a JSON object of metric: minimum"]),
])
def test_thresholds_file_problems_are_all_reported(data, expected):
    assert validate_thresholds(data, "t.json") == expected


def test_shipped_thresholds_file_is_valid():
    thresholds = load_thresholds(REPO / "corpus" / "thresholds.json")
    # the foundation issue's bar: strict core F1 of at least 0.90 over the corpus
    assert thresholds["core"]["strict_f1"] >= 0.90
    assert set(thresholds["labels"]) >= {"ORG", "DATE", "RESOLUTION", "COUNTRY", "FIGURE"}


def test_bad_json_names_file_and_line(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"core":\n  {"strict_f1": 0.9,}}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_thresholds(path)
    assert caught.value.lines()[0].startswith(f"{path}, line 2: not valid JSON")


def test_missing_baseline_is_none(tmp_path):
    assert load_baseline(tmp_path / "baseline.json") is None


# --- run_check end to end, with a fake extractor ------------------------------------------------------

DOC = "Le CCT et l’ONU, en 2017."  # CCT 3-6, ONU 12-15, 2017 20-24


def make_corpus(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "d.txt").write_text(DOC, encoding="utf-8")
    gold = corpus / "gold.csv"
    gold.write_text("doc_id,start,end,label,text,norm\nd,3,6,ORG,CCT,CTC\nd,12,15,ORG,ONU,UN\n"
                    "d,20,24,DATE,2017,2017\n", encoding="utf-8")
    thresholds = corpus / "thresholds.json"
    thresholds.write_text(json.dumps({"core": {"strict_f1": 0.5}}), encoding="utf-8")
    return corpus, gold, thresholds, corpus / "baseline.json"


def extractor(rows: list[tuple]):
    def extract(corpus_dir: Path) -> pd.DataFrame:
        return pd.DataFrame([(*r, "", "", "fr", "", 0, "test") for r in rows], columns=MENTION_COLUMNS)
    return extract


GOOD = extractor([("d", 3, 6, "ORG", "CCT", "CTC"), ("d", 12, 15, "ORG", "ONU", "UN"), ("d", 20, 24, "DATE", "2017", "2017")])
# drops the DATE: core strict F1 1.0 → 0.8 (P 2/2, R 2/3); DATE strict F1 1.0 → 0.0
WORSE = extractor([("d", 3, 6, "ORG", "CCT", "CTC"), ("d", 12, 15, "ORG", "ONU", "UN")])


def test_run_check_writes_then_holds_to_the_baseline(tmp_path):
    corpus, gold, thresholds, baseline = make_corpus(tmp_path)
    first = run_check(corpus, gold, GOOD, thresholds, baseline)
    assert first.passed and first.notes == [
        f"no baseline at {baseline}: only thresholds were checked (write one with --update-baseline)"]

    written = run_check(corpus, gold, GOOD, thresholds, baseline, update_baseline=True)
    assert written.baseline_written and written.notes == [f"baseline written to {baseline}"]
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["core"]["strict_f1"] == 1.0 and data["labels"]["DATE"]["norm_accuracy"] == 1.0

    assert run_check(corpus, gold, GOOD, thresholds, baseline).passed
    worse = run_check(corpus, gold, WORSE, thresholds, baseline)
    assert [r.message for r in worse.regressions] == [
        "core strict F1 fell from 1.000 to 0.800 (-0.200), below the baseline",
        "core partial F1 fell from 1.000 to 0.800 (-0.200), below the baseline",
        "all strict F1 fell from 1.000 to 0.800 (-0.200), below the baseline",
        "all partial F1 fell from 1.000 to 0.800 (-0.200), below the baseline",
        "DATE strict F1 fell from 1.000 to 0.000 (-1.000), below the baseline",
        "DATE partial F1 fell from 1.000 to 0.000 (-1.000), below the baseline",
    ]  # DATE norm accuracy: no DATE matched, nothing to measure
    # 1 threshold; strict F1, partial F1, norm accuracy for core, all and ORG; DATE without its norm
    assert worse.compared == 1 + 3 + 3 + 3 + 2


def test_run_check_reports_a_bad_extract_row_by_row(tmp_path):
    corpus, gold, thresholds, baseline = make_corpus(tmp_path)
    bad = extractor([("d", 3, 6, "ORG", "CCX", "CTC"), ("d", 12, 15, "ORGANISATION", "ONU", "UN")])
    with pytest.raises(InputError) as caught:
        run_check(corpus, gold, bad, thresholds, baseline)
    assert caught.value.lines()[0] == \
        "partex.extractor.extract_corpus, line 2: text 'CCX' is not the document's 3-6 'CCT'"
    assert caught.value.lines()[1].startswith("partex.extractor.extract_corpus, line 3: unknown label 'ORGANISATION'")


# --- a check must not pass on nothing (issue 15.6) ------------------------------------------------

def test_a_header_only_gold_is_an_error_not_a_pass(tmp_path):
    corpus, gold, thresholds, baseline = make_corpus(tmp_path)
    gold.write_text("doc_id,start,end,label,text,norm\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run_check(corpus, gold, GOOD, thresholds, baseline)
    assert caught.value.lines() == [f"{gold}: no mention in this gold file: it cannot check anything"]


def test_a_gold_naming_no_document_of_the_corpus_is_an_error(tmp_path):
    corpus, gold, thresholds, baseline = make_corpus(tmp_path)
    gold.write_text("doc_id,start,end,label,text,norm\nelsewhere,3,6,ORG,CCT,CTC\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run_check(corpus, gold, GOOD, thresholds, baseline)
    assert caught.value.lines() == [
        f"{gold}, line 2: doc_id 'elsewhere' names no document of the corpus"]


def test_an_empty_corpus_is_an_error(tmp_path):
    corpus, gold, thresholds, baseline = make_corpus(tmp_path)
    (corpus / "d.txt").unlink()
    with pytest.raises(InputError, match="no document in this corpus"):
        run_check(corpus, gold, GOOD, thresholds, baseline)


def test_a_check_that_compares_nothing_is_an_error(tmp_path):
    corpus, gold, thresholds, baseline = make_corpus(tmp_path)
    thresholds.write_text(json.dumps({"labels": {"PERSON": {"strict_f1": 0.5}}}), encoding="utf-8")
    with pytest.raises(InputError, match="nothing was compared"):
        run_check(corpus, gold, GOOD, thresholds, baseline)


def test_check_command_exits_2_on_an_empty_gold(tmp_path):
    from typer.testing import CliRunner

    from partex.cli_eval import make_check_command
    import typer

    corpus, gold, thresholds, baseline = make_corpus(tmp_path)
    gold.write_text("doc_id,start,end,label,text,norm\n", encoding="utf-8")
    app = typer.Typer()
    app.command()(make_check_command(lambda: GOOD))
    result = CliRunner().invoke(app, ["--corpus", str(corpus), "--gold", str(gold), "--thresholds",
                                      str(thresholds), "--baseline", str(baseline)])
    assert result.exit_code == 2
    assert "passed" not in result.output and "no mention in this gold file" in result.output
