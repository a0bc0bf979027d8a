"""A long title of a text or a programme that stops before the places it applies to.

The rules and the model often end an instrument's or a programme's name where its complement
reaches a place (`Fondo … para Agua y Saneamiento` + `en América Latina y el Caribe`, `Política … de
Centroamérica` + `y República Dominicana`). The place belongs to the title when three things hold:
the title already ran on over a small word (four words or more, one in lower case after its
first: a named complement, not a bare head, `titles.ran_on`); the places follow it through a
preposition (`place_in_preposition` or a `title_connector`) or, where the title itself ends with
a place, through a `name_conjunction`; and the noun phrase ends right after them (a punctuation
mark or the end of the text). A place that a participle, a date or another word follows is
where the text was signed or the programme met (`el Acuerdo firmado en Lima en 2019`, `the
Agreement on Fisheries Cooperation in Lima on 3 May`), and stays out. As in
`titles.titles_continued`, a place reached through a preposition is taken only where it is read
as a scope: with its article, a country, or two places joined (`in the Aral Sea Region`, `in
Uganda`, `en América Latina y el Caribe`), not a city named alone. Places joined by hyphens
right after a title's lower-case noun name the route it serves and are taken as well (`Traité
portant création du corridor Abidjan-Lagos`).
A body's name is not lengthened (`the Ministry of Health in Kenya`, `la Police nationale au
Mali`): where a body sits is no part of its title unless the rules read it so (`seats`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import provenance
from ..lexicon import Lexicon, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State
from .texts import TEXT
from .titles import ran_on

_TITLES = ("INSTRUMENT", "OPERATION")
_PLACES = ("LOCATION", "COUNTRY")
_PHRASE_END = re.compile(r"[ \t]*(?:[,.;:!?)]|\n|\Z)")
_S = r"[ \t]+"
_LISTED = re.compile(r",[ \t]*")


class _Patterns(NamedTuple):
    opening: re.Pattern  # a preposition and its article, before the first place
    join: re.Pattern     # a conjunction, the preposition repeated or not, an article: before the next


def _patterns(lex: Lexicon) -> _Patterns | None:
    """The patterns `_closing_end` reads, anchored where the name or a place ends."""
    links = lex.words("place_in_preposition") | lex.words("title_connector")
    conj = lex.words("name_conjunction")
    if not links or not conj:
        return None
    definite = lex.words("article") - lex.words("indefinite_article")
    elisions = {w for w in definite if w.endswith("'")}
    words = definite - elisions
    article = "|".join(([rf"(?:{alternation(words)}){_S}"] if words else [])
                       + ([rf"(?:{alternation(elisions)})"] if elisions else []))
    article = rf"(?:{article})?" if article else ""
    fused = lex.words("contracted_article")  # au, al: a preposition and its article in one word
    fused_first = rf"(?P<fused>{alternation(fused)}){_S}|" if fused else ""
    opening = re.compile(rf"{_S}(?:{fused_first}(?:{alternation(links)}){_S}(?P<article>{article}))")
    # `de la Guinée et du Mali`, `au Mali et au Niger`: the second place's own preposition
    linkers = links | fused | lex.words("complement_linker")
    glued = {w for w in linkers if w.endswith("'")}
    again = "|".join(([rf"(?:{alternation(linkers - glued)}){_S}"] if linkers - glued else [])
                     + ([rf"(?:{alternation(glued)})"] if glued else []))
    join = re.compile(rf"{_S}(?:{alternation(conj)}){_S}(?:{again})?{article}")
    return _Patterns(opening, join)


def places_closing_titles(ctx: Context, state: State) -> State:
    """Long instrument and programme titles lengthened over the places that close their noun
    phrase (module docstring); the places taken leave the flat mentions."""
    patterns = ctx.knowledge.built("place_ends", _patterns)
    kept = state.kept
    if patterns is None or not any(m.label in _TITLES for m in kept):
        return state
    by_start: dict[int, Mention] = {m.start: m for m in kept if m.label in _PLACES}
    if not by_start:
        return state
    index = SpanIndex(list(kept))
    # where a place the rules found ends (inside a title, the flat mentions no longer hold it)
    place_ends = frozenset(c.end for c in state.candidates
                           if c.label in _PLACES and c.source != provenance.MODEL)
    longer: dict[Mention, Mention] = {}
    for m in kept:
        if m.label not in _TITLES or provenance.kind(m.source) == "gazetteer" \
                or not ran_on(ctx.original[m.start:m.end]):
            continue  # a name the gazetteer knows is whole
        end = _closing_end(ctx, m, by_start, patterns, index, place_ends)
        if end is not None and end > m.end:
            longer[m] = Mention(m.start, end, m.label, "", TEXT)
    if not longer:
        return state
    spans = list(longer.values())
    out = [longer.get(m, m) for m in kept
           if m in longer or not any(w.start <= m.start and m.end <= w.end for w in spans)]
    return State(state.candidates, tuple(out))


def _closing_end(ctx: Context, title: Mention, by_start: dict[int, Mention], patterns: _Patterns,
                 index: SpanIndex, place_ends: frozenset[int]) -> int | None:
    """Where the title ends once its places are taken, or None where none close it."""
    text = ctx.text
    if title.end in place_ends:  # the title ends with a place: a second one joined to it
        more = patterns.join.match(text, title.end)
        place = by_start.get(more.end()) if more else None
        if place is None:
            return None
        end = place.end
    elif (joined := _joined_places(text, title, by_start)) is not None:
        end = joined  # `du corridor Abidjan-Lagos`: places joined by a hyphen name the noun's route
    else:
        more = patterns.opening.match(text, title.end)
        if more is None:
            return None
        first, scoped = by_start.get(more.end()), bool(more.group("article") or more.groupdict().get("fused"))
        if first is None:
            return None
        end = first.end
        also = patterns.join.match(text, end)
        second = by_start.get(also.end()) if also else None
        if second is not None:
            end = second.end
        elif not (scoped or first.label == "COUNTRY" or patterns.join.search(text, first.start, first.end)):
            return None  # a city named alone: where it was signed or met (two regions named as one are not)
    listed = _LISTED.match(text, end)
    if not _PHRASE_END.match(text, end) or (listed and listed.end() in by_start):
        return None  # a list of places goes on: the title's scope is not these alone
    # nothing but places between the title and its new end: a body or a value there is no scope
    if any(k.label not in _PLACES for k in index.overlapping(title.end, end)):
        return None
    return end


def _joined_places(text: str, title: Mention, by_start: dict[int, Mention]) -> int | None:
    """Where two places or more joined by hyphens end, right after a title ending in a lower-case
    noun (`corridor Europe-Caucase-Asie`); None where there are not two."""
    if not text[title.start:title.end].split()[-1].islower() or text[title.end:title.end + 1] not in (" ", "\t"):
        return None
    place, count = by_start.get(title.end + 1), 0
    while place is not None:
        end, count = place.end, count + 1
        place = by_start.get(end + 1) if text[end:end + 1] in ("-", "–") else None
    return end if count >= 2 else None
