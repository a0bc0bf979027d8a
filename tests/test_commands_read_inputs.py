"""Every command reads a corpus as `extract` reads it (issue 15.5): encodings, PDF, DOCX, HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from partex.batch import run_batch
from partex.cli import app
from partex.cli_eval import make_check_command
from partex.columns import GOLD_COLUMNS
from partex.gold import load_documents

from test_batch import factory, FakeExtractor, write
from test_inputs import make_docx, make_pdf

runner = CliRunner()
SENTENCE = "Accord entre INTERPOL et l’ONUDC signé à Genève en 2019, avec l’OMS et le PNUD."


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A corpus in every format and encoding extract reads."""
    corpus = tmp_path / "corpus"
    write(corpus / "utf8.txt", SENTENCE)
    write(corpus / "cp1252.txt", SENTENCE.encode("cp1252"))
    write(corpus / "utf16.txt", SENTENCE.encode("utf-16"))
    write(corpus / "page.html", f"<html><body><article><h1>Titre</h1><p>{SENTENCE}</p><p>{SENTENCE}"
                                "</p></article></body></html>")
    write(corpus / "scan.pdf", make_pdf([SENTENCE.replace("’", "'")]))
    make_docx(corpus / "note.docx")
    return corpus


def extract_gold(corpus: Path, tmp_path: Path) -> Path:
    """Extract the corpus with the fake extractor; its mentions, as a gold file."""
    run_batch([str(corpus)], tmp_path / "out", lang="fr", extractor_factory=factory(),
              progress=False)
    mentions = pd.read_csv(tmp_path / "out" / "mentions.csv", keep_default_na=False, dtype=str)
    gold = tmp_path / "gold.csv"
    mentions[list(GOLD_COLUMNS)].to_csv(gold, index=False)
    return gold


def test_the_documents_of_every_format_are_those_extract_read(mixed, tmp_path):
    gold = extract_gold(mixed, tmp_path)
    documents = load_documents(mixed)
    assert set(documents) == {"utf8", "cp1252", "utf16", "page", "scan", "note"}
    rows = pd.read_csv(gold, keep_default_na=False, dtype=str)
    assert set(rows["doc_id"]) == set(documents)
    for row in rows.itertuples():
        assert documents[row.doc_id][int(row.start):int(row.end)] == row.text


def test_gold_validate_evaluate_and_export_read_the_corpus(mixed, tmp_path):
    gold = extract_gold(mixed, tmp_path)
    validated = runner.invoke(app, ["gold", "validate", str(gold), "--corpus", str(mixed)])
    assert validated.exit_code == 0, validated.output
    scored = runner.invoke(app, ["evaluate", str(tmp_path / "out"), "--gold", str(gold),
                                 "--corpus", str(mixed), "--json"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.output)["scopes"]["all"]["micro"]["strict"]["f1"] == 1.0
    exported = runner.invoke(app, ["gold", "export", str(tmp_path / "out"), "--to", "doccano",
                                   "--corpus", str(mixed), "--out", str(tmp_path / "d.jsonl")])
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in (tmp_path / "d.jsonl").read_text().splitlines()]
    assert {r["doc_id"] for r in records} == set(load_documents(mixed))
    for record in records:
        assert all(record["text"][s:e] for s, e, _ in record["label"])


def test_check_reads_the_corpus_as_extract_does(mixed, tmp_path):
    gold = extract_gold(mixed, tmp_path)

    def extract(corpus_dir):
        fake = FakeExtractor()
        rows = [row for doc_id, text in load_documents(corpus_dir).items()
                for row in fake.extract(text, doc_id=doc_id, lang="fr")]
        return pd.DataFrame(rows)

    thresholds = tmp_path / "thresholds.json"
    thresholds.write_text(json.dumps({"core": {"strict_f1": 0.99}}))
    check = typer.Typer()
    check.command()(make_check_command(lambda: extract))
    result = runner.invoke(check, ["--corpus", str(mixed), "--gold", str(gold), "--thresholds",
                                   str(thresholds), "--baseline", str(tmp_path / "none.json")])
    assert result.exit_code == 0, result.output
    assert "all checks passed (1 compared)" in result.output
