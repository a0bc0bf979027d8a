"""Annotation tools: import into gold rows, export an extract, and round trips through all three."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from partex.annotations import (FORMATS, dumps_annotations, export_annotations, import_annotations,
                                  utf16_to_code_points, write_texts)
from partex.columns import GOLD_COLUMNS, LABELS
from partex.messages import InputError

KNOWN = ", ".join(LABELS)
# An emoji (one code point, two UTF-16 units) before the mentions, a line break, a nested doc_id,
# a mention without norm and a document without mentions.
DOCUMENTS = {
    "fr/a": "🌍 Le CCT et\nl’ONU, en 2017.",  # CCT 5-8, ONU 14-17, 2017 22-26
    "b": "INTERPOL compte 22 membres.",      # INTERPOL 0-8, 22 membres 16-26
    "c": "Rien à signaler.",
}
MENTIONS = pd.DataFrame([
    ("b", 0, 8, "ORG", "INTERPOL", "INTERPOL"),
    ("b", 16, 26, "FIGURE", "22 membres", "22 membre"),
    ("fr/a", 5, 8, "ORG", "CCT", "CTC"),
    ("fr/a", 14, 17, "ORG", "ONU", ""),
    ("fr/a", 22, 26, "DATE", "2017", "2017"),
], columns=GOLD_COLUMNS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_every_span_label_offset_and_norm(tmp_path, fmt):
    path = tmp_path / f"export.{fmt}"
    path.write_text(dumps_annotations(fmt, export_annotations(fmt, MENTIONS, DOCUMENTS)), encoding="utf-8")
    gold, texts = import_annotations(fmt, path)
    assert texts == DOCUMENTS
    assert gold.sort_values(["doc_id", "start"]).values.tolist() == MENTIONS.values.tolist()


def test_exports_have_each_tools_shape():
    [ls_b, *_] = export_annotations("labelstudio", MENTIONS, DOCUMENTS)
    assert ls_b["data"] == {"text": DOCUMENTS["b"], "doc_id": "b"}
    assert "annotations" not in ls_b  # pre-annotations are predictions, for people to correct
    assert ls_b["predictions"][0]["model_version"].startswith("partex ")
    assert ls_b["predictions"][0]["result"][:2] == [
        {"id": "m1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 8, "text": "INTERPOL", "labels": ["ORG"]}},
        {"id": "m1", "from_name": "norm", "to_name": "text", "type": "textarea",
         "value": {"start": 0, "end": 8, "text": ["INTERPOL"]}}]
    [dc_b, *_] = export_annotations("doccano", MENTIONS, DOCUMENTS)
    assert dc_b == {"doc_id": "b", "text": DOCUMENTS["b"], "label": [[0, 8, "ORG"], [16, 26, "FIGURE"]],
                    "norm": [[0, 8, "INTERPOL"], [16, 26, "22 membre"]]}
    [pr_b, *_] = export_annotations("prodigy", MENTIONS, DOCUMENTS)
    assert pr_b["meta"] == {"doc_id": "b"} and "answer" not in pr_b
    assert [t["text"] for t in pr_b["tokens"]] == ["INTERPOL", "compte", "22", "membres", "."]
    assert pr_b["tokens"][2] == {"text": "22", "start": 16, "end": 18, "id": 2, "ws": True}
    assert pr_b["spans"][1] == {"start": 16, "end": 26, "label": "FIGURE", "token_start": 2,
                                "token_end": 3, "norm": "22 membre", "text": "22 membres"}
    assert isinstance(pr_b["_input_hash"], int) and isinstance(pr_b["_task_hash"], int)
    assert -2**31 <= pr_b["_input_hash"] < 2**31


def test_labelstudio_file_is_a_json_list_and_the_others_jsonl():
    assert json.loads(dumps_annotations("labelstudio", [{"a": 1}])) == [{"a": 1}]
    assert dumps_annotations("doccano", [{"a": "é"}, {"b": 2}]) == '{"a": "é"}\n{"b": 2}\n'


def test_export_of_a_mention_on_an_unknown_document_is_refused():
    with pytest.raises(InputError) as caught:
        export_annotations("prodigy", MENTIONS, {"b": DOCUMENTS["b"]})
    assert caught.value.lines() == ["mention on doc_id 'fr/a' but the corpus has no such document"]


# --- import details ----------------------------------------------------------------------------------

def jsonl(tmp_path: Path, records: list) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def ls_file(tmp_path: Path, tasks: list) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("record, doc_id", [
    ({"meta": {"doc_id": "m"}, "data": {"doc_id": "d"}, "doc_id": "t", "id": 7}, "m"),
    ({"data": {"doc_id": "d"}, "doc_id": "t", "id": 7}, "d"),
    ({"doc_id": "t", "id": 7}, "t"),
    ({"meta": {"doc_id": ""}, "id": 7}, "7"),
])
def test_doc_id_rule(tmp_path, record, doc_id):
    _, texts = import_annotations("doccano", jsonl(tmp_path, [{**record, "text": "UN", "label": []}]))
    assert list(texts) == [doc_id]


def test_record_without_any_doc_id_is_reported(tmp_path):
    path = jsonl(tmp_path, [{"text": "UN", "label": []}])
    with pytest.raises(InputError) as caught:
        import_annotations("doccano", path)
    assert caught.value.lines() == [f"{path}, line 1: no doc_id (looked for meta.doc_id, data.doc_id, doc_id, id, _input_hash)"]


@pytest.mark.parametrize("record", [
    {"id": 1, "text": "Le CCT.", "labels": [[3, 6, "ORG"]]},                                  # older doccano
    {"id": 1, "text": "Le CCT.", "label": [[3, 6, "ORG"]]},
    {"id": 1, "text": "Le CCT.", "entities": [{"id": 9, "label": "ORG", "start_offset": 3, "end_offset": 6}]},
    {"id": 1, "data": "Le CCT.", "label": [[3, 6, "ORG"]]},                                   # text under "data"
])
def test_doccano_variants(tmp_path, record):
    gold, _ = import_annotations("doccano", jsonl(tmp_path, [record]))
    assert gold.values.tolist() == [["1", 3, 6, "ORG", "CCT", ""]]


def test_prodigy_keeps_accepted_records_only(tmp_path):
    records = [{"text": "UN", "meta": {"doc_id": "a"}, "spans": [{"start": 0, "end": 2, "label": "ORG"}], "answer": "accept"},
               {"text": "EU", "meta": {"doc_id": "b"}, "spans": [{"start": 0, "end": 2, "label": "ORG"}], "answer": "reject"},
               {"text": "AU", "meta": {"doc_id": "c"}, "spans": [{"start": 0, "end": 2, "label": "ORG"}], "answer": "ignore"},
               {"text": "UA", "meta": {"doc_id": "d"}, "spans": []}]
    gold, texts = import_annotations("prodigy", jsonl(tmp_path, records))
    assert gold["doc_id"].tolist() == ["a"] and sorted(texts) == ["a", "d"]


def test_labelstudio_skips_cancelled_annotations_and_reads_region_meta(tmp_path):
    region = {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
              "value": {"start": 3, "end": 6, "text": "CCT", "labels": ["ORG"]}}
    task = {"id": 4, "data": {"text": "Le CCT."},
            "annotations": [{"was_cancelled": True, "result": []},
                            {"result": [{**region, "meta": {"text": ["CTC"]}}]}]}
    gold, _ = import_annotations("labelstudio", ls_file(tmp_path, [task]))
    assert gold.values.tolist() == [["4", 3, 6, "ORG", "CCT", "CTC"]]


def test_labelstudio_utf16_offsets_are_converted_to_code_points(tmp_path):
    # "🌍 CCT": the emoji is 2 UTF-16 units, so older Label Studio wrote CCT as 3-6 (code points: 2-5)
    region = {"id": "r1", "type": "labels", "value": {"start": 3, "end": 6, "text": "CCT", "labels": ["ORG"]}}
    task = {"id": 1, "data": {"text": "🌍 CCT"}, "annotations": [{"result": [region]}]}
    gold, _ = import_annotations("labelstudio", ls_file(tmp_path, [task]))
    assert gold[["start", "end", "text"]].values.tolist() == [[2, 5, "CCT"]]


@pytest.mark.parametrize("text, offset, expected", [("abc", 2, 2), ("🌍bc", 2, 1), ("🌍bc", 3, 2), ("a🌍", 3, 2)])
def test_utf16_to_code_points(text, offset, expected):
    assert utf16_to_code_points(text, offset) == expected


def test_import_problems_are_all_reported_with_their_lines(tmp_path):
    path = jsonl(tmp_path, [
        {"id": "a", "text": "Le CCT et l’ONU.", "label": [[3, 6, "ORGANISATION"], [3, 9, "ORG"]]},
        {"id": "b", "label": []},
        {"id": "c", "text": "UN", "label": [[0, 2]]},
        {"id": "a", "text": "again", "label": []},
        {"id": "e", "text": "UN", "label": [[0, 5, "ORG"]]},
    ])
    with pytest.raises(InputError) as caught:
        import_annotations("doccano", path)
    assert caught.value.lines() == [
        f"{path}, line 1: unknown label 'ORGANISATION' (known: {KNOWN})",
        f"{path}, line 1: span 3-9 (ORG) overlaps span 3-6 (ORGANISATION) at line 1",
        f"{path}, line 2: no text (looked for text, data)",
        f"{path}, line 3: span [0, 2] is not [start, end, label]",
        f"{path}, line 4: document 'a' already read at line 1",
        f"{path}, line 5: span 0-5 runs past the end of document 'e' (2 characters)",
    ]


def test_labelstudio_problems_name_the_task(tmp_path):
    region = {"id": "r1", "type": "labels", "value": {"start": 0, "end": 2, "text": "EU", "labels": ["ORG"]}}
    path = ls_file(tmp_path, [{"id": 1, "data": {"text": "UN"}, "annotations": [{"result": [region]}]}])
    with pytest.raises(InputError) as caught:
        import_annotations("labelstudio", path)
    assert caught.value.lines() == [f"{path}, task 1: span 0-2 says 'EU' but the text there is 'UN'"]


def test_bad_json_line_is_named(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "UN", "label": []}\n{"id": 2,\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_annotations("prodigy", path)
    assert caught.value.lines()[0].startswith(f"{path}, line 2: not valid JSON")


def test_unknown_format():
    with pytest.raises(InputError) as caught:
        import_annotations("brat", "x.ann")
    assert caught.value.lines() == ["unknown format 'brat' (known: labelstudio, doccano, prodigy)"]


# --- texts ------------------------------------------------------------------------------------------

def test_write_texts_never_overwrites_a_different_text_silently(tmp_path):
    assert write_texts({"fr/a": "A", "b": "B"}, tmp_path) == [tmp_path / "b.txt", tmp_path / "fr" / "a.txt"]
    assert (tmp_path / "fr" / "a.txt").read_text(encoding="utf-8") == "A"
    assert write_texts({"fr/a": "A"}, tmp_path) == []  # same text: nothing to do
    with pytest.raises(InputError) as caught:
        write_texts({"fr/a": "A2", "../x": "X"}, tmp_path)
    assert caught.value.lines() == ["doc_id '../x' cannot name a file under the texts folder",
                                    f"{tmp_path / 'fr' / 'a.txt'} exists with another text; pass --force to overwrite it"]
    assert write_texts({"fr/a": "A2"}, tmp_path, force=True) == [tmp_path / "fr" / "a.txt"]


def test_crlf_texts_are_read_as_the_corpus_reader_reads_them(tmp_path):
    # "A\r\nLe CCT": CCT is 6-9 in the file's text, 5-8 once the line ending is LF
    record = {"meta": {"doc_id": "w"}, "text": "A\r\nLe CCT", "spans": [{"start": 6, "end": 9, "label": "ORG"}]}
    gold, texts = import_annotations("prodigy", jsonl(tmp_path, [record]))
    assert texts == {"w": "A\nLe CCT"}
    assert gold[["start", "end", "text"]].values.tolist() == [[5, 8, "CCT"]]
