"""What each page shows, computed before any HTML is written: a document's marks, facts and
counts; the batch's overview; the scores as table rows; the index's rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup
from spacy.displacy.render import EntityRenderer

from ..evaluate import MEASURES, Score
from ..facts.score import Tuple
from .data import Document
from .facts_view import FactView, group_facts
from .escape import escape
from .review import CORRECT, ERROR_KINDS, KIND_NAMES, MISSED, Mark, Review, fact_verdict, marks_for
from .text import render_text, shown_marks

INDEX_NORM_LABELS = ("ORG", "COUNTRY")  # the norms the index's search box finds documents by
SCORE_SCHEMES = ("strict", "partial")


@dataclass(frozen=True)
class Links:
    """Where a page links to: one file (`single`) or an index with a page per document."""

    single: bool

    def prefix(self, number: int) -> str:
        """What every element id of a document starts with (ids must be unique in one file)."""
        return f"d{number}-" if self.single else ""

    def doc(self, number: int, *, from_doc: bool = False) -> str:
        if self.single:
            return f"#d{number}"
        return f"{number}.html" if from_doc else f"docs/{number}.html"

    def evidence(self, number: int, start: int, *, from_doc: bool = False) -> str:
        if self.single:
            return f"#d{number}-ev{start}"
        return f"#ev{start}" if from_doc else f"docs/{number}.html#ev{start}"

    def index(self, *, from_doc: bool = False) -> str:
        return "#overview" if self.single else ("../index.html" if from_doc else "index.html")


@dataclass
class FactLine:
    """A fact as a document page lists it."""

    view: FactView
    verdict: str  # exact / wrong / "" (no facts gold)
    href: str


@dataclass
class DocPage:
    """Everything one document's page shows."""

    doc: Document
    prefix: str
    marks: list[Mark]
    shown: frozenset[int]
    text_html: Markup | None
    table_html: Markup
    facts: list[FactLine]
    facts_missed: list[str]
    kinds: Counter[str]
    reviewed: bool
    strict_f1: float | None
    prev_href: str = ""
    next_href: str = ""
    index_href: str = ""

    @property
    def errors(self) -> int:
        return sum(n for kind, n in self.kinds.items() if kind in ERROR_KINDS)

    def index_row(self, href: str) -> dict[str, Any]:
        """The document's row in the index (short keys: the index of 20 000 documents is JSON)."""
        norms = dict.fromkeys(m.norm for m in self.doc.mentions if m.label in INDEX_NORM_LABELS and m.norm)
        row: dict[str, Any] = {"n": self.doc.number, "id": self.doc.doc_id, "lang": self.doc.lang,
                               "m": len(self.doc.mentions), "f": len(self.facts), "h": href,
                               "k": " ".join(norms)}
        if self.reviewed:
            row["e"] = self.errors
            row["s"] = None if self.strict_f1 is None else round(self.strict_f1, 3)
        return row


def mention_rows(marks: list[Mark], shown: frozenset[int], prefix: str, reviewed: bool) -> Markup:
    """The side table's rows, one per mark (and per missed gold mention), each linked to its
    highlight. Built here, every cell escaped, rather than in the template: autoescaping the
    cells one by one in Jinja2 took half the time of a 20 000-document report."""
    rows = []
    for i, m in enumerate(marks):
        text = escape(m.text)
        cell = f'<a href="#{prefix}m{i}">{text}</a>' if i in shown else text
        gold = ""
        if m.gold_label and m.kind not in (CORRECT, MISSED):
            gold = (f'<br><span class="muted">gold: {escape(m.gold_label)} “{escape(m.gold_text)}” → '
                    f'{escape(m.gold_norm)}</span>')
        verdict = f'<td class="kind">{escape(KIND_NAMES[m.kind])}</td>' if reviewed else ""
        rows.append(f'<tr class="{escape(m.kind)}"><td>{cell}</td><td>{escape(m.label)}</td>'
                    f'<td>{escape(m.norm)}{gold}</td>{verdict}<td class="muted">{escape(m.source)}</td></tr>')
    return Markup("\n".join(rows))


def format_tuple(found: Tuple) -> str:
    """A fact tuple as a person reads it: `AGREEMENT ctc – interpol · date 2017`."""
    kind, *rest = found
    parts = [" – ".join(part) if isinstance(part, tuple) else str(part) for part in rest]
    if len(parts) >= 3:
        return f"{kind} {parts[0]} · {parts[1]} {' '.join(parts[2:])}"
    return f"{kind} {' · '.join(parts)}"


def doc_page(doc: Document, review: Review | None, links: Links, renderer: EntityRenderer) -> DocPage:
    """Build one document's page: verdicts, highlighted text, facts with their evidence links."""
    prefix = links.prefix(doc.number)
    marks = marks_for(doc.doc_id, doc.mentions, review)
    shown, _hidden = shown_marks(marks, len(doc.text or "")) if doc.highlight else ([], [])
    facts = group_facts(doc.facts)
    text_html = None
    if doc.text is not None:
        evidences = [f.evidence for f in facts if f.evidence] if doc.highlight else []
        text_html = render_text(doc.text, marks, shown, evidences, renderer, prefix)
    lines = [FactLine(f, fact_verdict(doc.doc_id, f.rows, review),
                      links.evidence(doc.number, f.evidence[0], from_doc=True)
                      if f.evidence and doc.highlight else "")
             for f in facts]
    reviewed = review is not None and review.mentions is not None and doc.doc_id in review.gold_docs
    strict_f1 = None
    if reviewed and review is not None and review.mentions is not None:
        scopes = review.mentions.by_doc.get(doc.doc_id)
        strict_f1 = scopes["all"].micro["strict"].f1 if scopes else None
    missed = [format_tuple(t) for t in (review.fact_missed.get(doc.doc_id, []) if review else [])]
    shown_set = frozenset(shown)
    return DocPage(doc, prefix, marks, shown_set, text_html, mention_rows(marks, shown_set, prefix, reviewed),
                   lines, missed, Counter(m.kind for m in marks), reviewed, strict_f1)


# --- scores -----------------------------------------------------------------------------------

@dataclass
class ScoreRow:
    """One row of a score table: a label or a micro-average, its counts and metrics."""

    name: str
    gold: int
    predicted: int
    cells: list[tuple[str, float, bool]]  # (metric id, value, present)
    norm: tuple[float, int]
    micro: bool = False


def _score_row(name: str, schemes: dict[str, Score], norm: Any, micro: bool = False) -> ScoreRow:
    present = schemes["strict"].present
    cells = [(f"{s}_{m}", float(getattr(schemes[s], m)), present) for s in SCORE_SCHEMES for m in MEASURES]
    return ScoreRow(name, schemes["strict"].possible, schemes["strict"].actual, cells,
                    (norm.accuracy, norm.matched), micro)


def score_tables(review: Review | None) -> list[tuple[str, list[ScoreRow]]]:
    """For each scope (core, extended, all): a row per label and the micro-average, the numbers
    of `partex evaluate`'s own tables."""
    if review is None or review.mentions is None:
        return []
    tables = []
    for name, scope in review.mentions.scopes.items():
        rows = [_score_row(label, scope.per_label[label], scope.norm_per_label[label])
                for label in scope.labels]
        rows.append(_score_row(f"micro ({name})", scope.micro, scope.norm, micro=True))
        tables.append((name, rows))
    return tables


@dataclass
class FactScores:
    """The facts' scores by type and overall."""

    rows: list[tuple[str, dict[str, float | int]]] = field(default_factory=list)
    exact: float = 0.0
    predicted_facts: int = 0
    mean_doc_f1: float = 0.0


def fact_scores(review: Review | None) -> FactScores | None:
    """The facts report of `score_facts` as table rows."""
    if review is None or review.facts is None:
        return None
    report = review.facts
    rows = [(kind, counts.to_dict()) for kind, counts in report.per_type.items()]
    rows.append(("micro", report.micro.to_dict()))
    return FactScores(rows, report.exact_share, report.predicted_facts, report.mean_doc_f1)


def kind_legend(review: Review | None) -> list[tuple[str, str]]:
    """The verdicts a page may show, (css class, name), when there is a gold."""
    if review is None or review.mentions is None:
        return []
    return [(kind, KIND_NAMES[kind]) for kind in ("correct", "missed", "false_positive", "wrong_norm",
                                                 "wrong_label", "boundary")]
