"""Rows encoded by workers (partex.batch.parts) write the same bytes as the rows themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from partex import parquet
from partex.batch import parts
from partex.batch.results import Encoded, Extracted, Failed
from partex.columns import ENTITY_COLUMNS, MENTION_COLUMNS
from partex.outputs import Journal, TableWriter


def mention(doc: str, start: int, text: str) -> dict:
    return {"doc_id": doc, "start": start, "end": start + len(text), "label": "ORG", "text": text,
            "norm": "=SUM(A1)" if start % 3 == 0 else None, "precision": "", "qualifier": "",
            "lang": "fr", "section": "Titre, \"cité\"\nligne", "sentence": start // 10,
            "source": "gazetteer:fr/organisations.jsonl"}


def documents(n: int) -> list[Extracted]:
    docs = []
    for i in range(n):
        doc = f"d{i:03d}"
        rows = [mention(doc, 7 * k, "ONU" if k % 2 else "Nations unies") for k in range(i % 5)]
        entities = [{"doc_id": doc, "label": "ORG", "norm": "UN", "forms": "ONU (1)", "count": 1}]
        docs.append(Extracted(doc, f"/in/{doc}.txt", "txt", "ab" * 32, "fr", 40, rows,
                              entities if rows else [], [], "INTERPOL", "2019-03-12"))
    return docs


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_encoded_chunks_write_the_bytes_rows_write(tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(parquet, "ROW_GROUP", 7)  # several row groups, odd boundaries
    docs = documents(23)
    targets = [("mentions", fmt), ("entities", fmt)]
    columns = {"mentions": MENTION_COLUMNS, "entities": ENTITY_COLUMNS}
    for table in columns:
        plain = TableWriter(tmp_path / f"plain.{table}.{fmt}", columns[table], fmt)
        chunked = TableWriter(tmp_path / f"chunked.{table}.{fmt}", columns[table], fmt)
        for doc in docs:
            plain.write(doc.rows if table == "mentions" else doc.entities)
            encoded = parts.encode(doc, targets)
            chunked.write_chunk(*encoded.chunks[table, fmt])
        assert plain.rows == chunked.rows > 0
        assert plain.close().read_bytes() == chunked.close().read_bytes()


def test_an_encoded_document_keeps_its_counts_facts_and_journal_line():
    doc = documents(4)[3]
    encoded = parts.encode(doc, [("mentions", "csv")])
    assert isinstance(encoded, Encoded)
    assert (encoded.n_mentions, encoded.words, encoded.publisher) == (len(doc.rows), 40, "INTERPOL")
    assert encoded.journal == Journal.line(doc.journal_record())
    assert set(encoded.chunks) == {("mentions", "csv")}


def test_failures_are_not_encoded_and_no_targets_means_no_encoding():
    failed = Failed("x", "/in/x.txt", "txt", "binary file")
    doc = documents(2)[1]
    assert parts.encode_all([failed, doc], None) == [failed, doc]
    encoded = parts.encode_all([failed, doc], [("mentions", "csv")])
    assert encoded[0] is failed and isinstance(encoded[1], Encoded)


def test_a_part_file_gives_back_its_results(tmp_path):
    results = parts.encode_all(documents(5), [("mentions", "parquet"), ("entities", "csv")])
    path = parts.write_part(results, tmp_path / "task-1.part")
    assert [r.doc_id for r in parts.read_part(path)] == [r.doc_id for r in results]
    assert list(Path(tmp_path).iterdir()) == [path]


def test_a_journal_line_appended_encoded_reads_back_as_the_record(tmp_path):
    doc = documents(3)[2]
    journal = Journal(tmp_path / "j.jsonl", {"partex": "test"}, resume=False)
    journal.append_line(Journal.line(doc.journal_record()))
    assert journal.load(doc.doc_id) == doc.journal_record()
    assert journal.done() == {doc.doc_id: doc.sha256}
    journal.close()
