"""The report against a gold: the scores `partex evaluate` gives, and each mention's verdict.

Mentions are scored by `partex.evaluate.evaluate`, the function `partex evaluate` calls, on the
same tables, so the numbers are the same; its list of disagreements (`Report.diff`) says what is
wrong with each mention: a missed gold mention, a false alarm, a wrong norm, label or boundary.
Facts are scored by `partex.facts.score.score_facts` against a facts gold (FACTS.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..columns import FACT_GOLD_COLUMNS
from ..evaluate import DiffRecord, Report, evaluate
from ..facts.score import FactReport, Tuple, records, score_facts
from ..formats import read_table
from ..gold import load_gold
from .. import messages as msg
from ..messages import InputError, Problem
from .data import Extract, Mention

MENTION = "mention"        # a mention of a document the gold does not cover
CORRECT = "correct"
MISSED = "missed"
KIND_NAMES = {MENTION: "mention", CORRECT: "correct", "wrong_norm": "wrong norm",
              "wrong_label": "wrong label", "boundary": "wrong boundaries",
              "false_positive": "false alarm", MISSED: "missed"}
ERROR_KINDS = frozenset(KIND_NAMES) - {MENTION, CORRECT}


class Mark(NamedTuple):
    """A span to highlight: a predicted mention with its verdict, or a missed gold mention."""

    start: int
    end: int
    label: str
    text: str
    norm: str
    source: str
    kind: str
    gold_label: str = ""   # the gold mention it was compared with, when there is one
    gold_text: str = ""
    gold_norm: str = ""

    @property
    def is_error(self) -> bool:
        """Whether the gold disagrees with it (or it is a gold mention the extract missed)."""
        return self.kind in ERROR_KINDS


@dataclass
class Review:
    """Scores and verdicts against a mentions gold and/or a facts gold."""

    mentions: Report | None = None
    gold_docs: frozenset[str] = frozenset()
    diff: dict[str, list[DiffRecord]] = field(default_factory=dict)
    facts: FactReport | None = None
    fact_gold: dict[str, set[Tuple]] = field(default_factory=dict)   # doc_id → folded tuples
    fact_missed: dict[str, list[Tuple]] = field(default_factory=dict)
    fact_docs: frozenset[str] = frozenset()
    unextracted: list[str] = field(default_factory=list)  # gold documents the extract lacks


def _facts_gold(path: Path) -> list[dict[str, Any]]:
    frame = read_table(path, FACT_GOLD_COLUMNS)
    missing = [c for c in FACT_GOLD_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError([Problem(str(path), None, msg.REPORT_FACTS_GOLD_COLUMNS.format(
            columns=", ".join(missing), required=",".join(FACT_GOLD_COLUMNS)))])
    return frame.to_dict("records")


def load_review(extract: Extract, gold: Path | None = None,
                facts_gold: Path | None = None) -> Review | None:
    """Score the extract against the gold files given; None when none is. Raises `InputError`."""
    if gold is None and facts_gold is None:
        return None
    review = Review()
    extracted = set(extract.mentions["doc_id"]) | {str(e.get("doc_id")) for e in extract.inputs}
    if gold is not None:
        gold_df = load_gold(gold)
        review.mentions = evaluate(gold_df, extract.mentions)
        review.gold_docs = frozenset(gold_df["doc_id"])
        for record in review.mentions.diff:
            review.diff.setdefault(record.doc_id, []).append(record)
        review.unextracted = sorted(review.gold_docs - extracted)
    if facts_gold is not None:
        gold_rows = _facts_gold(facts_gold)
        predicted = extract.facts.to_dict("records")
        review.facts = score_facts(gold_rows, predicted)
        review.fact_docs = frozenset(str(r["doc_id"]) for r in gold_rows)
        for fact in records(gold_rows):
            review.fact_gold.setdefault(fact.doc_id, set()).update(fact.tuples)
        for doc_id, missed in review.facts.missed:
            review.fact_missed.setdefault(doc_id, []).append(missed)
    return review


def marks_for(doc_id: str, mentions: Sequence[Mention], review: Review | None) -> list[Mark]:
    """Each mention with its verdict, and the gold mentions the extract missed, by offset."""
    if review is None or review.mentions is None or doc_id not in review.gold_docs:
        return [Mark(*m, MENTION) for m in mentions]
    verdicts: dict[tuple[int, int, str], list[DiffRecord]] = defaultdict(list)
    marks: list[Mark] = []
    for r in review.diff.get(doc_id, []):
        if r.pred_start is None:
            marks.append(Mark(r.gold_start or 0, r.gold_end or 0, r.gold_label, r.gold_text,
                              r.gold_norm, "", MISSED, r.gold_label, r.gold_text, r.gold_norm))
        else:
            verdicts[(r.pred_start, r.pred_end or 0, r.pred_label)].append(r)
    for m in mentions:
        found = verdicts.get((m.start, m.end, m.label))
        if found:
            r = found.pop(0)
            marks.append(Mark(*m, r.kind, r.gold_label, r.gold_text, r.gold_norm))
        else:
            marks.append(Mark(*m, CORRECT, m.label, m.text, m.norm))
    marks.sort(key=lambda mark: (mark.start, mark.end))
    return marks


def fact_verdict(doc_id: str, rows: Iterable[dict[str, Any]], review: Review | None) -> str:
    """`exact` when every tuple the fact gives is in the facts gold, `wrong` when one is not,
    "" when the document has no facts gold."""
    if review is None or review.facts is None or doc_id not in review.fact_docs:
        return ""
    found = records(rows)
    tuples = found[0].tuples if found else set()
    return "exact" if tuples and tuples <= review.fact_gold.get(doc_id, set()) else "wrong"
