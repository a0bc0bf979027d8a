"""Gold files and extracts: every problem reported, one line each, naming the file and line."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from partex.columns import GOLD_COLUMNS, LABELS
from partex.gold import (GoldError, load_documents, load_extract, load_gold, read_csv_lines, validate_gold,
                           extract_from_frame)
from partex.messages import InputError

# L’ONU et INTERPOL, en 2017.
# 0123456789012345678901234567   ONU = 2-5, INTERPOL = 9-17, 2017 = 22-26, 27 characters
DOC = "L’ONU et INTERPOL, en 2017."
HEADER = "doc_id,start,end,label,text,norm\n"
KNOWN = ", ".join(LABELS)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "d1.txt").write_text(DOC, encoding="utf-8")
    return folder


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "gold.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def problems(path: Path, corpus: Path | None) -> list[str]:
    with pytest.raises(GoldError) as caught:
        load_gold(path, corpus)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("body, expected", [
    # span text
    ("d1,2,5,ORG,OMU,UN\n", ["text 'OMU' is not the document's 2-5 'ONU'"]),
    ("d1,22,40,DATE,2017.,2017\n", ["span 22-40 runs past the end of document 'd1' (27 characters)"]),
    # labels and documents
    ("d1,2,5,ORGANISATION,ONU,UN\n", [f"unknown label 'ORGANISATION' (known: {KNOWN})"]),
    ("d1,2,5,org,ONU,UN\n", [f"unknown label 'org' (known: {KNOWN})"]),
    ("d9,2,5,ORG,ONU,UN\n", ["doc_id 'd9' names no document of the corpus"]),
    (",2,5,ORG,ONU,UN\n", ["doc_id is empty"]),
    # offsets
    ("d1,two,5,ORG,ONU,UN\n", ["start 'two' is not a whole number"]),
    ("d1,2,5.0,ORG,ONU,UN\n", ["end '5.0' is not a whole number"]),
    ("d1,,,ORG,ONU,UN\n", ["start '' is not a whole number", "end '' is not a whole number"]),
    ("d1,5,5,ORG,,UN\n", ["start 5 is not before end 5"]),
    ("d1,5,2,ORG,,UN\n", ["start 5 is not before end 2"]),
    ("d1,-1,5,ORG,’ONU,UN\n", ["start -1 is negative"]),
])
def test_each_row_problem_is_named_with_its_line(tmp_path, corpus, body, expected):
    assert problems(write(tmp_path, body), corpus) == [f"{tmp_path / 'gold.csv'}, line 2: {m}" for m in expected]


@pytest.mark.parametrize("body, line, expected", [
    ("d1,9,17,ORG,INTERPOL,INTERPOL\nd1,16,26,DATE,\"L, en 2017\",2017\n", 3,
     "span 16-26 (DATE) overlaps span 9-17 (ORG) at line 2"),
    ("d1,9,17,ORG,INTERPOL,INTERPOL\nd1,9,17,ORG,INTERPOL,INTERPOL\n", 3,
     "duplicate of line 2 (same doc_id, start, end, label)"),
    ("d1,9,17,ORG,INTERPOL,INTERPOL\nd1,9,17,PERSON,INTERPOL,INTERPOL\n", 3,
     "span 9-17 (PERSON) overlaps span 9-17 (ORG) at line 2"),
])
def test_overlaps_and_duplicates_name_both_lines(tmp_path, corpus, body, line, expected):
    assert problems(write(tmp_path, body), corpus) == [f"{tmp_path / 'gold.csv'}, line {line}: {expected}"]


def test_adjacent_spans_do_not_overlap(tmp_path, corpus):
    gold = load_gold(write(tmp_path, "d1,9,17,ORG,INTERPOL,INTERPOL\nd1,17,18,FIGURE,\",\",x\n"), corpus)
    assert len(gold) == 2


def test_missing_columns_is_one_problem_naming_the_file(tmp_path, corpus):
    path = write(tmp_path, "d1,2,5,ORG,ONU\n", header="doc_id,start,end,label,text\n")
    assert problems(path, corpus) == [
        f"{path}: missing column(s) norm (a gold file needs doc_id,start,end,label,text,norm)"]


def test_every_problem_is_reported_in_line_order(tmp_path, corpus):
    path = write(tmp_path, "d1,2,5,ORG,ONU,UN\nd1,9,17,ORGA,INTERPOL,x\nd9,0,1,ORG,L,x\nd1,x,26,DATE,2017,2017\n")
    assert problems(path, corpus) == [
        f"{path}, line 3: unknown label 'ORGA' (known: {KNOWN})",
        f"{path}, line 4: doc_id 'd9' names no document of the corpus",
        f"{path}, line 5: start 'x' is not a whole number",
    ]


def test_line_numbers_follow_quoted_line_breaks(tmp_path, corpus):
    path = write(tmp_path, "d1,2,5,ORG,ONU,UN,\"a comment\non two lines\"\nd1,9,17,ORG,INTERPOL!,x,\n",
                 header="doc_id,start,end,label,text,norm,comment\n")
    assert problems(path, corpus) == [f"{path}, line 4: text 'INTERPOL!' is not the document's 9-17 'INTERPOL'"]


def test_without_corpus_only_the_file_itself_is_checked(tmp_path):
    gold = load_gold(write(tmp_path, "d9,2,5,ORG,OMU,UN\n"), None)
    assert gold[["doc_id", "start", "end"]].values.tolist() == [["d9", 2, 5]]


def test_valid_gold_has_int_offsets_string_cells_and_keeps_extra_columns(tmp_path, corpus):
    path = write(tmp_path, "d1,2,5,ORG,ONU,UN,ok\nd1,22,26,DATE,2017,NA,\n",
                 header="doc_id,start,end,label,text,norm,note\n")
    gold = load_gold(path, corpus)
    assert list(gold.columns) == [*GOLD_COLUMNS, "note"]
    assert gold["start"].tolist() == [2, 22] and gold["end"].dtype == "int64"
    assert gold["norm"].tolist() == ["UN", "NA"]  # "NA" is a value, not a gap
    assert gold.index.tolist() == [2, 3]


def test_missing_file_is_named(tmp_path):
    with pytest.raises(GoldError) as caught:
        load_gold(tmp_path / "nope.csv")
    assert caught.value.lines() == [f"{tmp_path / 'nope.csv'}: file not found"]


def test_validate_gold_on_a_frame_numbers_rows_as_their_csv_lines():
    df = pd.DataFrame([["d1", 2, 5, "ORG", "ONU", "UN"], ["d1", 9, 17, "XX", "INTERPOL", ""]], columns=GOLD_COLUMNS)
    assert [str(p) for p in validate_gold(df, {"d1": DOC})] == [f"line 3: unknown label 'XX' (known: {KNOWN})"]


# --- extracts ------------------------------------------------------------------------------------

def test_extract_is_read_from_a_folder_or_a_csv(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "mentions.csv").write_text(HEADER + "d1,2,5,ORG,ONU,UN\n", encoding="utf-8")
    assert load_extract(folder).equals(load_extract(folder / "mentions.csv"))


def test_extract_folder_without_mentions_is_named(tmp_path):
    with pytest.raises(GoldError) as caught:
        load_extract(tmp_path)
    assert caught.value.lines() == [f"{tmp_path}: no mentions table in this folder (looked for mentions.csv, "
                                    "mentions.parquet or mentions.jsonl)"]


@pytest.mark.parametrize("fmt, where", [("csv", "line 3"), ("jsonl", "line 2"), ("parquet", "row 2")])
def test_extract_problems_name_the_line_or_row_of_any_format(tmp_path, fmt, where):
    from partex.outputs import write_table

    rows = [dict(zip(GOLD_COLUMNS, ("d1", 2, 5, "ORG", "ONU", "UN"))),
            dict(zip(GOLD_COLUMNS, ("d1", 9, 17, "ORGA", "INTERPOL", "")))]
    path = write_table(rows, tmp_path / f"mentions.{fmt}", GOLD_COLUMNS, fmt)
    with pytest.raises(GoldError) as caught:
        load_extract(tmp_path)
    assert caught.value.lines() == [f"{path}, {where}: unknown label 'ORGA' (known: {KNOWN})"]


def test_extract_checks_labels_offsets_and_texts_but_not_overlaps_or_unknown_documents():
    df = pd.DataFrame([["d1", 2, 5, "ORG", "ONU", "UN"], ["d1", 2, 8, "ORG", "ONU et", ""],
                       ["d9", 0, 1, "ORG", "x", ""], ["d1", 9, 17, "ORG", "INTERPOl", ""],
                       ["d1", 22, 26, "YEAR", "2017", ""]], columns=GOLD_COLUMNS)
    with pytest.raises(GoldError) as caught:
        extract_from_frame(df, {"d1": DOC}, path="run")
    assert caught.value.lines() == ["run, line 5: text 'INTERPOl' is not the document's 9-17 'INTERPOL'",
                                    f"run, line 6: unknown label 'YEAR' (known: {KNOWN})"]


def test_extract_with_float_offsets_and_nan_norm_is_cleaned():
    df = pd.DataFrame({"doc_id": ["d1"], "start": [2.0], "end": [5.0], "label": ["ORG"], "text": ["ONU"],
                       "norm": [float("nan")], "source": ["gazetteer"]})
    out = extract_from_frame(df, {"d1": DOC})
    assert out.iloc[0].tolist() == ["d1", 2, 5, "ORG", "ONU", "", "gazetteer"]


# --- documents -----------------------------------------------------------------------------------

def test_documents_are_read_recursively_with_slash_doc_ids(tmp_path):
    (tmp_path / "fr" / "sub").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "fr" / "sub" / "b.md").write_text("# B", encoding="utf-8")
    (tmp_path / "fr" / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden" / "c.txt").write_text("C", encoding="utf-8")
    assert load_documents(tmp_path) == {"a": "A", "fr/sub/b": "# B"}


def test_documents_drop_the_bom_and_read_line_endings_as_lf(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffL’ONU\r\nen 2017\r".encode("utf-8"))
    assert load_documents(tmp_path) == {"a": "L’ONU\nen 2017\n"}


def test_documents_are_read_as_extract_reads_them_encodings_and_doc_ids_included(tmp_path):
    from test_inputs import make_pdf

    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "a.md").write_text("A", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("L’accord signé à Genève".encode("cp1252"))
    (tmp_path / "c.txt").write_bytes("Signé à Genève".encode("utf-16"))
    (tmp_path / "d.pdf").write_bytes(make_pdf(["Accord entre INTERPOL et l'ONU"]))
    (tmp_path / "e.html").write_text("<html><body><article><p>Un accord entre INTERPOL et "
                                     "l'ONU a été signé à Genève en 2019 pour de bon.</p>"
                                     "</article></body></html>", encoding="utf-8")
    documents = load_documents(tmp_path)
    assert set(documents) == {"a", "a~2", "b", "c", "d", "e"}
    assert documents["b"] == "L’accord signé à Genève" and documents["c"] == "Signé à Genève"
    assert "Accord entre INTERPOL et l'ONU" in documents["d"]
    assert "signé à Genève en 2019" in documents["e"]


def test_document_problems_are_all_reported(tmp_path):
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\ngarbage")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError) as caught:
        load_documents(tmp_path)
    lines = caught.value.lines()
    assert [line.split(": ")[0] for line in lines] == [str(tmp_path / "b.pdf"), str(tmp_path / "c.txt")]
    assert lines[0].split(": ")[1].startswith(("broken PDF", "PDF with no text"))


def test_missing_corpus_folder_is_named(tmp_path):
    with pytest.raises(InputError) as caught:
        load_documents(tmp_path / "none")
    assert caught.value.lines() == [f"{tmp_path / 'none'}: folder not found"]


def test_csv_reader_skips_blank_lines_and_pads_short_rows(tmp_path):
    path = write(tmp_path, "d1,2,5,ORG,ONU\n\nd1,9,17,ORG,INTERPOL,INTERPOL\n")
    frame = read_csv_lines(path)
    assert frame.index.tolist() == [2, 4] and frame["norm"].tolist() == ["", "INTERPOL"]
