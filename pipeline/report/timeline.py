"""The timeline of dated facts (agreements and operations): a static SVG of counts per year,
drawn in Python, and the list of the facts themselves for the page's table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from .escape import esc
from .facts_view import FactView, year_of

DATED_TYPES = ("AGREEMENT", "OPERATION")
TYPE_COLOURS = {"AGREEMENT": "#c0392b", "OPERATION": "#2e86c1"}
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 1000, 200, 40, 30, 16


@dataclass(frozen=True)
class Dated:
    """A dated fact, where it is stated."""

    date: str
    year: int
    type: str
    headline: str
    doc_number: int
    doc_id: str
    evidence_start: int | None


def dated_facts(number: int, doc_id: str, facts: Iterable[FactView]) -> list[Dated]:
    """The agreements and operations of one document that carry a date, once per date."""
    out = []
    for fact in facts:
        if fact.type not in DATED_TYPES:
            continue
        for date in fact.dates:
            year = year_of(date)
            if year is not None:
                out.append(Dated(date, year, fact.type, fact.headline(), number, doc_id,
                                 fact.evidence[0] if fact.evidence else None))
    return out


def _label_step(years: int) -> int:
    for step in (1, 2, 5, 10, 20, 50):
        if years / step <= 25:
            return step
    return 100


def draw_timeline(facts: Iterable[Dated]) -> Markup:
    """Bars of dated facts per year, one colour per type; each bar's hover text gives its count."""
    counts = Counter((f.year, f.type) for f in facts)
    if not counts:
        return Markup("")
    first, last = min(y for y, _ in counts), max(y for y, _ in counts)
    years = last - first + 1
    top = max(counts.values())
    slot = (WIDTH - LEFT - 10) / years
    bar = max(min(slot / len(DATED_TYPES) - 1, 24), 1)
    plot = HEIGHT - BOTTOM - TOP
    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'role="img" aria-label="Dated facts per year">',
             f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - 10}" y2="{HEIGHT - BOTTOM}" stroke="#555"/>',
             f'<text x="{LEFT - 6}" y="{TOP + 4}" text-anchor="end">{top}</text>']
    step = _label_step(years)
    for year in range(first, last + 1):
        x = LEFT + (year - first) * slot
        if (year - first) % step == 0:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{HEIGHT - 10}" text-anchor="middle">{year}</text>')
        for i, kind in enumerate(DATED_TYPES):
            n = counts.get((year, kind), 0)
            if n:
                h = plot * n / top
                bx = x + slot / 2 - bar * len(DATED_TYPES) / 2 + i * bar
                parts.append(f'<rect class="bar" data-year="{year}" data-type="{kind}" x="{bx:.1f}" '
                             f'y="{HEIGHT - BOTTOM - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                             f'fill="{TYPE_COLOURS[kind]}"><title>{year}: {n} {esc(kind.lower())}'
                             f'{"s" if n > 1 else ""}</title></rect>')
    parts.append("</svg>")
    return Markup("".join(parts))
