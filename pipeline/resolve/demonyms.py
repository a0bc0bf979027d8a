"""A demonym after a body's name stays out of the name (docs/annotation.md).

`la Gendarmerie nationale française` → `Gendarmerie nationale`, `Arma dei Carabinieri italienne`
→ `Arma dei Carabinieri`, `Bundespolizei allemande` → `Bundespolizei`: the text adds the demonym
to say whose body it is. It stays in where it
is part of the official name, which the acronym after it shows (`Police nationale congolaise
(PNC)`), and where the name would be its head alone (`Garde républicaine`), unless that one word is a
body's name in another language (a compound on a `cited_compound_ending`). A demonym is a word
of the `demonym` list (language data: an ending alone would take `humains` for one); English
writes its demonyms before the name, capitalised, and is not concerned.
"""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention
from .context import Context, State

_LAST_WORD = re.compile(r"\s+([^\W\d_]+)\Z")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÀ-Ý][\w.-]*)\s*\)")


def without_demonyms(ctx: Context, state: State) -> State:
    """ORG candidates the rules read from capitals or the model found, without a demonym that
    ends them (gazetteer names are official and kept as they are)."""
    lex = ctx.lexicon
    words = lex.words("demonym")
    if not words:
        return state
    out = []
    for c in state.candidates:
        if c.label == "ORG" and provenance.kind(c.source) != "gazetteer":
            c = _trimmed(ctx, c, words)
        out.append(c)
    return State(tuple(out), state.kept)


def _trimmed(ctx: Context, c: Mention, words: frozenset[str]) -> Mention:
    text = ctx.text
    last = _LAST_WORD.search(text, c.start, c.end)
    if last is None:
        return c
    word = last.group(1)
    if word not in words:
        return c
    name = text[c.start:last.start()]
    if (len(name.split()) < 2 and not _cited_compound(ctx, name)) or name.split()[-1].lower() in ctx.leading:
        return c  # `Garde républicaine`: the head alone names nothing
    acronym = _ACRONYM_AFTER.match(text, c.end)
    if acronym is not None and acronym.group(1).rstrip(".")[-1:].upper() == word[0].upper():
        return c  # `Police nationale congolaise (PNC)`: the official name holds it
    return c._replace(end=last.start())


def _cited_compound(ctx: Context, name: str) -> bool:
    """Whether one word is a body's name in another language: a compound that ends on a word
    naming a body alone (`cited_compound_ending`: `Bundespolizei`, `Zollfahndung`), longer than
    that word and no head noun of the text's own language (`Institut` stays with its demonym)."""
    word = name.strip().lower()
    if ctx.lexicon.is_body_head(word):
        return False
    return any(word.endswith(end) and len(word) > len(end) for end in ctx.lexicon.words("cited_compound_ending"))
