"""A body named after a sovereign: the regnal numeral continues the name, and so does the
complement after it (`Fundación Mohammed V para la Solidaridad`, `Fondation Mohammed V pour la
Solidarité`). The capitalised runs names are read from hold words of two letters or more, so the
run stops at a numeral of one letter (`V`, `I`, `X`); here a body's name that ends on a capitalised given name and is
followed by a roman numeral, a connector of names and a capitalised run goes on to the end of
that run's first name (up to a comma or a conjunction). The word before the numeral must be a
name's word that is no head noun of a body (`Working Group II of …` is left alone), and the
name an ORG candidate (so `Part V of the …`, no body's name, is never read)."""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State

_WORD = re.compile(rf"[{CAPITAL}]\w+(?:-\w+)*(?![\w'’-])")
_NUMERAL = re.compile(r"(?:XI{0,3}|IX|IV|VI{0,3}|I{1,3})")


def _built(lex) -> re.Pattern | None:
    connectors = lex.heads.connectors if lex.heads else frozenset()
    spaced = [c for c in connectors if not c.endswith("'") and c[:1].islower()]
    if not spaced:
        return None
    return re.compile(rf"[ ]{alternation(spaced, space=' ')}[ ](?=[{CAPITAL}])")


def regnal_names(ctx: Context, state: State) -> State:
    """`Fundación Mohammed V` + `para la Solidaridad`: see the module's docstring."""
    text, lex = ctx.text, ctx.lexicon
    if " V" not in text and " I" not in text and " X" not in text:
        return state
    after = ctx.knowledge.built("regnal_numeral", _built)
    if after is None:
        return state
    conjunctions = lex.words("name_conjunction")
    index: SpanIndex | None = None
    changed: dict[int, Mention] = {}
    candidates = state.candidates
    for i, c in enumerate(candidates):
        if c.label != "ORG" or provenance.kind(c.source) == "gazetteer":
            continue
        match = after.match(text, c.end)
        if match is None:
            continue
        words = text[c.start:c.end].split()
        if len(words) < 3 or not _NUMERAL.fullmatch(words[-1]) or not words[-2][:1].isupper() \
                or lex.is_body_head(words[-2]):
            continue
        run = ctx.regexes.name_run.match(text, match.end()) or _WORD.match(text, match.end())
        if run is None:
            continue
        end = match.end()
        for word in re.finditer(r"[^\s,]+|,", run.group()):
            if word.group() == "," or word.group().lower() in conjunctions:
                break
            end = match.end() + word.end()
        while end > match.end() and not text[end - 1].isalnum():
            end -= 1
        if end == match.end():
            continue  # no word of the complement (`para la Y …`): nothing to add
        index = index or SpanIndex(list(candidates))
        if any(k.start < match.end() and k.end > end or k.start < c.start and k.end > c.end
               for k in index.overlapping(c.end, end) if k.label in ("ORG", "INSTRUMENT", "OPERATION")):
            continue  # the complement is another name's
        changed[i] = c._replace(end=end, norm="" if c.norm == text[c.start:c.end] else c.norm)
    if not changed:
        return state
    return State(tuple(changed.get(i, c) for i, c in enumerate(candidates)), state.kept)
