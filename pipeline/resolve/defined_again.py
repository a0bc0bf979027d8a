"""A body's long form named again: the acronym the text defines for it is its norm everywhere.

SCHEMA gives a body no gazetteer holds the acronym the text defines for it as norm. The
definition (`la Red Iberoamericana de Protección de Datos (RIPD)`, `acronyms.definitions`)
gives it to the long form it follows and to every use of the acronym; this stage gives it to
the same long form written elsewhere without the parenthesis: in the title before the
definition (`Red Iberoamericana de Protección de Datos cumple veinte años`) or in a later
paragraph. Where the selection kept only a piece of such a repeat (`l'Agence` read back, a
name the model cut), the whole long form replaces it.
"""

from __future__ import annotations

import re

from ..mention import Mention
from .acronyms import is_acronym
from .context import Context, State
from .longforms import ACRONYM

# the parenthesis right after a long form, holding the acronym it defines
_PARENTHESIS = re.compile(r"[^\S\n]*\(\s*([^()\s]{2,15})\s*\)")
_MIN_WORDS = 2  # a single word (`Commission`) is a head read back, not a long form to look for


def long_forms_again(ctx: Context, state: State) -> State:
    """Every repeat of a long form defined with its acronym takes the acronym's norm."""
    text = ctx.text
    defined = _defined_long_forms(text, state.kept)
    if not defined:
        return state
    kept = list(state.kept)
    for surface, (norm, own) in defined.items():
        pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, surface.split())) + r"(?![\w-])")
        for match in pattern.finditer(text):
            if match.start() != own:
                kept = _read_as(ctx, kept, match.start(), match.end(), norm)
    return State(state.candidates, tuple(sorted(kept, key=lambda m: m.start)))


def _defined_long_forms(text: str, kept: tuple[Mention, ...]) -> dict[str, tuple[str, int]]:
    """Long form as written → (the norm its definition gave it, where the defined one starts):
    an ORG followed by a parenthesis whose acronym the selection kept with the same norm."""
    acronyms = {(m.start, m.end): m.norm for m in kept if m.label == "ORG"}
    defined: dict[str, tuple[str, int]] = {}
    for m in kept:
        surface = " ".join(text[m.start:m.end].split())
        if m.label != "ORG" or not m.norm or len(surface.split()) < _MIN_WORDS or m.norm == surface:
            continue
        paren = _PARENTHESIS.match(text, m.end)
        if paren and is_acronym(paren.group(1)) and acronyms.get(paren.span(1)) == m.norm:
            defined.setdefault(surface, (m.norm, m.start))
    return defined


def _read_as(ctx: Context, kept: list[Mention], start: int, end: int, norm: str) -> list[Mention]:
    """`kept` with the span [start, end) read as the body `norm`: a mention of exactly that
    span without a norm of its own (none yet, or its name as written) takes it; mentions inside it give way to it; a mention
    that crosses it or holds it, or one that reads it as another body, is left as it is."""
    overlapping = [m for m in kept if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in overlapping):
        return kept
    same = [m for m in overlapping if (m.start, m.end) == (start, end)]
    if same and (same[0].label != "ORG" or same[0].norm not in ("", norm, ctx.original[start:end])):
        return kept
    rest = [m for m in kept if m not in overlapping]
    return rest + [Mention(start, end, "ORG", norm, same[0].source if same else ACRONYM)]
