"""The states of the bodies that take part in an operation (`participan el Instituto X (IX) de la
Argentina y el Instituto Y de Chile`, `the Institute of X of Ecuador`, `l'Institut X du Sénégal`):
a state a linker joins right after a body that leads or takes part in the operation, in the same
sentence, is a state that takes part (FACTS.md: `country`, where it ran or who took part). The
state only qualifies the body, so the places of the operation leave it out; this reads it back, for
a roster of bodies each with its own state (two states at least), not those of bodies that only
fund it, and `operations` keeps them only where the run names no state of the operation's own."""

from __future__ import annotations

import re

from .refs import Ref, Sentence

_ROSTER = 2  # states at least, each tied to its own body, for the bodies' states to count
_EMPTY_PARENTHESES = re.compile(r"\(\s*\)")


def own_states(doc, sentence: Sentence, taking_part: set[str], lo: int, hi: int) -> list[Ref]:
    """The states in [lo, hi) that a linker ties to the body right before them, one of `taking_part`
    (norms): `el INTA de la Argentina` (its other name in parentheses between allowed: `(INTA) de la`)."""
    found: list[Ref] = []
    bodies = sentence.of("ORG")
    for state in sentence.of("COUNTRY"):
        if not lo <= state.start < hi:
            continue
        body = next((b for b in reversed(bodies) if b.end <= state.start), None)
        if body is None or body.norm not in taking_part or _funds(doc, sentence, body):
            continue
        gap = _EMPTY_PARENTHESES.sub("", doc.gap(body.end, state.start)).strip().strip("()").strip().lower()
        if doc.words.patterns["linker"].fullmatch(gap):
            found.append(state)
    # a roster of national bodies, each with its state (`el INTA de la Argentina, el INIA de Chile …`):
    # the states take part; one body's state alone names where it is from (`KSrelief de Arabia Saudí`)
    return found if len({s.norm for s in found}) >= _ROSTER else []


def _funds(doc, sentence: Sentence, body: Ref) -> bool:
    """Whether the body stands after a cue of funding or support (`directed`: `financiada por la AECID
    de España`) with no cue of taking part after that cue: a funder's state took no part."""
    funding = doc.words.find("directed", doc.plain, sentence.start, body.start)
    if not funding:
        return False
    last = max(funding, key=lambda cue: cue.end())
    return not doc.words.find("participation_cue", doc.plain, last.end(), body.start)
