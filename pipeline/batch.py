"""Run the extractor over thousands of files: worker processes, streamed tables, nothing lost.

The flow: `discover` the inputs in the parent (paths only), group them into tasks of a few
thousand words, and hand the tasks to worker processes forked after the extractor is loaded, so
the model's memory is shared. A worker reads, decodes, detects the language and extracts, and
sends back plain records. The parent writes each document's rows as soon as it is its turn:
documents come out in doc_id order and rows within a document by start offset, whatever the
number of workers. A document that fails becomes a row of `errors.csv`; the others go on.

Every finished document is also appended to a journal in the output folder (see
`outputs.Journal`), which `resume=True` reads to skip documents already extracted from the same
bytes; a run killed at any point and then resumed writes exactly what one uninterrupted run would.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import __version__
from . import outputs
from .formats import format_names, table_path
from .inputs import FORMATS as INPUT_FORMATS
from .inputs import Source, decode_document, discover, read_bytes
from .records import entity_records
from .language import UNDETERMINED, detect_language
from .languages import supported_languages
from .messages import InputError

JOURNAL_NAME = ".partex-journal.jsonl"
MANIFEST_NAME = "manifest.json"

# Documents travel in tasks of about this many words: large enough that nlp.pipe batches well
# and the process round trip is paid rarely, small enough to keep memory low and workers busy.
TASK_WORDS = 8000
TASK_MAX_DOCS = 256
# Small batches are split so every worker gets several tasks, but never below this many words.
MIN_TASK_WORDS = 500
# Bytes per word, to estimate a file's words from its size before reading it.
_BYTES_PER_WORD = {"txt": 6.5, "md": 6.5, "html": 25.0, "pdf": 40.0, "docx": 30.0}
# Tasks in flight per worker: enough to keep each busy while the parent writes.
_INFLIGHT_PER_WORKER = 2
_PROGRESS_REFRESH_S = 0.1


class BatchUsageError(Exception):
    """The batch cannot start: bad options, outputs in the way, nothing to read (exit code 2)."""


@dataclass
class BatchReport:
    """What a batch did: counts, timings and where the tables are."""

    out_dir: Path
    documents: int = 0
    ok: int = 0          # extracted in this run
    failed: int = 0      # reported in errors.csv
    skipped: int = 0     # reused from a previous run by resume, unchanged input
    mentions: int = 0
    words: int = 0             # of the documents in the tables
    words_fresh: int = 0       # of those extracted in this run (not reused by resume)
    seconds: float = 0.0       # the whole run
    load_seconds: float = 0.0  # of which loading the extractor
    outputs: list[Path] = field(default_factory=list)
    first_errors: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, reason), ≤ 20

    @property
    def exit_code(self) -> int:
        """0 when every document was extracted, 3 when some failed (they are in errors.csv)."""
        return 3 if self.failed else 0

    @property
    def words_per_second(self) -> float:
        """Words of the documents extracted in this run per second of extraction (loading excluded)."""
        busy = self.seconds - self.load_seconds
        return self.words_fresh / busy if busy > 0 else 0.0


# --------------------------------------------------------------------------------------------
# What a worker sends back for each document: small picklable records, one type per outcome.

OK, SKIPPED, ERROR = "ok", "skipped", "error"  # statuses in the journal and the manifest


@dataclass(frozen=True)
class Extracted:
    """A document extracted: its rows (sorted by offsets) and entities, ready for the tables."""

    doc_id: str
    path: str
    fmt: str
    sha256: str
    lang: str
    words: int
    rows: list[dict[str, Any]]
    entities: list[dict[str, Any]]

    def journal_record(self) -> dict[str, Any]:
        """The journal line of this document (the on-disk format `--resume` reads)."""
        return {"doc_id": self.doc_id, "path": self.path, "fmt": self.fmt, "sha256": self.sha256,
                "status": OK, "lang": self.lang, "words": self.words, "rows": self.rows,
                "entities": self.entities}

    @classmethod
    def from_journal(cls, record: dict[str, Any], *, path: str) -> Extracted:
        """A document extracted by an earlier run, read back from its journal line, now at `path`."""
        return cls(doc_id=record["doc_id"], path=path, fmt=record.get("fmt", ""),
                   sha256=record.get("sha256", ""), lang=record.get("lang", ""),
                   words=record.get("words", 0), rows=record["rows"], entities=record["entities"])


@dataclass(frozen=True)
class Failed:
    """A document that could not be processed, and why (a row of errors.csv).

    `sha256` is empty when the input could not be read or decoded; `lang` is None when the
    failure came before language detection.
    """

    doc_id: str
    path: str
    fmt: str
    reason: str
    sha256: str = ""
    lang: str | None = None

    def journal_record(self) -> dict[str, Any]:
        """The journal line of this document."""
        record = {"doc_id": self.doc_id, "path": self.path, "fmt": self.fmt, "sha256": self.sha256,
                  "status": ERROR, "reason": self.reason}
        if self.lang is not None:
            record["lang"] = self.lang
        return record


@dataclass(frozen=True)
class Skipped:
    """A document whose bytes have not changed since a run in the journal extracted them."""

    doc_id: str
    path: str
    sha256: str


Result = Extracted | Failed | Skipped


# --------------------------------------------------------------------------------------------
# Worker side: plain functions over plain data, run in forked processes or in-process.

# Set in the parent before workers are forked; the children inherit them, model included.
_EXTRACTOR: Any = None
_FORCED_LANG: str | None = None


def _sort_rows(rows: Iterable[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


def _run_task(task: list[tuple[Source, str | None]]) -> list[Result]:
    """Read, decode, detect and extract one task's documents; one result per document, in order."""
    results: dict[str, Result] = {}
    ready: list[tuple[Source, Any, str, int]] = []
    for source, known_sha in task:
        try:
            data, sha256 = read_bytes(source)
            if known_sha is not None and sha256 == known_sha:
                results[source.doc_id] = Skipped(source.doc_id, source.path, sha256)
                continue
            document = decode_document(source, data, sha256)
        except InputError as error:
            results[source.doc_id] = Failed(source.doc_id, source.path, source.fmt, error.reason)
            continue
        del data
        lang = _FORCED_LANG or detect_language(document.text)
        if lang not in supported_languages():
            reason = ("language not recognised (use --lang)" if lang == UNDETERMINED
                      else f"unsupported language: {lang}")
            results[source.doc_id] = Failed(source.doc_id, source.path, source.fmt, reason,
                                            sha256, lang)
            continue
        ready.append((source, document, lang, len(document.text.split())))

    extracted: dict[str, list[dict]] = {}
    failures: dict[str, str] = {}
    if ready:
        try:
            for doc_id, rows in _EXTRACTOR.extract_many(
                    (document.doc_id, document.text, lang) for _, document, lang, _ in ready):
                extracted[doc_id] = rows
        except Exception:
            pass  # isolate the culprit below, document by document
        for _, document, lang, _ in ready:
            if document.doc_id in extracted:
                continue
            try:
                extracted[document.doc_id] = _EXTRACTOR.extract(document.text,
                                                                doc_id=document.doc_id, lang=lang)
            except Exception as error:
                failures[document.doc_id] = f"extraction failed: {type(error).__name__}: {error}"

    good = [(s, d, lang, words) for s, d, lang, words in ready if d.doc_id not in failures]
    all_rows = [row for _, d, _, _ in good for row in extracted[d.doc_id]]
    entities: dict[str, list[dict]] = {}
    for row in entity_records(all_rows) if all_rows else []:
        entities.setdefault(row["doc_id"], []).append(row)
    for source, document, lang, words in ready:
        if document.doc_id in failures:
            results[source.doc_id] = Failed(source.doc_id, source.path, source.fmt,
                                            failures[document.doc_id], document.sha256, lang)
            continue
        results[source.doc_id] = Extracted(
            source.doc_id, source.path, source.fmt, document.sha256, lang, words,
            _sort_rows(extracted[document.doc_id]), entities.get(source.doc_id, []))
    return [results[source.doc_id] for source, _ in task]


def _worker_init() -> None:
    """Make a worker die with its parent, so a killed batch leaves no orphans (Linux)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes
            import signal

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _crashed(source: Source) -> Failed:
    return Failed(source.doc_id, source.path, source.fmt, "worker process died while extracting "
                  "it (out of memory, or a crash in a library)")


def _run_parallel(tasks: Iterable[list[tuple[Source, str | None]]],
                  workers: int) -> Generator[Result, None, None]:
    """Run tasks on `workers` forked processes; yield document results in task order.

    When a worker dies (killed for memory, a crash in compiled code), the pool breaks and every
    task in flight is lost: those documents are run again one per task, alone, so that only the
    document that kills its worker is reported and the others are extracted.
    """
    context = multiprocessing.get_context("fork")  # explicit: 3.14 changes Linux's default

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init)

    queue = deque(tasks)
    inflight: deque = deque()
    alone: deque = deque()
    # Objects alive now (the model above all) move to a generation the collector never visits,
    # so the children's collections do not write to their pages and break copy-on-write sharing.
    gc.collect()
    gc.freeze()
    pool = new_pool()
    try:
        while queue or inflight or alone:
            if alone:
                task = alone.popleft()
                try:
                    results = pool.submit(_run_task, task).result()
                except BrokenProcessPool:
                    results = [_crashed(source) for source, _ in task]
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = new_pool()
                yield from results
                continue
            while queue and len(inflight) < workers * _INFLIGHT_PER_WORKER:
                task = queue.popleft()
                inflight.append((task, pool.submit(_run_task, task)))
            task, future = inflight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                lost = [task] + [t for t, _ in inflight]
                inflight.clear()
                alone.extend([item] for t in lost for item in t)
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
                continue
            yield from results
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        gc.unfreeze()


def _run_serial(tasks: Iterable[list[tuple[Source, str | None]]]) -> Generator[Result, None, None]:
    for task in tasks:
        yield from _run_task(task)


# --------------------------------------------------------------------------------------------
# Parent side


def _estimated_words(source: Source) -> int:
    return max(1, int(source.size / _BYTES_PER_WORD.get(source.fmt, 6.5)))


def make_tasks(sources: Sequence[Source], known: dict[str, str], *, workers: int,
               task_words: int | None = None) -> list[list[tuple[Source, str | None]]]:
    """Group sources, in order, into tasks of about `task_words` estimated words each.

    With few documents the target shrinks so that every worker gets several tasks.
    """
    total = sum(_estimated_words(s) for s in sources)
    target = max(MIN_TASK_WORDS, min(task_words or TASK_WORDS, total // max(1, workers * 4)))
    tasks: list[list[tuple[Source, str | None]]] = []
    current: list[tuple[Source, str | None]] = []
    words = 0
    for source in sources:
        current.append((source, known.get(source.doc_id)))
        words += _estimated_words(source)
        if words >= target or len(current) >= TASK_MAX_DOCS:
            tasks.append(current)
            current, words = [], 0
    if current:
        tasks.append(current)
    return tasks


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _show_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    return sys.stderr.isatty() and not os.environ.get("CI")


class _Progress:
    """A rich progress bar on stderr (documents, words/s, errors), refreshed by hand: no thread."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("{task.fields[rate]:>7,.0f} words/s"),
                             TextColumn("{task.fields[errors]} errors"),
                             TimeElapsedColumn(), TimeRemainingColumn(),
                             console=Console(stderr=True), auto_refresh=False)
        self._task = self._bar.add_task("extract", total=total, rate=0.0, errors=0)
        self._bar.start()
        self._last = 0.0

    def update(self, done: int, words: int, errors: int, elapsed: float) -> None:
        if not self.enabled:
            return
        self._bar.update(self._task, completed=done, rate=words / elapsed if elapsed else 0.0,
                         errors=errors)
        now = time.monotonic()
        if now - self._last >= _PROGRESS_REFRESH_S:
            self._bar.refresh()
            self._last = now

    def close(self) -> None:
        if self.enabled:
            self._bar.refresh()
            self._bar.stop()


def _models_of(extractor: Any) -> dict[str, str]:
    models = getattr(extractor, "models", None)
    if callable(models):
        models = models()
    return dict(models or {})


def _patterns_dir(extractor: Any) -> Path:
    found = getattr(extractor, "patterns_dir", None)
    if found:
        return Path(found)
    from .gazetteer import DEFAULT_PATTERNS_DIR

    return Path(DEFAULT_PATTERNS_DIR)


def _load_extractor(fast: bool, lang: str | None) -> Any:
    from .extract import Extractor

    # Every pipeline the batch may need is built now, in the parent, so forked workers share it
    # instead of each building its own.
    return Extractor.load(fast=fast, languages=(lang,) if lang else supported_languages())


def _manifest_entry(result: Extracted | Failed, status: str) -> dict[str, Any]:
    """The manifest's line for one input."""
    if isinstance(result, Extracted):
        return {"doc_id": result.doc_id, "path": result.path, "format": result.fmt,
                "sha256": result.sha256, "lang": result.lang, "status": status,
                "mentions": len(result.rows), "words": result.words}
    return {"doc_id": result.doc_id, "path": result.path, "format": result.fmt,
            "sha256": result.sha256, "lang": result.lang or "", "status": status,
            "mentions": 0, "words": 0, "reason": result.reason}


def run_batch(inputs: list[str], out_dir: Path, *, workers: int | None = None,
              fast: bool = False, lang: str | None = None, formats: Sequence[str] = ("csv",),
              force: bool = False, resume: bool = False, progress: bool | None = None,
              extractor_factory: Callable[[], Any] | None = None) -> BatchReport:
    """Extract mentions from every input into tables in `out_dir`; return what happened.

    Writes `mentions.<fmt>`, `entities.<fmt>` and `errors.<fmt>` for each format asked
    (csv, parquet, jsonl; `errors.csv` always) and `manifest.json`. Raises `BatchUsageError`
    before doing anything when options are wrong, nothing is found to read, or outputs exist
    (unless `force`, or `resume` over a run made with the same settings).
    """
    started = time.monotonic()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in format_names()]
    if unknown or not formats:
        raise BatchUsageError(f"unknown output format: {', '.join(unknown) or '(none)'} "
                              f"(expected {', '.join(format_names())})")
    if lang is not None and lang not in supported_languages():
        raise BatchUsageError(f"unsupported language {lang!r} (expected one of "
                              f"{', '.join(supported_languages())})")
    if workers is not None and workers < 1:
        raise BatchUsageError(f"workers must be at least 1, not {workers}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchUsageError(f"{out_dir}: exists and is not a folder")

    # Every table in every format, and errors.csv whatever the formats.
    targets = [(table, fmt) for table in outputs.TABLES for fmt in formats]
    if "csv" not in formats:
        targets.append(("errors", "csv"))
    final_paths = [table_path(out_dir, t, f) for t, f in targets]
    manifest_path = out_dir / MANIFEST_NAME
    journal_path = out_dir / JOURNAL_NAME
    resuming = resume and journal_path.exists()
    if not force and not resuming:
        try:
            outputs.check_can_write([*final_paths, manifest_path], force=False)
        except outputs.OutputExistsError as error:
            raise BatchUsageError(str(error)) from None
        if journal_path.exists():
            raise BatchUsageError(f"{out_dir} holds an unfinished run: use --resume to finish it, "
                                  "or --force to start again")

    try:
        sources = discover(inputs)
    except OSError as error:
        raise BatchUsageError(f"cannot read the inputs: {error}") from None
    if not sources:
        raise BatchUsageError(f"no input document found in {' '.join(inputs) or '(nothing)'} "
                              f"(extensions read: {', '.join(sorted(INPUT_FORMATS))})")

    loading = time.monotonic()
    extractor = extractor_factory() if extractor_factory else _load_extractor(fast, lang)
    if lang is None:
        from .language import warm_up

        warm_up()  # load lingua's models once, before the fork, so that workers share them
    load_seconds = time.monotonic() - loading
    models = _models_of(extractor)
    header = {"partex": __version__, "fast": fast, "lang": lang, "models": models,
              "patterns_sha256": outputs.patterns_sha256(_patterns_dir(extractor))}

    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        journal = outputs.Journal(journal_path, header, resume=resume)
    except outputs.ResumeError as error:
        raise BatchUsageError(str(error)) from None
    known = journal.done() if resume else {}
    n_workers = workers or default_workers()
    tasks = make_tasks(sources, known, workers=n_workers)
    n_workers = min(n_workers, len(tasks))

    global _EXTRACTOR, _FORCED_LANG
    _EXTRACTOR, _FORCED_LANG = extractor, lang

    report = BatchReport(out_dir=out_dir, documents=len(sources), load_seconds=load_seconds)
    writers = [outputs.TableWriter(table_path(out_dir, t, f), outputs.TABLES[t], f)
               for t, f in targets]
    by_table = {t: [w for (tt, _), w in zip(targets, writers) if tt == t] for t in outputs.TABLES}
    manifest = outputs.ManifestWriter(manifest_path)
    bar = _Progress(len(sources), _show_progress(progress))
    records = _run_serial(tasks) if n_workers <= 1 else _run_parallel(tasks, n_workers)
    done = 0
    try:
        for result in records:
            if isinstance(result, Skipped):
                done_now: Extracted | Failed = Extracted.from_journal(
                    journal.load(result.doc_id), path=result.path)
                status = SKIPPED
                report.skipped += 1
            else:
                journal.append(result.journal_record())
                done_now, status = result, OK if isinstance(result, Extracted) else ERROR
            if isinstance(done_now, Extracted):
                report.ok += status == OK
                rows = done_now.rows
                for writer in by_table["mentions"]:
                    writer.write(rows)
                for writer in by_table["entities"]:
                    writer.write(done_now.entities)
                report.mentions += len(rows)
                report.words += done_now.words
                if status == OK:
                    report.words_fresh += done_now.words
            else:
                report.failed += 1
                if len(report.first_errors) < 20:
                    report.first_errors.append((done_now.doc_id, done_now.reason))
                for writer in by_table["errors"]:
                    writer.write([{"doc_id": done_now.doc_id, "path": done_now.path,
                                   "reason": done_now.reason}])
            manifest.add(_manifest_entry(done_now, status))
            done += 1
            bar.update(done, report.words, report.failed, time.monotonic() - started)
        for writer in writers:
            report.outputs.append(writer.close())
        report.seconds = time.monotonic() - started
        summary = {
            **outputs.versions(models), "patterns_sha256": header["patterns_sha256"],
            "options": {"fast": fast, "lang": lang, "workers": n_workers,
                        "formats": list(formats), "resume": resume},
            "started": started_at,
            "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seconds": round(report.seconds, 3),
            "load_seconds": round(report.load_seconds, 3),
            "counts": {"documents": report.documents, "ok": report.ok, "failed": report.failed,
                       "skipped": report.skipped, "mentions": report.mentions,
                       "words": report.words},
            "words_per_second": round(report.words_per_second, 1),
            "outputs": sorted(p.name for p in report.outputs),
        }
        report.outputs.append(manifest.close(summary))
    except BaseException:
        for writer in writers:
            writer.abort()
        manifest.abort()
        raise
    finally:
        records.close()  # stops the workers now, not when the generator is collected
        bar.close()
        journal.close()
        _EXTRACTOR = None
    return report

