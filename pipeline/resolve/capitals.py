"""Capitals that bear their country's name: the city, where the text places something in it.

A name such as `Luxembourg` or `Djibouti` is both a country and its capital. In a dateline
(`LUXEMBOURG – Le Parquet européen …`) and after a preposition that puts a city, not a country,
after it (French `à Luxembourg`, where the country takes `au Luxembourg`), it is the city: a
LOCATION, as the gold of every set annotates it. City-states (`Singapour`, `Monaco`) are left to
their country. Both lists are data per language in `patterns/<lang>/lexicon.jsonl`
(`capital_homonym`, `city_preposition`).
"""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention
from .context import Context, State

CAPITAL = provenance.heuristic("capital")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")


def capitals_named_as_countries(ctx: Context, state: State) -> State:
    """A country candidate named like its capital, in the dateline or after a city preposition,
    becomes a LOCATION (the dateline's own LOCATION candidate is kept in its place)."""
    names = ctx.lexicon.words("capital_homonym")
    if not names:
        return state
    prepositions = ctx.lexicon.words("city_preposition")
    datelines = {(m.start, m.end) for m in state.candidates
                 if m.label == "LOCATION" and m.source == provenance.finder("dateline")}
    changed = False
    candidates = []
    for m in state.candidates:
        if m.label == "COUNTRY" and ctx.text[m.start:m.end].lower() in names:
            if (m.start, m.end) in datelines:
                changed = True
                continue  # the dateline's LOCATION stands for it
            before = _WORD_BEFORE.search(ctx.text, max(0, m.start - 20), m.start)
            if before and before.group(1).lower() in prepositions:
                m = Mention(m.start, m.end, "LOCATION", "", CAPITAL)
                changed = True
        candidates.append(m)
    return State(tuple(candidates), state.kept) if changed else state
