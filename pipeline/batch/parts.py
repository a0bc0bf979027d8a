"""Worker-side writing: a document's rows encoded where they were extracted, and task part files.

A worker that encodes its documents' rows itself (the journal line, each table's CSV text,
JSON Lines or Arrow table) sends the process writing the tables a few strings per document
instead of thousands of small dictionaries: pickling them, unpickling them and encoding them
again in that one process was the batch's serial part. The writer then only appends
(`TableWriter.write_chunk`, `Journal.append_line`), in doc_id order as before, so the files
are byte for byte those the rows would have given.

On a cluster (`partex.batch.cluster`) the encoded documents of a task go to a part file that
the client reads, so the scheduler never holds the rows.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Sequence
from pathlib import Path

from .. import outputs
from ..formats import get_format
from ..outputs import Journal
from .results import Encoded, Extracted, Result

# The tables whose rows come from one document (the network is built from every document's facts).
_PER_DOCUMENT = {"mentions": "rows", "entities": "entities", "facts": "facts"}


def encode(result: Extracted, targets: Sequence[tuple[str, str]]) -> Encoded:
    """A document's rows encoded for each (table, format) of `targets` and its journal line."""
    chunks = {}
    for table, fmt in targets:
        field = _PER_DOCUMENT.get(table)
        if field is not None:
            rows = getattr(result, field)
            chunks[(table, fmt)] = (get_format(fmt).encode(rows, outputs.TABLES[table]), len(rows))
    return Encoded(result.doc_id, result.path, result.fmt, result.sha256, result.lang,
                   result.words, len(result.rows), result.facts, result.publisher, result.date,
                   Journal.line(result.journal_record()), chunks)


def encode_all(results: list[Result], targets: Sequence[tuple[str, str]] | None) -> list[Result]:
    """Every extracted document of a task encoded (none when `targets` is None)."""
    if not targets:
        return results
    return [encode(r, targets) if isinstance(r, Extracted) else r for r in results]


def write_part(results: list[Result], path: Path) -> Path:
    """Write a task's results to a part file (under a temporary name, renamed when complete)."""
    part = path.with_name(f".{path.name}.tmp")
    with open(part, "wb") as handle:
        pickle.dump(results, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, path)
    return path


def read_part(path: Path) -> list[Result]:
    """The results a worker wrote to a part file."""
    with open(path, "rb") as handle:
        return pickle.load(handle)
