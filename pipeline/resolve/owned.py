"""Programmes named after the body that runs them: `le programme OIV MSc in Wine Management`.

A programme word before a body's acronym (`programme OIV`) does not make the body a programme:
the programme's name is what follows the acronym, when a capitalised run follows (`MSc in Wine
Management`), and the acronym alone stays the body's everywhere else (`named_again` leaves a
body's acronym alone: `is_body_acronym`).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL
from ..mention import Mention
from .acronyms import operation_name
from .acronym_shapes import is_acronym_form

from .candidates import OPERATION
from .context import Context, State

# the capitalised words after the acronym, a short lower-case word between two of them
# (`MSc in Wine Management`, `Master of Law`), whatever the language of the title
_RUN = re.compile(rf"(?:[ \u00a0][{CAPITAL}][\w'’-]*(?:[ \u00a0][a-z]{{1,3}}(?=[ \u00a0][{CAPITAL}]))?)+")


def body_acronyms(ctx: Context, state: State) -> frozenset[str]:
    """The acronyms a rule reads as a body's: ORG candidates written as an acronym, not the
    model's guesses."""
    text = ctx.text
    return frozenset(text[c.start:c.end] for c in state.candidates
                     if c.label == "ORG" and c.source != provenance.MODEL
                     and is_acronym_form(text[c.start:c.end]))


def programmes_of_bodies(ctx: Context, state: State) -> State:
    """`programme <ACR>` where the acronym is a body's: the span goes on over the capitalised
    run after the acronym, the programme named by the acronym and the run (the keyword out of
    the norm); without a run after it the candidate is left as it is."""
    bodies = body_acronyms(ctx, state)
    if not bodies:
        return state
    state = _known_bodies(ctx, state)
    text, out, changed = ctx.text, [], False
    for c in state.candidates:
        surface = text[c.start:c.end]
        name = operation_name(ctx, surface) if c.label == "OPERATION" and c.source != provenance.MODEL else ""
        run = _RUN.match(text, c.end) if name in bodies and surface.endswith(name) else None
        if run is None:
            out.append(c)
            continue
        end = run.end()
        out.append(c._replace(end=end, norm=operation_name(ctx, " ".join(ctx.original[c.start:end].split()))))
        changed = True
    return State(tuple(out), state.kept) if changed else state


def _known_bodies(ctx: Context, state: State) -> State:
    """A lower-case programme word before a body's acronym that no rule read as a programme (the
    gazetteer's: `programme OMD Mercator Plus`): the programme word and the acronym become an
    OPERATION candidate, that the run after it lengthens as a rule's; the acronym alone stays the
    body's. Without a run after the acronym nothing is added."""
    words = ctx.lexicon.words("programme_keyword")
    text, found = ctx.text, []
    spans = {(c.start, c.end) for c in state.candidates if c.label == "OPERATION"}
    for c in state.candidates:
        if c.label != "ORG" or c.source == provenance.MODEL or not is_acronym_form(text[c.start:c.end]):
            continue
        before = text[max(0, c.start - 40):c.start].rsplit(" ", 2)
        if len(before) < 2 or before[-1] != "" or before[-2] not in words or not _RUN.match(text, c.end):
            continue
        start = c.start - len(before[-2]) - 1
        if (start, c.end) not in spans:
            found.append(Mention(start, c.end, "OPERATION", "", OPERATION))
    return State(state.candidates + tuple(found), state.kept) if found else state
