"""Programmes and operations named again without their keyword: `projet ENACT`, then `ENACT`."""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention
from .acronyms import is_acronym, operation_name
from .candidates import edition_end
from .context import Context, State

OPERATION = provenance.heuristic("operation")


def named_again(ctx: Context, state: State) -> State:
    """Every later or earlier use of a programme's name the text introduced with its keyword
    (`le projet ENACT` … `ENACT est mis en œuvre`), with its edition (`HAECHI project` …
    `HAECHI IV`). Only names written like acronyms (`ENACT`, `EL PAcCTO`): a name of plain
    words (`Opération Lionfish`) may be an ordinary word elsewhere. A known body of the same
    name still wins (the gazetteer is trusted more than this stage).
    """
    text = ctx.text
    names: dict[str, tuple[int, int]] = {}
    for c in state.candidates:
        if c.label != "OPERATION" or c.source == provenance.MODEL:
            continue
        surface = text[c.start:c.end]
        name = operation_name(ctx, surface)
        if name != surface and len(name) > 2 and is_acronym(name.split()[0]):
            names.setdefault(name, (c.start, c.end))
    if not names:
        return state
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?![\w-])")
    found = []
    for match in pattern.finditer(text):
        start, end = names[match.group()]
        if start <= match.start() < end:
            continue  # the introduction itself
        stop = edition_end(text, match.end())
        found.append(Mention(match.start(), stop, "OPERATION", ctx.original[match.start():stop], OPERATION))
    return State(state.candidates + tuple(found), state.kept)
