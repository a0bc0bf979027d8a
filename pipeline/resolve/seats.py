"""Names of bodies that go on past where the capitalised run ends, and places that are bodies.

Two ways a name no gazetteer holds goes on across a small word the capitalised-run rules cut
at (`names.py`), both kept as data per language in `patterns/<lang>/lexicon.jsonl`:

- an office's name holds the place it sits in (`OSCE Programme Office in Dushanbe`,
  `Subdelegación del Gobierno en Lleida`): a head noun of the `seat_head` class opens or ends
  the name, and the `seat_link` word (`in`, `en`, `à`) joins the place;
- a body's name holds the higher body it is placed under (`Customs Service under the Government
  of the Republic of Tajikistan`): `superior_link`, then a name that opens on a
  `superior_head` word.

Other bodies stay apart from the place after them, as the gold of every set annotates them
(`New Zealand Police` in `Wellington`, `Commonwealth Africa Anti-Corruption Centre` in
`Gaborone`). And a place candidate whose first word is a head noun of a body, in any language,
is a body (`Préfecture des Alpes-Maritimes`, `Komisija za nestala lica …`, which the French
model reads as places).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from .. import provenance
from ..mention import Mention, SpanIndex
from .context import Context, State
from .pieces import COMMA, CONJUNCTION, CONJUNCTION_ARTICLE, CONJUNCTION_CONNECTOR, pieces_of

SEAT = provenance.heuristic("seat")
HEAD = provenance.heuristic("head")
_PLACES = ("LOCATION", "COUNTRY")
_CUTS = (COMMA, CONJUNCTION, CONJUNCTION_ARTICLE, CONJUNCTION_CONNECTOR)
_SHORTEST_LAST_HEAD = 3  # words of a place read as a body by its last word (`West Bank` is a place)


def places_named_as_bodies(ctx: Context, state: State) -> State:
    """A place the model found, of two words or more, that opens on a body's head noun (any
    language's, the text's cited ones too) is that body; in a language whose names end on their
    head, one of three words or more that ends on its own head noun too (`Lake Chad Basin
    Commission`). The gazetteer's places stay places (`Red Sea`: `Red` is a Spanish head), and
    so do places opening on a word for a place (`Departamento del Cauca`)."""
    heads = ctx.lexicon.heads
    if heads is None:
        return state
    place_nouns = ctx.lexicon.words("place_noun")
    changed = False
    candidates = []
    for m in state.candidates:
        words = ctx.text[m.start:m.end].split()
        if (m.label == "LOCATION" and m.source == provenance.MODEL and words
                and words[0].lower() not in place_nouns and _opens_on_head(words, heads)):
            m = Mention(m.start, m.end, "ORG", "", HEAD)
            changed = True
        candidates.append(m)
    return State(tuple(candidates), state.kept) if changed else state


def _opens_on_head(words: list[str], heads: Any) -> bool:
    if len(words) < 2:
        return False  # a head noun alone refers back to a body (`notre Centre`: references.py)
    if words[0] in heads.first:
        return True
    return not heads.own_first and len(words) >= _SHORTEST_LAST_HEAD and words[-1] in heads.own


def seats_and_superiors(ctx: Context, state: State) -> State:
    """An office's name with the place it sits in, a body's with the higher body it is placed
    under, as one longer candidate (the shorter ones stay: `select` keeps the longest)."""
    seat, superior = ctx.regexes.seat_place, ctx.regexes.superior
    if seat is None and superior is None:
        return state
    seat_heads = ctx.lexicon.words("seat_head")
    index = functools.cache(lambda: SpanIndex(list(state.candidates)))  # built when first needed
    found = []
    for m in state.candidates:
        if m.label != "ORG" or provenance.kind(m.source) not in ("heuristic", "model"):
            continue
        words = ctx.text[m.start:m.end].split()
        end = None
        if seat is not None and len(words) > 1 and (words[0] in seat_heads or words[-1] in seat_heads):
            end = _seat_end(ctx, m.end, index())
        if end is None and superior is not None:
            end = _superior_end(ctx, m.end, index)
        if end is not None:
            if not any(k.start < end < k.end for k in index().overlapping(end - 1, end + 1)):
                found.append(Mention(m.start, end, "ORG", "", SEAT))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _seat_end(ctx: Context, end: int, index: SpanIndex) -> int | None:
    """Where the place after an office's name ends: a place found there, else capitalised words
    that are no month or weekday; None where none follows."""
    match = ctx.regexes.seat_place.match(ctx.text, end)
    if match is None:
        return None
    start = match.start("place")
    place = max((k.end for k in index.overlapping(start, start + 1) if k.start == start and k.label in _PLACES),
                default=None)
    if place is not None:
        return place
    if any(k.start <= start < k.end for k in index.overlapping(start, start + 1)):
        return None  # a name of another kind starts there
    calendar = ctx.knowledge.calendar_words
    if any(w.lower() in calendar for w in match.group("place").split()):
        return None
    return match.end("place")


def _superior_end(ctx: Context, end: int, index: Callable[[], SpanIndex]) -> int | None:
    """Where the higher body named after `under the` ends: a body's name found there, its
    conjunction inside (`under the Ministry of Agriculture and Livestock Development`), else its
    capitalised run, up to the first comma or conjunction (`… Republic of Tajikistan and the
    Border Troops`)."""
    match = ctx.regexes.superior.match(ctx.text, end)
    if match is None:
        return None
    start = match.end()
    named = max((k.end for k in index().overlapping(start, start + 1) if k.start == start and k.label == "ORG"),
                default=None)
    if named is not None:
        return named
    run = ctx.regexes.name_run.match(ctx.text, start)
    if run is None:
        return None
    pieces = pieces_of(ctx, run)
    last = pieces[0]
    for piece in pieces[1:]:
        if piece.link in _CUTS:
            break
        last = piece
    return last.end
