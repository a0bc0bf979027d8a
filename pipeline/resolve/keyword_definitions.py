"""Programmes a lower-case keyword opens and an acronym in parentheses defines.

`le programme de Surveillance des Ressources Halieutiques (SURVA)`, `el programa de Vigilancia
Regional de las Mareas (VIRMA)`, `the programme for Coastal Resilience in West Africa (CRWA)`,
`l'initiative Kalo sur l'accès aux soins en Afrique (KALO+)`: the keyword, its linker
(`programme_title_linker` in `patterns/<lang>/lexicon.jsonl`), a title that a capital opens and
the places it runs in, up to its acronym, are one OPERATION; the acronym is its norm, and every
use of the acronym is the programme (annotation.md, Operations: the keyword stays in the span).
"""

from __future__ import annotations

from .. import provenance
from ..lexicon import Lexicon
from ..mention import Mention
from .candidates import OPERATION
from .context import Context, State
from .programme_patterns import built_patterns

# what the title may hold: values, places it runs in, a model's guess, and the shorter
# programme a keyword rule or a gazetteer found in it (`initiative Kalo`); a body or a text stops it
_INSIDE = {"DATE", "FIGURE", "LOCATION", "COUNTRY"}


def _body(lex: Lexicon, name: str) -> bool:
    """Whether a name opens with a body's head (`Forces armées en Guyane`)."""
    return name.split(" ", 1)[0] in lex.words("org_head")


def _blocked(ctx: Context, state: State, start: int, end: int, acronym: tuple[int, int], norm: str) -> bool:
    lex, text = ctx.lexicon, ctx.text
    for c in state.candidates:
        if c.end <= start or c.start >= end or c.source == provenance.MODEL or c.label in _INSIDE:
            continue
        if c.norm == norm and provenance.kind(c.source) != "gazetteer" and not _body(lex, text[c.start:c.end]):
            continue  # the part of the title that the acronym's definition found, if no body's
        if c.label == "OPERATION":
            continue  # the programme's own name (`initiative Team Europe`), a known one too
        return True
    # an acronym a gazetteer holds for a body is the body's (`… de l'Union africaine (UA)`)
    return any(provenance.kind(c.source) == "gazetteer" and c.label != "OPERATION"
               and (c.start, c.end) == acronym for c in state.candidates)


def _listed(ctx: Context, title: str) -> bool:
    """Whether a title's commas only list its objects (`… l'accès aux vaccins, aux médicaments et
    aux technologies`): a conjunction after the last one, no participle after any
    (`…, financé par …` starts a clause)."""
    if "," not in title:
        return True
    lex = ctx.lexicon
    parts = title.split(",")[1:]
    endings = tuple(lex.words("participle_ending"))
    if any(p.split()[0].lower().endswith(endings) and len(p.split()[0]) > 4 for p in parts if p.split()):
        return False
    return any(w in lex.words("joiner") for w in parts[-1].lower().split())


def keyword_definitions(ctx: Context, state: State) -> State:
    """Each title a lower-case keyword opens and its acronym defines, and the acronym, become
    the programme; ORG candidates no gazetteer holds that carry the acronym follow it (one
    that holds the acronym's span is its candidate: no second one there)."""
    pattern = built_patterns(ctx).keyword_defined
    text = ctx.text
    if pattern is None or "(" not in text:
        return state
    spans: dict[tuple[int, int], str] = {}
    for m in pattern.finditer(text):
        if m.group("long")[:1].isupper() or not _listed(ctx, m.group("long")) or _blocked(ctx, state, m.start("long"), m.end("long"), m.span("acr"), m.group("acr")):
            continue
        spans[m.span("long")] = spans[m.span("acr")] = m.group("acr")
    if not spans:
        return state
    acronyms = set(spans.values())
    kept = []
    for c in state.candidates:
        gazetteer = provenance.kind(c.source) == "gazetteer"
        if not gazetteer and any(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) and c.label == "OPERATION"
                                 for s, e in spans):
            continue  # the shorter programme a keyword rule found inside the title
        if c.label == "ORG" and not gazetteer and (c.norm in acronyms or text[c.start:c.end] in acronyms):
            c = c._replace(label="OPERATION", norm=text[c.start:c.end] if text[c.start:c.end] in acronyms else c.norm)
        kept.append(c)
    held = {(c.start, c.end) for c in kept if c.label == "OPERATION" and spans.get((c.start, c.end)) == c.norm}
    found = [Mention(s, e, "OPERATION", norm, OPERATION) for (s, e), norm in spans.items() if (s, e) not in held]
    return State(tuple(kept) + tuple(found), state.kept)
