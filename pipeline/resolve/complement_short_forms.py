"""A body named whole once and short elsewhere in the text: `la Policía Nacional` after `la Policía
Nacional de Colombia`, `the Ministry of Culture` beside `the Ministry of Culture of Peru`.

The text names a body with the place or body it belongs to, then drops that complement (or names
the short form first): the short form is the same body, and takes the whole name's norm, so that
the facts a text states of it name one body. Only a name that keeps the words it is written with
(no gazetteer id, no acronym), of two words at least, that is the whole name less a complement
(a `complement_linker`, then capitalised words only: `de Colombia`, `de la CIRGL`, `of Peru`; not
`Trust Fund`, `thaïlandais`, `, Livestock and Fisheries`, `for Research and Education`, which
make another body or only describe it), and that is so of one whole name only: `Policía Nacional`
beside `Policía Nacional de Colombia` and `Policía Nacional del Perú` keeps its own. Runs after
`finish`, on the norms as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import Context, State

_MIN_WORDS = 2


@lru_cache(maxsize=16)
def _linker(linkers: frozenset[str]) -> re.Pattern[str]:
    """The linker a complement opens on, and the blanks around it (`de l'` runs into the name)."""
    words = "|".join(re.escape(w) for w in sorted(linkers, key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})(?:\s+|(?<=['’]))")


def whole_names(ctx: Context, state: State) -> State:
    """Short forms of a name written whole elsewhere in the text take its norm (see the module)."""
    orgs = [m for m in state.kept if m.label == "ORG" and m.norm]
    if len(orgs) < 2:
        return state
    linker = _linker(ctx.lexicon.words("complement_linker"))
    written = {(m.start, m.end): ctx.original[m.start:m.end] for m in orgs}
    folded = {(m.start, m.end): ctx.text[m.start:m.end] for m in orgs}  # `’` read as `'` by the linkers
    changed: dict[tuple[int, int], str] = {}
    for m in orgs:
        if m.norm != written[(m.start, m.end)] or len(m.norm.split()) < _MIN_WORDS:
            continue
        short = folded[(m.start, m.end)]
        wholes = {o.norm for o in orgs if o.norm != m.norm and completes(folded[(o.start, o.end)], short, linker)}
        if len(wholes) == 1:
            changed[(m.start, m.end)] = wholes.pop()
    if not changed:
        return state
    kept = tuple(m._replace(norm=changed[(m.start, m.end)]) if m.label == "ORG" and (m.start, m.end) in changed
                 else m for m in state.kept)
    return State(state.candidates, kept)


def completes(whole: str, short: str, linker: re.Pattern[str]) -> bool:
    """Whether `whole` is `short` and a complement after it (`Policía Nacional` + ` de Colombia`):
    a linker, then capitalised words only."""
    if len(whole) <= len(short) or not whole.startswith(short):
        return False
    opening = linker.match(whole, len(short))
    if opening is None:
        return False
    rest = whole[opening.end():].split()
    return bool(rest) and all(w[:1].isupper() or w[:1].isdigit() for w in rest)
