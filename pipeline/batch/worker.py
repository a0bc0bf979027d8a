"""The worker side: read, decode, detect the language and extract one task's documents.

Plain functions over plain data, run in forked worker processes or in the parent itself. The
extractor is installed in this module before the workers are forked, so that they inherit it,
model included, instead of loading their own.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..inputs import Document, Source, decode_document, read_bytes
from ..language import detect_language, pipeline_language
from ..languages import supported_languages
from ..messages import InputError
from ..records import entity_records
from .parts import encode_all
from .results import Extracted, Failed, Result, Skipped, Task

# Set in the parent before workers are forked (`install`); the children inherit them.
_EXTRACTOR: Any = None
_FORCED_LANG: str | None = None
_PUBLISHER: str | None = None
_MAX_MEMORY: int | None = None  # bytes of data memory a worker may hold (RLIMIT_DATA)
_TARGETS: tuple[tuple[str, str], ...] | None = None


def install(extractor: Any, lang: str | None, publisher: str | None = None,
            max_memory: int | None = None,
            encode_for: Sequence[tuple[str, str]] | None = None) -> None:
    """Make `extractor` (and the language and publisher given for every document, if any) the
    workers' own, and the memory limit each worker sets itself; with `encode_for`, the (table,
    format) targets, workers encode the rows they extract (`parts.encode`)."""
    global _EXTRACTOR, _FORCED_LANG, _PUBLISHER, _MAX_MEMORY, _TARGETS
    _EXTRACTOR, _FORCED_LANG, _PUBLISHER, _MAX_MEMORY = extractor, lang, publisher, max_memory
    _TARGETS = tuple(encode_for) if encode_for else None


def uninstall() -> None:
    """Let go of the extractor once the run is over."""
    install(None, None)


def worker_init() -> None:
    """Make a worker die with its parent (Linux), give up the output folder's lock the parent
    holds, and bound the worker's memory, so that a document that would take it all fails alone.
    """
    import signal

    from .lock import forget_inherited_locks

    forget_inherited_locks()
    # Ctrl-C and SIGTERM are the parent's to handle: it stops the workers itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if _MAX_MEMORY is not None:
        limit_memory(_MAX_MEMORY)


def limit_memory(max_bytes: int) -> None:
    """Make an allocation past `max_bytes` of data memory fail with MemoryError (POSIX).

    RLIMIT_DATA counts the heap and private anonymous mappings (what /proc/<pid>/status calls
    VmData, the model inherited from the parent included), not the address space reserved for
    threads' stacks and allocation arenas, which RLIMIT_AS would count and which grows with
    the number of cores.
    """
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    soft = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def memory_failure() -> str:
    """The reason of a document that ran out of memory."""
    limit = f" ({_MAX_MEMORY / 2**20:,.0f} MB, --max-memory)" if _MAX_MEMORY else ""
    return f"out of memory: extracting it needed more than a worker may use{limit}"


@dataclass(frozen=True)
class _Ready:
    """A document read, decoded and in a language partex extracts: ready for the extractor."""

    source: Source
    document: Document
    lang: str
    words: int


def run_task(task: Task) -> list[Result]:
    """Read, decode, detect and extract one task's documents; one result per document, in order."""
    results: dict[str, Result] = {}
    ready: list[_Ready] = []
    for source, known_sha in task:
        prepared = _prepare(source, known_sha)
        if isinstance(prepared, _Ready):
            ready.append(prepared)
        else:
            results[source.doc_id] = prepared
    if ready:
        results.update(_extract(ready))
    return encode_all([results[source.doc_id] for source, _ in task], _TARGETS)


def _prepare(source: Source, known_sha: str | None) -> _Ready | Failed | Skipped:
    """Read and decode a document and detect its language, or say why it goes no further."""
    try:
        data, sha256 = read_bytes(source)
        if known_sha is not None and sha256 == known_sha:
            return Skipped(source.doc_id, source.path, sha256)
        document = decode_document(source, data, sha256)
    except InputError as error:
        return Failed(source.doc_id, source.path, source.fmt, error.reason)
    except MemoryError:
        return Failed(source.doc_id, source.path, source.fmt, memory_failure())
    del data
    lang = _FORCED_LANG or detect_language(document.text)
    if pipeline_language(lang) not in supported_languages():
        return Failed(source.doc_id, source.path, source.fmt, f"unsupported language: {lang}",
                      sha256, lang)
    return _Ready(source, document, lang, len(document.text.split()))


def sample_languages(sources: Sequence[Source]) -> tuple[str, ...]:
    """The languages partex reads that these documents are in (unreadable ones are passed over)."""
    found: dict[str, None] = {}
    for source in sources:
        prepared = _prepare(source, None)
        if isinstance(prepared, _Ready):
            found[prepared.lang] = None
    return tuple(found)


def _extract(ready: list[_Ready]) -> dict[str, Extracted | Failed]:
    """Extract documents together; one that makes the extractor raise fails alone."""
    extracted, failures = _extract_rows(ready)
    good_rows = [row for item in ready if item.source.doc_id not in failures
                 for row in extracted[item.source.doc_id].mentions]
    entities: dict[str, list[dict]] = {}
    for row in entity_records(good_rows) if good_rows else []:
        entities.setdefault(row["doc_id"], []).append(row)
    results: dict[str, Extracted | Failed] = {}
    for item in ready:
        source, sha256 = item.source, item.document.sha256
        if source.doc_id in failures:
            results[source.doc_id] = Failed(source.doc_id, source.path, source.fmt,
                                            failures[source.doc_id], sha256, item.lang)
        else:
            analysis = extracted[source.doc_id]
            results[source.doc_id] = Extracted(
                source.doc_id, source.path, source.fmt, sha256, item.lang, item.words,
                _sort_rows(analysis.mentions), entities.get(source.doc_id, []), analysis.facts,
                analysis.publisher, analysis.date)
    return results


def _extract_rows(ready: list[_Ready]) -> tuple[dict[str, Any], dict[str, str]]:
    """The analysis of each document (doc_id -> Analysis), and the reason of each that could not
    be extracted.

    All documents go through `analyse_many` at once, one language after the other (a task holds
    documents in doc_id order, often of several languages, and `analyse_many` batches documents of
    one language: the fewer and the larger its batches, the less CPU a word costs, about 5 %
    between batches of 2 000 and 8 000 words, 13 % between 1 000 and 8 000); when it raises, those it did not finish are analysed
    one by one, so that only the culprit fails.
    """
    extracted: dict[str, Any] = {}
    failures: dict[str, str] = {}
    try:
        for analysis in _EXTRACTOR.analyse_many(
                (item.document.doc_id, item.document.text, item.lang,
                 item.document.publisher or _PUBLISHER)
                for item in sorted(ready, key=lambda item: item.lang)):  # stable: doc_id order within
            extracted[analysis.doc_id] = analysis
    except Exception:
        pass  # isolate the culprit below, document by document
    for item in ready:
        document = item.document
        if document.doc_id in extracted:
            continue
        try:
            extracted[document.doc_id] = _EXTRACTOR.analyse(
                document.text, doc_id=document.doc_id, lang=item.lang,
                publisher=document.publisher or _PUBLISHER)
        except MemoryError:
            failures[document.doc_id] = memory_failure()
        except Exception as error:
            failures[document.doc_id] = f"extraction failed: {type(error).__name__}: {error}"
    return extracted, failures


def _sort_rows(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["start"], r["end"]))
