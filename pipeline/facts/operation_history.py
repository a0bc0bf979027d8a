"""Background of an operation: the places and dates of a clause that tells what happened before
or beside it in the past perfect or as an anniversary (`had served in NATO-led missions in
Afghanistan`, `qui avait ravagé la côte en 2004`, `Vingt ans après le tsunami du 26 décembre
2004`, `twenty years after the 2004 tsunami`) are not where or when it ran."""

from __future__ import annotations

import re

from .clauses import clause_start
from .document import FactDocument
from .refs import Ref, Sentence

_REACH = 120  # how far before a place or date a word of history may stand in its clause
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def in_history(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether a word of history (class `history`, or an auxiliary of the past perfect with a
    participle right after it: `had served`, not `had 40 officers`, and no verb of reported speech
    before it in the clause: not `said officers had arrested`) stands before a place or date in its
    clause, and the operation is not named between the clause's start and the value
    (`Operation X had been launched in 2019`: its own start)."""
    start = clause_start(doc, sentence, ref.start, colon=False)
    lo = max(start, ref.start - _REACH)
    if not doc.has("history", lo, ref.start) and not any(
            _participle(doc, cue.end(), ref.start) and not doc.has("reporting_verb", start, cue.start())
            for cue in doc.find("perfect_auxiliary", lo, ref.start)):
        return False  # `said officers had arrested 20 in Lima`: what was said, not background
    return not any(m.label == "OPERATION" and m.norm == norm and start <= m.start < ref.start for m in sentence.mentions)


def _participle(doc: FactDocument, at: int, limit: int) -> bool:
    """Whether the word right after an auxiliary ends as a past participle (class `participle_ending`)."""
    word = _NEXT_WORD.match(doc.text, at, limit)
    return word is not None and word.group(1).casefold().endswith(tuple(doc.words.words["participle_ending"]))
