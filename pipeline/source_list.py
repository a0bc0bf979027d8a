"""Where `discover` keeps the sources it finds: in memory for a call from Python, on disk for a
batch, so that a batch of millions of documents holds none of them in memory.

A batch needs its sources whole before it starts (their doc_ids unique, sorted, counted) and
then only one task at a time. `SourceFile` keeps them in SQLite's private temporary database
(Python's standard library): SQLite checks the doc_ids are unique, sorts them on disk and reads
them back by position or as a stream, where the alternative would be a hand-written external
sort. It holds about 2 MB of pages in memory and writes the rest to a file in `SQLITE_TMPDIR`,
`TMPDIR` or `/var/tmp`, which it unlinks as soon as it is opened, so that nothing is left
behind, even by a batch killed with `kill -9`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Protocol, overload

from .inputs import Source
from .text_columns import TextColumns

# Rows read from the file at a time when streaming the sources.
_FETCH = 1024
_COLUMNS = "doc_id, path, fmt, size, error, rec_offset, rec_length, rec_header"


class SourceStore(Protocol):
    """What `discover` needs of a store: keep doc_ids unique and files read once, then sort."""

    def has_doc_id(self, doc_id: str) -> bool: ...

    def first_visit(self, key: str) -> bool: ...

    def append(self, source: Source) -> None: ...

    def sealed(self) -> Sequence[Source]: ...


class SourceMemory:
    """Sources in a list, for `discover` called from Python on a handful of inputs."""

    def __init__(self) -> None:
        self._sources: list[Source] = []
        self._doc_ids: set[str] = set()
        self._visited: set[str] = set()

    def has_doc_id(self, doc_id: str) -> bool:
        """Whether a source already has this doc_id."""
        return doc_id in self._doc_ids

    def first_visit(self, key: str) -> bool:
        """Record a file's real path; False when it was recorded before."""
        if key in self._visited:
            return False
        self._visited.add(key)
        return True

    def append(self, source: Source) -> None:
        """Keep one source (its doc_id unique)."""
        self._doc_ids.add(source.doc_id)
        self._sources.append(source)

    def sealed(self) -> list[Source]:
        """Every source, sorted by doc_id."""
        return sorted(self._sources, key=lambda s: s.doc_id)


class SourceFile(Sequence[Source]):
    """Sources in SQLite's private temporary database: filled by `discover`, then read sorted by
    doc_id.

    Once sealed it is a read-only sequence: `len`, an index or a slice (by position), iteration
    (a stream, `_FETCH` rows at a time). Standard input's bytes, the one source that cannot be
    read again, stay in memory. Close it (or use it as a context manager) to free it.
    """

    def __init__(self, columns: TextColumns | None = None) -> None:
        try:
            self._db = sqlite3.connect("", isolation_level=None)  # "": private and temporary
        except sqlite3.Error as error:
            raise OSError(f"the list of inputs in a temporary file: {error}") from None
        self._columns = columns
        self._data: dict[str, bytes] = {}
        self._length = 0
        self._sealed = False
        with self._errors():
            for statement in ("PRAGMA journal_mode=OFF", "BEGIN",
                              "CREATE TABLE found (doc_id BLOB PRIMARY KEY, path, fmt, size, "
                              "error, rec_offset, rec_length, rec_header, has_columns)",
                              "CREATE TABLE visited (key BLOB PRIMARY KEY)"):
                self._db.execute(statement)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """A failure of the database (disk full, no temporary folder) as an OSError."""
        try:
            yield
        except sqlite3.Error as error:
            self.close()
            raise OSError(f"the list of inputs in a temporary file: {error} (set TMPDIR to a "
                          "folder with room)") from None

    # filling (by `discover`)

    def has_doc_id(self, doc_id: str) -> bool:
        """Whether a source already has this doc_id."""
        with self._errors():
            found = self._db.execute("SELECT 1 FROM found WHERE doc_id = ?", (_blob(doc_id),))
            return found.fetchone() is not None

    def first_visit(self, key: str) -> bool:
        """Record a file's real path; False when it was recorded before."""
        with self._errors():
            return self._db.execute("INSERT OR IGNORE INTO visited VALUES (?)",
                                    (_blob(key),)).rowcount == 1

    def append(self, source: Source) -> None:
        """Keep one source (its doc_id unique)."""
        if source.columns is not None:
            self._columns = source.columns  # the same for every record of one discovery
        if source.data is not None:
            self._data[source.doc_id] = source.data
        offset, length, header = source.record or (None, None, None)
        with self._errors():
            self._db.execute("INSERT INTO found VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (_blob(source.doc_id), _blob(source.path), source.fmt, source.size,
                              source.error, offset, length, header, source.columns is not None))

    def sealed(self) -> SourceFile:
        """Sort the sources by doc_id, each numbered by its position; return self, now read-only."""
        if not self._sealed:
            with self._errors():
                self._seal()
        return self

    def _seal(self) -> None:
        # each source numbered by its place in doc_id order (bytes of UTF-8: the order of
        # Python's strings), so that an index is one lookup
        for statement in (f"CREATE TABLE sorted (pos INTEGER PRIMARY KEY, {_COLUMNS}, has_columns)",
                          f"INSERT INTO sorted SELECT row_number() OVER (ORDER BY doc_id) - 1, "
                          f"{_COLUMNS}, has_columns FROM found", "DROP TABLE found",
                          "DROP TABLE visited", "COMMIT"):
            self._db.execute(statement)
        self._length = self._db.execute("SELECT count(*) FROM sorted").fetchone()[0]
        self._sealed = True

    # reading (by the batch)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Source: ...

    @overload
    def __getitem__(self, index: slice) -> list[Source]: ...

    def __getitem__(self, index: int | slice) -> Source | list[Source]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("source index out of range")
        row = self._db.execute(f"SELECT {_COLUMNS}, has_columns FROM sorted WHERE pos = ?",
                               (index,)).fetchone()
        return self._source(row)

    def __iter__(self) -> Iterator[Source]:
        cursor = self._db.execute(f"SELECT {_COLUMNS}, has_columns FROM sorted ORDER BY pos")
        while rows := cursor.fetchmany(_FETCH):
            yield from map(self._source, rows)

    def _source(self, row: tuple) -> Source:
        doc_id, path, fmt, size, error, offset, length, header, has_columns = row
        doc_id = _text(doc_id)
        return Source(doc_id, _text(path), fmt, size, self._data.get(doc_id), error,
                      None if offset is None else (offset, length, header),
                      self._columns if has_columns else None)

    def close(self) -> None:
        """Close the database: SQLite frees it, its file included."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> SourceFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _blob(text: str) -> bytes:
    """A name as UTF-8 bytes, for SQLite; file names that are not UTF-8 reach Python as lone
    surrogates, kept by `surrogatepass`, and the bytes sort as Python sorts the strings."""
    return text.encode("utf-8", "surrogatepass")


def _text(blob: bytes) -> str:
    """`_blob` undone."""
    return blob.decode("utf-8", "surrogatepass")
