"""Values said of another thing's creation: a participle of creation or adoption set after a comma
beside another thing's name (`la Convención de Belém do Pará, adoptada por la OEA en 1994`, `le
FONTAGRO, créé en 1998 avec l'appui de la BID`, `the Fund, established in 2009 by A and B`) opens
a clause about that thing; the bodies, places and dates in it are who made it, where and when,
not who took part in the operation nor where or when it ran (`operation_times._founded` reads
the date alone, within a shorter reach).
"""

from __future__ import annotations

import re

from .document import FactDocument
from .refs import Ref, Sentence

_OWNERS = ("ORG", "OPERATION", "INSTRUMENT", "RESOLUTION")  # what a creation participle may be said of
_APPOSED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*\)?\s*,\s*")  # `la Convención X, adoptada`, `(C-PROC), installé`


def founded_aside(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether `ref` stands in a participle clause of creation apposed to another thing's name:
    from the participle to the next comma outside a name (or the sentence's end)."""
    for cue in doc.find("founding", sentence.start, ref.start):
        owner = _owner(doc, sentence, cue.start())
        if owner is None or owner.label not in _OWNERS or not _APPOSED.fullmatch(doc.text, owner.end, cue.start()):
            continue
        if owner.label == "OPERATION" and owner.norm == norm:
            continue  # `l'opération Barkhane, lancée par la France`: the operation's own making
        if _clause_end(doc, sentence, cue.end()) > ref.start:
            return True
    return False


def _owner(doc: FactDocument, sentence: Sentence, at: int) -> Ref | None:
    """The name right before a participle, or the one its parenthesis follows (`the Amazon Fund (Fundo
    Amazônia), created in 2008`: the Fund's other name is the Fund)."""
    before = [m for m in sentence.mentions if m.end <= at]
    if len(before) > 1 and doc.text[before[-2].end:before[-1].start].strip() == "(":
        return before[-2]
    return before[-1] if before else None


def _clause_end(doc: FactDocument, sentence: Sentence, start: int) -> int:
    """Where the participle's clause ends: the next comma that stands outside a name, or the
    sentence's end."""
    at = doc.text.find(",", start, sentence.end)
    while at >= 0 and doc.named(at):
        at = doc.text.find(",", at + 1, sentence.end)
    return sentence.end if at < 0 else at
