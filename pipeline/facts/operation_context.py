"""Figures and dates of an operation's run that are context, not what it did or when it ran.

- A comparison with an earlier term (class `compared_with`: `up from 101 million in the 2015
  census`, `frente a los 112 millones del censo de 2010`, `par rapport aux 80 saisies de 2021`):
  the first figure or date after it, and a date a few words after that figure, are the earlier
  term's, neither a result nor a date of the operation (not every later value up to a comma).
  The cue counts only where a figure or a date follows it within a few words, so that a word
  that also means "in the face of" (`frente a la crisis`) is no comparison.
- An earlier undertaking the operation follows or copies (class `succession`: `Ce projet a pris la
  suite de GLACY, lancé en 2013, dont … aux côtés de Maurice, du Maroc`, `Ce mécanisme s'inspire de
  celui que nous gérons au Niger depuis 2017`, `The project builds on a programme run in Kenya in
  2015`): the places, states and dates after it in its sentence are the earlier one's, unless the
  operation is named again after it. A verb that also means something else (class `succession_verb`:
  `builds on`, `succeeds`) is one only before a named operation or instrument or a noun of
  undertaking (class `succession_object`) a few words after it: not `succeeds in`, `built on
  intelligence from …`.
- A population counted (class `population_word`: `put the population at 109 million persons`,
  `una población de 203 millones de personas`): a figure right after such a noun phrase, at most
  two words between, counts who lives somewhere, not people an operation arrested, rescued or
  trained. A bare verb of counting (class `population_verb`: `the census counted 32 million people`,
  `a recensé`, `contó`) is also what an operation does with its results (`Operation X counted 250
  victims`): it marks a population only before a figure of residents or persons (class
  `population_unit`), never of victims or arrests.
"""

from __future__ import annotations

import re

from .document import FactDocument
from .lists import tokens as _tokens
from .refs import Ref, Sentence
from .relations import figure_unit

_QUANTITY_GAP = 25  # `up from about`, `frente a los más de`: characters from the cue to the figure or date it compares
_COMPARED = ("FIGURE", "DATE")
_TERM_WORDS = 4  # `in the`, `del censo de`: words between the earlier term's figure and its date, at most
_BREAK = re.compile(r"[,;:]")  # a comparison phrase ends at the next comma
_UNDERTAKING = 3  # words (articles, `earlier`) between a verb of succession and the undertaking it names
_POPULATION_WORDS = 3  # `population at`, `una población de`, `counted some`: words between the word and its figure


def compared(doc: FactDocument, sentence: Sentence, ref: Ref) -> bool:
    """Whether a figure or date stands in a phrase of comparison with an earlier term (`…, up from
    about 101 million people in the 2015 census`): a `compared_with` cue before it in its
    sentence, the first figure or date within a few characters after the cue (or a date a few words
    after that figure), and no comma between."""
    for cue in doc.find("compared_with", sentence.start, ref.start):
        if _BREAK.search(doc.text, cue.end(), ref.start):
            continue
        after = [m for m in sentence.mentions if m.label in _COMPARED and m.start >= cue.end()]
        if not after or after[0].start - cue.end() > _QUANTITY_GAP:
            continue
        # the earlier term is the first figure or date and the one date right after it (`up from
        # 80 arrests in May 2019`, `del censo de 2010`): not every value up to the next comma
        # (`…, up from 120 in 2020 with the police seizing 2 tonnes in March 2021`)
        term = after[:1]
        if len(after) > 1 and after[1].label == "DATE" and len(_tokens(doc.text[after[0].end:after[1].start])) <= _TERM_WORDS:
            term.append(after[1])
        if any(m.start == ref.start for m in term):
            return True
    return False


def population(doc: FactDocument, sentence: Sentence, figure: Ref) -> bool:
    """Whether a figure counts the people living somewhere (`put the population at 109,035,343
    persons`, `la población de 126 millones de habitantes`, `counted some 32.2 million people`): a
    `population_word` among the few words right before it, or a `population_verb` before a figure
    of residents or persons (`population_unit`)."""
    words = _tokens(doc.text[max(sentence.start, figure.start - 40):figure.start])[-(_POPULATION_WORDS + 1):]
    known = doc.words.words
    phrases = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    if phrases & known["population_word"]:
        return True
    return bool(phrases & known["population_verb"]) and figure_unit(figure) in known["population_unit"]


def succeeded(doc: FactDocument, sentence: Sentence, ref: Ref, norm: str) -> bool:
    """Whether a place, state or date stands after a word of succession in its sentence (`Ce
    projet a pris la suite de GLACY, lancé en 2013, dont …`): it is the earlier undertaking's, not
    the operation's, unless the operation is named between the word and the value."""
    cues = doc.find("succession", sentence.start, ref.start) + [
        c for c in doc.find("succession_verb", sentence.start, ref.start) if _undertaking_after(doc, sentence, c.end())]
    for cue in cues:
        if not any(m.norm == norm and cue.end() <= m.start < ref.start for m in sentence.of("OPERATION")):
            return True
    return False


def _undertaking_after(doc: FactDocument, sentence: Sentence, at: int) -> bool:
    """Whether an earlier undertaking follows a verb that may also mean something else (`builds
    on the Lisbon Plan`, `succeeds the project`; not `succeeds in`, `built on intelligence`): an
    operation or instrument named within a few words, or a noun of undertaking among them."""
    if any(m.label in ("OPERATION", "INSTRUMENT") and at <= m.start and len(_tokens(doc.text[at:m.start])) <= _UNDERTAKING
           for m in sentence.mentions):
        return True
    return bool(set(_tokens(doc.text[at:min(sentence.end, at + 80)])[:_UNDERTAKING + 3])
                & doc.words.words["succession_object"])
