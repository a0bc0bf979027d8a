"""Bodies named by a common noun in capitals and the name of their country.

Many national agencies are named by what they do and the country they serve, with no head noun
a capitalised run reads (`Statistics Zorbalia`, `Immigration Zorbalia`, `Expertise Zorbalie`,
`Migración Zorbalia`): the gazetteer reads the country alone, and the name's first word is lost.
Within a sentence, capitalised words right before a country are such a name's first words where
nothing else reads them, one of them is a sector noun (`country_body_noun`: `Statistics`,
`Immigration`, `Expertise`, `Migración`; never a person's name, `Anatole France`, `Michael Jordan`)
and none is a word that qualifies a country or a person: a
compass or scope word (`place_position_before`, `country_qualifier`: `Northern`, `Greater`), a
word that opens a place's own name (`place_compound_opening`: `San Salvador`, `Port Sudan`) or a
natural feature's noun (`feature_noun`: `Lake Chad`), a
demonym (`capitalised_demonym`: `Portuguese Guinea`), a person's title (`title`), a small
word (`leading`). A word at the start of a sentence, a line or a heading in capitals proves
nothing (`Today Zorbalia signed`, `Floods Hit Zorbalia`), nor does an acronym (`UNICEF
Zorbalia`), and a country the text names in its long form (`República de …`) is no such name's.
The stage runs after the place readers: a name they took for a place (`Petite Martinique`) stays
theirs.
"""

from __future__ import annotations

import bisect
import re

from .. import provenance
from ..lexicon import CAPITAL
from ..mention import Mention, SpanIndex
from .context import Context, State

CAPITALISED = provenance.heuristic("capitalised")
# capitalised words in lower case after their capital, one space, then the country
_WORDS_BEFORE = re.compile(rf"(?<![\w'’&/-])((?:[{CAPITAL}][a-zß-öø-ÿ]{{2,}}[ ])+)\Z")
# what may stand before those words within a sentence: a word in lower case or a comma
_WITHIN = re.compile(r"(?:(?<![\w'’-])[a-zß-öø-ÿ][\w'’-]*|\d|,)[ ]\Z")
_BREAK = re.compile(r"\n")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def country_bodies(ctx: Context, state: State) -> State:
    """ORGs for capitalised common nouns and the country right after them (see the module's
    docstring); a name never cuts or overlaps one found."""
    lex = ctx.lexicon
    countries = [c for c in state.candidates if c.label == "COUNTRY"
                 and provenance.kind(c.source) == "gazetteer" and ctx.text[c.start:c.end].split()[0][:1].isupper()]
    if not countries:
        return state
    barred = {w.lower() for name in ("country_qualifier", "place_position_before", "place_compound_opening",
                                     "feature_noun", "title", "leading", "article", "capitalised_demonym")
              for w in lex.words(name)}
    sectors = ctx.knowledge.built("country_body_sectors", _sectors)
    index = SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
    breaks, seen = [m.start() for m in _BREAK.finditer(ctx.text)], {}
    found = []
    for country in countries:
        before = ctx.text[max(0, country.start - 40):country.start]
        words = _WORDS_BEFORE.search(before)
        if words is None or any(w.lower() in barred for w in words.group(1).split()) \
                or not any(w.lower() in sectors for w in words.group(1).split()):
            continue  # `Michael Jordan`, `Anatole France`: no sector noun, a person's name
        start = country.start - len(before) + words.start(1)
        if not _WITHIN.search(ctx.text, max(0, start - 30), start) or _long_form(ctx, country) \
                or _in_heading(ctx.text, start, breaks, seen) or index.overlapping(start, country.start - 1):
            continue
        if any(k.start < start < k.end or k.start < country.end < k.end or (k.start <= start and country.end <= k.end
               and k.label != "COUNTRY") for k in index.overlapping(start, country.end)):
            continue
        found.append(Mention(start, country.end, "ORG", "", CAPITALISED))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _sectors(lex) -> frozenset[str]:
    """Every language's sector nouns, in lower case (a shared class: the union is built once)."""
    return frozenset(w.lower() for w in lex.words("country_body_noun"))


def _long_form(ctx: Context, country: Mention) -> bool:
    """Whether the country is written in more than one word with a small word inside (`República
    de Zorbalia`, `Kingdom of Zorbalia`): a state's long form, never part of an agency's name."""
    words = ctx.text[country.start:country.end].split()
    return any(w[:1].islower() for w in words[1:])


def _in_heading(text: str, at: int, breaks: list[int], seen: dict[int, bool]) -> bool:
    """Whether the line around `at` is a heading in capitals: no full stop ends it and most of its
    longer words open with a capital. `breaks` are the text's line breaks, `seen` the lines read
    (a line is read once, however many countries it names: a long text of one line stays linear)."""
    k = bisect.bisect_left(breaks, at)
    start = breaks[k - 1] + 1 if k else 0
    if start in seen:
        return seen[start]
    end = breaks[k] if k < len(breaks) else len(text)
    seen[start] = found = _heading_line(text[start:end].rstrip())
    return found


def _heading_line(line: str) -> bool:
    if line.endswith((".", "!", "?", ";", ":")):
        return False
    words = _LINE_WORD.findall(line)
    return len(words) > 0 and sum(w[0].isupper() for w in words) * 2 > len(words)
