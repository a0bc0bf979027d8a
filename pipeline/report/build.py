"""Write the report: one self-contained HTML file, or a folder with an index and a page per document.

`write_report` reads the extract (and the gold files), renders each document's page as it goes,
then the overview, and moves the result into place only once it is complete: an interrupted run
never leaves half a report, and an existing report is replaced only with `force`.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import jinja2
from markupsafe import Markup

from .. import __version__
from .. import messages as msg
from ..messages import InputError, Problem
from .data import Document, Extract, document_entries, iter_documents, load_extract_folder
from .escape import script_json
from .network import Network, build_network, draw_network
from .review import KIND_NAMES, Review, load_review
from .summary import LabelCounts, TopEntity, label_counts, network_rows, node_labels, top_entities
from .text import LABEL_COLOURS, make_renderer
from .timeline import Dated, dated_facts, draw_timeline
from .views import DocPage, Links, doc_page, fact_scores, kind_legend, score_tables

SINGLE_FILE_LIMIT = 500   # past this many documents the default is a folder with a page each
TIMELINE_ROWS = 500
ERROR_ROWS = 200
MARKER = ".partex-report"  # marks a folder as a report, which `force` may replace
ASSETS = "assets"
HERE = Path(__file__).parent


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


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (HERE / "static" / name).read_text(encoding="utf-8")


def _csp(single: bool) -> str:
    """No request leaves the page: inline styles (displaCy's colours), our own script only."""
    if single:
        digest = base64.b64encode(hashlib.sha256(_asset("report.js").encode()).digest()).decode()
        scripts = f"'sha256-{digest}'"
        styles = "'unsafe-inline'"
    else:  # the folder's shared style sheet and script, beside the pages
        scripts, styles = "'self' file:", "'self' file: 'unsafe-inline'"
    return f"default-src 'none'; style-src {styles}; script-src {scripts}; img-src data:"


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
        raise InputError([Problem(str(dest), None, f"is {kind}; give a .html file or a folder name")])
    if not force:
        raise InputError([Problem(str(dest), None, msg.OUTPUT_EXISTS)])
    if not single and any(dest.iterdir()) and not (dest / MARKER).is_file():
        raise InputError([Problem(str(dest), None, "is a folder that holds no partex report; "
                                                   "choose another --html")])


def _overview(extract: Extract, review: Review | None, docs: list[DocPage], dated: list[Dated],
              gold: Path | None, facts_gold: Path | None) -> Overview:
    mentions = extract.mentions
    network = build_network(network_rows(extract))
    manifest = extract.manifest
    options = manifest.get("options") or {}
    dated.sort(key=lambda d: (d.date, d.doc_number), reverse=True)
    errors = extract.errors.to_dict("records")
    ov = Overview(
        folder=str(extract.folder), documents=len(docs), failed=len(errors), mentions=len(mentions),
        facts=sum(len(p.facts) for p in docs), labels=label_counts(mentions),
        doc_langs=sorted(Counter(p.doc.lang or "?" for p in docs).items()),
        tops=[("Most frequent organisations", top_entities(mentions, "ORG"), "top-org"),
              ("Most frequent countries", top_entities(mentions, "COUNTRY"), "top-country")],
        network=network, network_svg=draw_network(network, node_labels(mentions)),
        dated=dated[:TIMELINE_ROWS], dated_total=len(dated), timeline_svg=draw_timeline(dated),
        errors=errors[:ERROR_ROWS], errors_total=len(errors),
        version=str(manifest.get("partex") or ""), finished=str(manifest.get("finished") or ""),
        options=("--fast" if options.get("fast") else "default pipeline") if options else "",
        gold=str(gold or ""), facts_gold=str(facts_gold or ""),
        score_tables=score_tables(review), fact_scores=fact_scores(review))
    missing = sum(p.doc.text is None for p in docs)
    if missing:
        ov.warnings.append(f"{missing} text(s) could not be read again: their pages list the mentions "
                           "without the text (partex report --texts FOLDER reads them from a folder).")
    if review is not None and review.mentions is not None:
        ov.scored_documents = review.mentions.documents
        ov.ignored = review.mentions.ignored_predictions
        if review.unextracted:
            ov.warnings.append(f"{len(review.unextracted)} gold document(s) are not in this extract "
                               f"({', '.join(review.unextracted[:5])}{' …' if len(review.unextracted) > 5 else ''}): "
                               "each of their gold mentions counts as missed, as in partex evaluate.")
    return ov


def _render(template: str, **context: Any) -> str:
    return _env().get_template(template).render(**context)


def _page_start(single: bool, title: str, subtitle: str, *, body_class: str = "",
                depth: int = 0, index_href: str = "") -> str:
    up = "../" * depth
    return _render("page_start.html", csp=_csp(single), version=__version__, title=title,
                   subtitle=subtitle, body_class=body_class, index_href=index_href,
                   css=Markup(_asset("report.css")),
                   css_href="" if single else f"{up}{ASSETS}/report.css")


def _page_end(single: bool, rows: list[dict[str, Any]] | None, *, depth: int = 0) -> str:
    return _render("page_end.html", rows=None if rows is None else script_json(rows),
                   js=Markup(_asset("report.js")),
                   js_src="" if single else f"{'../' * depth}{ASSETS}/report.js")


def _document_html(page: DocPage, links: Links, review: Review | None) -> str:
    return _render("document.html", p=page, links=links, colours=LABEL_COLOURS,
                   legend=kind_legend(review), kinds=KIND_NAMES)


def _pages(extract: Extract, review: Review | None, links: Links, entries: list[dict[str, Any]],
           texts: Path | None):
    """Each document's page, prev/next links set, in batch order."""
    renderer = make_renderer()
    count = len(entries)
    for doc in iter_documents(extract, entries, texts):
        page = doc_page(doc, review, links, renderer)
        n = doc.number
        page.prev_href = links.doc(n - 1, from_doc=True) if n > 1 else ""
        page.next_href = links.doc(n + 1, from_doc=True) if n < count else ""
        page.index_href = links.index(from_doc=True)
        yield page


def _light(page: DocPage) -> DocPage:
    """The page without its text and HTML, kept for the overview (memory stays small)."""
    doc = page.doc
    light = Document(doc.number, doc.doc_id, doc.path, doc.lang, doc.publisher, None if doc.text is None else "",
                     doc.highlight, doc.note, doc.mentions, [])
    return DocPage(light, page.prefix, [], page.shown, None, page.facts, [], page.kinds, page.reviewed,
                   page.strict_f1)


def _write_documents(extract: Extract, review: Review | None, links: Links,
                     entries: list[dict[str, Any]], texts: Path | None, out: Path | IO[str],
                     ) -> tuple[list[DocPage], list[dict[str, Any]], list[Dated]]:
    """Write every document (a file each under the folder `out`, or sections into the stream
    `out`); return the light pages, the index rows and the dated facts."""
    pages, rows, dated = [], [], []
    for page in _pages(extract, review, links, entries, texts):
        html = _document_html(page, links, review)
        n = page.doc.number
        if isinstance(out, Path):
            subtitle = page.doc.doc_id
            with open(out / f"{n}.html", "w", encoding="utf-8") as handle:
                handle.write(_page_start(False, f"{page.doc.doc_id} · partex report", subtitle, depth=1,
                                         index_href=links.index(from_doc=True)))
                handle.write(html)
                handle.write(_page_end(False, None, depth=1))
        else:
            out.write(html)
        rows.append(page.index_row(links.doc(n)))
        dated.extend(dated_facts(n, page.doc.doc_id, (f.view for f in page.facts)))
        pages.append(_light(page))
    return pages, rows, dated


def write_report(extract_dir: Path | str, html: Path | str | None = None, *, gold: Path | None = None,
                 facts_gold: Path | None = None, texts: Path | None = None,
                 force: bool = False) -> ReportResult:
    """Write the HTML report of an extract folder; return where and what.

    `html` ending in .html is one self-contained file; any other path is a folder (`index.html`,
    `docs/<n>.html`, `assets/`). Default: `default_destination`. Raises `InputError` naming the
    file for an unreadable extract or gold, or an existing destination without `force`.
    """
    extract = load_extract_folder(extract_dir)
    review = load_review(extract, gold, facts_gold)
    entries = document_entries(extract)
    dest = Path(html) if html is not None else default_destination(extract.folder, len(entries))
    single = is_single_file(dest)
    _check_destination(dest, single, force)
    dest.parent.mkdir(parents=True, exist_ok=True)
    links = Links(single)
    title = f"partex report · {extract.folder.name or extract.folder}"
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(work, 0o777 & ~umask)  # mkdtemp makes it private; a report folder is not
    try:
        if single:
            with open(work / "body.html", "w+", encoding="utf-8") as body:
                pages, rows, dated = _write_documents(extract, review, links, entries, texts, body)
                overview = _overview(extract, review, pages, dated, gold, facts_gold)
                with open(work / "report.html", "w", encoding="utf-8") as handle:
                    handle.write(_page_start(True, title, str(extract.folder), body_class="single"))
                    handle.write(_render("overview.html", ov=overview, links=links, colours=LABEL_COLOURS))
                    body.seek(0)
                    shutil.copyfileobj(body, handle)
                    handle.write(_page_end(True, rows))
            os.replace(work / "report.html", dest)
        else:
            (work / "docs").mkdir()
            (work / ASSETS).mkdir()
            pages, rows, dated = _write_documents(extract, review, links, entries, texts, work / "docs")
            overview = _overview(extract, review, pages, dated, gold, facts_gold)
            for name in ("report.css", "report.js"):
                (work / ASSETS / name).write_text(_asset(name), encoding="utf-8")
            with open(work / "index.html", "w", encoding="utf-8") as handle:
                handle.write(_page_start(False, title, str(extract.folder)))
                handle.write(_render("overview.html", ov=overview, links=links, colours=LABEL_COLOURS))
                handle.write(_page_end(False, rows))
            (work / MARKER).write_text(f"partex {__version__} report\n", encoding="utf-8")
            if dest.exists():
                shutil.rmtree(dest)
            os.replace(work, dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    missing = sum(p.doc.text is None for p in pages)
    return ReportResult(dest, single, len(pages), missing, overview.warnings)
