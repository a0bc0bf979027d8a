"""The acronym a text defines for a programme found after the acronym stage.

`acronyms.definitions` reads `Long form (ACR)` from the candidates of its time. A programme that a
later stage finds, from an apposition (`El Gran Radiotelescopio Andino, un proyecto …`) and then
named again (`la inauguración del Gran Radiotelescopio Andino (GRA)`), had no candidate there: the
parenthesis after it is left unread, and the acronym's later uses (`el GRA es …`) with it. SCHEMA's
acronym rule makes the acronym a mention of the programme and the programme's norm.
"""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention, SpanIndex
from .acronym_shapes import is_acronym_form
from .acronyms import operation_name
from .candidates import OPERATION
from .context import Context, State
from .literals import whole_uses
from .longforms import spells
from .programme_patterns import ACRONYM

_VALUES = {"DATE", "FIGURE"}
_DEFINED = re.compile(rf"[ \t\u00a0]*\((?P<acr>{ACRONYM})\)")


def _names(state: State) -> SpanIndex:
    """The names of other stages (not the model's guesses, not values, not programmes): a
    gazetteer body found where an acronym stands keeps it."""
    return SpanIndex([c for c in state.candidates if c.source != provenance.MODEL
                      and c.label not in _VALUES and c.label != "OPERATION"])


def defined_programme_acronyms(ctx: Context, state: State) -> State:
    """For each programme (OPERATION a rule found) with no acronym norm yet, right before a
    parenthesis holding an acronym its words spell: the acronym is a mention of the programme,
    its norm, and so is every other whole use of it in the text."""
    text = ctx.text
    taken = None  # built at the first acronym defined: most texts define none
    norms: dict[int, str] = {}  # the long form's index among the candidates → its acronym
    for i, c in enumerate(state.candidates):
        if c.label != "OPERATION" or c.source == provenance.MODEL or provenance.kind(c.source) == "gazetteer":
            continue
        if c.norm and is_acronym_form(c.norm):
            continue
        m = _DEFINED.match(text, c.end)
        if m is None:
            continue
        acr, name = m.group("acr"), operation_name(ctx, text[c.start:c.end])
        if is_acronym_form(name) or not spells(acr, name):
            continue
        if taken is None:
            taken = _names(state)
        if taken.overlapping(*m.span("acr")):
            continue
        norms[i] = acr
    if not norms:
        return state
    candidates = [c._replace(norm=norms[i]) if i in norms else c for i, c in enumerate(state.candidates)]
    found = []
    for start, end, acr in whole_uses(text, sorted(set(norms.values()), key=len, reverse=True)):
        if not taken.overlapping(start, end):
            found.append(Mention(start, end, "OPERATION", acr, OPERATION))
    return State(tuple(candidates) + tuple(found), state.kept)
