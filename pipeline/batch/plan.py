"""Plan a batch before anything runs: check the options, find the inputs, decide the tables,
load the extractor and open the journal; group the documents into tasks.

Everything that can refuse a batch (exit code 2) is here, and refuses before a file is read.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__, outputs
from ..formats import format_names, table_path
from ..inputs import FORMATS as INPUT_FORMATS
from ..inputs import Source, discover
from ..languages import supported_languages
from ..source_list import SourceFile
from ..text_columns import TextColumns
from .results import Task

JOURNAL_NAME = ".partex-journal.jsonl"
MANIFEST_NAME = "manifest.json"

# Documents travel in tasks of about this many words: large enough that nlp.pipe batches well
# and the process round trip is paid rarely, small enough to keep memory low and workers busy.
TASK_WORDS = 8000
TASK_MAX_DOCS = 256
# Small batches are split so every worker gets several tasks, but never below this many words.
MIN_TASK_WORDS = 500
# Documents read before the fork to choose which pipelines to build (see `preload`).
PRELOAD_SAMPLE = 24
# Below this many estimated words a batch runs in this process: forking workers, loading the
# language detector for them and sending results back cost more than they save.
SERIAL_WORDS = 10_000
# Bytes per word, to estimate a file's words from its size before reading it.
_BYTES_PER_WORD = {"txt": 6.5, "md": 6.5, "html": 25.0, "pdf": 40.0, "docx": 30.0}


class BatchUsageError(Exception):
    """The batch cannot start: bad options, outputs in the way, nothing to read (exit code 2)."""


@dataclass(frozen=True)
class Plan:
    """What a batch will do, decided before any input is read."""

    out_dir: Path
    formats: tuple[str, ...]
    targets: tuple[tuple[str, str], ...]  # (table, format) of every table written
    sources: Sequence[Source]  # sorted by doc_id; on disk (a SourceFile) for a batch
    workers: int  # asked for, or one per core; fewer run when there are fewer tasks
    resume: bool
    workers_asked: bool = False  # given by the user: a small batch then runs on them all the same

    @functools.cached_property
    def estimated_words(self) -> int:
        """The batch's words, estimated from its files' sizes (one pass over the sources)."""
        return sum(map(_estimated_words, self.sources))

    def close(self) -> None:
        """Drop what the plan keeps on disk (its list of sources)."""
        close = getattr(self.sources, "close", None)
        if close is not None:
            close()

    @property
    def journal_path(self) -> Path:
        """The resume journal in the output folder."""
        return self.out_dir / JOURNAL_NAME

    @property
    def manifest_path(self) -> Path:
        """The run's manifest in the output folder."""
        return self.out_dir / MANIFEST_NAME


def plan_batch(inputs: Sequence[str], out_dir: Path, *, formats: Sequence[str], lang: str | None,
               workers: int | None, force: bool, resume: bool,
               columns: TextColumns | None = None) -> Plan:
    """Check the options and the output folder and find the inputs; raise `BatchUsageError`."""
    formats = check_options(formats, lang, workers, out_dir)
    out_dir = Path(out_dir)
    targets = output_targets(formats)
    _check_outputs(out_dir, targets, force=force, resume=resume)
    try:
        sources = SourceFile(columns)
    except OSError as error:
        raise BatchUsageError(f"cannot keep the list of inputs in the temporary folder: {error} "
                              "(set TMPDIR to a folder with room)") from None
    try:
        _find_sources(inputs, columns, sources)
    except BaseException:
        sources.close()
        raise
    return Plan(out_dir, formats, targets, sources, workers or default_workers(), resume,
                workers_asked=workers is not None)


def _find_sources(inputs: Sequence[str], columns: TextColumns | None,
                  sources: SourceFile) -> None:
    """Fill `sources` with the inputs; raise `BatchUsageError` when none can be read."""
    try:
        discover(inputs, columns=columns, into=sources)
    except OSError as error:
        raise BatchUsageError(f"cannot read the inputs: {error}") from None
    if not sources:
        raise BatchUsageError(f"no input document found in {' '.join(inputs) or '(nothing)'} "
                              f"(extensions read: {', '.join(sorted(INPUT_FORMATS))})")
    if all(source.error for source in sources):  # nothing at all to read: a usage error
        raise BatchUsageError("; ".join(f"{s.path}: {s.error}" for s in sources[:5])
                              + (f" (and {len(sources) - 5} more)" if len(sources) > 5 else ""))


def check_options(formats: Sequence[str], lang: str | None, workers: int | None,
                  out_dir: Path, *, doc_timeout: float | None = None,
                  max_memory: int | None = None) -> tuple[str, ...]:
    """The output formats asked, each once; raise `BatchUsageError` for a bad option."""
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
    if doc_timeout is not None and doc_timeout < 0:
        raise BatchUsageError(f"--doc-timeout must be 0 (no limit) or more, not {doc_timeout:g}")
    if max_memory is not None and max_memory < 0:
        raise BatchUsageError(f"--max-memory must be 0 (no limit) or more, not {max_memory}")
    if Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise BatchUsageError(f"{out_dir}: exists and is not a folder")
    return formats


def check_memory_limit(max_memory: int | None) -> None:
    """Refuse a memory limit below what a worker holds when it starts (this process's now)."""
    held = data_memory()
    if max_memory and held and held >= max_memory * 2**20:
        raise BatchUsageError(f"--max-memory {max_memory} MB is less than a worker holds when "
                              f"it starts ({held / 2**20:,.0f} MB with the pipelines loaded)")


def data_memory() -> int:
    """This process's data memory in bytes (VmData, what RLIMIT_DATA bounds); 0 where unknown."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    return 0


def output_targets(formats: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(table, format) of every table a run writes: each table in each format, and errors.csv."""
    targets = [(table, fmt) for table in outputs.TABLES for fmt in formats]
    if "csv" not in formats:
        targets.append(("errors", "csv"))
    return tuple(targets)


def _check_outputs(out_dir: Path, targets: Sequence[tuple[str, str]], *, force: bool,
                   resume: bool) -> None:
    """Refuse to overwrite a run's outputs, or to throw away an unfinished run, without --force."""
    journal_path = out_dir / JOURNAL_NAME
    if force or (resume and journal_path.exists()):
        return
    finals = [table_path(out_dir, table, fmt) for table, fmt in targets]
    try:
        outputs.check_can_write([*finals, out_dir / MANIFEST_NAME], force=False)
    except outputs.OutputExistsError as error:
        raise BatchUsageError(str(error)) from None
    if journal_path.exists():
        raise BatchUsageError(f"{out_dir} holds an unfinished run: use --resume to finish it, "
                              "or --force to start again")


# --------------------------------------------------------------------------------------------
# The extractor and the journal


def load_extractor(factory: Callable[[], Any] | None, fast: bool,
                   lang: str | None) -> tuple[Any, float]:
    """Load the extractor; return it and the seconds it took.

    Only the `lang` pipeline is built now, if one is given: the others are built when the batch
    needs them (`preload` before workers are forked, or on a language's first document).
    """
    loading = time.monotonic()
    if factory is not None:
        extractor = factory()
    else:
        from ..extractor import Extractor

        extractor = Extractor.load(fast=fast, languages=(lang,) if lang else ())
    return extractor, time.monotonic() - loading


def preload(extractor: Any, sources: Sequence[Source], lang: str | None) -> tuple[str, ...]:
    """Before workers are forked: build the pipelines of the languages a sample of the batch is
    in (and what their stages build on first use, `Extractor.warm`), and load the language
    detector, so that the workers share them; return those languages.

    Workers are forked copies of this process: what is built here is built once and its memory
    shared; a language first met by a worker is built by that worker alone (and again by each
    worker that meets it). `PRELOAD_SAMPLE` documents spread over the batch are read to choose.
    """
    if lang is None:
        from ..language import warm_up

        warm_up()  # lingua's models, loaded once before the fork
    languages = batch_languages(sources, lang)
    # an extractor's `warm` builds the pipeline and what its stages build on first use
    build = getattr(extractor, "warm", None) or getattr(extractor, "pipeline", None)
    for code in languages if build else ():
        build(code)
    return languages


def batch_languages(sources: Sequence[Source], lang: str | None) -> tuple[str, ...]:
    """The languages of `PRELOAD_SAMPLE` documents spread over the batch (`lang` alone if given)."""
    if lang is not None:
        return (lang,)
    from .worker import sample_languages

    step = max(1, len(sources) // PRELOAD_SAMPLE)
    return sample_languages(sources[::step][:PRELOAD_SAMPLE])


def journal_header(extractor: Any, *, fast: bool, lang: str | None,
                   columns: TextColumns | None = None) -> dict[str, Any]:
    """The settings a run's rows depend on: a journal made with other ones is not resumed.

    The fields of text-column inputs are recorded when they are not the defaults (so that a
    journal written before they existed still resumes).
    """
    known = getattr(extractor, "patterns_sha256", None)  # the Extractor hashes it once
    header = {"partex": __version__, "fast": fast, "lang": lang, "models": _models_of(extractor),
              "patterns_sha256": known if isinstance(known, str) else
              outputs.patterns_sha256(_patterns_dir(extractor))}
    if columns is not None and columns != TextColumns():
        header["text_columns"] = [columns.text, columns.doc_id, columns.publisher]
    return header


def _models_of(extractor: Any) -> dict[str, str]:
    models = getattr(extractor, "models", None)
    if callable(models):
        models = models()
    return dict(models or {})


def _patterns_dir(extractor: Any) -> Path:
    found = getattr(extractor, "patterns_dir", None)
    if found:
        return Path(found)
    from ..gazetteer import DEFAULT_PATTERNS_DIR

    return Path(DEFAULT_PATTERNS_DIR)


def open_journal(plan: Plan, header: dict[str, Any]) -> outputs.Journal:
    """Open the journal (resumed when asked and possible), then remove an earlier run's tables.

    Every table of any format and the manifest go, the manifest first, so that the folder
    never holds a finished-looking mix of two runs: the tables appear again, all together,
    when this run completes (`--resume` writes them again from the journal).
    """
    plan.out_dir.mkdir(parents=True, exist_ok=True)
    try:
        journal = outputs.Journal(plan.journal_path, header, resume=plan.resume)
    except outputs.ResumeError as error:
        raise BatchUsageError(str(error)) from None
    earlier = [plan.manifest_path] + [table_path(plan.out_dir, table, fmt)
                                      for table in outputs.TABLES for fmt in format_names()]
    for path in earlier:
        path.unlink(missing_ok=True)
    return journal


# --------------------------------------------------------------------------------------------
# Tasks


def _estimated_words(source: Source) -> int:
    return max(1, int(source.size / _BYTES_PER_WORD.get(source.fmt, 6.5)))


def make_tasks(sources: Sequence[Source], known: dict[str, str], *, workers: int,
               task_words: int | None = None) -> list[Task]:
    """Group sources, in order, into tasks of about `task_words` estimated words each.

    `known` maps the doc_id of each document a resumed run extracted to the SHA-256 its bytes
    had then. With few documents the target shrinks so that every worker gets several tasks.
    """
    return list(iter_tasks(sources, known, workers=workers, task_words=task_words))


def iter_tasks(sources: Sequence[Source], known: dict[str, str], *, workers: int,
               task_words: int | None = None, total: int | None = None) -> Iterator[Task]:
    """`make_tasks`, one task at a time: a cluster's client holds only those in flight. `total`
    is the sources' estimated words where the caller knows it (`Plan.estimated_words`)."""
    if total is None:
        total = sum(_estimated_words(s) for s in sources)
    # every worker gets several tasks: a task is at most a quarter of a worker's share of what is
    # left, so tasks shrink towards the end of a batch and the workers finish close together
    # (the last task of a worker no longer runs alone for a whole task's time)
    left = total
    current: Task = []
    words = 0
    for source in sources:
        current.append((source, known.get(source.doc_id)))
        words += _estimated_words(source)
        target = max(MIN_TASK_WORDS, min(task_words or TASK_WORDS, left // max(1, workers * 4)))
        if words >= target or len(current) >= TASK_MAX_DOCS:
            yield current
            left -= words
            current, words = [], 0
    if current:
        yield current


def workers_for(plan: Plan, tasks: int) -> int:
    """How many workers a batch of `tasks` tasks gets: one per task at most, and, unless the user
    chose how many, none (it runs in this process) when it is smaller than SERIAL_WORDS."""
    if not plan.workers_asked and plan.estimated_words < SERIAL_WORDS:
        return 1
    return max(1, min(plan.workers, tasks))


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
