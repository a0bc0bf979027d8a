"""Run a batch: plan it, run the tasks, and send each document's result to the journal, the
tables, the report and the manifest, in doc_id order."""

from __future__ import annotations

import itertools
import time
from functools import partial
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any

from .. import outputs
from ..formats import table_path
from ..facts.network import Network
from ..outputs import Journal, ManifestWriter, TableWriter
from . import worker
from .lock import OutputLock
from ..limits import DOC_TIMEOUT, MAX_MEMORY_MB
from ..text_columns import TextColumns
from .plan import (Plan, batch_languages, check_memory_limit, check_options, iter_tasks,
                   journal_header, load_extractor, open_journal, plan_batch, preload,
                   workers_for)
from .pool import run_parallel, run_serial
from .progress import Progress, show_progress
from .report import BatchReport, manifest_entry, manifest_summary, now
from .results import ERROR, OK, SKIPPED, Encoded, Extracted, Failed, Result, Skipped


def run_batch(inputs: list[str], out_dir: Path, *, workers: int | None = None,
              fast: bool = False, lang: str | None = None, formats: Sequence[str] = ("csv",),
              force: bool = False, resume: bool = False, progress: bool | None = None,
              extractor_factory: Callable[[], Any] | None = None,
              publisher: str | None = None, doc_timeout: float | None = DOC_TIMEOUT,
              max_memory: int | None = MAX_MEMORY_MB,
              columns: TextColumns | None = None, cluster: str | None = None) -> BatchReport:
    """Extract mentions and facts from every input into tables in `out_dir`; return what happened.

    Writes `mentions`, `entities`, `facts`, `network` and `errors` in each format asked (csv,
    parquet, jsonl; `errors.csv` always) and `manifest.json`, last. `publisher` is the body every
    document speaks for with `nous`/`we` (default: inferred per document). A document still
    running after `doc_timeout` seconds, or needing more than `max_memory` MB, fails alone
    (0 or None: no limit). `columns` names the fields of JSON Lines and CSV inputs. `cluster`,
    a Dask scheduler's address or `local:N`, runs the tasks there (`batch.cluster`) instead of on
    local worker processes. Raises `BatchUsageError` before doing anything when options are
    wrong, another run holds `out_dir`, nothing is found to read, or outputs exist (unless
    `force`, or `resume` over a run made with the same settings).
    """
    check_options(formats, lang, workers, out_dir, doc_timeout=doc_timeout, max_memory=max_memory)
    with OutputLock(out_dir):
        return _run_locked(inputs, out_dir, workers=workers, fast=fast, lang=lang,
                           formats=formats, force=force, resume=resume, progress=progress,
                           extractor_factory=extractor_factory, publisher=publisher,
                           doc_timeout=doc_timeout or None, max_memory=max_memory or None,
                           columns=columns, cluster=cluster)


def _run_locked(inputs: list[str], out_dir: Path, *, workers: int | None, fast: bool,
                lang: str | None, formats: Sequence[str], force: bool, resume: bool,
                progress: bool | None, extractor_factory: Callable[[], Any] | None,
                publisher: str | None, doc_timeout: float | None,
                max_memory: int | None, columns: TextColumns | None,
                cluster: str | None = None) -> BatchReport:
    """`run_batch` once the output folder is locked."""
    started, started_at = time.monotonic(), now()
    plan = plan_batch(inputs, out_dir, formats=formats, lang=lang, workers=workers, force=force,
                      resume=resume, columns=columns)
    try:
        return _run_planned(plan, fast=fast, lang=lang, resume=resume, progress=progress,
                            extractor_factory=extractor_factory, publisher=publisher,
                            doc_timeout=doc_timeout, max_memory=max_memory, columns=columns,
                            cluster=cluster, started=started, started_at=started_at)
    finally:
        plan.close()


def _run_planned(plan: Plan, *, fast: bool, lang: str | None, resume: bool,
                 progress: bool | None, extractor_factory: Callable[[], Any] | None,
                 publisher: str | None, doc_timeout: float | None, max_memory: int | None,
                 columns: TextColumns | None, cluster: str | None, started: float,
                 started_at: str) -> BatchReport:
    """`run_batch` once its plan is made."""
    extractor, load_seconds = load_extractor(extractor_factory, fast, lang)
    check_memory_limit(max_memory)
    header = journal_header(extractor, fast=fast, lang=lang, columns=columns)
    if cluster is not None:
        return _run_on_cluster(cluster, plan, extractor, header, load_seconds, lang=lang,
                               publisher=publisher, progress=progress, started=started,
                               started_at=started_at)
    journal = open_journal(plan, header)
    try:
        known = journal.done() if resume else {}
        # the sources are a stream from disk (the batch never holds them all): the first tasks
        # are counted, as many as there may be workers, then the tasks are made again as
        # workers take them
        make = partial(iter_tasks, plan.sources, known, workers=plan.workers,
                                 total=plan.estimated_words)
        n_workers = workers_for(plan, sum(1 for _ in itertools.islice(make(), plan.workers)))
        tasks = make()
        if n_workers > 1:  # pipelines and detector built before the fork, shared by the workers
            loading = time.monotonic()
            preload(extractor, plan.sources, lang)
            load_seconds += time.monotonic() - loading
        report = BatchReport(out_dir=plan.out_dir, documents=len(plan.sources),
                             load_seconds=load_seconds)
        # workers encode their rows, so that this process only appends them (see `parts`);
        # documents run in worker processes, one at least, so that one that stalls, takes all the
        # memory or crashes costs only itself; in this process only with one worker and no time
        # limit (the easiest to debug)
        serial = n_workers <= 1 and doc_timeout is None
        worker.install(extractor, lang, publisher, max_memory * 2**20 if max_memory else None,
                       None if serial else plan.targets)
        results = run_serial(tasks) if serial else run_parallel(tasks, max(1, n_workers), doc_timeout)
        summary = partial(manifest_summary, report, plan=plan, header=header, workers=n_workers,
                          started=started_at)
        _write(results, plan, journal, report, summary, progress=progress, started=started)
    finally:
        journal.close()
        worker.uninstall()
    return report


def _run_on_cluster(address: str, plan: Plan, extractor: Any, header: dict[str, Any],
                    load_seconds: float, *, lang: str | None, publisher: str | None,
                    progress: bool | None, started: float, started_at: str) -> BatchReport:
    """`run_batch` on a Dask cluster: connect and prepare the workers before the journal opens
    (a cluster that cannot be used leaves the output folder as it was), then the same writing."""
    from . import cluster

    loading = time.monotonic()
    with cluster.connect(address) as client:
        workers = cluster.prepare(client, extractor, lang, publisher, plan.targets,
                                  batch_languages(plan.sources, lang))
        load_seconds += time.monotonic() - loading
        journal = open_journal(plan, header)
        try:
            tasks = iter_tasks(plan.sources, journal.done() if plan.resume else {},
                               workers=workers, total=plan.estimated_words)
            report = BatchReport(out_dir=plan.out_dir, documents=len(plan.sources),
                                 load_seconds=load_seconds)
            results = cluster.run_on_cluster(client, tasks, plan.out_dir / cluster.PARTS_DIR,
                                             workers)
            summary = partial(manifest_summary, report, plan=plan, header=header,
                              workers=workers, started=started_at)
            _write(results, plan, journal, report, summary, progress=progress, started=started)
        finally:
            journal.close()
    return report


def _write(results: Generator[Result, None, None], plan: Plan, journal: Journal,
           report: BatchReport, summary: Callable[[], dict[str, Any]], *, progress: bool | None,
           started: float) -> None:
    """Take every result as it comes; commit the tables, then the manifest, once all are in.

    On any exception (Ctrl-C included) no table and no manifest appears; the journal keeps
    every document finished, for `--resume`.
    """
    tables = _Tables(plan)
    manifest = ManifestWriter(plan.manifest_path)
    bar = Progress(len(plan.sources), show_progress(progress))
    try:
        for done, result in enumerate(results, start=1):
            _take(result, journal, tables, manifest, report)
            bar.update(done, report.words, report.failed, time.monotonic() - started)
        report.outputs.extend(tables.close())
        report.seconds = time.monotonic() - started
        report.outputs.append(manifest.close(summary()))
    except BaseException:
        tables.abort()
        manifest.abort()
        raise
    finally:
        results.close()  # stops the workers now, not when the generator is collected
        bar.close()


def _take(result: Result, journal: Journal, tables: _Tables, manifest: ManifestWriter,
          report: BatchReport) -> None:
    """One document: journal it (unless reused from the journal), then tables, report, manifest."""
    if isinstance(result, Skipped):
        record = journal.resumed(result.doc_id)
        done: Extracted | Encoded | Failed = Extracted.from_journal(record, path=result.path)
        status = SKIPPED
    elif isinstance(result, Encoded):
        journal.append_line(result.journal)
        done, status = result, OK
    else:
        journal.append(result.journal_record())
        done, status = result, OK if isinstance(result, Extracted) else ERROR
    tables.write(done)
    report.count(done, status)
    manifest.add(manifest_entry(done, status))


class _Tables:
    """The run's table writers, one per (table, format): a document's rows go to its table's."""

    def __init__(self, plan: Plan) -> None:
        self._targets = [((table, fmt), TableWriter(table_path(plan.out_dir, table, fmt),
                                                    outputs.TABLES[table], fmt))
                         for table, fmt in plan.targets]
        self._writers = [(table, writer) for (table, _), writer in self._targets]
        self._mentions = self._of("mentions")
        self._entities = self._of("entities")
        self._facts = self._of("facts")
        self._errors = self._of("errors")
        self._network = Network()

    def _of(self, table: str) -> list[TableWriter]:
        return [writer for name, writer in self._writers if name == table]

    def write(self, result: Extracted | Encoded | Failed) -> None:
        """Write a document's mentions, entities and facts, or its error row."""
        if isinstance(result, Encoded):
            for (table, fmt), writer in self._targets:
                if (table, fmt) in result.chunks:
                    writer.write_chunk(*result.chunks[table, fmt])
            self._network.add(result.doc_id, result.facts, result.date)
        elif isinstance(result, Extracted):
            for writer in self._mentions:
                writer.write(result.rows)
            for writer in self._entities:
                writer.write(result.entities)
            for writer in self._facts:
                writer.write(result.facts)
            self._network.add(result.doc_id, result.facts, result.date)
        else:
            row = {"doc_id": result.doc_id, "path": result.path, "reason": result.reason}
            for writer in self._errors:
                writer.write([row])

    def close(self) -> list[Path]:
        """Write the network (known once every document is in), commit every table; their paths."""
        rows = self._network.rows()
        for writer in self._of("network"):
            writer.write(rows)
        return [writer.close() for _, writer in self._writers]

    def abort(self) -> None:
        """Drop every table's part file."""
        for _, writer in self._writers:
            writer.abort()
