"""A body's own thing: a clause that speaks of what bodies have or do of their own (`A, B and C run
their own monitoring systems`, `FAO's own appeal for the region was supported by the EU`, `with the
African Union's own mechanisms`, `disposent de leurs propres institutions`, `operan sus propios
sistemas`) speaks of that thing, not of the operation of the run: its bodies neither lead nor take
part in the operation, unless the clause names the operation.
"""

from __future__ import annotations

from .clauses import clause_start
from .document import FactDocument
from .refs import Ref, Sentence

_BEFORE = 40  # characters read back from the word of ownership to find the possessive before it
_POSSESSOR_ENDINGS = ("'s", "’s")  # `FAO's own appeal`


def in_own_clause(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether `ref` stands in a clause (cut at the clause breaks other than a colon) where a
    possessive and a word of ownership (class `own_word`) speak of a body's own thing, and which
    does not name the operation `norm`."""
    start = clause_start(doc, sentence, ref.start, colon=False)
    end = min([at for at, _, mark in doc.clause_breaks(sentence) if at >= ref.end and mark != ":"] + [sentence.end])
    if any(m.norm == norm and start <= m.start < end for m in sentence.of("OPERATION")):
        return False  # `INTERPOL ran Operation X with its own analysts`: said of the operation
    return any(_possessed(doc, cue.start()) for cue in doc.find("own_word", start, end))


def _possessed(doc: FactDocument, at: int) -> bool:
    """Whether a possessive stands right before the word of ownership (`their own`, `FAO's own`,
    `leurs propres`, `sus propios`; not `which we own`, `énergie propre`)."""
    before = doc.text[max(0, at - _BEFORE):at].split()
    if not before:
        return False
    word = before[-1].casefold()
    return word.endswith(_POSSESSOR_ENDINGS) or word in doc.words.words["possessive_article"] | doc.words.words["first_possessive"]
