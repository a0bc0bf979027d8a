"""Write the tables a batch produces, atomically and in a stream; the manifest and the resume journal.

Every file is written under a temporary name in its own folder and renamed into place with
`os.replace` only once complete, so an interrupted run never leaves a truncated table behind.
Rows stream out as they come, so memory does not grow with their number. How each format
writes its rows (and reads them back) is in `partex.formats`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__
from .columns import ENTITY_COLUMNS, ERROR_COLUMNS, FACT_COLUMNS, MENTION_COLUMNS, NETWORK_COLUMNS
from .formats import RowWriter, get_format

# The tables a batch writes, and their columns.
TABLES: dict[str, tuple[str, ...]] = {"mentions": MENTION_COLUMNS, "entities": ENTITY_COLUMNS,
                                      "facts": FACT_COLUMNS, "network": NETWORK_COLUMNS,
                                      "errors": ERROR_COLUMNS}


class OutputExistsError(FileExistsError):
    """An output file is already there and overwriting it was not asked for."""

    def __init__(self, paths: Sequence[Path]) -> None:
        names = ", ".join(str(p) for p in paths)
        super().__init__(f"output already exists: {names} (use --force to overwrite)")
        self.paths = list(paths)


def part_path(path: Path) -> Path:
    """The temporary name a file is written under before it is renamed to `path`."""
    return path.with_name(f".{path.name}.part")


def check_can_write(paths: Iterable[Path], *, force: bool) -> None:
    """Raise `OutputExistsError` naming every path that exists, unless `force`."""
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        raise OutputExistsError(existing)


def _commit(part: Path, path: Path) -> None:
    """Flush a finished part file to disk and rename it into place."""
    with open(part, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(part, path)


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file beside `path`; rename it to `path` on success, delete it on error."""
    part = part_path(path)
    try:
        with open(part, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


class TableWriter:
    """Stream rows of one table into one file, committed atomically by `close()`.

    Rows are mappings; keys outside `columns` are ignored and missing ones are written empty.
    `fmt` names a format of `partex.formats`, which does the writing. Used as a context
    manager, an exception discards the part file and no table appears.
    """

    def __init__(self, path: Path, columns: Sequence[str], fmt: str) -> None:
        self.path = Path(path)
        self.columns = tuple(columns)
        self.fmt = fmt
        self.rows = 0
        self._part = part_path(self.path)
        self._writer: RowWriter | None = get_format(fmt).writer(self._part, self.columns)

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append rows to the part file."""
        assert self._writer is not None, "write after close"
        self.rows += self._writer.write(rows)

    def write_chunk(self, chunk: Any, rows: int) -> None:
        """Append `rows` rows encoded by the format's `encode` (in a worker process, say)."""
        assert self._writer is not None, "write after close"
        self._writer.write_chunk(chunk, rows)
        self.rows += rows

    def flush(self) -> None:
        """Push buffered text to the operating system (a killed process then loses nothing)."""
        if self._writer is not None:
            self._writer.flush()

    def close(self) -> Path:
        """Finish the file and rename it into place; return its path."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        _commit(self._part, self.path)
        return self.path

    def abort(self) -> None:
        """Drop the part file: the table is not written."""
        with contextlib.suppress(Exception):
            if self._writer is not None:
                self._writer.abort()
        self._writer = None
        self._part.unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def write_table(rows: Iterable[Mapping[str, Any]], path: Path, columns: Sequence[str],
                fmt: str = "csv") -> Path:
    """Write a whole table to `path` atomically; return the path."""
    with TableWriter(path, columns, fmt) as writer:
        writer.write(rows)
    return writer.path


def patterns_sha256(root: Path) -> str:
    """SHA-256 over the files under `root` (relative path and content, in sorted order)."""
    digest = hashlib.sha256()
    root = Path(root)
    if not root.is_dir():
        return ""
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        digest.update(relative.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def versions(models: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Versions of partex, spaCy and each model package (lang -> name) for the manifest."""
    import spacy

    found: dict[str, Any] = {"partex": __version__, "spacy": spacy.__version__}
    described = {}
    for lang, name in sorted((models or {}).items()):
        try:
            version = spacy.util.get_package_version(name)
        except Exception:  # a model given as a path, or not installed as a package
            version = None
        described[lang] = {"name": name, "version": version}
    found["models"] = described
    return found


class ManifestWriter:
    """Collect a run's per-input records on disk, then write `manifest.json` atomically.

    Inputs are appended to a part file as documents finish, so the manifest of 100 000 inputs
    costs no memory; `close(summary)` writes the summary keys first and the inputs last.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._inputs_part = self.path.with_name(f".{self.path.name}.inputs.part")
        self._inputs = open(self._inputs_part, "w", encoding="utf-8")

    def add(self, record: Mapping[str, Any]) -> None:
        """Record one input (path, doc_id, sha256, status, mentions...)."""
        self._inputs.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self, summary: Mapping[str, Any]) -> Path:
        """Write `summary` and every recorded input as `manifest.json`; return its path."""
        self._inputs.close()
        head = json.dumps(dict(summary), ensure_ascii=False, indent=2)
        with atomic_open(self.path, "w", encoding="utf-8") as out:
            out.write(head[:-2] + ',\n  "inputs": [')  # reopen the object to append the inputs
            with open(self._inputs_part, encoding="utf-8") as inputs:
                for i, line in enumerate(inputs):
                    out.write(("\n    " if i == 0 else ",\n    ") + line.rstrip("\n"))
            out.write("\n  ]\n}\n")
        self._inputs_part.unlink(missing_ok=True)
        return self.path

    def abort(self) -> None:
        """Drop what was collected: no manifest is written."""
        with contextlib.suppress(Exception):
            self._inputs.close()
        self._inputs_part.unlink(missing_ok=True)


class ResumeError(ValueError):
    """A journal that cannot be resumed: written by other options or another version."""


class Journal:
    """The batch's part file: one JSON line per finished document, its rows included.

    It is what makes `--resume` possible: a run killed at any point leaves every document it had
    finished in the journal (a half-written last line is dropped), and the next run reuses those
    whose input hash has not changed. The first line records the options the rows depend on; a
    journal written with different ones is refused. Lines for a doc_id seen twice: the last wins.

    The index of lines (doc_id -> where) holds the lines of the journal resumed, read when it
    opens; the lines written since are read back from the file only when `done` or `load` is
    asked. A batch asks `done` before it writes and takes the documents it skips with
    `resumed`, so that its memory does not grow with the documents it writes.
    """

    def __init__(self, path: Path, header: Mapping[str, Any], *, resume: bool) -> None:
        self.path = Path(path)
        self.header = dict(header)
        self._index: dict[str, tuple[int, str, str]] = {}  # doc_id -> (offset, sha256, status)
        if resume and self.path.exists():
            end = self._load()
            self._handle = open(self.path, "r+b")
            self._handle.truncate(end)
            self._handle.seek(end)
        else:
            self._handle = open(self.path, "wb")
            self._handle.write(self._line({"journal": 1, **self.header}))
            self._handle.flush()
        self._indexed = self._handle.tell()  # where the lines not yet in the index start
        self._reader = open(self.path, "rb")

    @staticmethod
    def line(record: Mapping[str, Any]) -> bytes:
        """A record as the journal writes it (a worker may encode its documents' lines)."""
        return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()

    _line = line

    def _load(self) -> int:
        """Index the complete lines of an existing journal; return where the next line goes."""
        with open(self.path, "rb") as handle:
            first = handle.readline()
            try:
                stored = json.loads(first)
            except ValueError:
                stored = None
            if not first.endswith(b"\n") or not isinstance(stored, dict) or stored.get("journal") != 1:
                raise ResumeError(f"{self.path}: not a partex journal; use --force to start again")
            stored.pop("journal")
            changed = sorted(k for k in set(stored) | set(self.header)
                             if stored.get(k) != self.header.get(k))
            if changed:
                detail = ", ".join(f"{k}: {stored.get(k)!r} then, {self.header.get(k)!r} now"
                                   for k in changed)
                raise ResumeError(f"cannot resume the run in {self.path.parent}: it was made with "
                                  f"other settings ({detail}); use the same ones, or --force to "
                                  "start again")
            return self._index_lines(handle, handle.tell())

    def _index_lines(self, handle: IO[bytes], end: int) -> int:
        """Index the complete lines of `handle` from `end` on; return where they stop."""
        for line in iter(handle.readline, b""):
            if not line.endswith(b"\n"):
                break  # the process was killed while writing this line
            try:
                record = json.loads(line)
            except ValueError:
                break
            self._index[record["doc_id"]] = (end, record.get("sha256") or "", record["status"])
            end += len(line)
        return end

    def _catch_up(self) -> None:
        """Index the lines written since the index was last brought up to date."""
        if self._indexed < self._handle.tell():
            self._reader.seek(self._indexed)
            self._indexed = self._index_lines(self._reader, self._indexed)

    def done(self) -> dict[str, str]:
        """doc_id -> input SHA-256 of every document extracted without error."""
        self._catch_up()
        return {doc_id: sha for doc_id, (_, sha, status) in self._index.items() if status == "ok"}

    def append(self, record: Mapping[str, Any]) -> None:
        """Add one finished document (flushed at once, so a killed process keeps it)."""
        self.append_line(self._line(record))

    def append_line(self, line: bytes) -> None:
        """Add one finished document's line, already encoded by `line` (flushed at once)."""
        self._handle.write(line)
        self._handle.flush()

    def load(self, doc_id: str) -> dict[str, Any]:
        """The record last written for `doc_id`."""
        self._catch_up()
        return self._read(doc_id)

    def resumed(self, doc_id: str) -> dict[str, Any]:
        """The record of `doc_id` in the journal as it was resumed: what a batch reuses for a
        document it skips (and never writes again), without reading back the lines written
        since."""
        return self._read(doc_id)

    def _read(self, doc_id: str) -> dict[str, Any]:
        self._reader.seek(self._index[doc_id][0])
        return json.loads(self._reader.readline())

    def close(self) -> None:
        """Flush to disk and close."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._reader.close()
