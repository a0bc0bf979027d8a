"""A name in another language ends before the text's own complement and the place after it.

`National Science and Technology Council de Taïwan`, `Academia Sinica de Taïwan` in a French
text: a name in another language is ORG as written, and the `de`/`du`/`del` + place after it is the
text's addition, saying where the body is (docs/annotation.md); the place stays a mention of its
own (a country, or a place the rules found, not the model: it takes `Capitales e Infracciones
Monetarias` in a Spanish name for one). A name is in another language when its first word is no head noun of the text's own
language and it opens on another language's head noun (`NameHeads.other_first`: `Ministério`,
`Institut` in Spanish, `Academia` in French; a name of a language partex does not read,
`cited_org_head`, never where the link is a connector of names of any language partex reads:
`Marinha de Portugal`, `Museus e Monumentos de Portugal`, and so `Ministério da Saúde de
Mozambique` too, keep it), or ends on one of a language that puts the head
last (`other_last`: `Council`, `Office`) with every word capitalised or a connector of a name
(`Police fédérale du Brésil`, `Conseil national … du Niger`: the text's own names keep theirs,
`coordinated.country_complements`), or holds such a head and a connector the text's own names
never hold (`Federal Ministry of Works du Nigeria` in French: `of`). Gazetteer names are official and stay as they are.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, elided
from .context import Context, State


def _linker_before(lex: Lexicon) -> re.Pattern | None:
    """A complement linker of the text's own language that ends a stretch of text."""
    words = lex.words("complement_linker")
    if not words:
        return None
    linkers = elided(words, space=r"[ \t]+")
    return re.compile(rf"[ \t]+{linkers}\Z")


def _own_heads(lex: Lexicon) -> frozenset[str]:
    """The text's own head nouns, lower case (built once per pipeline)."""
    return frozenset(w.lower() for w in lex.heads.own) if lex.heads else frozenset()


def _foreign(ctx: Context, name: str, link: str) -> bool:
    """Whether a body's name is written in another language than the text's, one whose names
    would not write the link itself (a cited language's `de`, as in `Marinha de Portugal`, may be
    the name's own)."""
    lex = ctx.lexicon
    heads = lex.heads
    words = name.split()
    if heads is None or not words:
        return False
    own = ctx.knowledge.built("own_heads_lower", _own_heads)
    if words[0].lower() in own:
        return False
    if words[0] in heads.other_first:
        return words[0] not in lex.words("cited_org_head") or link.split()[0] not in heads.connectors
    if len(words) < 2 or not all(w[:1].isupper() or w in heads.connectors for w in words):
        return False
    if words[-1] in heads.other_last:
        return True
    # a head of a language that puts it last, then its complement after a connector the text's
    # own names never hold (`Federal Ministry of Works du Nigeria` in French)
    own_links = lex.words("capitalised_connector")
    return any(w in heads.other_last for w in words[:-1]) and any(
        w in heads.connectors and w not in own_links and w[:1].islower() for w in words)


def foreign_complements(ctx: Context, state: State) -> State:
    """ORG candidates (not the gazetteer's) in another language, cut before the text's own
    complement linker and the place that ends them."""
    linker = ctx.knowledge.built("foreign_complement_linker", _linker_before)
    if linker is None:
        return state
    text = ctx.text
    # a country, or a place the rules found (the model reads the words of a long foreign name as one)
    places = [p for p in state.candidates
              if p.label == "COUNTRY" or (p.label == "LOCATION" and p.source != provenance.MODEL)]
    if not places:
        return state
    shorter = {}
    for c in state.candidates:
        if c.label != "ORG" or provenance.kind(c.source) == "gazetteer":
            continue
        for p in places:
            if p.end != c.end or not c.start < p.start:
                continue
            link = linker.search(text, c.start, p.start)
            if link is not None and link.start() > c.start and _foreign(ctx, text[c.start:link.start()], link.group().strip()):
                shorter[id(c)] = c._replace(end=link.start())
                break
    if not shorter:
        return state
    return State(tuple(shorter.get(id(c), c) for c in state.candidates), state.kept)
