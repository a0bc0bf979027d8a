"""A name whose first words are a list (`Fisheries, Aquaculture and Marine Ecosystems Division`):
where a language puts the head last, the words before a capitalised body's name, each capitalised,
joined by commas and a `name_conjunction`, belong to it. Words another reading holds (a country, a
known body) are a list of their own, not part of the name; so are acronyms."""

from __future__ import annotations

import re

from ..lexicon import CAPITAL, Lexicon, alternation
from ..mention import Mention
from .bodies import CAPITALISED
from .context import Context, State

_REACH = 120  # characters looked back for the list


def _list_before(lex: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    """The conjunction that ends such a list right before a name (` and `), then the list of
    capitalised words before it: `Fisheries, Aquaculture and `."""
    conj = lex.words("name_conjunction")
    if not conj or not lex.head_last:
        return None
    word = rf"[{CAPITAL}][a-zà-ÿ][\w-]*"
    return (re.compile(rf"(?<![\w'’-]){alternation(conj)}[ \t]+\Z"),
            re.compile(rf"(?<![\w'’-])(?<![{CAPITAL}][\w'’-] )(?<![{CAPITAL}][\w'’-]{{2}} )"
                       rf"(?P<list>{word}(?:,[ \t]+{word}){{0,3}}),?[ \t]+{alternation(conj)}[ \t]+\Z"))


def listed_heads(ctx: Context, state: State) -> State:
    """`whose Fisheries, Aquaculture and Marine Ecosystems Division`: one ORG from the list on."""
    built = ctx.knowledge.built("listed_heads", _list_before)
    if built is None:
        return state
    conjunction, rx = built
    text, found = ctx.text, []
    for c in state.candidates:
        if c.label != "ORG" or not text[c.start:c.start + 1].isupper():
            continue
        if conjunction.search(text, max(0, c.start - 12), c.start) is None:
            continue  # most names follow no conjunction: no list to look for
        m = rx.search(text, max(0, c.start - _REACH), c.start)
        if m is None or "," not in m.group() or "\n" in m.group():
            continue
        start = m.start("list")
        if any(k.start < c.start and k.end > start and (k.start, k.end) != (c.start, c.end)
               for k in state.candidates):
            continue  # a listed word is read otherwise: a country, a body, a place
        found.append(Mention(start, c.end, "ORG", "", CAPITALISED))
    return State(state.candidates + tuple(found), state.kept) if found else state
