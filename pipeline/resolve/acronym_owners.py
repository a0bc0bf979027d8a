"""Organs of a body the text defines: `l'Assemblée de la COI` once `COI` is defined in the text.

`bodies.complements` joins a capitalised head noun to the body after it (`Secrétariat de la
CITES`) when that body is known before the acronyms are read: a name the gazetteer holds or the
model found. A body no list holds is known only once the text defines its acronym (`Commission
océanographique intergouvernementale (COI)`), so its organs named with that acronym (`Assemblée de
la COI`, `Secrétariat permanent de la CEEAC`) are joined here, after the acronym stages, by the same
rule: a head noun in capitals (`heads.first`), at most two adjectives, a linker, the acronym.
"""

from __future__ import annotations

import re

from ..lexicon import CAPITAL
from ..mention import Mention
from .bodies import _CAPITALISED_BEFORE, COMPLEMENT, names_people
from .context import Context, State
from .longforms import ACRONYM

# a capitalised word, not inside a name (after an elided article: `l'Assemblée`), then at most
# two lower-case words, up to the linker
_HEAD = re.compile(rf"(?:(?<=\b[dlDL]['’])|(?<![\w'’-]))([{CAPITAL}][\w-]*)((?:[ \t]+[a-zà-öø-ÿ][\w-]*){{0,2}})\Z")


def organs_of_defined_acronyms(ctx: Context, state: State) -> State:
    """A capitalised head noun and its adjectives, then `de` and an acronym the text defines:
    one ORG, the organ named with its body (`Assemblée de la COI`)."""
    heads = ctx.lexicon.heads
    endings = tuple(ctx.lexicon.words("name_adjective_ending"))
    if heads is None or not endings or ctx.lexicon.head_last:
        return state
    text, rx, found = ctx.text, ctx.regexes, []
    nots = ctx.lexicon.words("not_adjective")
    covered = {(c.start, c.end) for c in state.candidates}
    for c in state.candidates:
        if c.source != ACRONYM or c.label != "ORG" or not _acronym(text[c.start:c.end]):
            continue
        joined = rx.model_complement.search(text, max(0, c.start - 8), c.start)
        head = _HEAD.search(text, max(0, joined.start() - 60), joined.start()) if joined else None
        if head is None or head.group(1) not in heads.first or names_people(ctx, head.start(), head.end()):
            continue
        word = _CAPITALISED_BEFORE.search(text, max(0, head.start() - 40), head.start())
        if word and word.group(1).lower() not in ctx.leading:
            continue  # the head inside a longer name
        adjectives = head.group(2).split()
        if all(w.endswith(endings) and w not in nots for w in adjectives) \
                and (head.start(), c.end) not in covered:
            found.append(Mention(head.start(), c.end, "ORG", "", COMPLEMENT))
    if not found:
        return state
    return State(state.candidates + tuple(found), state.kept)


def _acronym(surface: str) -> bool:
    """One word in capitals (`COI`, `CEEAC`)."""
    return " " not in surface and sum(ch.isupper() for ch in surface) >= 2 and surface.upper() == surface
