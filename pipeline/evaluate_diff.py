"""Where an extract and its gold disagree: one record per disagreement, with its context."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

DIFF_KINDS = ("missed", "false_positive", "boundary", "wrong_label", "wrong_norm")
CONTEXT_CHARS = 40
NEWLINE_MARK = "⏎"
SPAN_OPEN, SPAN_CLOSE = "⟦", "⟧"


class Span(NamedTuple):
    """One mention as scoring sees it."""

    start: int
    end: int
    label: str
    norm: str
    text: str


@dataclass(frozen=True)
class DiffRecord:
    """One disagreement between gold and extract, with the text around it."""

    kind: str
    doc_id: str
    start: int
    end: int
    gold_start: int | None
    gold_end: int | None
    gold_text: str
    gold_label: str
    gold_norm: str
    pred_start: int | None
    pred_end: int | None
    pred_text: str
    pred_label: str
    pred_norm: str
    context: str

    def to_dict(self) -> dict[str, Any]:
        """The record as plain values."""
        return asdict(self)


# --- the diff ---------------------------------------------------------------------------------

def context(document: str | None, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The span with `width` characters either side, marked ⟦…⟧, line breaks shown as ⏎."""
    if document is None:
        return ""
    left_start, right_end = max(0, start - width), min(len(document), end + width)
    text = ("…" if left_start > 0 else "") + document[left_start:start] + SPAN_OPEN + document[start:end] \
        + SPAN_CLOSE + document[end:right_end] + ("…" if right_end < len(document) else "")
    return text.replace("\r\n", NEWLINE_MARK).replace("\n", NEWLINE_MARK).replace("\r", NEWLINE_MARK)


def _record(kind: str, doc_id: str, g: Span | None, p: Span | None, document: str | None) -> DiffRecord:
    start = min(s.start for s in (g, p) if s is not None)
    end = max(s.end for s in (g, p) if s is not None)
    return DiffRecord(
        kind, doc_id, start, end,
        g.start if g else None, g.end if g else None, g.text if g else "", g.label if g else "", g.norm if g else "",
        p.start if p else None, p.end if p else None, p.text if p else "", p.label if p else "", p.norm if p else "",
        context(document, start, end),
    )


def diff_document(doc_id: str, gold: list[Span], pred: list[Span], document: str | None = None) -> list[DiffRecord]:
    """Every disagreement in one document, matched in this order.

    1. same span and label: `wrong_norm` when the norms differ (else agreement);
    2. same span, other label: `wrong_label`;
    3. overlapping spans (any label), largest overlap first: `boundary`;
    4. what is left: gold → `missed`, predicted → `false_positive`.
    """
    records: list[DiffRecord] = []
    gold_left, pred_left = list(gold), list(pred)

    def pair(same: Any, kind_of: Any) -> None:
        for p in list(pred_left):
            for g in gold_left:
                if same(g, p):
                    kind = kind_of(g, p)
                    if kind:
                        records.append(_record(kind, doc_id, g, p, document))
                    gold_left.remove(g)
                    pred_left.remove(p)
                    break

    pair(lambda g, p: (g.start, g.end, g.label) == (p.start, p.end, p.label),
         lambda g, p: "wrong_norm" if g.norm != p.norm else None)
    pair(lambda g, p: (g.start, g.end) == (p.start, p.end), lambda g, p: "wrong_label")
    overlaps = sorted(
        ((min(g.end, p.end) - max(g.start, p.start), g, p) for g in gold_left for p in pred_left
         if g.start < p.end and p.start < g.end),
        key=lambda item: (-item[0], item[1].start, item[2].start))
    for _, g, p in overlaps:
        if g in gold_left and p in pred_left:
            records.append(_record("boundary", doc_id, g, p, document))
            gold_left.remove(g)
            pred_left.remove(p)
    records.extend(_record("missed", doc_id, g, None, document) for g in gold_left)
    records.extend(_record("false_positive", doc_id, None, p, document) for p in pred_left)
    return sorted(records, key=lambda r: (r.start, r.end, DIFF_KINDS.index(r.kind)))
