"""What an operation achieved: the figures that count its results (arrests, seizures, victims),
and the items of a list of results (`Résultats communiqués … :` then `- …`)."""

from __future__ import annotations

from .clauses import clause_start
from .operation_context import compared, population
from .document import FactDocument
from .refs import Ref, Sentence, is_item
from .relations import figure_unit


def result(doc: FactDocument, sentence: Sentence, figure: Ref) -> bool:
    """Whether a figure counts what an operation achieved: its unit is one of achievement
    (arrests, firearms, victims), or it is a quantity or a share (kilograms, money, %) that a
    result word stands near (`saisies`, `seized`) or that a list of results gives."""
    if compared(doc, sentence, figure) or population(doc, sentence, figure):
        return False  # `up from 101 million in 2015`, `the population at 109 million persons`: context
    unit = figure_unit(figure)
    words = doc.words.words
    if unit in words["context_unit"] or unit in words["size_unit"]:
        return unit == "%" and result_list(doc, sentence)
    if unit in words["result_unit"]:
        return True
    if result_list(doc, sentence):
        return True
    start = clause_start(doc, sentence, figure.start)
    return doc.has("result_cue", start, min(sentence.end, figure.end + 60))


def result_list(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence is an item of a list of results (`Résultats communiqués … :` then `- …`)."""
    if not is_item(doc.text, sentence):
        return False
    for previous in reversed(doc.sentences[:sentence.index]):
        if not is_item(doc.text, previous):  # the line introducing the list
            return doc.has("result_cue", previous.start, previous.end)
    return False
