"""Render pages: the templates, the assets, and every document's page, in worker processes for
a folder report (pages are independent; a pool forked after the tables are read shares them).
"""

from __future__ import annotations

import base64
import hashlib
import multiprocessing
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import jinja2
from markupsafe import Markup

from .. import __version__
from ..inputs import Source
from .data import Document, Grouped, iter_documents
from .escape import script_json
from .review import KIND_NAMES, Review
from .text import LABEL_COLOURS, make_renderer
from .timeline import Dated, dated_facts
from .views import DocPage, Links, doc_page, kind_legend

ASSETS = "assets"
HERE = Path(__file__).parent
PARALLEL_MIN = 400   # fewer documents than this are rendered in the parent: forking costs more
CHUNKS_PER_WORKER = 8


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file of static/ (the style sheet, the script)."""
    return (HERE / "static" / name).read_text(encoding="utf-8")


def csp(single: bool) -> str:
    """No request leaves the page: inline styles (displaCy's colours), our own script only."""
    if single:
        digest = base64.b64encode(hashlib.sha256(asset("report.js").encode()).digest()).decode()
        scripts = f"'sha256-{digest}'"
        styles = "'unsafe-inline'"
    else:  # the folder's shared style sheet and script, beside the pages
        scripts, styles = "'self' file:", "'self' file: 'unsafe-inline'"
    return f"default-src 'none'; style-src {styles}; script-src {scripts}; img-src data:"


def render(template: str, **context: Any) -> str:
    """A template of templates/, autoescaped."""
    return _env().get_template(template).render(**context)


def page_start(single: bool, title: str, subtitle: str, *, body_class: str = "",
               depth: int = 0, index_href: str = "") -> str:
    """From `<!doctype html>` to the opening of `<main>`."""
    return render("page_start.html", csp=csp(single), version=__version__, title=title,
                  subtitle=subtitle, body_class=body_class, index_href=index_href,
                  css=Markup(asset("report.css")),
                  css_href="" if single else f"{'../' * depth}{ASSETS}/report.css")


def page_end(single: bool, rows: list[dict[str, Any]] | None, *, depth: int = 0) -> str:
    """The closing of `<main>`, the document list's data (`rows`) and the script."""
    return render("page_end.html", rows=None if rows is None else script_json(rows),
                  js=Markup(asset("report.js")),
                  js_src="" if single else f"{'../' * depth}{ASSETS}/report.js")


@dataclass
class Job:
    """What rendering the documents needs."""

    grouped: Grouped
    review: Review | None
    links: Links
    entries: list[dict[str, Any]]
    sources: Mapping[str, Source]


@dataclass
class Rendered:
    """What the overview needs from the documents: light pages, index rows, dated facts."""

    pages: list[DocPage] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    dated: list[Dated] = field(default_factory=list)

    def extend(self, other: Rendered) -> None:
        self.pages += other.pages
        self.rows += other.rows
        self.dated += other.dated


def _light(page: DocPage) -> DocPage:
    """The page without its text, marks and HTML, kept for the overview (memory stays small)."""
    doc = page.doc
    light = Document(doc.number, doc.doc_id, doc.path, doc.lang, doc.publisher,
                     None if doc.text is None else "", doc.highlight, doc.note, [], [])
    return DocPage(light, page.prefix, [], frozenset(), None, Markup(""), [], [], page.kinds,
                   page.reviewed, page.strict_f1)


def _render_range(job: Job, lo: int, hi: int, out: Path | IO[str]) -> Rendered:
    """Render documents lo..hi-1 (batch positions): a file each under the folder `out`, or
    sections written to the stream `out`."""
    renderer = make_renderer()
    links, count = job.links, len(job.entries)
    legend = kind_legend(job.review)
    done = Rendered()
    for doc in iter_documents(job.grouped, job.entries[lo:hi], job.sources, first=lo + 1):
        page = doc_page(doc, job.review, links, renderer)
        n = doc.number
        page.prev_href = links.doc(n - 1, from_doc=True) if n > 1 else ""
        page.next_href = links.doc(n + 1, from_doc=True) if n < count else ""
        page.index_href = links.index(from_doc=True)
        html = render("document.html", p=page, links=links, colours=LABEL_COLOURS, legend=legend,
                      kinds=KIND_NAMES)
        if isinstance(out, Path):
            with open(out / f"{n}.html", "w", encoding="utf-8") as handle:
                handle.write(page_start(False, f"{doc.doc_id} · partex report", doc.doc_id, depth=1,
                                        index_href=page.index_href))
                handle.write(html)
                handle.write(page_end(False, None, depth=1))
        else:
            out.write(html)
        done.rows.append(page.index_row(links.doc(n)))
        done.dated.extend(dated_facts(n, doc.doc_id, (f.view for f in page.facts)))
        done.pages.append(_light(page))
    return done


_JOB: tuple[Job, Path] | None = None  # what forked workers inherit


def _render_chunk(bounds: tuple[int, int]) -> Rendered:
    assert _JOB is not None
    job, folder = _JOB
    return _render_range(job, bounds[0], bounds[1], folder)


def default_workers() -> int:
    """One worker per core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def render_documents(job: Job, out: Path | IO[str], workers: int | None = None) -> Rendered:
    """Render every document into the folder or stream `out`, in batch order.

    Into a folder, with several workers and enough documents, chunks of documents are rendered by
    processes forked now (the tables already read are shared, not copied or pickled).
    """
    count = len(job.entries)
    workers = default_workers() if workers is None else workers
    if not isinstance(out, Path) or workers <= 1 or count < PARALLEL_MIN:
        return _render_range(job, 0, count, out)
    global _JOB
    size = max(50, -(-count // (workers * CHUNKS_PER_WORKER)))
    chunks = [(lo, min(lo + size, count)) for lo in range(0, count, size)]
    done = Rendered()
    _JOB = (job, out)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for part in pool.imap(_render_chunk, chunks):
                done.extend(part)
    finally:
        _JOB = None
    return done
