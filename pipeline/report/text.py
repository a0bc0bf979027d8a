"""A document's text as HTML: mentions highlighted by spaCy's displaCy, evidence sentences anchored.

displaCy's entity renderer (`style="ent"` with manual data; its `render_ents`, which
`displacy.render` calls once per document, is called here once per piece of text, below) does
the highlighting with partex's colours and a template of partex's own, whose extra fields (`params` of each span: the norm, the
verdict against the gold, the hover text) displaCy fills in for each mention. Two things it
cannot do are done around it: spans must not overlap (a gold mention that overlaps a predicted
one is shown on the predicted one's hover text and in the side table, not as a second mark),
and it knows no sentences, so the text is cut at the edges of the facts' evidence sentences,
each piece rendered by displaCy, and the pieces that are evidence wrapped in an anchor the facts
list links to.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup
from spacy.displacy.render import EntityRenderer

from .escape import escape, tooltip
from .review import CORRECT, KIND_NAMES, MENTION, MISSED, Mark

# partex's colours, one per label (displaCy's palette, so that the labels look familiar).
LABEL_COLOURS = {"ORG": "#7aecec", "DATE": "#bfe1d9", "RESOLUTION": "#ff8197",
                 "COUNTRY": "#feca74", "FIGURE": "#e4e7d2", "OPERATION": "#bfeeb7",
                 "INSTRUMENT": "#c887fb", "PERSON": "#aa9cfc", "LOCATION": "#ff9561"}

# displaCy fills {bg}, {text} (escaped by displaCy) and {label}; the rest come from each span's
# `params`, escaped here before displaCy sees them.
MARK_TEMPLATE = ('<mark class="m {kind}" id="{mark_id}" data-label="{label}" data-norm="{norm}" '
                 'title="{tip}" style="background: {bg}">{text}<span class="ml">{label}</span></mark>')


def make_renderer() -> EntityRenderer:
    """The displaCy entity renderer with partex's colours and template (build once per report)."""
    return EntityRenderer({"colors": LABEL_COLOURS, "template": MARK_TEMPLATE})


def mark_tip(mark: Mark) -> str:
    """The hover text of a mark: label and norm, and what the gold says when it disagrees (the
    side table has the rest, the source included)."""
    own = f"{mark.label} → {mark.norm}"
    if mark.kind == MENTION or mark.kind == CORRECT:
        return own
    if mark.kind == MISSED:
        return f"missed: gold {own}"
    gold = ""
    if mark.gold_label and (mark.gold_label, mark.gold_text, mark.gold_norm) != (mark.label, mark.text, mark.norm):
        gold = f"gold: {mark.gold_label} “{mark.gold_text}” → {mark.gold_norm}"
    return tooltip(own, KIND_NAMES[mark.kind], gold)


def shown_marks(marks: Sequence[Mark], length: int) -> tuple[list[int], list[int]]:
    """Indexes of the marks to highlight (inside the text, none overlapping an earlier one) and
    of those left out."""
    shown, hidden = [], []
    reach = 0
    for i, mark in enumerate(marks):
        if 0 <= mark.start < mark.end <= length and mark.start >= reach:
            shown.append(i)
            reach = mark.end
        else:
            hidden.append(i)
    return shown, hidden


def _cuts(length: int, evidences: Iterable[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[int]:
    """Where the text is cut: its ends and the evidence edges, except inside a highlighted span."""
    points = {0, length}
    for start, end in evidences:
        points.update(p for p in (start, end) if 0 < p < length)
    inside: set[int] = set()
    for start, end in spans:
        inside.update(p for p in points if start < p < end)
    return sorted(points - inside)


def render_text(text: str, marks: Sequence[Mark], shown: Sequence[int],
                evidences: Iterable[tuple[int, int]], renderer: EntityRenderer,
                prefix: str = "") -> Markup:
    """The text as HTML: marks `shown` highlighted (ids `{prefix}m{i}`), evidence pieces anchored
    (ids `{prefix}ev{start}`). Everything from the text is escaped."""
    evidences = sorted({(s, e) for s, e in evidences if 0 <= s < e})
    spans: list[dict[str, Any]] = []
    for i in shown:
        mark = marks[i]
        spans.append({"start": mark.start, "end": mark.end, "label": escape(mark.label),
                      "params": {"kind": mark.kind, "mark_id": f"{prefix}m{i}", "norm": escape(mark.norm),
                                 "tip": escape(mark_tip(mark))}})
    cuts = _cuts(len(text), evidences, [(s["start"], s["end"]) for s in spans])
    anchors: dict[int, list[int]] = {}  # piece start → evidences anchored there (its first piece)
    for start, end in evidences:
        first = cuts[bisect_left(cuts, start)] if start <= cuts[-1] else len(text)
        if first < min(end, len(text)):
            anchors.setdefault(first, []).append(start)
    pieces: list[str] = []
    k = 0
    for lo, hi in zip(cuts, cuts[1:]):
        mine = []
        while k < len(spans) and spans[k]["end"] <= hi:
            mine.append({**spans[k], "start": spans[k]["start"] - lo, "end": spans[k]["end"] - lo})
            k += 1
        html = renderer.render_ents(text[lo:hi], mine, None)
        ids = [f"{prefix}ev{start}" for start in dict.fromkeys(anchors.get(lo, []))]
        if ids or any(s <= lo and hi <= e for s, e in evidences):
            extra = "".join(f'<span class="anchor" id="{i}"></span>' for i in ids[1:])
            anchor = f' id="{ids[0]}"' if ids else ""
            html = f'{extra}<div class="ev"{anchor}>{html}</div>'
        pieces.append(html)
    return Markup('<div class="text">' + "".join(pieces) + "</div>")
