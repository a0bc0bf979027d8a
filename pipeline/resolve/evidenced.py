"""Acronyms the text shows to be bodies, though it never spells them out.

A page names a body by its acronym alone, several times, and never defines it (`hosted by
CINECA`, `en coordinación con ENAIRE`, `director de F4E`, a heading `About The UWI`). No list
holds such a name, and the words around one use of it say what it is: words only a body follows
(`body_evidence`), an office and its linker (`role_noun`, `complement_linker`), a heading line
about a body (`about_heading`). Such an acronym, which no rule reads otherwise, is a body's, and
so is every other use of it as written.
"""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention, SpanIndex
from .context import Context, State
from .longforms import ACRONYM

_ROMAN = re.compile(r"[IVXLC]+")


def acting_bodies(ctx: Context, state: State) -> State:
    """Each lone acronym after body evidence (see the module's docstring), and its other uses."""
    patterns = [p for p in (ctx.regexes.acting_body, ctx.regexes.about_heading) if p is not None]
    if not patterns:
        return state
    taken: SpanIndex | None = None
    names: dict[str, tuple[int, int]] = {}
    common = ctx.lexicon.words("common_acronym")
    for pattern in patterns:
        for match in pattern.finditer(ctx.text):
            start, end = match.span("name")
            name = ctx.text[start:end]
            if name in common or _ROMAN.fullmatch(name):
                continue
            taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
            if not taken.overlapping(start, end):
                names.setdefault(name, (start, end))
    if not names or taken is None:
        return state
    uses = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                      + r")(?![\w-])")
    found = [Mention(m.start(), m.end(), "ORG", m.group(), ACRONYM) for m in uses.finditer(ctx.text)
             if not taken.overlapping(m.start(), m.end())]
    return State(state.candidates + tuple(found), state.kept) if found else state
