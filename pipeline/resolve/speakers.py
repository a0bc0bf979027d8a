"""The body a text speaks for: `Nous, l'Initiative du lac X (ILX), …`, `We, the Y Initiative, …`.

A name set in apposition after a first-person pronoun (`speaker_pronoun`) is who speaks: a
body, even when its name holds a programme word (`Initiative`, `Iniciativa`) that made the
rules read it as an operation. A programme does not say "we". The name and every mention
with its norm (its acronym, its later uses) become ORG.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .context import Context, State


def speaking_bodies(ctx: Context, state: State) -> State:
    """OPERATION candidates named right after `<pronoun>, <article>?` become ORG, with every
    OPERATION candidate of the same norm."""
    lead = ctx.knowledge.built("speaker_lead", _lead)
    if lead is None:
        return state
    text = ctx.text
    speakers = {c.norm for c in state.candidates if c.label == "OPERATION" and c.norm
                and lead.search(text, max(0, c.start - 24), c.start)}
    return operations_as_bodies(state, speakers)


def operations_as_bodies(state: State, norms: set[str]) -> State:
    """Every OPERATION candidate whose norm is one of `norms` becomes ORG (the name a cue showed to
    be a body, and its acronym and later uses)."""
    if not norms:
        return state
    return State(tuple(c._replace(label="ORG") if c.label == "OPERATION" and c.norm in norms else c
                       for c in state.candidates), state.kept)


def _lead(lex: Lexicon) -> re.Pattern | None:
    """`<pronoun>, <article>?` ending where a name starts, built once per language; None for a
    language without first-person pronouns in its lexicon."""
    pronouns = lex.words("speaker_pronoun")
    if not pronouns:
        return None
    articles = sorted(lex.words("article"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(pronouns, key=len, reverse=True)))
                      + r")\s*,\s*(?:(?:" + "|".join(a.replace("'", "['’]") if a.endswith("'") else re.escape(a) + r"\s+"
                                                     for a in articles) + r"))?\Z", re.IGNORECASE)


_WORDS_BEFORE = re.compile(r"([\w'’]+)\s+(\w+)\s*\Z")


def own_body_before(ctx: Context, paren: int) -> bool:
    """Whether an acronym's parenthesis follows a first-person possessive and a body's head noun
    in lower case (`notre organisation (OIV)`, `our agency (ZSA)`, `nuestra organización (OMA)`):
    the acronym is the name of the body the text speaks for."""
    before = _WORDS_BEFORE.search(ctx.text, max(0, paren - 40), paren)
    if before is None or not before.group(2).islower():
        return False
    own = before.group(1).lower().replace("’", "'")
    return own in ctx.lexicon.words("backref_own") and ctx.lexicon.is_body_head(before.group(2))
