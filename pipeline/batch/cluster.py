"""Run a batch's tasks on a Dask cluster instead of the local pool (`--cluster ADDRESS`).

The batch is the same: the client plans it, groups the documents into tasks sized in words and
writes every table, the journal and the manifest in doc_id order (`run._write`). What changes is
where a task runs. A worker plugin (`PartexPlugin`) gives each Dask worker process its own
extractor once, when the worker starts (and again when a dead worker is replaced); a task sent
to the scheduler holds only paths, so each worker reads its documents where they are, on storage
every worker sees. The worker extracts, encodes the rows (`parts.encode`) and writes them to a
part file in the output folder; the task's result is that file's name. The client reads the
part files in task order, appends their rows to the tables and deletes them: the scheduler never
holds a row, and the client holds one task's rows at a time.

A worker that dies mid-task (killed, out of memory) has its task run again on another worker by
Dask, and the part file, written under a temporary name and renamed, is read once. A task whose
workers keep dying (Dask's `allowed-failures`) is run again one document per task, so that only
the document that kills workers is reported, as the local pool does.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import shutil
import uuid
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import dask
from distributed import Client, KilledWorker, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from ..inputs import Source
from . import worker as batch_worker
from .parts import read_part, write_part
from .plan import BatchUsageError
from .results import Failed, Result, Task

CONNECT_TIMEOUT_S = 5  # a scheduler that does not answer in this time is reported unreachable
PARTS_DIR = ".partex-parts"  # in the output folder: the workers' part files, deleted once read
_INFLIGHT_PER_WORKER = 3

# Settings of the workers of `--cluster local:N`. The sampling profiler (every 10 ms) is for the
# dashboard, which is off. Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, so
# that glibc hands freed memory back to the system at once; the model's layers allocate and
# free arrays of about that size on every batch, which then fault back in: with it, the workers
# spent 77 µs of CPU per word against 66.5 without (bench_extract.py, 2 000 documents, in one
# session). None unsets it (Dask's own convention); docs/cluster.md says how to do the same on a
# cluster of one's own. (The nanny also writes it into its own process's environment, where
# workers started later find it: a process that has run a LocalCluster of Dask's defaults
# passes it on; `partex extract` starts from a clean one.)
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False,
                       "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
# Settings of the client (and of the scheduler of `--cluster local:N`, which runs in the client's
# process). Dask keeps the last `low-level-log-length` messages of every batched stream for its
# developers' debugging (`BatchedSend.recent_message_log`, default 1 000): the client's stream to
# the scheduler and the scheduler's to each worker, each message a task with its documents' paths.
# With the default, the client grew from 129 MiB at 1 000 documents to 164 at 20 000 and 183 at
# 40 000 (bench_extract.py, `cluster:2`) before those logs were full; the scheduler's own
# records of a task are dropped once its part file is read. 20 messages keep the last few of
# each stream for a traceback.
CLIENT_CONFIG = {"distributed.admin.low-level-log-length": 20}


class ClusterError(BatchUsageError):
    """The cluster cannot be used: unreachable scheduler, no worker, a worker without partex or
    without the model (exit code 2: nothing was extracted)."""


class ExtractorSpec:
    """How a worker gets its extractor: partex's own is rebuilt there from its settings (a
    pipeline is not sent over the network); any other (a test's) travels pickled."""

    def __init__(self, extractor: Any) -> None:
        from ..extractor import Extractor

        if isinstance(extractor, Extractor):
            self.settings: dict[str, Any] | None = {
                "fast": extractor.fast, "models": dict(extractor.models),
                "patterns_dir": str(extractor.patterns_dir) if extractor.patterns_dir else None}
            self.other = None
        else:
            self.settings, self.other = None, extractor

    def build(self) -> Any:
        """The extractor, with its models checked: a worker that lacks one says so now."""
        if self.settings is None:
            return self.other
        from ..extractor import Extractor
        from ..languages import supported_languages

        extractor = Extractor(**self.settings)
        if not extractor.fast:
            import importlib.util

            for lang in supported_languages(extractor.patterns_dir):
                model = extractor.models.get(lang)
                if model and importlib.util.find_spec(model) is None and not Path(model).is_dir():
                    raise RuntimeError(f"the spaCy model {model!r} is not installed on worker "
                                       f"{os.uname().nodename}")
        return extractor


class PartexPlugin(WorkerPlugin):
    """Loads the extractor once per worker process, before its first task (and in a worker that
    replaces a dead one); its settings travel, the pipelines are built on the worker."""

    name = "partex"

    def __init__(self, spec: ExtractorSpec, lang: str | None, publisher: str | None,
                 targets: Sequence[tuple[str, str]], languages: Sequence[str] = ()) -> None:
        self.spec, self.lang, self.publisher, self.targets = spec, lang, publisher, tuple(targets)
        self.languages = tuple(languages)

    def setup(self, worker: Any) -> None:  # noqa: ARG002 - Dask's signature
        """Install the extractor in this worker process's `partex.batch.worker` and build the
        pipelines of `languages` (those the batch's sample is in) before the first task."""
        extractor = self.spec.build()
        build = getattr(extractor, "pipeline", None)  # no warm-up: a Dask worker shares nothing with another
        for lang in self.languages if build else ():
            build(lang)
        batch_worker.install(extractor, self.lang, self.publisher, encode_for=self.targets)
        # the pipelines' objects move out of the collector's reach, as in the local pool's forked
        # workers: full collections no longer walk them after every few batches
        gc.collect()
        gc.freeze()


def run_part(task: Task, part: str) -> str:
    """On a worker: run one task and write its results to the part file `part`; return it."""
    return str(write_part(batch_worker.run_task(task), Path(part)))


@contextlib.contextmanager
def connect(address: str) -> Iterator[Any]:
    """A Dask client of the scheduler at `address` (`tcp://host:8786`), or of a LocalCluster of
    N worker processes started here for `local:N`; raise `ClusterError` when none answers."""
    with dask.config.set(CLIENT_CONFIG):  # for the whole run: a worker that replaces a dead
        client, cluster = _open(address)  # one gets a new stream from the scheduler
        try:
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.close()
            if cluster is not None:
                with contextlib.suppress(Exception):
                    cluster.close()


def _open(address: str) -> tuple[Any, Any]:
    """The client and, for `local:N`, the LocalCluster it is a client of."""
    cluster = None
    try:
        if address.startswith("local:"):
            workers = _local_workers(address)
            with dask.config.set(LOCAL_WORKER_CONFIG):
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.CRITICAL)
            client = Client(cluster, timeout=CONNECT_TIMEOUT_S)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: "
                           f"{str(error).splitlines()[0] if str(error) else type(error).__name__}"
                           ) from None
    return client, cluster


def _local_workers(address: str) -> int:
    count = address.partition(":")[2]
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--cluster {address!r}: write local:N with N a number of workers, "
                           "e.g. local:2, or a scheduler address, e.g. tcp://host:8786")
    return int(count)


def prepare(client: Any, extractor: Any, lang: str | None, publisher: str | None,
            targets: Sequence[tuple[str, str]], languages: Sequence[str] = ()) -> int:
    """Give every worker (and every worker that joins later) its extractor, with the pipelines
    of `languages` built; return how many workers there are. A worker that cannot (no partex,
    no model) is a `ClusterError`."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S * 6)
    except (TimeoutError, OSError):
        raise ClusterError("the Dask scheduler has no worker (none joined within "
                           f"{CONNECT_TIMEOUT_S * 6} s)") from None
    try:
        client.register_plugin(PartexPlugin(ExtractorSpec(extractor), lang, publisher, targets,
                                            languages))
    except Exception as error:  # noqa: BLE001 - whatever a worker raised, said in one line
        raise ClusterError(f"a Dask worker cannot run partex: {type(error).__name__}: "
                           f"{str(error).splitlines()[0] if str(error) else ''}") from None
    return max(1, len(client.scheduler_info(n_workers=-1)["workers"]))


def run_on_cluster(client: Any, tasks: Iterable[Task], parts_dir: Path,
                   workers: int) -> Generator[Result, None, None]:
    """Run tasks on the cluster; yield document results in task order (see the module's doc).
    Tasks are taken from `tasks` as workers need them, a few per worker in flight."""
    shutil.rmtree(parts_dir, ignore_errors=True)  # left by a run that was killed
    parts_dir.mkdir(parents=True)
    run = uuid.uuid4().hex[:8]
    queue = enumerate(tasks)
    inflight: deque[tuple[Task, Any, Path]] = deque()
    try:
        while True:
            while len(inflight) < workers * _INFLIGHT_PER_WORKER:
                index, task = next(queue, (-1, None))
                if task is None:
                    break
                part = parts_dir / f"task-{index:07d}.part"
                future = client.submit(run_part, task, str(part), key=f"partex-{run}-{index}",
                                       pure=False)
                inflight.append((task, future, part))
            if not inflight:
                break
            task, future, part = inflight.popleft()
            try:
                future.result()
            except KilledWorker:
                yield from _alone(client, task, parts_dir, run)
                continue
            yield from _take_part(part)
    finally:
        for _, future, _ in inflight:
            future.cancel()
        shutil.rmtree(parts_dir, ignore_errors=True)


def _take_part(part: Path) -> list[Result]:
    results = read_part(part)
    part.unlink()
    return results


def _alone(client: Any, task: Task, parts_dir: Path, run: str) -> Generator[Result, None, None]:
    """A task whose workers kept dying: each document alone, so only the culprit fails."""
    for offset, item in enumerate(task):
        part = parts_dir / f"alone-{run}-{id(task)}-{offset}.part"
        future = client.submit(run_part, [item], str(part), pure=False)
        try:
            future.result()
        except KilledWorker:
            yield _crashed(item[0])
            continue
        yield from _take_part(part)


def _crashed(source: Source) -> Failed:
    return Failed(source.doc_id, source.path, source.fmt, "worker process died while extracting "
                  "it (out of memory, or a crash in a library)")
