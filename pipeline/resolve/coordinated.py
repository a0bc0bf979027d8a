"""A long name cut short at a coordination of its complements goes on over it.

`Club du Sahel et de l'Afrique de l'Ouest`, `Service d'accueil et d'identification`,
`Conférence des chefs d'État et de gouvernement de l'UA`: the model (or a rule) stops at `et`,
though the second complement is the name's as much as the first (docs/annotation.md: long names
stay whole across their conjunctions). A name that ends inside a complement (`de`, `du`, `des`
…: `complement_linker`) goes on over a conjunction (`name_conjunction`) and another complement
when that complement's word is a common noun in lower case that is no body's head noun (with
its adjective: `name_adjective_ending`), or a place the rules found; then over the complements that follow it (`de gouvernement de l'UA`),
each a lower-case common noun, a place or a known body's name (which ends it). Never when the
word after the conjunction opens another body (`et de l'Agence X`, `et du ministère`: a head
noun, a capitalised name that is no place), a person or a figure: two bodies stay two ORGs; nor
where the longer name would cut across a name the rules found, or the model's name opens on a
body the rules found and runs on past it (`Banque mondiale finance le Programme de …`).
Gazetteer names are official and stay as they are.

A body named in the text's own language (its first word one of the language's `org_head`) keeps
the country named right after it (`Institut fédéral des géosciences … d'Allemagne`, as `Police
fédérale du Brésil`: docs/annotation.md); a name in another language does not (`Arma dei
Carabinieri de Italia`), nor a gazetteer name.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, elided
from ..mention import Mention
from .context import Context, State

# the word of a complement: letters, maybe joined by a hyphen or an elision (`garde-côtes`)
_WORD = r"(?P<word>[^\W\d_][\w'-]*)"
_NAMES = ("ORG", "PERSON", "INSTRUMENT", "OPERATION")
# a programme `units.sentence_case_names` read (`Programme régional de gestion des pêches`) is
# cut at `et` as a body is, and goes on the same way
_SENTENCE_CASE = provenance.heuristic("capitalised")


def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    conjunctions = [w for w in lex.words("name_conjunction") if w.isalpha()]
    if not conjunctions or not lex.words("complement_linker"):
        return None
    # the complement linkers, longest first; an elided one (`d'`, `de l'`) runs into its word
    linkers = elided(lex.words("complement_linker"))
    inside = re.compile(rf"\s(?:{linkers})\S")
    # a lower-case complement's own adjective (`des ressources naturelles`), as `units.py` reads one
    endings, stops = lex.words("name_adjective_ending"), lex.words("not_adjective")
    unless = rf"(?!(?:{'|'.join(map(re.escape, stops))})(?![\w'-]))" if stops else ""
    adjective = (rf"(?:[ \t]+{unless}(?P<adjective>[a-zà-ÿ][\w-]*(?:{'|'.join(map(re.escape, endings))})(?![\w'-])))?"
                 if endings else "")
    coordinated = re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, conjunctions))})[ \t]+({linkers}){_WORD}{adjective}")
    following = re.compile(rf"[ \t]+({linkers}){_WORD}{adjective}")
    return inside, coordinated, following


def coordinated_complements(ctx: Context, state: State) -> State:
    """ORG candidates (not the gazetteer's), and programmes in sentence case (`Programme régional
    de gestion des pêches et de l'aquaculture`), that end inside a complement, continued over a
    coordinated complement of the same name and the complements after it."""
    patterns = ctx.knowledge.built("coordinated_complements", _patterns)
    if patterns is None:
        return state
    inside, coordinated, following = patterns
    text = ctx.text
    bodies = [c for c in state.candidates
              if (c.label == "ORG" and provenance.kind(c.source) != "gazetteer"
                  or c.label == "OPERATION" and c.source == _SENTENCE_CASE)
              and coordinated.match(text, c.end) and inside.search(text, c.start, c.end)]
    if not bodies:
        return state
    places: dict[int, int] = {}
    names: dict[int, Mention] = {}
    for c in state.candidates:
        if c.label in ("LOCATION", "COUNTRY"):
            places[c.start] = max(places.get(c.start, c.end), c.end)
        elif c.label in _NAMES:
            kept = names.get(c.start)
            names[c.start] = c if kept is None or c.end > kept.end else kept
    rules = [c for c in state.candidates if c.source != provenance.MODEL]
    opening = {(r.start, r.end) for r in rules if r.label == "ORG"}
    longer = {}
    for c in bodies:
        if c.source == provenance.MODEL and any(start == c.start and end < c.end for start, end in opening):
            continue  # `Banque mondiale finance le Programme …`: a model span run on past a known body
        end = _continued(ctx, coordinated.match(text, c.end), following, places, names)
        if end is not None and not any(c.start < r.start < end < r.end for r in rules):
            longer[id(c)] = c._replace(end=end)  # never cutting across a name the rules found
    if not longer:
        return state
    return State(tuple(longer.get(id(c), c) for c in state.candidates), state.kept)


def _continued(ctx: Context, first: re.Match, following: re.Pattern,
               places: dict[int, int], names: dict[int, Mention]) -> int | None:
    """Where the name ends over the coordinated complement and those after it, or None where
    the coordinated complement opens another body, a person or a figure."""
    end = _complement_end(ctx, first, places, names, first_one=True)
    if end is None:
        return None
    while end is not None:
        step = following.match(ctx.text, end)
        if step is None:
            return end
        after = _complement_end(ctx, step, places, names, first_one=False)
        if after is None:
            return end
        if step.start("word") in names or step.start("word") in places:
            return after  # a place or a known body ends the name
        end = after
    return end


def _complement_end(ctx: Context, match: re.Match, places: dict[int, int], names: dict[int, Mention],
                    *, first_one: bool) -> int | None:
    """Where a complement's word (or the place it opens) ends, if it may stand in the name."""
    word, start = match.group("word"), match.start("word")
    if word[:1].islower():
        if word in ctx.leading:
            return None  # `et de ses partenaires`: no complement of the name
        if ctx.lexicon.is_body_head(word) and \
                match.group(1).rstrip() not in ctx.lexicon.words("bare_linker"):
            return None  # `et du ministère`: another body (`et de gouvernement` names none)
        return match.end("adjective") if match.groupdict().get("adjective") else match.end("word")
    named = names.get(start)
    if start in places and (named is None or named.end <= places[start]):
        return places[start]
    if not first_one and named is not None and named.label == "ORG" \
            and provenance.kind(named.source) == "gazetteer":
        return named.end  # `… de gouvernement de l'UA`: the body the name belongs to
    return None


def country_complements(ctx: Context, state: State) -> State:
    """ORG candidates (not the gazetteer's) named in the text's own language, continued over
    the country a complement linker joins right after them."""
    patterns = ctx.knowledge.built("coordinated_complements", _patterns)
    if patterns is None:
        return state
    following = patterns[2]
    text = ctx.text
    countries: dict[int, int] = {}
    for c in state.candidates:
        if c.label == "COUNTRY":
            countries[c.start] = max(countries.get(c.start, c.end), c.end)
    if not countries:
        return state
    heads = ctx.knowledge.built("own_first_heads", lambda lex: frozenset(w.lower() for w in lex.words("org_head")))
    longer = {}
    for c in state.candidates:
        if c.label != "ORG" or provenance.kind(c.source) == "gazetteer":
            continue
        step = following.match(text, c.end)
        if step is None or step.start("word") not in countries:
            continue
        first = text[c.start:c.end].split(maxsplit=1)[0]
        if first.lower() in heads:
            longer[id(c)] = c._replace(end=countries[step.start("word")])
    if not longer:
        return state
    return State(tuple(longer.get(id(c), c) for c in state.candidates), state.kept)
