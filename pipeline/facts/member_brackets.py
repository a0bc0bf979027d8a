"""States listed in parentheses right after a body: its members (`the G5 Sahel (Burkina Faso,
Chad, Mali, Mauritania and Niger) met …`, `el Mercosur (Argentina, Brasil, Paraguay y Uruguay)`,
`le Conseil de l'Entente (Bénin, Burkina Faso, Côte d'Ivoire, Niger et Togo)`).

The parentheses must hold states and the words that join a list (commas, conjunctions,
articles), nothing else: `INTERPOL (Lyon, France)` names a place, `the UNODC offices (Kenya)` one
state, and `(Kenya and Uganda, from 2019)` says something else. Such states are an aside about
the body: they are its members, not actors of the sentence (`The G5 Sahel (…) signed an
agreement with the EU`: the G5 Sahel signed), which `Qualifiers` reads from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lists import tokens

if TYPE_CHECKING:
    from .document import FactDocument
    from .refs import Ref, Sentence

_MIN_STATES = 2  # one state in parentheses after a body is where it is, or whom it stands for


def bracketed_members(doc: FactDocument, sentence: Sentence) -> list[tuple[Ref, list[Ref]]]:
    """(body, states) for each body that a parenthesis right after lists two states or more in."""
    text = doc.text
    if "(" not in text[sentence.start:sentence.end] or len(sentence.of("COUNTRY")) < _MIN_STATES:
        return []  # the common case, at the cost of one search
    found = []
    for body in sentence.of("ORG"):
        rest = text[body.end:sentence.end]
        opening = body.end + len(rest) - len(rest.lstrip())
        if text[opening:opening + 1] != "(":
            continue
        closing = text.find(")", opening, sentence.end)
        if closing < 0 or "(" in text[opening + 1:closing]:
            continue
        inside = [m for m in sentence.mentions if opening < m.start and m.end <= closing]
        if len(inside) >= _MIN_STATES and all(m.label == "COUNTRY" for m in inside) and all(
                t in doc.words.join_words for t in tokens(doc.gap(opening + 1, closing))):
            found.append((body, inside))
    return found
