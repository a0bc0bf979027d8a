"""A short title stands for the last body named that it can stand for.

`the Alliance` is NATO's short title only after NATO (`after` in the gazetteer; see
`references.parents_named`). When another body whose name holds the title's word is named
between NATO and the title (`the Global Alliance for Vaccines and Immunization …, and the
Alliance pledged`), the title stands for that body: it takes its norm, no longer NATO's. With no
parent named before it (within `references.AFTER_WINDOW`), the title is left to parents_named,
which drops it.
"""

from __future__ import annotations

import re

from .context import Context, State
from .references import AFTER_WINDOW, BACKREF


def latest_bodies(ctx: Context, state: State) -> State:
    """Short titles (`after` candidates) read soon after their parent that a body named after the
    parent, whose name holds the title, takes."""
    titles = [c for c in state.candidates if c.after]
    if not titles:
        return state
    text = ctx.text
    bodies = sorted((k for k in state.candidates if k.label == "ORG" and not k.after),
                    key=lambda k: k.end)
    # where each norm is named, as parents_named reads it: a short title standing alone names its
    # parent too (`the Council … the Council`), one inside a longer name does not
    named = [k for k in state.candidates if not k.after or not any(
        o.start <= k.start and k.end <= o.end and (o.start, o.end) != (k.start, k.end) for o in state.candidates)]
    changed = {}
    for c in titles:
        title = text[c.start:c.end]
        parent = max((k.end for k in named if k.norm == c.after and k.end <= c.start), default=-1)
        if parent < 0 or c.start - parent > AFTER_WINDOW:
            continue  # no parent to compete with: parents_named drops the title
        rival = None
        for k in bodies:
            if k.end > c.start:
                break
            if k.end > parent and (k.norm != c.after or not k.norm) and k.end - k.start > c.end - c.start \
                    and _holds(text, k.start, k.end, title):
                rival = k
        if rival is not None:
            changed[id(c)] = c._replace(norm=rival.norm or text[rival.start:rival.end], after="", source=BACKREF)
    if not changed:
        return state
    return State(tuple(changed.get(id(c), c) for c in state.candidates), state.kept)


_BEFORE = re.compile(r"[\w-]")
_AFTER = re.compile(r"[\w'’-]")


def _holds(text: str, start: int, end: int, title: str) -> bool:
    r"""Whether `title` stands as a word of its own in text[start:end] (`(?<![\w-])title(?![\w'’-])`,
    the text cut at `end`): found with `str.find`, not a pattern compiled for each title
    (literals.py says why)."""
    at = text.find(title, start, end)
    while at >= 0:
        stop = at + len(title)
        if not (at and _BEFORE.match(text, at - 1)) and not (stop < end and _AFTER.match(text, stop)):
            return True
        at = text.find(title, at + 1, end)
    return False

