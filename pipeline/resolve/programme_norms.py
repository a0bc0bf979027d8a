"""A programme's acronym as the norm of its long form wherever the text names it (branch ops-15).

SCHEMA's acronym rule makes the acronym a text defines the norm of the programme; the acronym
stage reads it only from `Long form (ACR)`. Two more ways the texts say it:

- a phrase after the long form that gives the acronym (`the "Zorbal Water Link" programme, known
  by its acronym ZWL`; `dite ZWL`; `conocido por su sigla ZWL`: `acronym_given_phrase`);
- the long form named before or after its definition without the parenthesis (`The Zorbal Water
  Link project` as a heading, then `The Zorbal Water Link (ZWL)`): the same name, the same norm.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import alternation
from .acronyms import operation_name
from .acronym_shapes import is_acronym_form
from .context import Context, State
from .programme_patterns import ACRONYM

# a closing quotation mark and one programme word may stand between the name and its comma
_CLOSE = r"[ \t\u00a0]*[\"”»’]?(?:[ \t]+[^\W\d_]+)?"


def _given(lex) -> re.Pattern | None:
    phrases = lex.words("acronym_given_phrase")
    if not phrases:
        return None
    return re.compile(rf"{_CLOSE},?[ \t]+(?:{alternation(phrases)})[ \t]+[«\"“]?[ \t]*"
                      rf"(?P<acr>{ACRONYM}[+]?)(?![\w'’-])")


def _key(ctx: Context, surface: str) -> str:
    return " ".join(operation_name(ctx, surface).split()).casefold()


def acronym_norms(ctx: Context, state: State) -> State:
    """Programme names that take the acronym the text gives them as their norm: after a phrase
    that says so, and wherever the same name is written again (before its definition too)."""
    text = ctx.text
    if not any(c.label == "OPERATION" and c.source != provenance.MODEL for c in state.candidates):
        return state  # every rule below starts from a programme the rules found
    given = ctx.knowledge.built("acronym_given_phrase", _given)
    candidates = list(state.candidates)
    changed = False
    if given is not None:
        for i, c in enumerate(candidates):
            if c.label != "OPERATION" or c.source == provenance.MODEL or provenance.kind(c.source) == "gazetteer":
                continue
            m = given.match(text, c.end)
            if m is not None and not is_acronym_form(operation_name(ctx, text[c.start:c.end])):
                candidates[i] = c._replace(norm=m.group("acr"))
                changed = True
    relabelled = _programme_definitions(ctx, candidates)
    changed = changed or relabelled
    # the long forms the text defined: their name (keyword left out) → the acronym
    defined: dict[str, set[str]] = {}
    for c in candidates:
        if c.label != "OPERATION" or c.source == provenance.MODEL or not c.norm:
            continue
        surface = text[c.start:c.end]
        if is_acronym_form(c.norm) and not is_acronym_form(operation_name(ctx, surface)):
            defined.setdefault(_key(ctx, surface), set()).add(c.norm)
    if defined:
        for i, c in enumerate(candidates):
            if c.label != "OPERATION" or c.source == provenance.MODEL or provenance.kind(c.source) == "gazetteer":
                continue
            norms = defined.get(_key(ctx, text[c.start:c.end]))
            if norms and len(norms) == 1 and (not c.norm or not is_acronym_form(c.norm)):
                candidates[i] = c._replace(norm=next(iter(norms)))
                changed = True
    return State(tuple(candidates), state.kept) if changed else state


def _programme_definitions(ctx: Context, candidates: list) -> bool:
    """A name defined with an acronym and read as a body (`The Zorbal Maize (ZM) started`) is the
    programme the text named with its keyword (`The Zorbal Maize project`), and so is its acronym:
    OPERATION, in place. Whether any was changed."""
    text = ctx.text
    # a programme named with its keyword, or a name of several words a rule read as one (`El
    # Zorbal Array, un proyecto …` then `el Zorbal Array (ZA)`): a lone word may be a body's name
    # a rule took for a programme's
    programmes = {_key(ctx, text[c.start:c.end]) for c in candidates
                  if c.label == "OPERATION" and c.source != provenance.MODEL
                  and (operation_name(ctx, text[c.start:c.end]) != text[c.start:c.end]
                       or " " in text[c.start:c.end].strip())}
    acronyms: set[str] = set()
    for i, c in enumerate(candidates):
        surface = text[c.start:c.end]
        if c.label == "ORG" and c.norm and is_acronym_form(c.norm) and not is_acronym_form(surface) \
                and provenance.kind(c.source) != "gazetteer" and _key(ctx, surface) in programmes:
            candidates[i] = c._replace(label="OPERATION")
            acronyms.add(c.norm)
    for i, c in enumerate(candidates):
        if c.label == "ORG" and c.norm in acronyms and text[c.start:c.end] == c.norm:
            candidates[i] = c._replace(label="OPERATION")
    return bool(acronyms)
