"""Where discovered sources are kept (partex.source_list): a list, or a SQLite file for a batch."""

from __future__ import annotations

import io
import sqlite3
import tracemalloc
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from partex.batch.plan import BatchUsageError, plan_batch
from partex.inputs import Source, discover
from partex.source_list import SourceFile, SourceMemory
from partex.text_columns import TextColumns

# doc_ids with accents, other scripts and lone surrogates (file names that are not UTF-8)
NAMES = st.text(st.characters(codec=None, exclude_categories=("Cc",)), min_size=1, max_size=6)
SOURCES = st.lists(st.tuples(NAMES, st.sampled_from(["txt", "md", ""]),
                             st.integers(0, 10**9), st.sampled_from([None, "unreadable"])),
                   max_size=40)


def fill(store, rows):
    """Add rows as `discover` does: a doc_id seen before gets a suffix."""
    for n, (doc_id, fmt, size, error) in enumerate(rows):
        unique, k = doc_id, 1
        while store.has_doc_id(unique):
            k += 1
            unique = f"{doc_id}~{k}"
        store.append(Source(unique, f"/in/{n}/{doc_id}", fmt, size, error=error))
    return store.sealed()


@settings(max_examples=60, deadline=None)
@given(SOURCES)
@example([("\udcffx", "txt", 1, None), ("\ue000", "txt", 2, None), ("a", "md", 3, None)])
def test_the_file_holds_what_the_list_holds_in_the_same_order(rows):
    expected = fill(SourceMemory(), rows)
    with SourceFile() as stored:
        found = fill(stored, rows)
        assert list(found) == expected
        assert len(found) == len(expected)
        assert [found[i] for i in range(len(found))] == expected
        assert found[-1:] == expected[-1:] and found[::3] == expected[::3]


def test_an_index_past_the_end_raises_index_error():
    with SourceFile() as stored:
        stored.append(Source("a", "a.txt", "txt"))
        stored.sealed()
        assert stored[-1].doc_id == "a"
        with pytest.raises(IndexError):
            stored[1]


def test_a_file_is_visited_once():
    with SourceFile() as stored:
        assert stored.first_visit("/in/a.txt") and not stored.first_visit("/in/a.txt")
        assert stored.first_visit("/in/b.txt")


def test_standard_input_and_text_columns_come_back_whole(tmp_path):
    columns = TextColumns(text="body")
    records = tmp_path / "records.jsonl"
    records.write_text('{"body": "Un texte."}\n{"body": "Another text."}\n', encoding="utf-8")
    arguments = ["-", str(records)]
    expected = discover(arguments, stdin=io.BytesIO(b"Bonjour."), columns=columns)
    with SourceFile(columns) as stored:
        found = discover(arguments, stdin=io.BytesIO(b"Bonjour."), columns=columns, into=stored)
        assert list(found) == list(expected)
        assert found[-1].data == b"Bonjour." and found[0].columns == columns


def test_nothing_is_left_in_the_temporary_folder_even_while_it_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path))
    with SourceFile() as stored:
        for n in range(30_000):  # past SQLite's 2 MB of pages in memory: it writes to its file
            stored.append(Source(f"doc-{n:06d}", f"/archive/press/{n:06d}.txt", "txt", 2000))
        stored.sealed()
        assert stored[29_999].doc_id == "doc-029999"
        assert not any(tmp_path.iterdir())  # SQLite unlinks its file as soon as it opens it


def test_streaming_the_sources_holds_few_of_them_in_memory():
    with SourceFile() as stored:
        for n in range(20_000):
            stored.append(Source(f"doc-{n:06d}", f"/archive/press/{n:06d}.txt", "txt", 2000))
        stored.sealed()
        tracemalloc.start()
        try:
            count = sum(1 for _ in stored)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert count == 20_000
    assert peak < 2_000_000  # the 20 000 sources as Python objects take over 6 MB


def test_a_batch_plan_streams_its_sources_in_doc_id_order(tmp_path):
    for name in ("b", "a", "c"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text("Texte.", encoding="utf-8")
    plan = plan_batch([str(tmp_path / "in")], tmp_path / "out", formats=("csv",), lang=None,
                      workers=1, force=False, resume=False)
    assert isinstance(plan.sources, SourceFile)
    assert [s.doc_id for s in plan.sources] == ["a", "b", "c"]
    plan.close()


def test_a_refused_plan_closes_its_list(tmp_path, monkeypatch):
    closed = []
    monkeypatch.setattr(SourceFile, "close", lambda self: closed.append(self))
    (tmp_path / "empty").mkdir()
    with pytest.raises(BatchUsageError, match="no input document found"):
        plan_batch([str(tmp_path / "empty")], tmp_path / "out", formats=("csv",), lang=None,
                   workers=1, force=False, resume=False)
    assert len(closed) == 1


def test_a_database_that_cannot_open_refuses_the_batch_in_one_line(tmp_path, monkeypatch):
    def cannot(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", cannot)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Texte.", encoding="utf-8")
    with pytest.raises(BatchUsageError, match="cannot keep the list of inputs .*unable to open"):
        plan_batch([str(tmp_path / "in")], tmp_path / "out", formats=("csv",), lang=None,
                   workers=1, force=False, resume=False)


def test_a_failing_database_is_an_os_error():
    stored = SourceFile()
    stored._db.close()  # as when the disk fills up: every call fails
    with pytest.raises(OSError, match="the list of inputs in a temporary file: .*TMPDIR"):
        stored.append(Source("a", "a.txt", "txt"))
