"""Find input documents (files, folders, glob patterns, standard input) and read them as text.

Reading is two steps so that a batch can do the cheap one in the parent and the costly one in
worker processes: `discover` turns command-line arguments into `Source`s (paths and doc_ids, no
reading), `read_source` reads one into a `Document` or raises `InputError` saying why it cannot.

Offsets in every output refer to the text *as extracted* here: after decoding, dropping a byte
order mark and turning CRLF and lone CR into LF. No-break spaces and every other character are
kept as they are.
"""

from __future__ import annotations

import glob
import hashlib
import io
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import converters, limits, text_columns
from .messages import InputError
from .text_columns import TextColumns

if TYPE_CHECKING:
    from .source_list import SourceStore

# Format of each extension partex reads; anything else in a folder is left alone.
FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf",
           ".docx": "docx"}

# Size limits, past which a document is reported instead of read (partex.limits).
MAX_FILE_BYTES = limits.MAX_FILE_BYTES
MAX_TEXT_CHARS = limits.MAX_TEXT_CHARS
MAX_EXPANDED_BYTES = limits.MAX_EXPANDED_BYTES

STDIN = "-"
STDIN_DOC_ID = "stdin"
_GLOB_MAGIC = re.compile(r"[*?[]")
# Control characters that have no business in text (tab, LF, VT, FF, CR are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01


@dataclass(frozen=True)
class Source:
    """One input found by `discover`: where it is and its doc_id, not yet read.

    `data` holds the bytes of standard input, the only source that cannot be read twice.
    `error` is set for an argument that names nothing readable (a missing path, a pattern that
    matches nothing, a file of an unknown format): reading it raises `InputError`.
    """

    doc_id: str
    path: str
    fmt: str
    size: int = 0
    data: bytes | None = None
    error: str | None = None
    # a record of a text-column file (partex.text_columns): its byte offset and length, the
    # length of the file's header, and the fields to read
    record: tuple[int, int, int] | None = None
    columns: TextColumns | None = None


@dataclass(frozen=True)
class Document:
    """A document read and decoded: `text` is what every offset refers to."""

    doc_id: str
    path: str
    text: str
    sha256: str
    fmt: str
    publisher: str | None = None  # given by the document's record (text-column inputs)


# --------------------------------------------------------------------------------------------
# Discovery


def _glob_root(pattern: str) -> str:
    """The folder a glob pattern starts from: its leading components without wildcards."""
    parts = Path(pattern).parts
    literal = []
    for part in parts:
        if _GLOB_MAGIC.search(part):
            break
        literal.append(part)
    return str(Path(*literal)) if literal else "."


def _doc_id(path: Path, root: Path | None) -> str:
    """Path relative to `root` without its extension, `/`-separated; the stem when no root."""
    if root is None:
        return path.stem
    relative = path.relative_to(root)
    return relative.with_suffix("").as_posix()


def _walk(folder: Path, unreadable: list[tuple[Path, str]]) -> Iterator[Path]:
    """Files of a known format under `folder`, recursively, hidden files and folders skipped;
    each folder that cannot be listed is added to `unreadable` with the reason."""
    def report(error: OSError) -> None:
        unreadable.append((Path(error.filename or folder),
                           f"unreadable folder: {(error.strerror or str(error)).lower()}"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=report, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                yield Path(dirpath) / name


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def discover(arguments: Sequence[str], *, stdin: io.BufferedIOBase | None = None,
             columns: TextColumns | None = None,
             into: SourceStore | None = None) -> Sequence[Source]:
    """Turn files, folders, glob patterns and `-` into sources with unique doc_ids.

    Folders are walked recursively for the extensions in `FORMATS` (other files and hidden ones
    are ignored); a glob pattern (`corpus/**/*.html`) is expanded with `**` crossing folders.
    doc_id is the path relative to the folder or the pattern's fixed prefix, without extension,
    `/`-separated; a file named directly gets its stem; standard input is "stdin". A doc_id seen
    twice gets a suffix `~2`, `~3`... in the order the arguments list them. A file reached twice
    (a folder and a file in it) is read once. A JSON Lines or CSV file named (not found in a
    folder) is a document per record (`partex.text_columns`, fields named by `columns`). A
    folder that cannot be listed is a source that fails with the reason. Sources come back
    sorted by doc_id: a list, or the store `into` once sealed (a batch passes a
    `source_list.SourceFile`, which keeps them on disk).
    """
    if into is None:
        from .source_list import SourceMemory

        into = SourceMemory()
    found = _Discovery(columns or TextColumns(), into)
    for argument in arguments:
        if argument == STDIN:
            data = (stdin or sys.stdin.buffer).read()
            found.add(STDIN_DOC_ID, STDIN, "txt", size=len(data), data=data)
            continue
        path = Path(argument)
        if path.is_dir():
            found.add_folder(path)
        elif path.exists() or path.is_symlink():
            found.add_file(path, None)
        elif _GLOB_MAGIC.search(argument):
            found.add_pattern(argument)
        else:
            found.add(_doc_id(path, None), argument, "", error="no such file or folder")
    return into.sealed()


class _Discovery:
    """The sources found so far, in `store`, their doc_ids kept unique and each file taken once."""

    def __init__(self, columns: TextColumns, store: SourceStore) -> None:
        self.columns = columns
        self.store = store

    def add(self, doc_id: str, path: str, fmt: str, **extra: object) -> None:
        unique, n = doc_id, 1
        while self.store.has_doc_id(unique):
            n += 1
            unique = f"{doc_id}~{n}"
        self.store.append(Source(unique, path, fmt, **extra))  # type: ignore[arg-type]

    def add_folder(self, folder: Path) -> None:
        unreadable: list[tuple[Path, str]] = []
        for file in _walk(folder, unreadable):
            self.add_file(file, folder, named=False)
        for where, reason in unreadable:
            doc_id = where.relative_to(folder).as_posix() if where != folder else folder.name
            self.add(doc_id or str(folder), str(where), "", error=reason)

    def add_pattern(self, pattern: str) -> None:
        root = Path(_glob_root(pattern))
        files = [p for p in sorted(Path(p) for p in glob.glob(pattern, recursive=True)) if p.is_file()]
        if not files:
            self.add(pattern, pattern, "", error="no file matches this pattern")
        # a pattern naming .jsonl or .csv files reads them as text columns; `**/*` does not
        named = pattern.lower().endswith(tuple(text_columns.FORMATS))
        for file in files:
            self.add_file(file, root, named=named)

    def add_file(self, path: Path, root: Path | None, named: bool = True) -> None:
        if not self.store.first_visit(os.path.realpath(path)):
            return
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None and named and path.suffix.lower() in text_columns.FORMATS:
            self.add_records(path, root)
        elif fmt is None:
            self.add(_doc_id(path, root), str(path), "", error=f"unsupported format: "
                     f"{path.suffix or '(no extension)'} (expected one of "
                     f"{', '.join(sorted({**FORMATS, **text_columns.FORMATS}))})")
        else:
            self.add(_doc_id(path, root), str(path), fmt, size=_size(path))

    def add_records(self, path: Path, root: Path | None) -> None:
        fmt, stem = text_columns.FORMATS[path.suffix.lower()], _doc_id(path, root)
        try:
            header, records = text_columns.scan(path, fmt, self.columns)
        except (OSError, ValueError) as error:
            reason = f"unreadable: {error.strerror}" if isinstance(error, OSError) else str(error)
            self.add(stem, str(path), fmt, error=reason)
            return
        for found in records:
            self.add(found.doc_id or f"{stem}/{found.line}", f"{path}:{found.line}", fmt,
                     size=found.length, error=found.error,
                     record=(found.offset, found.length, header), columns=self.columns)


# --------------------------------------------------------------------------------------------
# Decoding


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF and drop a leading byte order mark."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, path: str = "") -> str:
    """Decode a text file's bytes, detecting the encoding; raise `InputError` if it is not text.

    A byte order mark decides (UTF-8, UTF-16, UTF-32). Otherwise NUL bytes mean a binary file;
    strict UTF-8 is tried first, then cp1252, the usual encoding of French text saved on Windows
    (charset-normalizer restricted to it, which rejects it when it reads as nonsense), then
    charset-normalizer over every encoding it knows. Short French cp1252 texts are otherwise
    often taken for cp1250 or mac_latin2, which turns `è` into `č`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError.about(path, f"undecodable: invalid {encoding} after its byte order "
                                             f"mark (byte {error.start})") from None
    if b"\x00" in data:
        raise InputError.about(path, "binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        import charset_normalizer

        match = charset_normalizer.from_bytes(data, cp_isolation=["cp1252"], threshold=0.5).best()
        if match is None:
            match = charset_normalizer.from_bytes(data).best()
        if match is None:
            raise InputError.about(path, "undecodable: no text encoding fits (binary file?)") from None
        text = str(match)
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_RATIO * len(text):
        raise InputError.about(path, f"binary file ({controls} control characters)")
    return text


def _read_bytes(source: Source) -> bytes:
    if source.data is not None:
        return source.data
    path = source.path
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError.about(path, "no such file or folder") from None
    except OSError as error:
        raise InputError.about(path, f"unreadable: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError.about(path, "not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError.about(path, f"too large: {info.st_size / 2**20:.1f} MB "
                                     f"(limit {MAX_FILE_BYTES / 2**20:.0f} MB)")
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise InputError.about(path, "unreadable: permission denied") from None
    except OSError as error:
        raise InputError.about(path, f"unreadable: {error.strerror or error}") from None


def _read_record(source: Source) -> bytes:
    """A text-column record's bytes, the file's header (CSV) first."""
    assert source.record is not None
    offset, length, header = source.record
    if length > MAX_FILE_BYTES:
        raise InputError.about(source.path, f"too large: {length / 2**20:.1f} MB "
                                            f"(limit {MAX_FILE_BYTES / 2**20:.0f} MB)")
    try:
        with open(source.path.rpartition(":")[0], "rb") as handle:
            data = handle.read(header) if header else b""
            handle.seek(offset)
            return data + handle.read(length)
    except OSError as error:
        raise InputError.about(source.path, f"unreadable: {error.strerror or error}") from None


def read_bytes(source: Source) -> tuple[bytes, str]:
    """Read a source's bytes and their SHA-256 (hex), checking size; raise `InputError`."""
    if source.error:
        raise InputError.about(source.path, source.error)
    data = _read_record(source) if source.record else _read_bytes(source)
    if len(data) > MAX_FILE_BYTES:
        raise InputError.about(source.path, f"too large: over {MAX_FILE_BYTES / 2**20:.0f} MB")
    return data, hashlib.sha256(data).hexdigest()


def decode_document(source: Source, data: bytes, sha256: str) -> Document:
    """Turn a source's bytes into a `Document` by its format; raise `InputError` if impossible."""
    path = source.path
    if source.record:
        return _record_document(source, data, sha256)
    if not data.strip():
        raise InputError.about(path, "empty file")
    if source.fmt in converters.CONVERTERS:
        text = converters.CONVERTERS[source.fmt](data, path)
    else:
        text = decode_bytes(data, path)
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError.about(path, "empty file (only white space)")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError.about(path, f"too large: {len(text):,} characters of text "
                                     f"(limit {MAX_TEXT_CHARS:,})")
    return Document(source.doc_id, path, text, sha256, source.fmt)


def read_source(source: Source) -> Document:
    """Read and decode one source; raise `InputError` with the reason it cannot be used."""
    data, sha256 = read_bytes(source)
    return decode_document(source, data, sha256)


def _record_document(source: Source, data: bytes, sha256: str) -> Document:
    """A text-column record as a `Document`: its text exactly as the record holds it."""
    assert source.record is not None
    try:
        text, publisher = text_columns.record_text(source.fmt, data, source.record[2],
                                                   source.columns or TextColumns())
    except ValueError as error:
        raise InputError.about(source.path, str(error)) from None
    if not text.strip():
        raise InputError.about(source.path, "empty text")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError.about(source.path, f"too large: {len(text):,} characters of text "
                                            f"(limit {MAX_TEXT_CHARS:,})")
    return Document(source.doc_id, source.path, text, sha256, source.fmt, publisher)
