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
_BUILT: dict[int, tuple[Lexicon, re.Pattern | None]] = {}


def _list_before(lex: Lexicon) -> re.Pattern | None:
    """The list of capitalised words right before a name: `Fisheries, Aquaculture and `."""
    if id(lex) not in _BUILT:
        conj = lex.words("name_conjunction")
        word = rf"[{CAPITAL}][a-zà-ÿ][\w-]*"
        rx = re.compile(rf"(?<![\w'’-])(?<![{CAPITAL}][\w'’-] )(?<![{CAPITAL}][\w'’-]{{2}} )(?P<list>{word}(?:,[ \t]+{word}){{0,3}}),?[ \t]+"
                        rf"{alternation(conj)}[ \t]+\Z") if conj and lex.head_last else None
        _BUILT[id(lex)] = (lex, rx)
    return _BUILT[id(lex)][1]


def listed_heads(ctx: Context, state: State) -> State:
    """`whose Fisheries, Aquaculture and Marine Ecosystems Division`: one ORG from the list on."""
    rx = _list_before(ctx.lexicon)
    if rx is None:
        return state
    text, found = ctx.text, []
    for c in state.candidates:
        if c.label != "ORG" or not text[c.start:c.start + 1].isupper():
            continue
        m = rx.search(text, max(0, c.start - _REACH), c.start)
        if m is None or "," not in m.group() or "\n" in m.group():
            continue
        start = m.start("list")
        if any(k.start < c.start and k.end > start and (k.start, k.end) != (c.start, c.end)
               for k in state.candidates):
            continue  # a listed word is read otherwise: a country, a body, a place
        found.append(Mention(start, c.end, "ORG", "", CAPITALISED))
    return State(state.candidates + tuple(found), state.kept) if found else state
