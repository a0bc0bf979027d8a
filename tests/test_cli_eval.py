"""The evaluation commands on a tiny app built with `register`: output, exit codes, overwrite refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from partex.cli_eval import make_check_command, register
from partex.columns import GOLD_COLUMNS, MENTION_COLUMNS

DOC = "Le CCT et l’ONU, en 2017."  # CCT 3-6, ONU 12-15, 2017 20-24
GOLD = "doc_id,start,end,label,text,norm\nd,3,6,ORG,CCT,CTC\nd,12,15,ORG,ONU,UN\nd,20,24,DATE,2017,2017\n"
# One ORG with the wrong norm, the DATE missed, a spurious COUNTRY:
#   core strict P 2/3, R 2/3 → F1 0.667; norm accuracy 1 of 2
EXTRACT = "doc_id,start,end,label,text,norm\nd,3,6,ORG,CCT,CCT\nd,12,15,ORG,ONU,UN\nd,0,2,COUNTRY,Le,\n"

runner = CliRunner()


def rows(*mentions: tuple) -> pd.DataFrame:
    return pd.DataFrame([(*m, "", "", "fr", "", 0, "test") for m in mentions], columns=MENTION_COLUMNS)


GOOD = rows(("d", 3, 6, "ORG", "CCT", "CTC"), ("d", 12, 15, "ORG", "ONU", "UN"), ("d", 20, 24, "DATE", "2017", "2017"))
WORSE = rows(("d", 3, 6, "ORG", "CCT", "CTC"), ("d", 12, 15, "ORG", "ONU", "UN"))


@pytest.fixture()
def extracted() -> dict[str, pd.DataFrame]:
    return {"mentions": GOOD}


@pytest.fixture()
def app(extracted) -> typer.Typer:
    app = typer.Typer()
    register(app)
    app.command("check")(make_check_command(lambda: lambda corpus_dir: extracted["mentions"]))
    return app


@pytest.fixture()
def files(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "d.txt").write_text(DOC, encoding="utf-8")
    (tmp_path / "corpus" / "gold.csv").write_text(GOLD, encoding="utf-8")
    (tmp_path / "corpus" / "thresholds.json").write_text(json.dumps({"core": {"strict_f1": 0.5}}), encoding="utf-8")
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "mentions.csv").write_text(EXTRACT, encoding="utf-8")
    return tmp_path


def test_evaluate_json(app, files):
    result = runner.invoke(app, ["evaluate", "--gold", "corpus/gold.csv", "run", "--corpus", "corpus", "--json",
                                 "--diff", "--by-doc"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["scopes"]["core"]["micro"]["strict"]["f1"] == pytest.approx(2 / 3)
    assert data["scopes"]["core"]["norm"] == {"matched": 2, "correct": 1, "accuracy": 0.5}
    assert [d["kind"] for d in data["diff"]] == ["false_positive", "wrong_norm", "missed"]
    assert data["diff"][0]["context"] == "⟦Le⟧ CCT et l’ONU, en 2017."
    assert set(data["by_doc"]) == {"d"}


def test_evaluate_tables(app, files):
    result = runner.invoke(app, ["evaluate", "--gold", "corpus/gold.csv", "run/mentions.csv", "--diff"])
    assert result.exit_code == 0, result.output
    assert "core labels" in result.stdout and "Disagreements (3)" in result.stdout
    assert "0.667" in result.stdout


def test_evaluate_reports_every_bad_input_and_exits_2(app, files):
    (files / "corpus" / "gold.csv").write_text(GOLD + "d,0,2,ORGA,Le,\n", encoding="utf-8")
    (files / "run" / "mentions.csv").write_text(EXTRACT + "d,x,2,ORG,Le,\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", "corpus/gold.csv", "run", "--corpus", "corpus"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "corpus/gold.csv, line 5: unknown label 'ORGA' (known: ORG, DATE, RESOLUTION, COUNTRY, FIGURE, "
        "OPERATION, INSTRUMENT, PERSON, LOCATION)",
        "run/mentions.csv, line 5: start 'x' is not a whole number"]


def test_evaluate_missing_extract(app, files):
    result = runner.invoke(app, ["evaluate", "--gold", "corpus/gold.csv", "nowhere"])
    assert result.exit_code == 2 and result.stderr == "nowhere: file not found\n"


def test_diff_between_extracts(app, files):
    (files / "new.csv").write_text(GOLD, encoding="utf-8")
    result = runner.invoke(app, ["diff", "run", "new.csv", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["counts"] == {"removed": 1, "added": 1, "changed": 1}
    out = runner.invoke(app, ["diff", "run", "new.csv", "--out", "changes.csv"])
    assert out.exit_code == 0 and "1 removed, 1 added, 1 changed" in out.stdout
    assert len(pd.read_csv(files / "changes.csv")) == 3
    again = runner.invoke(app, ["diff", "run", "new.csv", "--out", "changes.csv"])
    assert again.exit_code == 2 and again.stderr == "changes.csv: already exists; pass --force to overwrite it\n"
    assert runner.invoke(app, ["diff", "run", "new.csv", "--out", "changes.csv", "--force"]).exit_code == 0


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano", "prodigy"])
def test_gold_export_then_import_round_trip(app, files, fmt):
    exported = runner.invoke(app, ["gold", "export", "--to", fmt, "run", "--corpus", "corpus", "--out", "tasks"])
    assert exported.exit_code == 0, exported.output
    assert exported.stdout == "tasks: 3 mentions in 1 documents\n"
    imported = runner.invoke(app, ["gold", "import", "--from", fmt, "tasks", "--out", "gold2.csv", "--texts", "texts"])
    assert imported.exit_code == 0, imported.output
    assert imported.stdout == "gold2.csv: 3 mentions in 1 documents; 1 texts written to texts\n"
    assert (files / "texts" / "d.txt").read_text(encoding="utf-8") == DOC
    back = pd.read_csv(files / "gold2.csv", keep_default_na=False)
    extract = pd.read_csv(files / "run" / "mentions.csv", keep_default_na=False)
    assert back.sort_values("start").values.tolist() == extract.sort_values("start").values.tolist()


def test_gold_commands_refuse_to_overwrite(app, files):
    (files / "tasks").write_text("keep", encoding="utf-8")
    result = runner.invoke(app, ["gold", "export", "--to", "prodigy", "run", "--corpus", "corpus", "--out", "tasks"])
    assert result.exit_code == 2 and result.stderr == "tasks: already exists; pass --force to overwrite it\n"
    assert (files / "tasks").read_text(encoding="utf-8") == "keep"
    result = runner.invoke(app, ["gold", "import", "--from", "prodigy", "tasks", "--out", "corpus/gold.csv"])
    assert result.exit_code == 2 and result.stderr == "corpus/gold.csv: already exists; pass --force to overwrite it\n"


def test_gold_import_bad_file_names_the_line(app, files):
    (files / "in.jsonl").write_text('{"text": "UN", "meta": {"doc_id": "u"}, "spans": [{"start": 0, "end": 2, '
                                    '"label": "ORGA"}]}\n', encoding="utf-8")
    result = runner.invoke(app, ["gold", "import", "--from", "prodigy", "in.jsonl", "--out", "g.csv"])
    assert result.exit_code == 2
    assert result.stderr.startswith("in.jsonl, line 1: unknown label 'ORGA'")
    assert not (files / "g.csv").exists()


def test_gold_validate(app, files):
    assert runner.invoke(app, ["gold", "validate", "corpus/gold.csv", "--corpus", "corpus"]).stdout == \
        "corpus/gold.csv: 3 mentions in 1 documents, no problem found\n"
    (files / "bad.csv").write_text(GOLD + "d,3,6,ORG,CCT,CTC\n", encoding="utf-8")
    result = runner.invoke(app, ["gold", "validate", "bad.csv"])
    assert result.exit_code == 2 and result.stderr == "bad.csv, line 5: duplicate of line 2 (same doc_id, start, end, label)\n"


# --- check: exit 0, 1, 2 ----------------------------------------------------------------------------

def test_check_passes_then_catches_a_regression(app, files, extracted):
    first = runner.invoke(app, ["check"])
    assert first.exit_code == 0, first.output
    assert "no baseline at corpus/baseline.json" in first.stdout
    assert runner.invoke(app, ["check", "--update-baseline"]).exit_code == 0
    assert (files / "corpus" / "baseline.json").exists()
    extracted["mentions"] = WORSE
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 1
    assert "DATE strict F1 fell from 1.000 to 0.000 (-1.000), below the baseline" in result.stdout
    assert result.stdout.rstrip().endswith("6 regression(s)")
    as_json = json.loads(runner.invoke(app, ["check", "--json"]).stdout)
    assert as_json["passed"] is False and len(as_json["regressions"]) == 6
    assert as_json["regressions"][0]["metric"] == "strict_f1" and as_json["regressions"][0]["drop"] == pytest.approx(-0.2)


def test_check_below_threshold_exits_1(app, files, extracted):
    extracted["mentions"] = rows(("d", 3, 6, "ORG", "CCT", "CTC"))  # core strict F1 = 2 * 1 * 1/3 / (4/3) = 0.5
    (files / "corpus" / "thresholds.json").write_text(json.dumps({"core": {"strict_f1": 0.6}}), encoding="utf-8")
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 1
    assert "core strict F1 is 0.500, below the threshold 0.600 (-0.100)" in result.stdout


def test_check_bad_input_exits_2(app, files):
    (files / "corpus" / "thresholds.json").write_text('{"core": {"strict_f1": 2}}', encoding="utf-8")
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert result.stderr == "corpus/thresholds.json: core strict_f1 is 2, not a number between 0 and 1\n"


def test_check_without_an_extractor_exits_2(files):
    def missing():
        raise ImportError("No module named 'partex.extractx'")
    app = typer.Typer()
    app.command("check")(make_check_command(missing))
    app.command("noop")(lambda: None)
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2 and result.stderr.startswith("cannot load the extractor")


# --- every format partex extract writes is read the same way ------------------------------------

# Documents whose names, texts and norms start like spreadsheet formulas: CSV writes them with a
# leading ' (see partex.formats); evaluate, diff and gold export must read them back without it.
FORMULA_DOCS = {"-dash": "Une baisse de -3 % selon l’ONU.",   # -3 % 14-18, ONU 27-30
                "+plus": "Appelez le +33 1 23 ou l’UNODC.",  # +33 1 23 11-19, UNODC 25-30
                "@at": "@ONU et INTERPOL, en 2017."}         # @ONU 0-4, INTERPOL 8-16, 2017 21-25
FORMULA_GOLD = [("-dash", 14, 18, "FIGURE", "-3 %", "-3%"), ("-dash", 27, 30, "ORG", "ONU", "UN"),
                ("+plus", 11, 19, "FIGURE", "+33 1 23", "+33123"), ("+plus", 25, 30, "ORG", "UNODC", "UNODC"),
                ("@at", 0, 4, "ORG", "@ONU", "=UN"), ("@at", 8, 16, "ORG", "INTERPOL", "INTERPOL"),
                ("@at", 21, 25, "DATE", "2017", "2017")]
# An older and a newer extract: a norm changed, two mentions added, two removed, the rest the same.
OLD_EXTRACT = rows(*FORMULA_GOLD[:4], ("@at", 0, 4, "ORG", "@ONU", "-UN"), FORMULA_GOLD[5])
NEW_EXTRACT = rows(*FORMULA_GOLD[1:5], FORMULA_GOLD[6], ("-dash", 0, 3, "ORG", "Une", "@Une"))


@pytest.fixture()
def formula_files(tmp_path: Path, monkeypatch) -> Path:
    from partex.outputs import write_table

    monkeypatch.chdir(tmp_path)
    for doc_id, text in FORMULA_DOCS.items():
        (tmp_path / "texts").mkdir(exist_ok=True)
        (tmp_path / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    pd.DataFrame(FORMULA_GOLD, columns=GOLD_COLUMNS).to_csv(tmp_path / "gold.csv", index=False)
    for fmt in ("csv", "parquet", "jsonl"):
        for name, frame in (("old", OLD_EXTRACT), ("new", NEW_EXTRACT)):
            (tmp_path / f"{name}_{fmt}").mkdir()
            write_table(frame.to_dict("records"), tmp_path / f"{name}_{fmt}" / f"mentions.{fmt}",
                        MENTION_COLUMNS, fmt)
    assert "'-dash" in (tmp_path / "old_csv" / "mentions.csv").read_text(encoding="utf-8")
    return tmp_path


def run_json(app, *args: str) -> dict:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_evaluate_scores_every_extract_format_the_same(app, formula_files):
    reports = {fmt: run_json(app, "evaluate", "--gold", "gold.csv", f"new_{fmt}", "--corpus", "texts",
                             "--json", "--diff", "--by-doc") for fmt in ("csv", "parquet", "jsonl")}
    assert reports["parquet"] == reports["csv"] and reports["jsonl"] == reports["csv"]
    core = reports["csv"]["scopes"]["core"]
    assert core["micro"]["strict"]["f1"] == pytest.approx(2 * 5 / 7 * 5 / 6 / (5 / 7 + 5 / 6))
    assert core["norm"] == {"matched": 5, "correct": 5, "accuracy": 1.0}  # '=UN' read back as =UN
    assert set(reports["csv"]["by_doc"]) == set(FORMULA_DOCS)


def test_diff_finds_the_same_changes_in_every_extract_format(app, formula_files):
    diffs = {fmt: run_json(app, "diff", f"old_{fmt}", f"new_{fmt}", "--corpus", "texts", "--json")
             for fmt in ("csv", "parquet", "jsonl")}
    assert diffs["parquet"] == diffs["csv"] and diffs["jsonl"] == diffs["csv"]
    assert diffs["csv"]["counts"] == {"removed": 2, "added": 2, "changed": 1}
    (changed,) = [c for c in diffs["csv"]["changes"] if c["change"] == "changed"]
    assert (changed["doc_id"], changed["old_norm"], changed["new_norm"]) == ("@at", "-UN", "=UN")
    across = run_json(app, "diff", "new_csv", "new_parquet", "--json")
    assert across["counts"] == {"removed": 0, "added": 0, "changed": 0}


@pytest.mark.parametrize("tool", ["labelstudio", "doccano", "prodigy"])
def test_gold_export_writes_the_same_file_from_every_extract_format(app, formula_files, tool):
    for fmt in ("csv", "parquet", "jsonl"):
        result = runner.invoke(app, ["gold", "export", "--to", tool, f"new_{fmt}", "--corpus", "texts",
                                     "--out", f"tasks_{fmt}"])
        assert result.exit_code == 0, result.output
    exported = (formula_files / "tasks_csv").read_text(encoding="utf-8")
    assert (formula_files / "tasks_parquet").read_text(encoding="utf-8") == exported
    assert (formula_files / "tasks_jsonl").read_text(encoding="utf-8") == exported
    assert '"-dash"' in exported and '"@Une"' in exported and "'" not in exported.replace("l’", "")


def test_outside_a_terminal_tables_are_whole_and_plain(app, tmp_path, monkeypatch):
    """`partex evaluate … | cat` printed labels and numbers cut at 80 columns (issue 16.5)."""
    monkeypatch.chdir(tmp_path)
    doc_id = "a_very_long_document_name_" + "x" * 90
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / f"{doc_id}.txt").write_text(DOC, encoding="utf-8")
    (tmp_path / "gold.csv").write_text(GOLD.replace("\nd,", f"\n{doc_id},"), encoding="utf-8")
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "mentions.csv").write_text(EXTRACT.replace("\nd,", f"\n{doc_id},"), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", "gold.csv", "run", "--corpus", "corpus",
                                 "--by-doc", "--diff"])
    assert result.exit_code == 0, result.output
    assert doc_id in result.output and "…" not in result.output
    assert "\x1b[" not in result.output  # no colour codes in a pipe
    assert max(len(line) for line in result.output.splitlines()) > 80
    assert not any("\u2500" <= c <= "\u257f" for c in result.output)  # plain ASCII boxes
