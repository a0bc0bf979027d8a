"""The command line: help, one-line errors with exit codes, and a small fast extraction."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from partex.cli import app

runner = CliRunner()


def test_help_lists_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "evaluate", "diff", "check", "gold"):
        assert command in result.output


def test_python_dash_m_pipeline_explains_itself():
    done = subprocess.run([sys.executable, "-m", "partex", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "extract" in done.stdout


def test_a_missing_input_is_one_line_and_exit_2_as_the_help_says(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nowhere.txt"), "--out",
                                 str(tmp_path / "out"), "--fast", "--lang", "fr", "--workers", "1"])
    assert result.exit_code == 2
    assert "nowhere.txt: no such file or folder" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "2 for bad usage" in runner.invoke(app, ["extract", "--help"]).output.replace("\n", " ")
    assert not (tmp_path / "out").exists()


def test_a_missing_input_beside_good_ones_is_an_error_row_and_exit_3(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("L’ONUDC et INTERPOL ont signé un accord le 3 mars 2019.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(text), str(tmp_path / "nowhere.txt"), "--out",
                                 str(tmp_path / "out"), "--fast", "--lang", "fr", "--workers", "1"])
    assert result.exit_code == 3
    assert "nowhere: no such file or folder" in result.output


def test_an_unreadable_patterns_file_names_file_and_line(tmp_path):
    patterns = tmp_path / "patterns"
    (patterns / "ids").mkdir(parents=True)
    (patterns / "fr").mkdir()
    (patterns / "languages.jsonl").write_text('{"code": "fr", "name": "French"}\n', encoding="utf-8")
    (patterns / "ids" / "organisations.jsonl").write_text('{"id": "UN"}\n', encoding="utf-8")
    (patterns / "ids" / "instruments.jsonl").write_text("", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("INTERPOL et l'ONU.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(text), "--out", str(tmp_path / "out"), "--fast",
                                 "--patterns", str(patterns), "--workers", "1"])
    assert result.exit_code == 2
    assert f"{patterns / 'ids' / 'organisations.jsonl'}:1: missing key(s) name" in result.output


def test_bad_options_are_refused(tmp_path):
    for args in (["--lang", "de"], ["--format", "xlsx"], ["--model", "en"]):
        result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(tmp_path / "o"), *args])
        assert result.exit_code == 2, args


def test_fast_extraction_writes_the_tables(tmp_path):
    text = tmp_path / "in" / "note.txt"
    text.parent.mkdir()
    text.write_text("Titre\n\nL’ONUDC et INTERPOL ont signé un accord le 3 mars 2019 au Liban.",
                    encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(text.parent), "--out", str(out), "--fast",
                                 "--lang", "fr", "--workers", "1"])
    assert result.exit_code == 0, result.output
    mentions = (out / "mentions.csv").read_text(encoding="utf-8").splitlines()
    assert mentions[0].startswith("doc_id,start,end,label,text,norm")
    assert any(",ORG,ONUDC,UNODC," in line for line in mentions)
    assert any(",DATE,3 mars 2019,2019-03-03," in line for line in mentions)
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    again = runner.invoke(app, ["extract", str(text.parent), "--out", str(out), "--fast",
                                "--lang", "fr", "--workers", "1"])
    assert again.exit_code == 2 and "--force" in again.output
