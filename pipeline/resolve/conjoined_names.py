"""A body's name whose complement goes on across a conjunction: `Commission for the Conservation
and the Management of Tuna Stocks`, `Empresa Común Europea para el ITER y el Desarrollo de la
Energía de Fusión`, `Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No
Repetición` (annotation.md: long names stay whole across their conjunctions and the commas of the
official name; two bodies joined by a conjunction are two).

A name the rules built that holds a complement (a connector of the text's language after its
head, `capitalised_connector`: `for the`, `para el`, `pour la`) and stops right before `, ` or a conjunction (`name_conjunction`) goes on where each
joined item is an article or none, then a capitalised word that is no head noun of a body, no
title of a person (`title`), no word for people (`people_noun`), and starts no other name found
(a country, a place, a person, a body) and is no acronym, with the capitalised run it opens, up to the next comma
or conjunction: `the Ministry of Transport and the Agency for Road Safety` stays two bodies, and
so does `the Ministry of Health and Uganda`. A comma alone joins nothing: the list must end with
a conjunction."""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation, elided
from ..mention import Mention, SpanIndex
from .acronym_shapes import is_acronym_form
from .context import Context, State

_WORD = re.compile(rf"[{CAPITAL}][\w’'-]*")


def _joint(lex: Lexicon) -> re.Pattern | None:
    """`, ` or `, and ` or ` and `, then an article or none: one joint of a list of complements."""
    conjunctions = lex.words("name_conjunction")
    if not conjunctions:
        return None
    # a definite article before the item, or one elided onto it (`l'`, either apostrophe)
    articles = lex.words("article") - lex.words("indefinite_article")
    article = rf"{elided(articles, space=' ')}?" if articles else ""
    return re.compile(rf"(?P<joint>,? (?P<conj>{alternation(conjunctions, space=' ')}) |, ){article}(?=[{CAPITAL}])")


def _item_end(ctx: Context, at: int, index: SpanIndex) -> int | None:
    """Where the item that starts at `at` ends (its capitalised run, up to a comma or a
    conjunction), or None where it may not join a name."""
    text, lex = ctx.text, ctx.lexicon
    word = _WORD.match(text, at)
    if word is None:
        return None
    first = word.group().lower()
    if is_acronym_form(word.group()):
        return None  # an acronym: another body's (`… y el SENAP`)
    if lex.is_body_head(first) or first in lex.words("title") or first in lex.words("people_noun"):
        return None
    if any(k.start == at or (k.start < at < k.end) for k in index.overlapping(at, word.end())
           if k.label in ("ORG", "COUNTRY", "LOCATION", "PERSON", "INSTRUMENT", "OPERATION")):
        return None
    run = ctx.regexes.name_run.match(text, at)
    end = word.end()
    if run is not None:
        conjunctions = lex.words("name_conjunction")
        for piece in re.finditer(r"[^\s,]+|,", run.group()):
            if piece.group() == "," or piece.group().lower() in conjunctions:
                break
            if lex.is_body_head(piece.group()) or piece.group().lower() in lex.words("title"):
                return None  # a second body or a person: `… and the Road Safety Agency`, `Attorney General`
            end = at + piece.end()
    return end


def conjoined_names(ctx: Context, state: State) -> State:
    """Names whose complement goes on across a conjunction: see the module's docstring."""
    text, lex = ctx.text, ctx.lexicon
    joint = ctx.knowledge.built("conjoined_joint", _joint)
    if joint is None or lex.heads is None:
        return state
    # the language's own connectors: a name in another language does not share the text's
    # conjunction (`le Office of Tidal Studies et Pacific Geodata`)
    connectors = {c for c in lex.words("capitalised_connector") if not c.endswith(("'", "’"))}
    index: SpanIndex | None = None
    found: list[Mention] = []
    for c in state.candidates:
        if c.label != "ORG" or provenance.kind(c.source) == "gazetteer" or c.source == provenance.MODEL:
            continue
        first = joint.match(text, c.end)
        if first is None:
            continue
        surface = text[c.start:c.end]
        if not any(f" {w} " in f" {surface} " for w in connectors) or not surface.split()[-1][:1].isupper():
            continue  # a complement after the head, ending on a capitalised word
        index = index or SpanIndex(list(state.candidates))
        end, at, closed = c.end, c.end, False
        while (match := joint.match(text, at)) is not None:
            item = _item_end(ctx, match.end(), index)
            if item is None:
                break
            at = item
            if match.group("conj"):
                end, closed = item, True
                break
        if closed:
            found.append(c._replace(end=end, norm="" if c.norm == surface else c.norm))
    return State(state.candidates + tuple(found), state.kept) if found else state
