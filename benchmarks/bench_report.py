"""Measure the HTML report of a large batch against the extraction it reports on, in one run.

Builds a corpus of N documents by cycling the texts of `corpus/` (as bench_extract.py does),
then, each a fresh process timed from start to exit:

  extract   partex extract CORPUS --out OUT (the default pipeline; --fast for the rules only)
  report    partex report OUT --html OUT/report/ (an index and a page per document)

and opens the report's index page in a headless chromium (Playwright), several times, timing
from the start of navigation to the document list drawn (`data-ready-ms`, set by the page's
script once the list is shown) and the whole wait as Playwright sees it; then one document page.

    python benchmarks/bench_report.py --docs 20000
    python benchmarks/bench_report.py --docs 2000 --fast --json out.json
    python benchmarks/bench_report.py --extract OUT   # report an extract made before (no extraction)

The issue's targets: the report in under a tenth of the extraction's time, the index page
drawn in under 2 seconds. Linux; the browser step needs chromium and playwright (the test extra).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import build_corpus  # noqa: E402  (a sibling script, not a package)

LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def timed(command: list[str]) -> tuple[float, float]:
    """Run a command; its wall seconds and its peak RSS in MiB (its own, or its largest worker's)."""
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} exited with {process.returncode}")
    return seconds, usage.ru_maxrss / 1024


def folder_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def browse(report: Path, loads: int) -> dict:
    """Open the index `loads` times (a fresh browser context each), then one document page."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("no chromium on PATH: apt-get install chromium")
    drawn, waited = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=LAUNCH_ARGS)
        for _ in range(loads):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            start = time.monotonic()
            page.goto((report / "index.html").as_uri())
            page.wait_for_selector("body.ready")
            waited.append(time.monotonic() - start)
            drawn.append(float(page.locator("body").get_attribute("data-ready-ms") or "nan") / 1000)
            context.close()
        page = browser.new_page()
        start = time.monotonic()
        page.goto((report / "docs" / "1.html").as_uri())
        page.wait_for_selector("body.ready")
        doc_page = time.monotonic() - start
        browser.close()
    return {"index_drawn_s": drawn, "index_waited_s": waited, "doc_page_s": doc_page}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20000, help="documents to build (default 20000)")
    parser.add_argument("--fast", action="store_true", help="extract with --fast")
    parser.add_argument("--extract", type=Path, help="report this extract instead of making one")
    parser.add_argument("--loads", type=int, default=5, help="times the index is opened")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_report_"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"docs": args.docs, "fast": args.fast}
    partex = [sys.executable, "-m", "partex"]
    try:
        out = args.extract
        if out is None:
            corpus, out = work / "corpus", work / "out"
            results["words"] = build_corpus(ROOT / "corpus", args.docs, corpus)
            seconds, rss = timed([*partex, "extract", str(corpus), "--out", str(out), "--force",
                                  "--no-progress", *(["--fast"] if args.fast else [])])
            results.update(extract_s=seconds, extract_peak_rss_mib=rss)
        report = out / "report"
        seconds, rss = timed([*partex, "report", str(out), "--html", str(report), "--force"])
        results.update(report_s=seconds, report_peak_rss_mib=rss, report_mib=folder_mib(report),
                       report_pages=len(list((report / "docs").iterdir())))
        results.update(browse(report, args.loads))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print_results(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


def print_results(r: dict) -> None:
    print(f"{r['report_pages']} documents" + (f", {r['words']} words" if "words" in r else ""))
    if "extract_s" in r:
        print(f"extract{' --fast' if r['fast'] else ''}: {r['extract_s']:.1f} s")
    print(f"report:  {r['report_s']:.1f} s, {r['report_mib']:.0f} MiB written"
          + (f", {r['report_s'] / r['extract_s']:.3f} of the extraction's time (target < 0.1)"
             if "extract_s" in r else ""))
    drawn = r["index_drawn_s"]
    print(f"index drawn: first {drawn[0]:.2f} s, median {statistics.median(drawn):.2f} s, "
          f"max {max(drawn):.2f} s (target < 2); as Playwright waits: median "
          f"{statistics.median(r['index_waited_s']):.2f} s; a document page: {r['doc_page_s']:.2f} s")


if __name__ == "__main__":
    main()
