"""The bodies an apposition names about the body before it (`PARIS21, créé en 1999 et hébergé par
l'OCDE, travaille avec AFRISTAT`, `AVAT, set up by the AU in 2020, pooled orders …`, `la REDTRAM,
creada en el seno de la AIAMP`): who founded, hosts, runs, funds or oversees that body. They
describe it; they are no partners of the sentence's other bodies (the OECD does not work with
AFRISTAT there). The body before the apposition keeps its own pair with each of them, and the
bodies of one apposition theirs with one another: only pairs across the apposition's edge go.

An apposition opens on a comma right after a body (and its acronym in parentheses), and a word of
founding, dependency or hosting (classes founded_by, parent_of, aside_origin) stands within its
first words, before any body, and no conjunction opens it (`…, and hosted by D` goes on with
the sentence's own agents); it ends at the next comma, semicolon or colon.
"""

from __future__ import annotations

import re

from .document import FactDocument
from .lists import tokens as _tokens
from .refs import Ref, Sentence

# blanks, an acronym in parentheses and blanks after a name (`KORA (Kenya) , hosted by`)
_AFTER_NAME = re.compile(r"[ \t]*(?:\([^)]*\)[ \t]*)?")
_OPENING = 25  # characters: the word of the apposition stands this close after its comma
_CLASSES = ("founded_by", "parent_of", "aside_origin")


def _after_name(doc: FactDocument, at: int, end: int) -> int:
    """Where the text after a name goes on, past blanks and an acronym in parentheses."""
    return _AFTER_NAME.match(doc.text, at, end).end()


def aside_of(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> dict[int, tuple[str, int]]:
    """id of each body named in an apposition of this kind → (the norm of the body it describes,
    the apposition's start)."""
    if not any(doc.find(c, sentence.start, sentence.end) for c in _CLASSES):
        return {}
    found: dict[int, tuple[str, int]] = {}
    text = doc.text
    for head in actors:
        comma = _after_name(doc, head.end, sentence.end)
        if comma >= sentence.end or text[comma] != ",":
            continue
        start = comma + 1
        opening = _tokens(text[start:min(start + _OPENING, sentence.end)])
        if opening and opening[0] in doc.words.words["conjunction"]:
            continue  # `convened by A, B and C, and hosted by D`: D is one more agent, no aside
        first = min((r.start for r in actors if r.start >= start), default=sentence.end)
        if not any(doc.find(c, start, min(first, start + _OPENING, sentence.end)) for c in _CLASSES):
            continue
        stops = [p for p in (text.find(m, start, sentence.end) for m in ",;:") if p >= 0]
        end = min(stops, default=sentence.end)
        for r in actors:
            if start <= r.start < end and r.norm != head.norm:
                found.setdefault(id(r), (head.norm, start))
    return found


def across_aside(asides: dict[int, tuple[str, int]], a: Ref, b: Ref) -> bool:
    """Whether one of two bodies is named in an apposition about a third body and the other
    outside it: no pair."""
    for x, y in ((a, b), (b, a)):
        where = asides.get(id(x))
        if where is not None and y.norm != where[0] and asides.get(id(y), (None, -1))[1] != where[1]:
            return True
    return False
