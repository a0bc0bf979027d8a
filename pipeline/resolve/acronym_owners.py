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
from .acronym_shapes import in_capitals
from .bodies import heads_joined
from .context import Context, State
from .longforms import ACRONYM

# a capitalised word, not inside a name (after an elided article: `l'Assemblée`), then at most
# two lower-case words, up to the linker
_HEAD = re.compile(rf"(?:(?<=\b[dlDL]['’])|(?<![\w'’-]))([{CAPITAL}][\w-]*)((?:[ \t]+[a-zà-öø-ÿ][\w-]*){{0,2}})\Z")


def organs_of_defined_acronyms(ctx: Context, state: State) -> State:
    """A capitalised head noun and its adjectives, then `de` and an acronym the text defines:
    one ORG, the organ named with its body (`Assemblée de la COI`)."""
    if ctx.lexicon.head_last:
        return state
    acronyms = [c for c in state.candidates
                if c.source == ACRONYM and c.label == "ORG" and in_capitals(ctx.text[c.start:c.end])]
    covered = {(c.start, c.end) for c in state.candidates}
    found = [m for m in heads_joined(ctx, acronyms, _HEAD) if (m.start, m.end) not in covered]
    if not found:
        return state
    return State(state.candidates + tuple(found), state.kept)
