"""Text-column inputs: JSON Lines and CSV files whose every record is a document."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from partex.batch import BatchUsageError, run_batch
from partex.inputs import discover, read_source
from partex.text_columns import TextColumns, record_text, scan

from test_batch import FR, factory, table, write

TEXTS = ["L’ONUDC et INTERPOL ont signé un accord.", "The UN and INTERPOL\r\nmet in Lyon.",
         "La ONU y la OEA, «cooperación»,\n\n\"comillas\" y comas."]


def jsonl(path: Path, records: list[dict]) -> Path:
    return write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def csv_file(path: Path, header: list[str], rows: list[list[str]], bom: bool = False) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return write(path, ("\ufeff" if bom else "") + buffer.getvalue())


def documents(sources):
    return {s.doc_id: read_source(s) for s in sources if not s.error}


def test_each_json_line_is_a_document_with_its_text_exactly_as_given(tmp_path):
    path = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXTS[0]}, {"text": TEXTS[1]},
                                         {"id": "c", "text": TEXTS[2], "publisher": "OAS"}])
    docs = documents(discover([str(path)]))
    assert {k: d.text for k, d in docs.items()} == {"a": TEXTS[0], "in/2": TEXTS[1], "c": TEXTS[2]}
    assert docs["c"].publisher == "OAS" and docs["a"].publisher is None
    assert docs["in/2"].fmt == "jsonl" and docs["in/2"].path == f"{path}:2"


@pytest.mark.parametrize("bom", [False, True])
def test_each_csv_row_is_a_document_quoted_line_breaks_included(tmp_path, bom):
    path = csv_file(tmp_path / "in.csv", ["id", "publisher", "text"],
                    [["a", "", TEXTS[0]], ["", "UN", TEXTS[1]], ["c", "", TEXTS[2]]], bom=bom)
    docs = documents(discover([str(path)]))
    assert {k: d.text for k, d in docs.items()} == {"a": TEXTS[0], "in/3": TEXTS[1], "c": TEXTS[2]}
    assert docs["in/3"].publisher == "UN"


def test_other_field_names_are_chosen_with_the_keys(tmp_path):
    path = jsonl(tmp_path / "in.jsonl", [{"uid": 7, "body": "ONU", "by": "UN"}])
    columns = TextColumns(text="body", doc_id="uid", publisher="by")
    (doc,) = documents(discover([str(path)], columns=columns)).values()
    assert (doc.doc_id, doc.text, doc.publisher) == ("7", "ONU", "UN")


def test_bad_records_are_error_rows_and_the_good_ones_documents(tmp_path):
    path = write(tmp_path / "in.jsonl", '{"text": "ONU"}\n{not json\n["a list"]\n{"title": "x"}\n\n'
                                        '{"text": "OMS"}\n')
    sources = discover([str(path)])
    errors = {s.doc_id: s.error for s in sources if s.error}
    assert set(errors) == {"in/2", "in/3", "in/4"}
    assert errors["in/2"].startswith("line 2: not valid JSON")
    assert errors["in/4"] == "line 4: no text in field 'text' (see --text-key)"
    assert [d.text for d in documents(sources).values()] == ["ONU", "OMS"]


def test_a_csv_without_the_text_column_is_one_error_naming_the_columns(tmp_path):
    path = csv_file(tmp_path / "in.csv", ["id", "body"], [["a", "ONU"]])
    (source,) = discover([str(path)])
    assert source.error == "no column 'text' in the header (see --text-key; columns: id, body)"


def test_csv_and_jsonl_files_in_a_folder_are_not_inputs(tmp_path):
    write(tmp_path / "corpus" / "a.txt", FR)
    csv_file(tmp_path / "corpus" / "gold.csv", ["doc_id", "text"], [["a", "ONU"]])
    jsonl(tmp_path / "corpus" / "notes.jsonl", [{"text": "ONU"}])
    assert [s.doc_id for s in discover([str(tmp_path / "corpus")])] == ["a"]
    assert len(discover([str(tmp_path / "corpus" / "*.csv")])) == 1  # a pattern naming them does


def test_scan_places_every_record_so_that_a_worker_reads_it_alone(tmp_path):
    rows = [["a", "x\ny"], ["b", "é" * 10], ["c", '"quoted"']]
    path = csv_file(tmp_path / "in.csv", ["id", "text"], rows)
    header, found = scan(path, "csv", TextColumns())
    data = path.read_bytes()
    for record, (doc_id, text) in zip(found, rows):
        chunk = data[:header] + data[record.offset:record.offset + record.length]
        assert record.doc_id == doc_id
        assert record_text("csv", chunk, header, TextColumns()) == (text, None)
    assert [r.line for r in found] == [2, 4, 5]


def test_a_batch_of_records_writes_offsets_into_each_text_and_each_publisher(tmp_path):
    path = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": FR, "publisher": "UN"},
                                         {"id": "b", "text": FR.replace("INTERPOL", "OMS")}])
    out = tmp_path / "out"
    report = run_batch([str(path)], out, workers=1, publisher="INTERPOL",
                       extractor_factory=factory(), progress=False)
    assert report.ok == 2
    for row in table(out / "mentions.csv"):
        assert FR.replace("INTERPOL", "OMS" if row["doc_id"] == "b" else "INTERPOL")[
            int(row["start"]):int(row["end"])] == row["text"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert {i["doc_id"]: i["publisher"] for i in manifest["inputs"]} == {"a": "UN", "b": "INTERPOL"}


def test_resume_re_extracts_only_the_records_that_changed(tmp_path):
    records = [{"id": f"d{i}", "text": FR.replace("INTERPOL", f"INTERPOL{i}")} for i in range(5)]
    path = jsonl(tmp_path / "in.jsonl", records)
    run_batch([str(path)], tmp_path / "out", extractor_factory=factory(), progress=False)
    records[2]["text"] = FR.replace("INTERPOL", "OMS")
    jsonl(path, records)
    report = run_batch([str(path)], tmp_path / "out", resume=True, extractor_factory=factory(),
                       progress=False)
    assert (report.ok, report.skipped) == (1, 4)


def test_a_file_of_records_none_readable_is_bad_usage(tmp_path):
    path = csv_file(tmp_path / "in.csv", ["id", "body"], [["a", "ONU"]])
    with pytest.raises(BatchUsageError, match="no column 'text'"):
        run_batch([str(path)], tmp_path / "out", extractor_factory=factory(), progress=False)


def test_resume_with_other_fields_is_refused(tmp_path):
    path = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": FR, "body": "ONU"}])
    run_batch([str(path)], tmp_path / "out", extractor_factory=factory(), progress=False)
    with pytest.raises(BatchUsageError, match="other settings.*text_columns"):
        run_batch([str(path)], tmp_path / "out", resume=True, columns=TextColumns(text="body"),
                  extractor_factory=factory(), progress=False)
