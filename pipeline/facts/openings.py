"""Where a sentence that names its partners first opens (`Avec l'OIM et le HCR, INTERPOL …`,
`En 1973, junto con el Gobierno de Costa Rica, creamos …`): helpers of `structure.leading_with`."""

from __future__ import annotations

from .document import FactDocument
from .lists import PARENTHESES  # noqa: F401 (imported from here by structure.py and operation_places.py)
from .refs import Ref, Sentence

_OPENING_WORDS = 4  # words of a phrase opening a sentence before `with` (`En 1973, junto con …`)


def goes_on(doc: FactDocument, gap: str) -> bool:
    """Whether the words between two lists join them into one (`y los Estados Partes
    fundadores,`): the gap opens on a conjunction and holds no clause of its own."""
    words = gap.split()
    return bool(words) and words[0].casefold() in doc.words.words["conjunction"] and len(words) <= 6


def after_opening(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> int:
    """Where a sentence's `with` may stand: at its start, or after a short opening phrase that
    names no one and its comma (`En 1973, junto con el Gobierno de Costa Rica, creamos …`)."""
    comma = doc.plain.find(",", sentence.start, sentence.end)
    if comma < 0 or any(sentence.start <= a.start < comma for a in actors):
        return sentence.start
    if len(doc.plain[sentence.start:comma].split()) > _OPENING_WORDS:
        return sentence.start
    rest = doc.plain[comma + 1:sentence.end]
    return comma + 1 + len(rest) - len(rest.lstrip())
