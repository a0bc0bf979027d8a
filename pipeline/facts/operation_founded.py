"""Values said of another thing's creation: a participle of creation or adoption set after a comma
beside another thing's name (`la Convención de Belém do Pará, adoptada por la OEA en 1994`, `le
FONTAGRO, créé en 1998 avec l'appui de la BID`, `the Fund, established in 2009 by A and B`) opens
a clause about that thing; the bodies, places and dates in it are who made it, where and when,
not who took part in the operation nor where or when it ran (`operation_times._founded` reads
the date alone, within a shorter reach). The operation's own making stays its own: a participle
set after the operation's name, after a body of the operation's own apposition or clause (`Op X,
led by A, launched in 2019 with B`), whose clause names the operation, or followed right away
by a name (a finite verb and its object: `joined A, launched Op X with B`).
"""

from __future__ import annotations

import re

from .clauses import next_comma
from .document import FactDocument
from .refs import Ref, Sentence

OWNERS = ("ORG", "OPERATION", "INSTRUMENT", "RESOLUTION")  # what a creation participle may be said of
APPOSED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*\)?\s*,\s*")  # `la Convención X, adoptada`, `(C-PROC), installé`
_OBJECT = re.compile(r"\s+")  # `launched Operation X`: a name right after the word, a verb with its object


def founded_aside(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether `ref` stands in a participle clause of creation apposed to another thing's name:
    from the participle to the next comma outside a name (or the sentence's end)."""
    for cue in doc.find("founding", sentence.start, ref.start):
        end = _clause_end(doc, sentence, cue.end())
        if end > ref.start and other_owner(doc, sentence, cue.start(), norm) is not None and not _own_clause(
                doc, sentence, cue.end(), end, norm):
            return True
    return False


def other_owner(doc: FactDocument, sentence: Sentence, at: int, norm: str, start: int | None = None) -> Ref | None:
    """The name of another thing a participle at `at` is apposed to (from `start` on, the sentence's
    start by default): not the operation's own, nor a body of the operation's own apposition or
    clause (`Op X, coordinated by A, launched`, `l'opération X a été planifiée par A, lancée`)."""
    owner = apposed_owner(doc, sentence, at, sentence.start if start is None else start)
    if owner is None or (owner.label == "OPERATION" and owner.norm == norm):
        return None
    if norm and _of_operation(sentence, owner, norm):
        return None
    return owner


def apposed_owner(doc: FactDocument, sentence: Sentence, at: int, start: int) -> Ref | None:
    """The name right before a participle at `at` (from `start` on), or the one its parenthesis
    follows (`the Amazon Fund (Fundo Amazônia), created in 2008`: the Fund's other name is the
    Fund), where it is one a creation participle may be said of and only a comma stands between."""
    last = prev = None
    for m in sentence.mentions:
        if m.end > at:
            break
        if m.start >= start:
            last, prev = m, last
    if last is None:
        return None
    if prev is not None and doc.text[prev.end:last.start].strip() == "(":
        last = prev
    return last if last.label in OWNERS and APPOSED.fullmatch(doc.text, last.end, at) else None


def _of_operation(sentence: Sentence, owner: Ref, norm: str) -> bool:
    """Whether the operation is named before the owner with no other name between: the owner is
    the operation's lead or partner in the operation's own apposition or clause."""
    before = [m for m in sentence.mentions if m.end <= owner.start]
    return bool(before) and before[-1].label == "OPERATION" and before[-1].norm == norm


def _own_clause(doc: FactDocument, sentence: Sentence, start: int, end: int, norm: str) -> bool:
    """Whether the participle's clause [start, end) is the operation's own: it names the
    operation, or a name follows the participle right away (a finite verb and its object)."""
    inside = [m for m in sentence.mentions if start <= m.start < end]
    return any(m.label == "OPERATION" and m.norm == norm for m in inside) or bool(
        inside and _OBJECT.fullmatch(doc.text, start, inside[0].start))


def _clause_end(doc: FactDocument, sentence: Sentence, start: int) -> int:
    """Where the participle's clause ends: the next comma that stands outside a name, or the
    sentence's end."""
    at = next_comma(doc, sentence, start)
    return sentence.end if at < 0 else at
