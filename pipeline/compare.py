"""Compare two extracts of the same texts, for texts that have no gold.

A mention of the new extract is matched to the old one on the same span (doc_id, start, end):
same label and norm is no change; same span with another label or norm is `changed`; a span
only in the old extract is `removed`, only in the new one `added`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import pandas as pd

from .evaluate import Span, context, spans_by_doc

CHANGES = ("removed", "added", "changed")
# One row per difference. `what` says what changed on a same-span pair: "label", "norm" or "label,norm".
DIFF_COLUMNS = ("change", "what", "doc_id", "start", "end", "text",
                "old_label", "new_label", "old_norm", "new_norm", "context")


def diff_extracts(
    old_df: pd.DataFrame, new_df: pd.DataFrame, documents: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Mentions added, removed or changed between two extracts, sorted by doc_id and offsets.

    `documents` (doc_id → text) fills the `context` column (±40 characters, line breaks as ⏎).
    """
    old, new = spans_by_doc(old_df), spans_by_doc(new_df)
    documents = documents or {}
    rows: list[dict[str, object]] = []
    for doc_id in sorted(set(old) | set(new)):
        document = documents.get(doc_id)
        by_span: dict[tuple[int, int], list[Span]] = defaultdict(list)
        for span in old.get(doc_id, []):
            by_span[(span.start, span.end)].append(span)
        new_left: list[Span] = []
        # exact agreements first, so that a span carrying two labels pairs them correctly
        for span in new.get(doc_id, []):
            olds = by_span.get((span.start, span.end), [])
            same = next((o for o in olds if (o.label, o.norm) == (span.label, span.norm)), None)
            if same is not None:
                olds.remove(same)
            else:
                new_left.append(span)
        for span in new_left:
            olds = by_span.get((span.start, span.end), [])
            if olds:
                before = next((o for o in olds if o.label == span.label), olds[0])
                olds.remove(before)
                what = ",".join(f for f, a, b in (("label", before.label, span.label), ("norm", before.norm, span.norm))
                                if a != b)
                rows.append(_row("changed", what, doc_id, span, before, span, document))
            else:
                rows.append(_row("added", "", doc_id, span, None, span, document))
        for olds in by_span.values():
            rows.extend(_row("removed", "", doc_id, o, o, None, document) for o in olds)
    frame = pd.DataFrame(rows, columns=list(DIFF_COLUMNS))
    if frame.empty:
        return frame
    frame = frame.sort_values(["doc_id", "start", "end", "change"], kind="stable").reset_index(drop=True)
    return frame


def _row(change: str, what: str, doc_id: str, span: Span, old: Span | None, new: Span | None,
         document: str | None) -> dict[str, object]:
    return {
        "change": change, "what": what, "doc_id": doc_id, "start": span.start, "end": span.end, "text": span.text,
        "old_label": old.label if old else "", "new_label": new.label if new else "",
        "old_norm": old.norm if old else "", "new_norm": new.norm if new else "",
        "context": context(document, span.start, span.end),
    }


def summarise(diff: pd.DataFrame) -> dict[str, int]:
    """How many mentions were added, removed and changed."""
    counts = diff["change"].value_counts() if not diff.empty else pd.Series(dtype=int)
    return {change: int(counts.get(change, 0)) for change in CHANGES}
