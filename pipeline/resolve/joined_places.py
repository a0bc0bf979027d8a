"""Places joined by a hyphen: each place a mention of its own.

A route, a corridor or a border crossing is written as its places joined by hyphens, and a
text that lists them lists several in one sentence (`los pasos de Villa Norte-Puerto Sur y
Castro Nerio-Aldealta`); the rules that read a capitalised name after a preposition or a place
noun take each whole chain for one place. The annotation marks each place
(docs/annotation.md). A chain alone in its sentence stays whole: many places' own names hold a
hyphen (`Émilie-Romagne`, `Boulogne-Billancourt`, `Fouta-Djalon`); so do chains listed together
with no word for a crossing, a route or a corridor (`crossing_noun`) in their sentence or the few
before it (`installés à Clermont-Ferrand et à Boulogne-Billancourt`), unless three chains or more
are listed together (towns' own names seldom come three in a row; crossings do). A place the gazetteer
knows whole keeps its hyphen (`Guinée-Bissau`, `Asie-Pacifique`), and so does a place whose
first part is a word that opens a place's own name (`place_compound_opening`: `Saint-Louis`,
`Port-Vila`, `Pointe-Noire`), one with a word that qualifies a place (`country_qualifier`:
`Extrême-Nord`, `Moyen-Orient`) or one with a small word in lower case (`Port-au-Prince`, `Bab
al-Mandeb`); a part of one or two letters (`Sharm El-Sheikh`) or in capitals (`SKA-Low`, an
acronym) is no place.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, alternation
from ..mention import Mention
from .context import Context, State

PLACE = provenance.heuristic("place")
# a part: capitalised words of three letters or more, a small linking word between them
_PART = re.compile(r"[^\W\d_][\w'’]*(?:[ ][^\W\d_][\w'’]*)*")


def joined_places(ctx: Context, state: State) -> State:
    """LOCATIONs no gazetteer holds whole, written as places joined by hyphens: one LOCATION
    per place (see the module's docstring)."""
    openings = {w.lower() for w in ctx.lexicon.words("place_compound_opening")}
    small = ctx.lexicon.words("complement_linker") | ctx.lexicon.words("leading")
    qualifiers = {w.lower() for name in ("country_qualifier", "place_position_before") for w in ctx.lexicon.words(name)}
    chains = {}
    for c in state.candidates:
        # a name a ruler pattern or the gazetteer reads whole is one place (`Lagos-Ibadan Expressway`)
        if c.label == "LOCATION" and provenance.kind(c.source) not in ("gazetteer", "rule") \
                and "-" in ctx.text[c.start:c.end]:
            split = _split(ctx.text, c, openings, small, qualifiers)
            if split is not None:
                chains[c] = split
    crossing = ctx.knowledge.built("joined_places_crossing", _crossing_words)
    listed = {c for run in _listed(ctx.text, sorted(chains, key=lambda c: c.start))
              for c in run if len({(r.start, r.end) for r in run}) >= _LONG_LIST or crossing is not None and any(
                  crossing.search(ctx.text, max(0, r.start - _CROSSING_BEFORE), r.end) for r in run)}
    if not listed:
        return state
    kept = tuple(c for c in state.candidates if c not in listed)
    parts = tuple(Mention(start, end, "LOCATION", "", PLACE) for c in listed for start, end in chains[c])
    return State(kept + parts, state.kept)


def _listed(text: str, chains: list[Mention]) -> list[list[Mention]]:
    """The runs of chains that stand beside one another in their sentence: routes or crossings
    listed together (`Villa Norte-Puerto Sur, Castro Nerio-Aldealta`); a chain alone in its
    sentence may be one place's name (`Émilie-Romagne`, `Boulogne-Billancourt`)."""
    runs: list[list[Mention]] = []
    for c in chains:  # in order of start; one chain may come from two readers
        last = runs[-1][-1] if runs else None
        if last is not None and (c.start, c.end) == (last.start, last.end):
            runs[-1].append(c)
            continue
        between = text[last.end:c.start] if last is not None and c.start >= last.end else None
        if between is not None and "\n" not in between and not _SENTENCE_END.search(between):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [run for run in runs if len({(c.start, c.end) for c in run}) >= 2]


_SENTENCE_END = re.compile(r"[.!?;][ \t]")
_CROSSING_BEFORE = 300  # characters: a word for a crossing or a route stands this close before a chain
_LONG_LIST = 3  # chains: a list this long is of routes or crossings, with or without such a word


def _crossing_words(lex: Lexicon) -> re.Pattern | None:
    """A word for a border crossing, a route or a corridor (`crossing_noun`), in any case."""
    words = lex.words("crossing_noun")
    return re.compile(rf"(?i)(?<![\w'’-]){alternation(words)}(?![\w'’-])") if words else None


def _split(text: str, c: Mention, openings: set[str], small: frozenset[str],
           qualifiers: set[str]) -> list[tuple[int, int]] | None:
    """The places of a hyphenated name, or None where it is one place's name."""
    surface = text[c.start:c.end]
    pieces = surface.split("-")
    if len(pieces) < 2 or pieces[0].split()[-1].lower() in openings \
            or any(w.lower() in qualifiers for piece in pieces for w in piece.split()):
        return None
    spans, at = [], c.start
    for piece in pieces:
        words = piece.split()
        if not words or not _PART.fullmatch(piece) or not words[0][0].isupper() or not words[-1][0].isupper() \
                or len(words[-1]) < 3 or len(words[0]) < 3 or piece.isupper() \
                or any(w[0].islower() and w.lower() not in small for w in words):
            return None
        spans.append((at, at + len(piece)))
        at += len(piece) + 1
    return spans
