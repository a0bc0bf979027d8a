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

from ..mention import Mention, SpanIndex
from .acronym_shapes import is_acronym
from .context import Context, State
from .literals import spaced_spans
from .longforms import ACRONYM

# the parenthesis right after a long form, holding the acronym it defines
_PARENTHESIS = re.compile(r"[^\S\n]*\(\s*([^()\s]{2,15})\s*\)")
_WHOLE_END = re.compile(r"(?![\w-])")  # the form's last word ends there
_MIN_WORDS = 2  # a single word (`Commission`) is a head read back, not a long form to look for


def long_forms_again(ctx: Context, state: State) -> State:
    """Every repeat of a long form defined with its acronym takes the acronym's norm."""
    text = ctx.text
    defined = _defined_long_forms(text, state.kept)
    if not defined:
        return state
    index = SpanIndex(list(state.kept))
    dropped: set[Mention] = set()
    added: list[Mention] = []
    for start, end in _repeats(text, defined):
        norm, own = defined[" ".join(text[start:end].split())]
        if start == own:
            continue
        reading = _read_as(ctx, index.overlapping(start, end), start, end, norm)
        if reading is not None:
            dropped.update(reading[0])
            added.append(reading[1])
    if not added:
        return state
    kept = [m for m in state.kept if m not in dropped] + added
    return State(state.candidates, tuple(sorted(kept, key=lambda m: m.start)))


def _repeats(text: str, defined: dict[str, tuple[str, int]]) -> list[tuple[int, int]]:
    """Where each long form is written, whole words (white space between them folded), the
    longer form first where two overlap, as (start, end). Found from the literal first word
    (`literals.spaced_spans`): a pattern per form would be compiled for this document alone."""
    found: list[tuple[int, int]] = []
    for form in sorted(defined, key=len, reverse=True):
        found.extend((s, e) for s, e in spaced_spans(text, form.split(), _WHOLE_END)
                     if not (s and (text[s - 1].isalnum() or text[s - 1] in "_-"))
                     and not any(fs < e and s < fe for fs, fe in found))
    return sorted(found)


def _defined_long_forms(text: str, kept: tuple[Mention, ...]) -> dict[str, tuple[str, int]]:
    """Long form as written, spaces folded → (the norm its definition gave it, where the defined
    one starts): an ORG followed by a parenthesis whose acronym the selection kept with the same
    norm."""
    acronyms = {(m.start, m.end): m.norm for m in kept if m.label == "ORG"}
    defined: dict[str, tuple[str, int]] = {}
    for m in kept:
        if m.label != "ORG" or not m.norm:
            continue
        paren = _PARENTHESIS.match(text, m.end)
        if paren is None or acronyms.get(paren.span(1)) != m.norm or not is_acronym(paren.group(1)):
            continue
        surface = " ".join(text[m.start:m.end].split())
        if len(surface.split()) >= _MIN_WORDS and m.norm != surface:
            defined.setdefault(surface, (m.norm, m.start))
    return defined


def _read_as(ctx: Context, overlapping: list[Mention], start: int, end: int,
             norm: str) -> tuple[list[Mention], Mention] | None:
    """The mentions to drop and the one to add to read [start, end) as the body `norm`, given
    the kept mentions that overlap it: a mention of exactly that span without a norm of its own
    (none yet, or its name as written) takes it; mentions inside it give way to it; a mention
    that crosses it or holds it, or one that reads it as another body, leaves it as it is (None)."""
    if any(m.start < start or m.end > end for m in overlapping):
        return None
    same = [m for m in overlapping if (m.start, m.end) == (start, end)]
    if same and (same[0].label != "ORG" or same[0].norm not in ("", norm, ctx.original[start:end])):
        return None
    return overlapping, Mention(start, end, "ORG", norm, same[0].source if same else ACRONYM)
