"""A figure of the states or bodies that founded or signed a body is its number of members (FACTS.md,
MEMBERSHIP `size`), though the text names none of them:

- `cuatro fondos ambientales crearon en 2004 el Fondo X`, `les cinq États avaient créé une structure
  commune : l'OCAL`, `In 1993 five states founded the X`: a figure of members opening the clause of a
  verb of forming (class `form`) and the body it made right after it;
- `la Convention X, signée à Paris en 1875 par 17 États`, `the X Fund, created in 2004 by four
  foundations`, `el Convenio X, firmado en 1991 por 12 Estados`: a figure of members as the agent of a
  participle of founding or signing (classes `founded_by`, `signed_participle`) right after the body.
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
_REACH = 100  # the agent stands this close after the participle, no comma between
_NEAR = 2  # the figure starts this close after the agent
_PLACES = ("DATE", "LOCATION")


def founding_figures(doc: FactDocument, sentence: Sentence, sizes: list[Ref]) -> Iterator[tuple[Ref, list[Ref], list[Ref]]]:
    """Each body a figure of founders or signatories counts, with no member and that figure."""
    if not sizes:
        return
    for cue in doc.find("form", sentence.start, sentence.end):
        figure = _subject_figure(doc, sentence, sizes, cue.start())
        body = _made(doc, sentence, cue.end()) if figure is not None else None
        if body is not None:
            yield body, [], [figure]
    cues = [*doc.find("founded_by", sentence.start, sentence.end), *doc.find("signed_participle", sentence.start, sentence.end)]
    for cue in sorted(cues, key=lambda c: c.start()):
        figure = _agent_figure(doc, sentence, sizes, cue.end())
        body = next((m for m in reversed(sentence.mentions) if m.end <= cue.start()), None) if figure is not None else None
        if body is not None and body.label in BODY_LABELS and not doc.text[body.end:cue.start()].strip(" ,()"):
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


def _agent_figure(doc: FactDocument, sentence: Sentence, sizes: list[Ref], end: int) -> Ref | None:
    """The figure of members right after the first agent word past a participle ending at `end`
    (`signée à Paris en 1875 par 17 États`), no article between; not one before a list of the
    founders in parentheses (`par sept États (A, B …)`, read with the founders)."""
    agent = next(iter(doc.find("agent", end, min(sentence.end, end + _REACH))), None)
    if agent is None or "," in doc.text[end:agent.start()]:
        return None
    figure = next((s for s in sizes if agent.end() <= s.start <= agent.end() + _NEAR), None)
    if figure is None or doc.text[agent.end():figure.start].strip():
        return None  # `firmado por los cinco países`: an article names back states already counted
    return None if doc.text[figure.end:figure.end + 3].lstrip().startswith("(") else figure


def _without(doc: FactDocument, sentence: Sentence, start: int, end: int) -> str:
    """text[start:end] with the dates and places in it left out."""
    text = doc.text[start:end]
    for m in sentence.mentions:
        if start <= m.start and m.end <= end and m.label in _PLACES:
            text = text.replace(doc.text[m.start:m.end], " ")
    return text
