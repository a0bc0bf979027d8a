"""Recall on names no gazetteer holds: which gold mentions count, and how they are scored."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from partex.columns import GOLD_COLUMNS
from partex.evaluate import Span, evaluate
from partex.gazetteer import load_gazetteer
from partex.unlisted import KnownNames, unlisted_recall


@pytest.fixture(scope="module")
def known(fixture_patterns) -> KnownNames:
    return KnownNames.from_gazetteer(load_gazetteer(fixture_patterns))


@pytest.mark.parametrize("label, norm, text, held", [
    ("ORG", "UNODC", "ONUDC", True),                      # the id
    ("ORG", "CTC", "Comité contre le terrorisme", True),  # an alias, and the id
    ("ORG", "Pôle pénal", "Pôle pénal", False),            # neither
    ("ORG", "ICC", "Organisation internationale de police criminelle", True),  # the text
    ("ORG", "International Criminal Police Organization", "OIPC", True),      # the official name
    ("ORG", "INTERPOL", "Interpol", True),                 # case does not matter
    ("LOCATION", "Lyon", "Lyon", True),
    ("LOCATION", "Caucedo", "Caucedo", False),
    ("PERSON", "Jürgen Stock", "Stock", True),
    ("PERSON", "Ana Pérez", "Ana Pérez", False),
    ("INSTRUMENT", "UNTOC", "UNTOC", False),             # not in the test gazetteer
    ("LOCATION", "INTERPOL", "INTERPOL", False),           # a name is known for its own label only
])
def test_known_names_by_label(known, label, norm, text, held):
    assert known.holds(label, norm, text) is held


def test_apostrophes_and_spaces_are_folded(known):
    assert known.holds("LOCATION", "Afrique de l’Ouest", "Afrique de l’Ouest")
    assert known.holds("ORG", "", "Comité  contre le\u00a0terrorisme")


def span(start: int, end: int, label: str, norm: str = "", text: str = "") -> Span:
    return Span(start, end, label, norm, text or norm)


def test_recall_counts_unlisted_names_only(known):
    gold = {"d": [span(0, 5, "ORG", "UNODC"),                 # known: not counted
                  span(10, 20, "ORG", "Pôle pénal"),          # found exactly
                  span(30, 40, "ORG", "Unidad X"),            # found with other bounds
                  span(50, 55, "LOCATION", "Caucedo"),        # found with another label
                  span(60, 64, "DATE", "2017"),               # a value: not a name
                  span(70, 80, "PERSON", "Ana Pérez")]}       # missed
    pred = {"d": [span(0, 5, "ORG", "UNODC"), span(10, 20, "ORG"), span(32, 40, "ORG"),
                  span(50, 55, "ORG")]}
    score = unlisted_recall(gold, pred, ["d"], known)
    assert (score.micro.total, score.micro.strict, score.micro.overlap) == (4, 1, 2)
    assert score.micro.strict_recall == pytest.approx(0.25)
    assert score.per_label["ORG"].to_dict()["overlap_recall"] == pytest.approx(1.0)
    assert set(score.per_label) == {"ORG", "LOCATION", "PERSON"}
    assert [m[2] for m in score.missed] == ["Unidad X", "Caucedo", "Ana Pérez"]


def test_no_unlisted_name_gives_zero_recall_not_an_error(known):
    score = unlisted_recall({"d": [span(0, 5, "ORG", "UNODC")]}, {}, ["d"], known)
    assert score.micro.total == 0 and score.micro.strict_recall == 0.0 and score.per_label == {}


def frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame([(*r[:4], r[5], r[4]) for r in rows], columns=GOLD_COLUMNS)


def test_evaluate_reports_it_only_when_given_the_known_names(known):
    gold = frame([("d", 0, 5, "ORG", "Pôle pénal", "Pôle pénal"), ("d", 6, 11, "ORG", "UNODC", "ONUDC")])
    pred = frame([("d", 0, 5, "ORG", "", "")])
    assert evaluate(gold, pred).unlisted is None
    assert "unlisted" not in evaluate(gold, pred).to_dict()
    report = evaluate(gold, pred, known=known)
    assert report.to_dict()["unlisted"]["micro"] == {
        "total": 1, "strict": 1, "overlap": 1, "strict_recall": 1.0, "overlap_recall": 1.0}


def test_evaluate_command_prints_it_and_reads_another_patterns_folder(tmp_path, monkeypatch, fixture_patterns):
    import typer

    from partex.cli_eval import register

    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gold.csv").write_text(
        "doc_id,start,end,label,text,norm\nd,0,5,ORG,ONUDC,UNODC\nd,6,10,ORG,Pôle,Pôle\n", encoding="utf-8")
    (tmp_path / "mentions.csv").write_text("doc_id,start,end,label,text,norm\nd,6,10,ORG,Pôle,Pôle\n",
                                           encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", "--gold", "gold.csv", "mentions.csv", "--json",
                                 "--patterns", str(fixture_patterns)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["unlisted"]["micro"]["total"] == 1
    table = runner.invoke(app, ["evaluate", "--gold", "gold.csv", "mentions.csv"])
    assert "Names outside the gazetteers" in table.stdout
    bad = runner.invoke(app, ["evaluate", "--gold", "gold.csv", "mentions.csv", "--patterns", "nowhere"])
    assert bad.exit_code == 2 and "nowhere" in bad.stderr
