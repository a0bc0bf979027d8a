"""A name cited in a language partex does not read goes on across that language's own
conjunction (`Ministerie van Justitie en Veiligheid`, `Ministerstwo Spraw Wewnętrznych i
Administracji`, `Ministerul Muncii și Solidarității Sociale` in an English, French or Spanish
text).

The capitalised runs names are read from hold the conjunctions of the languages partex reads
(`and`, `et`, `y`); a Dutch `en`, a Polish `i`, a Romanian `și` ends the run, and the French model
reads the words after it as a place or a body of their own. Here a body's name the rules or the
model found (not a gazetteer's) that opens on a head noun of a cited language (`cited_org_head`)
and shows that language by a connector none of the text's own names hold (`van`, `za`,
`pentru`) goes on over a `cited_conjunction` and the capitalised words right after it, unless a
place, a country or a name the rules found, or a person, starts there (`… van Buitenlandse Zaken en La Haye`:
the Spanish and French `en` before a place).
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State

_STOPS = ("COUNTRY", "LOCATION", "ORG", "PERSON")
_RUN = re.compile(rf"[{CAPITAL}][\w'’-]*(?:[ ][{CAPITAL}][\w'’-]*)*(?![\w'’-])")


def _conjunction(lex) -> re.Pattern | None:
    """A cited language's conjunction between two words, the second capitalised (built once)."""
    words = lex.words("cited_conjunction")
    if not words:
        return None
    return re.compile(rf"[ ]{alternation(words)}[ ](?=[{CAPITAL}])")


def _showing(lex) -> frozenset[str]:
    """The cited connectors that no name in the text's own language holds (`van`, `dei`)."""
    return frozenset(lex.words("cited_connector") - lex.words("capitalised_connector"))


def cited_conjunctions(ctx: Context, state: State) -> State:
    """`Ministerie van Justitie` + `en Veiligheid`: see the module's docstring."""
    text, lex = ctx.text, ctx.lexicon
    conjunction = ctx.knowledge.built("cited_conjunction", _conjunction)
    if conjunction is None:
        return state
    heads = lex.words("cited_org_head")
    showing = ctx.knowledge.built("cited_showing_connectors", _showing)
    candidates = state.candidates
    index: SpanIndex | None = None
    changed: dict[int, Mention] = {}
    for i, c in enumerate(candidates):
        if c.label != "ORG" or provenance.kind(c.source) == "gazetteer":
            continue
        match = conjunction.match(text, c.end)
        if match is None:
            continue
        words = text[c.start:c.end].split()
        if len(words) < 3 or words[0] not in heads or not any(w in showing for w in words[1:-1]):
            continue
        run = _RUN.match(text, match.end())
        if run is None:
            continue
        index = index or SpanIndex(list(candidates))
        # the model reads the words of a cited name as places or people of their own: only a
        # name the rules found stops it
        if any(k.start == run.start() and k.label in _STOPS and k.source != provenance.MODEL
               for k in index.overlapping(run.start(), run.end())):
            continue  # a place, a body or a person after a preposition of the text (`en La Haye`)
        changed[i] = c._replace(end=run.end(), norm="" if c.norm == text[c.start:c.end] else c.norm)
    if not changed:
        return state
    return State(tuple(changed.get(i, c) for i, c in enumerate(candidates)), state.kept)
