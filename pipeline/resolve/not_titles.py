"""Names that look like a programme's or a text's and name neither: a named day or year (`World
Standards Day`: the head noun `Standards` opened an INSTRUMENT) and a system of units (`Système
international d'unités`: `Système` opened a programme). The words are language data
(`observance_noun`, `unit_word`); a name a gazetteer holds keeps its label."""

from __future__ import annotations

import re

from .. import provenance
from .context import Context, State

_LABELS = ("INSTRUMENT", "OPERATION")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*\Z")


def _after_linker(before: str, linkers: set[str]) -> bool:
    """Whether the name's words before its last end on a complement linker (`System of`, `d'`): a
    system of units, not a programme for units (`Programme for Mobile Health Units`)."""
    tail = before.lower().replace("’", "'").rstrip()
    return any(tail.endswith(" " + w) for w in linkers)


def observances_and_units(ctx: Context, state: State) -> State:
    """Drops the programmes and instruments no gazetteer holds that a capitalised observance noun
    follows (`World Standards Day` → no `World Standards`) or whose last word is a unit's after a
    linker (`Système international d'unités`); the acronym such a name defines is then no programme
    either."""
    observances, units = ctx.lexicon.words("observance_noun"), ctx.lexicon.words("unit_word")
    linkers = ctx.lexicon.words("complement_linker")
    if not observances and not units:
        return state
    text = ctx.text
    kept = []
    for c in state.candidates:
        if c.label in _LABELS and provenance.kind(c.source) != "gazetteer":
            after = _NEXT_WORD.match(text, c.end)
            if after and after.group(1)[0].isupper() and after.group(1).lower() in observances:
                continue
            last = _LAST_WORD.search(text, c.start, c.end)
            if last and last.group(1).lower() in units and _after_linker(text[c.start:last.start()], linkers):
                continue
        kept.append(c)
    if len(kept) == len(state.candidates):
        return state
    return State(tuple(kept), state.kept)
