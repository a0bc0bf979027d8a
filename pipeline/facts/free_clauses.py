"""Clauses of an operation's sentence that state a partnership of their own.

A sentence that names an operation, or gives one its lead or partners, is read for the
operation: its bodies take the operation's roles, not a partnership of their own (FACTS.md). But
a sentence may hold two clauses, one for the operation and one for a partnership that has
nothing to do with it (`A et B soutiennent le programme, et nous travaillons avec C`, `We work
with A on our river plan, and B funds the Clean Water Programme`). The clauses that hold no
operation, none of its leads or partners and no words naming it back (`operation_reference`: `A
led Operation X, and B worked with C throughout the operation`; not words with a complement or a
name of their own, `le projet de cantines scolaires`) are read as any other sentence would be.
"""

from __future__ import annotations

import bisect
import re

from .document import FactDocument
from .model import Fact
from .titled import has_complement

# a capitalised word right after the words: they open another programme's name (`le projet Cantines`)
_NAMED_AFTER = re.compile(r"\s+[A-ZÀ-Þ]")


def free_clauses(doc: FactDocument, facts: list[Fact], blocked: set[int]) -> dict[int, list[tuple[int, int]]]:
    """Sentence index → the spans of its clauses that name no operation and hold none of an
    operation's values, for each sentence blocked by an operation alone (not by an agreement or
    a membership, which bind the whole sentence) that is cut in clauses."""
    starts = [s.start for s in doc.sentences]
    bound = {bisect.bisect_right(starts, f.evidence[0]) - 1 for f in facts if f.type in ("AGREEMENT", "MEMBERSHIP")}
    taken: dict[int, list[int]] = {}  # sentence index → offsets of the operation's words there
    for f in facts:
        if f.type == "OPERATION":
            for a in f.arguments:
                if a.from_text:
                    taken.setdefault(bisect.bisect_right(starts, a.start) - 1, []).append(a.start)
    found: dict[int, list[tuple[int, int]]] = {}
    for i in blocked:
        if i < 0 or i in bound or i in doc.restating:
            continue
        sentence = doc.sentences[i]
        # the clause breaks (`, et`, `, and`, `, y`, `;`, a dash between spaces), not a colon: what
        # follows it spells out what comes before (`Operation X: A, B and C`)
        breaks = [b for b in doc.clause_breaks(sentence) if b[2].strip() != ":"]
        if not breaks:
            continue
        used = taken.get(i, []) + [m.start for m in sentence.of("OPERATION")] \
            + [m.start() for m in doc.words.find("operation_reference", doc.text, sentence.start, sentence.end)
               if not has_complement(doc, m.end()) and not _NAMED_AFTER.match(doc.text, m.end())]
        cuts = [sentence.start] + [end for _, end, _ in breaks]
        ends = [start for start, _, _ in breaks] + [sentence.end]
        spans = [(b, e) for b, e in zip(cuts, ends) if not any(b <= at < e for at in used)]
        if spans:
            found[i] = spans
    return found
