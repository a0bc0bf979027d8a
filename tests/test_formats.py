"""Table formats (partex.formats): one registry of writers and readers; what is written reads back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from partex import formats
from partex.columns import ENTITY_COLUMNS, MENTION_COLUMNS
from partex.formats import (RowWriter, TableFormat, find_table, format_for, format_names, get_format,
                            neutralise, read_mentions, read_table, unneutralise)
from partex.messages import InputError
from partex.outputs import TableWriter, write_table
from test_outputs import mention


# Every cell a spreadsheet would take for a formula, in every text column; gaps of each kind.
TRICKY = [
    mention("-dash", 0, "-5 %", label="FIGURE", norm="-5", precision="", qualifier=None),
    mention("+plus", 3, "+33 1 23", norm="+33123", section="=SUM(A1)"),
    mention("@at", 7, "@ONU", norm="@UN", source="\tx"),
    mention("=eq", 9, "\rCR", norm=float("nan"), precision="'quoted", qualifier="a=b"),
    mention("plain", 11, "ONU", norm="", sentence=3),
]


def as_written(row: Mapping[str, Any]) -> dict[str, Any]:
    """What a reader must give back for a row: gaps are "", integer columns ints."""
    def gap(value: object) -> bool:
        return value is None or (isinstance(value, float) and value != value)

    return {c: "" if gap(row.get(c)) else row[c] for c in MENTION_COLUMNS}


# --- cells ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+33 1 23", "'+33 1 23"), ("-5 %", "'-5 %"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("ONU", "ONU"), ("a=b", "a=b"), ("", ""), (12, 12),
    (None, None), ("'quoted", "'quoted"),
])
def test_neutralise_formula_cells_and_unneutralise_undoes_it(value, expected):
    assert neutralise(value) == expected
    assert unneutralise(neutralise(value)) == value


# --- what is written reads back ---------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_every_format_reads_back_exactly_what_it_wrote(tmp_path, fmt):
    path = write_table(TRICKY, tmp_path / f"mentions.{fmt}", MENTION_COLUMNS, fmt)
    frame = read_table(path)
    assert list(frame.columns) == list(MENTION_COLUMNS)
    assert frame.to_dict("records") == [as_written(row) for row in TRICKY]


def test_empty_values_are_nulls_in_parquet_and_json_lines_and_empty_cells_in_csv(tmp_path):
    import json

    import pyarrow.parquet as pq

    rows = [mention("a", norm="", precision=None), mention("b", norm=float("nan"))]
    jsonl = write_table(rows, tmp_path / "m.jsonl", MENTION_COLUMNS, "jsonl")
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert [(r["norm"], r["precision"], r["qualifier"]) for r in records] == [(None, None, None)] * 2
    parquet = write_table(rows, tmp_path / "m.parquet", MENTION_COLUMNS, "parquet")
    table = pq.read_table(parquet)
    assert table.column("norm").null_count == 2 and table.column("doc_id").null_count == 0
    csv_text = write_table(rows, tmp_path / "m.csv", MENTION_COLUMNS, "csv").read_text()
    assert csv_text.splitlines()[1] == "a,0,3,ORG,ONU,,,,fr,,0,gazetteer"


def test_csv_round_trip_keeps_doc_ids_that_look_like_formulas(tmp_path):
    path = write_table(TRICKY, tmp_path / "mentions.csv", MENTION_COLUMNS)
    on_disk = path.read_text(encoding="utf-8")
    assert "'-dash," in on_disk and "'+plus," in on_disk and "'@at," in on_disk  # neutralised
    assert list(read_table(path)["doc_id"]) == ["-dash", "+plus", "@at", "=eq", "plain"]


def test_the_three_formats_read_back_the_same_table(tmp_path):
    frames = [read_table(write_table(TRICKY, tmp_path / f"m.{fmt}", MENTION_COLUMNS, fmt))
              for fmt in format_names()]
    first = frames[0].reset_index(drop=True)
    for frame in frames[1:]:
        pd.testing.assert_frame_equal(frame.reset_index(drop=True), first)


def test_rows_are_indexed_by_where_they_are_in_the_file(tmp_path):
    rows = [mention(text="Nations\nUnies"), mention(start=20)]
    assert read_table(write_table(rows, tmp_path / "m.csv", MENTION_COLUMNS)).index.tolist() == [2, 4]
    assert read_table(write_table(rows, tmp_path / "m.jsonl", MENTION_COLUMNS, "jsonl")).index.tolist() == [1, 2]
    parquet = read_table(write_table(rows, tmp_path / "m.parquet", MENTION_COLUMNS, "parquet"))
    assert parquet.index.name == "row" and parquet.index.tolist() == [1, 2]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_an_empty_table_reads_back_with_its_columns(tmp_path, fmt):
    path = write_table([], tmp_path / f"e.{fmt}", ENTITY_COLUMNS, fmt)
    frame = read_table(path, ENTITY_COLUMNS)  # JSON Lines with no row cannot say its columns
    assert list(frame.columns) == list(ENTITY_COLUMNS) and frame.empty


# --- finding an extract's mentions ------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_an_extract_folder_is_read_whatever_its_format(tmp_path, fmt):
    write_table(TRICKY, tmp_path / f"mentions.{fmt}", MENTION_COLUMNS, fmt)
    path, frame = read_mentions(tmp_path)
    assert path == tmp_path / f"mentions.{fmt}"
    assert frame.to_dict("records") == [as_written(row) for row in TRICKY]


def test_with_several_formats_the_first_registered_is_read(tmp_path):
    for fmt in ("jsonl", "parquet"):
        write_table(TRICKY, tmp_path / f"mentions.{fmt}", MENTION_COLUMNS, fmt)
    assert find_table(tmp_path, "mentions") == tmp_path / "mentions.parquet"
    write_table(TRICKY, tmp_path / "mentions.csv", MENTION_COLUMNS)
    assert read_mentions(tmp_path)[0] == tmp_path / "mentions.csv"


def test_a_folder_without_mentions_and_a_missing_file_are_named(tmp_path):
    with pytest.raises(InputError) as caught:
        read_mentions(tmp_path)
    assert caught.value.lines() == [f"{tmp_path}: no mentions table in this folder (looked for "
                                    "mentions.csv, mentions.parquet or mentions.jsonl)"]
    with pytest.raises(InputError) as caught:
        read_mentions(tmp_path / "nope.parquet")
    assert caught.value.lines() == [f"{tmp_path / 'nope.parquet'}: file not found"]


# --- files that cannot be read ----------------------------------------------------------------

def test_every_bad_json_line_is_named(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text('{"doc_id": "d"}\n{"doc_id": \n\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_table(path)
    assert [str(p).split(" (")[0] for p in caught.value.problems] == [
        f"{path}, line 2: not valid JSON", f"{path}, line 4: expected a JSON object, got list"]


@pytest.mark.parametrize("name, data, message", [
    ("m.parquet", b"PAR1 garbage", "cannot be read as Parquet"),
    ("m.csv", b"doc_id\ncaf\xe9\n", "not valid UTF-8"),
    ("m.jsonl", b'{"doc_id": "caf\xe9"}\n', "not valid UTF-8"),
])
def test_a_file_that_cannot_be_read_is_named(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_table(tmp_path / name)
    assert caught.value.lines()[0].startswith(f"{tmp_path / name}: {message}")


# --- the registry -----------------------------------------------------------------------------

def test_formats_are_registered_by_name_and_chosen_by_extension():
    assert format_names() == ("csv", "parquet", "jsonl")
    assert format_for("x/MENTIONS.PARQUET") is get_format("parquet")
    assert format_for("changes.txt") is get_format("csv")  # any other name is read as CSV
    with pytest.raises(ValueError, match="unknown output format 'xlsx' .expected one of csv, parquet, jsonl"):
        get_format("xlsx")


def test_a_registered_format_is_written_and_read_with_no_other_change(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "_REGISTRY", dict(formats._REGISTRY))

    class TsvWriter(RowWriter):
        def __init__(self, path: Path, columns: Sequence[str]) -> None:
            self.columns, self.handle = columns, open(path, "w", encoding="utf-8")
            self.handle.write("\t".join(columns) + "\n")

        def write(self, rows: Iterable[Mapping[str, Any]]) -> int:
            lines = ["\t".join(str(row.get(c, "")) for c in self.columns) + "\n" for row in rows]
            self.handle.writelines(lines)
            return len(lines)

        def close(self) -> None:
            self.handle.close()

    @formats.register
    class TsvFormat(TableFormat):
        name = "tsv"

        def writer(self, path: Path, columns: Sequence[str]) -> RowWriter:
            return TsvWriter(path, columns)

        def read(self, path: Path, columns: Sequence[str] = ()) -> pd.DataFrame:
            return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)

    with TableWriter(tmp_path / "mentions.tsv", MENTION_COLUMNS, "tsv") as writer:
        writer.write([mention()])
    assert writer.rows == 1
    assert read_mentions(tmp_path)[1]["text"].tolist() == ["ONU"]
