"""A long title of a text or a programme that stops before the places it applies to.

The rules and the model often end an instrument's or a programme's name where its complement
reaches a place (`Fondo … para Agua y Saneamiento` + `en América Latina y el Caribe`, `Política … de
Centroamérica` + `y República Dominicana`). The place belongs to the title when three things hold:
the title already ran on over a small word (four words or more, one in lower case after its
first: a named complement, not a bare head, `titles._ran_on`); the places follow it through a
preposition (`place_in_preposition` or a `title_connector`) or, where the title itself ends with
a place, through a `name_conjunction`; and the noun phrase ends right after them (a punctuation
mark or the end of the text). A place that a participle, a date or another word follows is
where the text was signed or the programme met (`el Acuerdo firmado en Lima en 2019`, `the
Agreement on Fisheries Cooperation in Lima on 3 May`), and stays out. As in
`titles.titles_continued`, a place reached through a preposition is taken only where it is read
as a scope: with its article, a country, or two places joined (`in the Aral Sea Region`, `in
Uganda`, `en América Latina y el Caribe`), not a city named alone.
A body's name is not lengthened (`the Ministry of Health in Kenya`, `la Police nationale au
Mali`): where a body sits is no part of its title unless the rules read it so (`seats`).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State
from .texts import TEXT
from .titles import _ran_on

_TITLES = ("INSTRUMENT", "OPERATION")
_PLACES = ("LOCATION", "COUNTRY")
_PHRASE_END = re.compile(r"[ \t]*(?:[,.;:!?)]|\n|\Z)")
_S = r"[ \t]+"
_LISTED = re.compile(r",[ \t]*")


def _patterns(lex: Lexicon) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The opening before a place (a preposition, its article) and the join between two places
    (a conjunction, its article), each anchored where the name or the first place ends."""
    links = lex.words("place_in_preposition") | lex.words("title_connector")
    conj = lex.words("name_conjunction")
    definite = lex.words("article") - lex.words("indefinite_article")
    elisions = {w for w in definite if w.endswith("'")}
    words = definite - elisions
    article = "|".join(([rf"(?:{alternation(words)}){_S}"] if words else [])
                       + ([rf"(?:{alternation(elisions)})"] if elisions else []))
    article = rf"(?:{article})?" if article else ""
    fused = lex.words("contracted_article")  # au, al: a preposition and its article in one word
    fused_first = rf"(?P<fused>{alternation(fused)}){_S}|" if fused else ""
    opening = (re.compile(rf"{_S}(?:{fused_first}(?:{alternation(links)}){_S}(?P<article>{article}))")
               if links else None)
    join = re.compile(rf"{_S}(?:{alternation(conj)}){_S}{article}") if conj else None
    return opening, join


def places_closing_titles(ctx: Context, state: State) -> State:
    """Long instrument and programme titles lengthened over the places that close their noun
    phrase (module docstring); the places taken leave the flat mentions."""
    opening, join = ctx.knowledge.built("place_ends", _patterns)
    kept = state.kept
    if opening is None or join is None or not any(m.label in _TITLES for m in kept):
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
                or not _ran_on(ctx.original[m.start:m.end]):
            continue  # a name the gazetteer knows is whole
        end = _closing_end(ctx, m, by_start, opening, join, index, place_ends)
        if end is not None and end > m.end:
            longer[m] = Mention(m.start, end, m.label, "", TEXT)
    if not longer:
        return state
    spans = list(longer.values())
    out = [longer.get(m, m) for m in kept
           if m in longer or not any(w.start <= m.start and m.end <= w.end for w in spans)]
    return State(state.candidates, tuple(out))


def _closing_end(ctx: Context, title: Mention, by_start: dict[int, Mention], opening: re.Pattern,
                 join: re.Pattern, index: SpanIndex, place_ends: frozenset[int]) -> int | None:
    """Where the title ends once its places are taken, or None where none close it."""
    text = ctx.text
    if title.end in place_ends:  # the title ends with a place: a second one joined to it
        more = join.match(text, title.end)
        place = by_start.get(more.end()) if more else None
        if place is None:
            return None
        end = place.end
    else:
        more = opening.match(text, title.end)
        first = by_start.get(more.end()) if more else None
        if first is None:
            return None
        end = first.end
        also = join.match(text, end)
        second = by_start.get(also.end()) if also else None
        if second is not None:
            end = second.end
        elif not (more.group("article") or more.groupdict().get("fused") or first.label == "COUNTRY"
                  or join.search(text, first.start, first.end)):
            return None  # a city named alone: where it was signed or met (two regions named as one are not)
    listed = _LISTED.match(text, end)
    if not _PHRASE_END.match(text, end) or (listed and listed.end() in by_start):
        return None  # a list of places goes on: the title's scope is not these alone
    # nothing but places between the title and its new end: a body or a value there is no scope
    if any(k.label not in _PLACES for k in index.overlapping(title.end, end)):
        return None
    return end
