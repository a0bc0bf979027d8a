"""The words of a run of capitalised words, each with the kind of link that joins it to the one
before (`resolve/names.py` cuts runs into names by these links)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Context

# What stands between two capitalised words of a run.
# CONJUNCTION_ARTICLE (`and the`) joins only the last item of a list of complements
# (`Department of Agriculture, Food and the Marine`); elsewhere it stands between two names.
# PURPOSE (`to`, `to End Statelessness`) and POSSESSIVE (`Child's Right`) stand inside a name's
# complement only; elsewhere they cut the run.
SPACE, CONNECTOR, COMMA, CONJUNCTION, CONJUNCTION_CONNECTOR, CONJUNCTION_ARTICLE, PURPOSE, POSSESSIVE = range(8)


@dataclass(frozen=True)
class Piece:
    """A capitalised word of a run, with the kind of link before it."""

    start: int
    end: int
    word: str
    link: int    # how it is joined to the word before (SPACE for the first)


def pieces_of(ctx: Context, match: re.Match) -> list[Piece]:
    """The capitalised words of a run, each with the link that joins it to the one before."""
    conjunctions = ctx.lexicon.words("name_conjunction")
    articles = ctx.lexicon.words("article") - ctx.lexicon.words("indefinite_article")
    purpose = ctx.lexicon.words("purpose_connector")
    possessives = tuple(ctx.lexicon.words("name_possessive"))
    pieces: list[Piece] = []
    previous = match.start()
    for word in ctx.regexes.name_piece.finditer(ctx.text, match.start(), match.end()):
        between = ctx.text[previous:word.start()]
        previous = word.end()
        link = _link(between, conjunctions, articles, possessives)
        if link == CONNECTOR and " ".join(between.split()) in purpose:
            link = PURPOSE
        pieces.append(Piece(word.start(), word.end(), word.group(), link))
    return pieces


def _link(between: str, conjunctions: frozenset[str], articles: frozenset[str],
          possessives: tuple[str, ...]) -> int:
    if possessives and between.startswith(possessives):
        return POSSESSIVE
    words = between.replace(",", " , ").split()
    if not words:
        return SPACE
    if words[0] == ",":
        return COMMA
    if words[0] in conjunctions:
        if len(words) == 2 and words[1] in articles:
            return CONJUNCTION_ARTICLE
        return CONJUNCTION_CONNECTOR if len(words) > 1 else CONJUNCTION
    return CONNECTOR
