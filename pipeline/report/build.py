"""Write the report: one self-contained HTML file, or a folder with an index and a page per document.

`write_report` reads the extract (and the gold files), renders each document's page as it goes,
then the overview, and moves the result into place only once it is complete: an interrupted run
never leaves half a report, and an existing report is replaced only with `force`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .. import __version__
from .. import messages as msg
from ..messages import InputError, Problem
from .data import Extract, document_entries, group_rows, load_extract_folder, text_sources
from .network import Network, build_network, draw_network
from .pages import ASSETS, Job, Rendered, asset, page_end, page_start, render, render_documents
from .review import Review, load_review
from .summary import LabelCounts, TopEntity, label_counts, network_rows, node_labels, top_entities
from .text import LABEL_COLOURS
from .timeline import Dated, draw_timeline
from .views import DocPage, Links, fact_scores, score_tables

SINGLE_FILE_LIMIT = 500   # past this many documents the default is a folder with a page each
TIMELINE_ROWS = 500
ERROR_ROWS = 200
MARKER = ".partex-report"  # marks a folder as a report, which `force` may replace


@dataclass
class ReportResult:
    """What `write_report` wrote."""

    path: Path
    single: bool
    documents: int
    missing_texts: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class Overview:
    """The batch as the overview shows it."""

    folder: str
    documents: int
    failed: int
    mentions: int
    facts: int
    labels: LabelCounts
    doc_langs: list[tuple[str, int]]
    tops: list[tuple[str, list[TopEntity], str]]
    network: Network
    network_svg: Markup
    dated: list[Dated]
    dated_total: int
    timeline_svg: Markup
    errors: list[dict[str, Any]]
    errors_total: int
    version: str = ""
    options: str = ""
    finished: str = ""
    gold: str = ""
    facts_gold: str = ""
    warnings: list[str] = field(default_factory=list)
    score_tables: list[Any] = field(default_factory=list)
    fact_scores: Any = None
    scored_documents: int = 0
    ignored: int = 0


def is_single_file(html: Path) -> bool:
    """A path ending in .html or .htm is one file; anything else is a folder."""
    return html.suffix.lower() in (".html", ".htm")


def default_destination(extract_dir: Path, documents: int) -> Path:
    """`OUT/report.html`, or `OUT/report/` for more than `SINGLE_FILE_LIMIT` documents."""
    return extract_dir / ("report.html" if documents <= SINGLE_FILE_LIMIT else "report")


def _check_destination(dest: Path, single: bool, force: bool) -> None:
    if not dest.exists():
        return
    if single and dest.is_dir() or not single and not dest.is_dir():
        kind = "a folder" if dest.is_dir() else "a file"
        raise InputError([Problem(str(dest), None, msg.REPORT_DEST_KIND.format(kind=kind))])
    if not force:
        raise InputError([Problem(str(dest), None, msg.OUTPUT_EXISTS)])
    if not single and any(dest.iterdir()) and not (dest / MARKER).is_file():
        raise InputError([Problem(str(dest), None, msg.REPORT_NOT_A_REPORT)])


def _batch_tables(extract: Extract) -> dict[str, Any]:
    """What the overview takes from the tables themselves (before their frames are let go)."""
    mentions = extract.mentions
    network = build_network(network_rows(extract))
    return {"mentions": len(mentions), "labels": label_counts(mentions),
            "facts": len(extract.facts[["doc_id", "fact"]].drop_duplicates()),
            "tops": [("Most frequent organisations", top_entities(mentions, "ORG"), "top-org"),
                     ("Most frequent countries", top_entities(mentions, "COUNTRY"), "top-country")],
            "network": network, "network_svg": draw_network(network, node_labels(mentions))}


def _overview(extract: Extract, review: Review | None, tables: dict[str, Any], done: Rendered,
              gold: Path | None, facts_gold: Path | None) -> Overview:
    docs, dated = done.pages, done.dated
    manifest = extract.manifest
    options = manifest.get("options") or {}
    dated.sort(key=lambda d: (d.date, d.doc_number), reverse=True)
    errors = extract.errors.to_dict("records")
    ov = Overview(
        folder=str(extract.folder), documents=len(docs), failed=len(errors), **tables,
        doc_langs=sorted(Counter(p.doc.lang or "?" for p in docs).items()),
        dated=dated[:TIMELINE_ROWS], dated_total=len(dated), timeline_svg=draw_timeline(dated),
        errors=errors[:ERROR_ROWS], errors_total=len(errors),
        version=str(manifest.get("partex") or ""), finished=str(manifest.get("finished") or ""),
        options=("--fast" if options.get("fast") else "default pipeline") if options else "",
        gold=str(gold or ""), facts_gold=str(facts_gold or ""),
        score_tables=score_tables(review), fact_scores=fact_scores(review))
    ov.warnings = _warnings(review, docs)
    if review is not None and review.mentions is not None:
        ov.scored_documents = review.mentions.documents
        ov.ignored = review.mentions.ignored_predictions
    return ov


def _warnings(review: Review | None, docs: list[DocPage]) -> list[str]:
    """What the reader should know: texts not found, gold documents not extracted."""
    out = []
    missing = sum(p.doc.text is None for p in docs)
    if missing:
        out.append(f"{missing} text(s) could not be read again: their pages list the mentions "
                   "without the text (partex report --texts FOLDER reads them from a folder).")
    if review is not None and review.unextracted:
        names = ", ".join(review.unextracted[:5]) + (" …" if len(review.unextracted) > 5 else "")
        out.append(f"{len(review.unextracted)} gold document(s) are not in this extract ({names}): "
                   "each of their gold mentions counts as missed, as in partex evaluate.")
    return out


def write_report(extract_dir: Path | str, html: Path | str | None = None, *, gold: Path | None = None,
                 facts_gold: Path | None = None, texts: Path | None = None, force: bool = False,
                 workers: int | None = None) -> ReportResult:
    """Write the HTML report of an extract folder; return where and what.

    `html` ending in .html is one self-contained file; any other path is a folder (`index.html`,
    `docs/<n>.html`, `assets/`), its pages rendered by `workers` processes (default: one per
    core). Default: `default_destination`. Raises `InputError` naming the file for an unreadable
    extract or gold, or an existing destination without `force`.
    """
    extract = load_extract_folder(extract_dir, full_check=gold is not None)
    review = load_review(extract, gold, facts_gold)
    entries = document_entries(extract)
    dest = Path(html) if html is not None else default_destination(extract.folder, len(entries))
    single = is_single_file(dest)
    _check_destination(dest, single, force)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tables = _batch_tables(extract)
    job = Job(group_rows(extract), review, Links(single), entries, text_sources(texts))
    # the rows live on in the job's lists
    extract.mentions, extract.facts = extract.mentions.iloc[:0], extract.facts.iloc[:0]
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    try:
        if single:
            done = _write_file(work, extract, review, tables, job, gold, facts_gold)
            os.replace(work / "report.html", dest)
        else:
            done = _write_folder(work, extract, review, tables, job, gold, facts_gold, workers)
            if dest.exists():
                shutil.rmtree(dest)
            os.replace(work, dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    missing = sum(p.doc.text is None for p in done.pages)
    return ReportResult(dest, single, len(done.pages), missing, _warnings(review, done.pages))


def _title(extract: Extract) -> str:
    return f"partex report · {extract.folder.name or extract.folder}"


def _write_file(work: Path, extract: Extract, review: Review | None, tables: dict[str, Any], job: Job,
                gold: Path | None, facts_gold: Path | None) -> Rendered:
    """One file: the overview, then every document (written aside first: the overview needs them)."""
    with open(work / "body.html", "w+", encoding="utf-8") as body:
        done = render_documents(job, body)
        overview = _overview(extract, review, tables, done, gold, facts_gold)
        with open(work / "report.html", "w", encoding="utf-8") as handle:
            handle.write(page_start(True, _title(extract), str(extract.folder), body_class="single"))
            handle.write(render("overview.html", ov=overview, links=job.links, colours=LABEL_COLOURS))
            body.seek(0)
            shutil.copyfileobj(body, handle)
            handle.write(page_end(True, done.rows))
    return done


def _write_folder(work: Path, extract: Extract, review: Review | None, tables: dict[str, Any], job: Job,
                  gold: Path | None, facts_gold: Path | None, workers: int | None) -> Rendered:
    """A folder: docs/<n>.html, assets/, then index.html."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(work, 0o777 & ~umask)  # mkdtemp makes it private; a report folder is not
    (work / "docs").mkdir()
    (work / ASSETS).mkdir()
    done = render_documents(job, work / "docs", workers)
    overview = _overview(extract, review, tables, done, gold, facts_gold)
    for name in ("report.css", "report.js"):
        (work / ASSETS / name).write_text(asset(name), encoding="utf-8")
    with open(work / "index.html", "w", encoding="utf-8") as handle:
        handle.write(page_start(False, _title(extract), str(extract.folder)))
        handle.write(render("overview.html", ov=overview, links=job.links, colours=LABEL_COLOURS))
        handle.write(page_end(False, done.rows))
    (work / MARKER).write_text(f"partex {__version__} report\n", encoding="utf-8")
    return done
