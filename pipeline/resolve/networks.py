"""Names an apposition calls a network of members: bodies, not programmes.

A name the rules read as an operation (its name holds a programme word: `Programa`, `Initiative`)
that an apposition right after it calls a network of members (`body_apposition`: `… (PROMEX), una
red de institutos`, `X, a network of agencies`, `un réseau de laboratoires`) is a body: it and every
mention with its norm (its acronym, its later uses) become ORG. Gazetteer operations keep their label.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, alternation
from .context import Context, State
from .speakers import operations_as_bodies


def apposed_bodies(ctx: Context, state: State) -> State:
    """OPERATION candidates no gazetteer holds that an apposition calls a network of members
    (`(ACR), una red de institutos`, `, a network of agencies`: an indefinite article, at most one
    word, a `body_apposition` noun) become ORG, with every OPERATION candidate of the same norm."""
    tail = ctx.knowledge.built("body_apposition", _apposition)
    if tail is None:
        return state
    text = ctx.text
    return operations_as_bodies(state, {c.norm for c in state.candidates if c.label == "OPERATION" and c.norm
                                        and provenance.kind(c.source) != "gazetteer" and tail.match(text, c.end)})


def _apposition(lex: Lexicon) -> re.Pattern | None:
    """`(ACR)?, <indefinite article> <word>? <body_apposition>` right after a name; None for a
    language without such nouns."""
    nouns, articles = lex.words("body_apposition"), lex.words("indefinite_article")
    if not nouns or not articles:
        return None
    return re.compile(rf"(?:[ \t]+\([^()\n]{{1,20}}\))?,[ \t]+(?:{alternation(articles)})[ \t]+(?:[\w-]+[ \t]+)?"
                      rf"(?:{alternation(nouns)})(?![\w'’-])", re.IGNORECASE)
