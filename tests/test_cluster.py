"""Batches on a Dask cluster (partex.batch.cluster): a LocalCluster of 2 worker processes, the
same tables as a local run, a worker killed mid-batch, bad inputs, resume, unreachable scheduler.

Marked `cluster` (`-m "not cluster"` leaves them out); they run in CI with the rest.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from partex.batch import JOURNAL_NAME, run_batch
from partex.batch.cluster import ClusterError, ExtractorSpec
from partex.extractor import Extractor

from run_fixtures import wait_for_journal

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")
pytestmark = pytest.mark.cluster

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("mentions", "entities", "facts", "network", "errors")


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 worker processes (one thread each) and its address."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as local:
        yield local


def corpus(folder: Path, n: int) -> Path:
    """`n` documents cycled from the corpus's texts in three languages."""
    texts = sorted(p for p in (ROOT / "corpus").glob("*.txt") if p.name[:3] in ("fr_", "en_", "es_"))
    folder.mkdir(parents=True)
    for i in range(n):
        shutil.copy(texts[(i * 7) % len(texts)], folder / f"doc{i:04d}.txt")
    return folder


def tables(out: Path, formats=("csv", "parquet", "jsonl")) -> dict[str, bytes]:
    found = {f"{t}.{f}": (out / f"{t}.{f}").read_bytes() for t in TABLES for f in formats}
    assert found["mentions.csv"].count(b"\n") > 1
    return found


def fast() -> Extractor:
    return Extractor(fast=True)


def local_run(src: Path, out: Path) -> dict[str, bytes]:
    run_batch([str(src)], out, workers=1, fast=True, formats=["csv", "parquet", "jsonl"],
              extractor_factory=fast, progress=False)
    return tables(out)


def test_a_batch_on_the_cluster_writes_the_tables_of_a_local_run(tmp_path, cluster):
    src = corpus(tmp_path / "in", 12)
    report = run_batch([str(src)], tmp_path / "cl", fast=True, formats=["csv", "parquet", "jsonl"],
                       extractor_factory=fast, progress=False, cluster=cluster.scheduler_address)
    assert (report.ok, report.failed) == (12, 0)
    assert tables(tmp_path / "cl") == local_run(src, tmp_path / "local")
    assert not (tmp_path / "cl" / ".partex-parts").exists()  # part files read and deleted


def test_bad_inputs_are_error_rows_on_the_cluster_as_locally(tmp_path, cluster):
    src = corpus(tmp_path / "in", 3)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    report = run_batch([str(src), str(tmp_path / "missing.txt")], tmp_path / "cl", fast=True,
                       extractor_factory=fast, progress=False, cluster=cluster.scheduler_address)
    assert (report.ok, report.failed, report.exit_code) == (3, 4, 3)
    run_batch([str(src), str(tmp_path / "missing.txt")], tmp_path / "local", workers=1, fast=True,
              extractor_factory=fast, progress=False)
    for name in ("errors.csv", "mentions.csv"):
        assert (tmp_path / "cl" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def _kill_a_worker_when_the_journal_grows(client, journal: Path, killed: list[int]) -> None:
    pids = list(client.run(os.getpid).values())
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_bytes().count(b"\n") > 3:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])
            return
        time.sleep(0.01)


def test_a_worker_killed_mid_batch_costs_nothing(tmp_path, cluster):
    src = corpus(tmp_path / "in", 90)
    killed: list[int] = []
    with distributed.Client(cluster.scheduler_address) as client:
        killer = threading.Thread(target=_kill_a_worker_when_the_journal_grows,
                                  args=(client, tmp_path / "cl" / JOURNAL_NAME, killed))
        killer.start()
        report = run_batch([str(src)], tmp_path / "cl", fast=True,
                           formats=["csv", "parquet", "jsonl"], extractor_factory=fast,
                           progress=False, cluster=cluster.scheduler_address)
        killer.join()
        client.wait_for_workers(2, timeout=60)  # the nanny replaces it, for the tests after
    assert killed, "the batch ended before a worker could be killed"
    assert (report.ok, report.failed) == (90, 0)
    assert tables(tmp_path / "cl") == local_run(src, tmp_path / "local")


KILL_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from partex.batch import run_batch
from partex.extractor import Extractor
run_batch([{src!r}], {out!r}, fast=True, progress=False, cluster={address!r},
          extractor_factory=lambda: Extractor(fast=True), resume={resume!r})
"""


def test_a_client_killed_then_resumed_writes_what_one_run_writes(tmp_path, cluster):
    src = corpus(tmp_path / "in", 90)
    out = tmp_path / "cl"
    script = tmp_path / "run.py"
    script.write_text(KILL_SCRIPT.format(root=str(ROOT), src=str(src), out=str(out),
                                         address=cluster.scheduler_address, resume=False))
    process = subprocess.Popen([sys.executable, str(script)], start_new_session=True)
    wait_for_journal(process, out / JOURNAL_NAME, 5, timeout=120, poll=0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert not (out / "mentions.csv").exists()
    report = run_batch([str(src)], out, fast=True, resume=True, extractor_factory=fast,
                       progress=False, cluster=cluster.scheduler_address)
    assert report.skipped >= 5 and report.ok + report.skipped == 90
    run_batch([str(src)], tmp_path / "local", workers=1, fast=True, extractor_factory=fast,
              progress=False)
    assert tables(out, ("csv",)) == tables(tmp_path / "local", ("csv",))


def test_a_closed_port_is_exit_2_with_a_message_well_before_dask_would_give_up(tmp_path):
    # partex waits CONNECT_TIMEOUT_S (5 s) for a scheduler; Dask alone would wait 30 s. The bound
    # leaves room for start-up on a loaded machine (11.7 s seen with load 12 on 2 cores).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free once closed: nothing listens there
    src = corpus(tmp_path / "in", 1)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "partex", "extract", str(src), "--out",
                           str(tmp_path / "out"), "--fast", "--cluster", f"tcp://127.0.0.1:{port}"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert time.monotonic() - started < 20
    assert done.returncode == 2
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_worker_without_the_model_is_a_clear_error(tmp_path, cluster):
    src = corpus(tmp_path / "in", 1)
    with pytest.raises(ClusterError, match="no_such_model_xyz.*not installed"):
        run_batch([str(src)], tmp_path / "cl", progress=False, cluster=cluster.scheduler_address,
                  extractor_factory=lambda: Extractor(models={"fr": "no_such_model_xyz"}))
    assert not (tmp_path / "cl" / JOURNAL_NAME).exists()


class NeedsAMissingModule:
    """An extractor whose unpickling imports a module the workers lack (as partex would be)."""

    def __reduce__(self):
        import importlib

        return importlib.import_module, ("partex_module_no_worker_has",)


def test_a_worker_that_cannot_import_what_it_needs_is_a_clear_error(tmp_path, cluster):
    src = corpus(tmp_path / "in", 1)
    with pytest.raises(ClusterError, match="cannot run partex.*partex_module_no_worker_has"):
        run_batch([str(src)], tmp_path / "cl", progress=False, cluster=cluster.scheduler_address,
                  extractor_factory=NeedsAMissingModule)


@pytest.mark.parametrize("address", ["local:x", "local:0"])
def test_a_bad_local_cluster_size_is_refused(tmp_path, address):
    with pytest.raises(ClusterError, match="local:N"):
        run_batch([str(corpus(tmp_path / "in", 1))], tmp_path / "out", progress=False,
                  cluster=address, extractor_factory=fast)


def test_an_extractor_travels_as_its_settings():
    spec = ExtractorSpec(Extractor(fast=True, models={"en": "en_x"}))
    assert spec.settings is not None and spec.settings["models"]["en"] == "en_x"
    rebuilt = spec.build()
    assert isinstance(rebuilt, Extractor) and rebuilt.fast and rebuilt.built() == ()


def test_mentions_dataframe_holds_the_rows_of_partex_extract(tmp_path, cluster):
    from partex.formats import read_table
    from partex.frames import mentions_dataframe

    src = corpus(tmp_path / "in", 6)
    local_run(src, tmp_path / "local")
    with distributed.Client(cluster.scheduler_address):
        frame = mentions_dataframe([str(src)], fast=True).compute()
    expected = read_table(tmp_path / "local" / "mentions.parquet")
    got = frame.sort_values(["doc_id", "start", "end"], kind="stable").reset_index(drop=True)
    assert len(got) == len(expected) > 0
    for column in ("doc_id", "start", "end", "label", "text", "norm", "source"):
        assert [str(v) for v in got[column]] == [str(v) for v in expected[column]], column


def test_local_workers_keep_freed_memory_instead_of_trimming_it_at_once(monkeypatch):
    from partex.batch.cluster import connect

    # Dask's nanny sets MALLOC_TRIM_THRESHOLD_ in the workers it starts; `local:N` unsets it.
    # The nanny also leaves it in its own process's environment (the module's cluster did, in
    # this one), which workers started later inherit: `partex extract` starts from a clean one.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    assert "MALLOC_TRIM_THRESHOLD_" in distributed.nanny.Nanny(
        "tcp://127.0.0.1:1", nthreads=1).pre_spawn_env
    with connect("local:1") as client:
        seen = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert list(seen.values()) == [None]


def test_the_client_keeps_a_short_log_of_the_messages_it_sends():
    from partex.batch.cluster import CLIENT_CONFIG, connect

    # Dask keeps the last `low-level-log-length` messages of each stream (1 000 by default),
    # tasks with their documents' paths included: the client's and the scheduler's streams,
    # both in this process for `local:N`, keep only a few.
    kept = CLIENT_CONFIG["distributed.admin.low-level-log-length"]
    assert kept < dask.config.get("distributed.admin.low-level-log-length")
    with connect("local:1") as client:
        assert client.scheduler_comm.recent_message_log.maxlen == kept
        scheduler = client.cluster.scheduler
        streams = [scheduler.stream_comms[w] for w in scheduler.workers]
        assert streams and all(s.recent_message_log.maxlen == kept for s in streams)
    assert dask.config.get("distributed.admin.low-level-log-length") > kept


def test_the_client_takes_tasks_only_as_workers_need_them(tmp_path):
    from partex.batch import cluster as batch_cluster

    # a fake client whose futures are done at once: what matters is how far run_on_cluster
    # has read the tasks when it submits each one
    taken = []

    class Done:
        def __init__(self, part):
            batch_cluster.write_part([], Path(part))

        def result(self):
            return None

        def cancel(self):
            pass

    class Client:
        submitted = []

        def submit(self, fn, task, part, **_):
            self.submitted.append(len(taken))
            return Done(part)

    def tasks():
        for n in range(20):
            taken.append(n)
            yield [(n, None)]

    client = Client()
    list(batch_cluster.run_on_cluster(client, tasks(), tmp_path / "parts", workers=2))
    in_flight = 2 * batch_cluster._INFLIGHT_PER_WORKER
    assert len(client.submitted) == 20
    # the n-th submission had read at most n + 1 tasks, and never more than the in-flight
    # window ahead of the results taken
    assert all(seen <= n + 1 for n, seen in enumerate(client.submitted))
    assert client.submitted[in_flight] <= in_flight + 1
