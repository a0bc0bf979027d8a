"""Last stage: every mention gets its norm (the values, bodies and instruments have theirs)."""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention
from .acronyms import operation_name
from .context import Context, State

_NAMED_PERSON = {provenance.heuristic("title"), provenance.heuristic("office")}


def finish(ctx: Context, state: State) -> State:
    """Norms written from the text: an operation's name without its keyword, a person's full name
    (a surname alone takes the full name given earlier), a place as written (a dateline in
    capitals in title case), anything else as written; a figure's unit with the text's own
    apostrophe (the finder reads the folded text)."""
    done: list[Mention] = []
    for i, m in enumerate(state.kept):
        surface = ctx.original[m.start:m.end]
        if m.norm and m.label == "FIGURE" and "'" in m.norm and "’" in surface:
            done.append(m._replace(norm=m.norm.replace("'", "’")))  # `41 fusil d’assaut`, as written
        elif m.norm:
            done.append(m)
        elif m.label == "OPERATION":
            done.append(m._replace(norm=operation_name(ctx, surface)))
        elif m.label == "PERSON":
            done.append(_person(ctx, m, surface, done, [k for j, k in enumerate(state.kept) if j != i]))
        elif m.label == "LOCATION":
            norm = _title(ctx, surface) if surface.isupper() and len(surface) > 3 else surface
            done.append(m._replace(norm=_article_back(ctx, m.start, norm)))
        else:
            done.append(m._replace(norm=surface))
    return State(state.candidates, tuple(done))


def _article_back(ctx: Context, start: int, norm: str) -> str:
    """A place after a preposition fused with its article (`contracted_article`) takes the
    article back where the place list holds the name with it: `au Cap` → `Le Cap`."""
    before = re.search(r"(\w+)[ \t]+\Z", ctx.text[max(0, start - 12):start])
    if before is None or before.group(1).lower() not in ctx.lexicon.words("contracted_article"):
        return norm
    for article in sorted(ctx.lexicon.words("place_particle")):
        named = f"{article.capitalize()} {norm}"
        if named in ctx.knowledge.names_by_id:
            return named
    return norm


def _title(ctx: Context, surface: str) -> str:
    """A place written in capitals (a dateline) as the place is written: `CIUDAD DE PANAMÁ` →
    `Ciudad de Panamá`, small words in lower case after the first (`place_particle`)."""
    particles = ctx.lexicon.words("place_particle")
    parts = re.split(r"([ -])", surface.title())  # `PORT-AU-PRINCE` → `Port-au-Prince`
    return "".join([parts[0]] + [w.lower() if w.lower() in particles else w for w in parts[1:]])


def _person(ctx: Context, m: Mention, surface: str, before: list[Mention],
            others: list[Mention]) -> Mention:
    """A person's norm: the name, or the full name given earlier for a surname used alone.

    `before` are the mentions already finished, `others` every other mention of the document.
    """
    words = surface.split()
    people = [p for p in before if p.label == "PERSON" and p.end <= m.start]
    full = [p.norm for p in people
            if len(p.norm.split()) > len(words) and p.norm.split()[-len(words):] == words]
    if not full and len(words) == 1 and m.source in _NAMED_PERSON:
        # `Dr Workneh` after `Workneh Gebeyehu`: a title with the name used alone
        full = [p.norm for p in people if len(p.norm.split()) > 1 and p.norm.split()[0] == words[0]]
    if not full:
        return m._replace(norm=surface)
    norm, start = full[-1], m.start
    # "Bolle" after "Catherine De Bolle": the particle belongs to the surname
    particles = ctx.lexicon.words("name_particle")
    for word in reversed(norm.split()[1:-len(words)]):
        if word.lower() in particles and ctx.original.endswith(word + " ", 0, start) \
                and not any(k.end > start - len(word) - 1 and k.end <= start
                            for k in others):
            start -= len(word) + 1
        else:
            break
    return m._replace(norm=norm, start=start)
