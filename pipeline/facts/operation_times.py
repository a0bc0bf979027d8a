"""When an operation ran: the dates of a sentence that are the operation's, less a dateline's,
a creation's (`le CGPCS, créé en janvier 2009`) and another time's (`d'ici à 2030`)."""

from __future__ import annotations

import re

from .clauses import clause_start
from .document import FactDocument
from .refs import Ref, Sentence
from .interleaved import interleaved
from .operation_context import compared
from .operation_founded import OWNERS, apposed_owner

_OTHER_TIME = 60  # `entrée en vigueur à son égard le`: words of another time this close before a date
# between words of another time and their date, at most two short words (`will be held in`, `d'ici à la fin`
# would be three): a gap of no language's words in particular, just short enough to hold an article or a preposition
_RIGHT_BEFORE = re.compile(r"\W*(?:[^\W\d_]{1,4}\W*){0,2}")
_DIRECTLY_BEFORE = re.compile(r"\s+(?:\w+-)?")  # `by 2030`, `by mid-2025`: a deadline word and its date, nothing between
FOUNDED_GAP = 45  # `adoptada por la Asamblea General el 31 de octubre`: a creation participle this close before its date


def own_dates(doc: FactDocument, sentence: Sentence, norm: str) -> list[Ref]:
    """The dates of a sentence that are the operation's: with `respectivement`, the one at its
    place among the operations named before the dates (`Thunderbird et Thunderstorm, menées
    respectivement en 2017 et en 2018`; `Thunderball and Thunder 2022 ran in June 2019 and October
    2022 respectively`), none for an operation named before those (`Thunderball fait suite aux …`)."""
    dates = [d for d in sentence.of("DATE") if not doc.in_dateline(d) and not _founded(doc, sentence, d, norm)
             and not _other_time(doc, sentence, d) and not compared(doc, sentence, d)]  # `up from … in 2015`
    if len(dates) < 2:
        return dates
    if not doc.has("distributive", sentence.start, sentence.end):
        return interleaved(sentence, dates, norm)
    named = list(dict.fromkeys(m.norm for m in sentence.of("OPERATION") if m.end <= dates[0].start))
    if len(named) < len(dates):
        return dates
    paired = named[-len(dates):]
    return [dates[paired.index(norm)]] if norm in paired else []


def _other_time(doc: FactDocument, sentence: Sentence, date: Ref) -> bool:
    """Whether words of another time stand right before a date in its clause (`éliminer la maladie
    d'ici à 2030`, `expected to open by mid-2025`, `scheduled for March 2025`, `desde su entrada en
    vigor el 1 de enero de 2016`; a deadline word with nothing between, `by 2030`, `by mid-2025`): a goal, a
    meeting to come, an entry into force, not when the operation ran. Only at most two short words
    may stand between (`entrée en vigueur le`, `will be held in`), and nothing named: `conducted by
    INTERPOL in June 2019`, `carried out by police forces between 3 and 10 October` are the run's."""
    start = max(clause_start(doc, sentence, date.start, colon=False), date.start - _OTHER_TIME)
    cues = [c for c in doc.find("other_time", start, date.start) if _RIGHT_BEFORE.fullmatch(doc.text, c.end(), date.start)]
    cues += [c for c in doc.find("deadline", start, date.start) if _DIRECTLY_BEFORE.fullmatch(doc.text, c.end(), date.start)]
    return any(not any(c.end() <= m.start < date.start for m in sentence.mentions) for c in cues)


def _founded(doc: FactDocument, sentence: Sentence, date: Ref, norm: str) -> bool:
    """Whether a date is when another thing was created: a creation participle stands just before
    it, set beside the name of that thing (`le CGPCS, créé en janvier 2009`, `la Convención …,
    adoptada … el 31 de octubre de 2003`, `l'opération Barkhane, lancée par la France le 1er août
    2014`) or opening a clause whose subject it is (`Creada en Bogotá el 14 de noviembre de 2007,
    AMERIPOL …`). Not a verb with its subject (`l'ONUDC a lancé en 2009 un programme`), nor a
    participle of the operation itself (`Créé en 2009 …, le Programme mondial …`)."""
    for cue in doc.find("founding", max(sentence.start, date.start - FOUNDED_GAP), date.start):
        start = clause_start(doc, sentence, cue.start(), colon=False)
        if any(start <= m.start and m.end <= cue.start() for m in sentence.mentions):
            owner = apposed_owner(doc, sentence, cue.start(), start)
        else:
            comma = doc.text.find(",", date.end, sentence.end)
            owner = next((m for m in sentence.mentions if comma >= 0 and 0 <= m.start - comma <= 6), None)
        return owner is not None and owner.label in OWNERS and not (owner.label == "OPERATION" and owner.norm == norm)
    return False


def named_gap(sentence: Sentence, start: int, end: int) -> int:
    """How long text[start:end] is with each name wholly inside it counted as one character: the
    words between a participle and its date or place, not the length of the bodies' names
    (`adoptada por la Organización de los Estados Americanos (OEA) en 1994` is as close as
    `adoptada por la OEA en 1994`)."""
    spans = sorted((m.start, m.end) for m in sentence.mentions if start <= m.start and m.end <= end)
    covered, reach = 0, start
    for lo, hi in spans:
        if hi <= reach:
            continue  # inside a name already counted (`(OEA)` within a longer span)
        lo = max(lo, reach)
        covered += hi - lo - 1
        reach = hi
    return end - start - covered
