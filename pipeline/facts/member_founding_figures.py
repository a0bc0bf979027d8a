"""A figure of the states or bodies that founded a body is its number of members (FACTS.md, MEMBERSHIP
`size`), though the text names none of them: `cinco Estados crearon en 2004 el Foro X`, `les cinq
États avaient créé une structure commune : l'OCAL`, `In 1993 five states founded the X`: a figure of
members opening the clause of a verb of forming (class `form`) and the body it made right after it.

Not the agent of a participle of signing or founding (`la Convention X, signée en 1875 par 17
États`): tried in December 2026, it gave the validation sets a wrong size and no right one (an
instrument signed by states is their agreement as often as a body of members).
"""

from __future__ import annotations

from collections.abc import Iterator

from .clauses import clause_start
from .document import FactDocument
from .lists import tokens as _tokens
from .member_formed import named_after_colon
from .member_subjects import BODY_LABELS
from .refs import Ref, Sentence

_BEFORE = 2  # words (an adjective: `cuatro fondos ambientales`) between the figure and the verb, at most
_OPENING = 4  # words before the figure in its clause (`En 2004,`, `Más de`), at most
_AFTER = 3  # words between the verb and the body (`en 2004 el`, `today the`), at most, places and dates left out
_PLACES = ("DATE", "LOCATION")


def founding_figures(doc: FactDocument, sentence: Sentence, sizes: list[Ref]) -> Iterator[tuple[Ref, list[Ref], list[Ref]]]:
    """Each body a figure of its founders counts, with no member and that figure."""
    if not sizes:
        return
    for cue in doc.find("form", sentence.start, sentence.end):
        figure = _subject_figure(doc, sentence, sizes, cue.start())
        body = _made(doc, sentence, cue.end()) if figure is not None else None
        if body is not None:
            yield body, [], [figure]


def _subject_figure(doc: FactDocument, sentence: Sentence, sizes: list[Ref], cue_start: int) -> Ref | None:
    """The figure of members that opens the clause of a verb of forming, right before it (no body,
    state or other name before it in the clause: `Experts from A and five states created` is not one)."""
    start = clause_start(doc, sentence, cue_start)
    figure = next((s for s in reversed(sizes) if start <= s.start and s.end <= cue_start), None)
    if figure is None or "," in doc.text[figure.end:cue_start] or len(_tokens(doc.text[figure.end:cue_start])) > _BEFORE:
        return None
    if any(start <= m.start < figure.start and m.label not in _PLACES for m in sentence.mentions):
        return None
    head = _without(doc, sentence, start, figure.start)
    return figure if len([t for t in _tokens(head) if t != ","]) <= _OPENING else None


def _made(doc: FactDocument, sentence: Sentence, end: int) -> Ref | None:
    """The body a verb of forming ending at `end` made: the first name after it, a few words at
    most between (dates and places left out, no comma), or one a short noun phrase and a colon
    announce (`une structure commune : l'OCAL`)."""
    after = next((m for m in sentence.mentions if m.start >= end and m.label not in _PLACES), None)
    if after is not None and after.label in BODY_LABELS:
        gap = _without(doc, sentence, end, after.start)
        if "," not in gap and ":" not in gap and len(_tokens(gap)) <= _AFTER:
            return after
    return named_after_colon(doc, sentence, end)


def _without(doc: FactDocument, sentence: Sentence, start: int, end: int) -> str:
    """text[start:end] with the dates and places in it left out."""
    text = doc.text[start:end]
    for m in sentence.mentions:
        if start <= m.start and m.end <= end and m.label in _PLACES:
            text = text.replace(doc.text[m.start:m.end], " ")
    return text
