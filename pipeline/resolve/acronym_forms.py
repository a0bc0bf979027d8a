"""Forms of a defined acronym the definitions stage does not read: its plural and a name given
with it in the parenthesis.

- `Transnational Crime Units (TCUs)`, `other FIUs` after `Financial Intelligence Unit (FIU)`: the
  plural of an acronym is the same body kind, its norm the singular (`TCU`), as the gold of the
  development sets has it (`TCUs` → `TCU`) and as annotation.md has it for `Bureaux centraux
  nationaux` (`NCB`, singular or plural).
- `Empresa Común … (Fusion for Energy, F4E)`: the name in another form and the acronym after its
  comma are two more mentions of the body the name before the parenthesis names; the acronym is
  the norm of all three where no gazetteer id is known.
"""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention, SpanIndex
from .acronym_shapes import is_acronym, is_acronym_form
from .context import Context, State
from .literals import alternation_spans
from .longforms import ACRONYM, spells
from .paired_names import names_and_acronyms

_NAMES = ("ORG", "INSTRUMENT", "OPERATION")
# a plural acronym: capitals (digits, `&`) and a lower-case `s` (`TCUs`, `CSIRTs`, `NCBs`)
# (the capital first, the lookbehind after it: `re` skips to the next capital in C; same matches)
_PLURAL = re.compile(r"([A-Z](?<![\w'’&-][A-Z])[A-Z0-9&]*[A-Z0-9])s(?![\w'’&-])")
# `(TCUs)`: a plural acronym alone in its parenthesis
_PLURAL_DEF = re.compile(r"\(\s*([A-Z][A-Z0-9&]*[A-Z0-9])s\s*\)")
# the capitalised words before a parenthesis, joined by spaces only
_CAPITALISED_RUN = re.compile(r"(?:(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w’'-]*[ ]){1,7}\Z")
_WORD = re.compile(r"\S+")
# what may not touch a use of an acronym or a name found again (literals.alternation_spans)
_ACRONYM_CHAR, _NO_ACRONYM_CHAR = re.compile(r"[\w'’&-]"), re.compile(r"(?![\w'’&-])")
_NAME_CHAR, _NO_NAME_CHAR = re.compile(r"[\w'’-]"), re.compile(r"(?![\w'’-])")


def _singular(acr: str) -> str | None:
    """`TCU` for `TCUs`; None where the word is no plural of an acronym."""
    if len(acr) > 2 and acr.endswith("s") and is_acronym(acr[:-1]) and acr[:-1].isupper():
        return acr[:-1]
    return None


def _plural_definitions(ctx: Context, candidates: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Definitions the acronym stage made of a plural (`(TCUs)` → norm `TCUs`) take the singular;
    a plural one it could not read back (`links Transnational Crime Units (TCUs)`) is read here:
    the capitalised words right before the parenthesis whose initials are the acronym, one letter
    a word, ending on the plural of a body's head noun."""
    text, lex = ctx.text, ctx.lexicon
    plurals = {m.group(1) + "s" for m in _PLURAL_DEF.finditer(text)}
    fixed = tuple(c._replace(norm=c.norm[:-1]) if c.label in _NAMES and c.norm in plurals else c
                  for c in candidates)
    index = SpanIndex(list(fixed))
    added: list[Mention] = []
    for match in _PLURAL_DEF.finditer(text):
        acr = match.group(1)
        start, end = match.start(1), match.end(1) + 1
        if not is_acronym(acr) or index.overlapping(start, end):
            continue
        paren = match.start()
        while paren > 0 and text[paren - 1] == " ":
            paren -= 1
        run = _CAPITALISED_RUN.search(text, max(0, paren - 120), paren + 1)
        if run is None:
            continue
        # the run's last words, one a letter (a capitalised word before the name, `The`, is
        # no part of it)
        words = [w for w in _WORD.finditer(text, run.start(), paren)][-len(acr):]
        if len(words) != len(acr) or len(words) < 2 or "".join(w.group()[0] for w in words) != acr \
                or not lex.is_body_head(words[-1].group()) or index.overlapping(words[0].start(), paren):
            continue
        added.append(Mention(words[0].start(), paren, "ORG", acr, ACRONYM))
        added.append(Mention(start, end, "ORG", acr, ACRONYM))
    return fixed + tuple(added)


def _plural_uses(ctx: Context, candidates: tuple[Mention, ...]) -> list[Mention]:
    """`TCUs`, `FIUs`: the plural of an acronym the text names as a body takes its label and norm."""
    text = ctx.text
    norms: dict[str, tuple[str, str]] = {}
    for c in candidates:
        surface = text[c.start:c.end]
        if c.label == "ORG" and c.norm and is_acronym_form(surface):
            singular = surface if surface.isupper() else _singular(surface)
            if singular:
                norms.setdefault(singular, (c.label, c.norm))
    if not norms:
        return []
    index = SpanIndex(list(candidates))
    found = []
    for match in _PLURAL.finditer(text):
        known = norms.get(match.group(1))
        if known is not None and not index.overlapping(match.start(), match.end()):
            found.append(Mention(match.start(), match.end(), known[0], known[1], ACRONYM))
    # the singular of an acronym defined in the plural: `(TCUs)` … `TCU posts`
    singulars = [m.group(1) for m in _PLURAL_DEF.finditer(text) if m.group(1) in norms]
    if singulars:
        found.extend(Mention(start, end, *norms[literal], ACRONYM)
                     for start, end, literal, _ in alternation_spans(text, singulars, _ACRONYM_CHAR, _NO_ACRONYM_CHAR)
                     if not index.overlapping(start, end))
    return found


def _paired(ctx: Context, candidates: tuple[Mention, ...]) -> list[Mention]:
    """`Name (Other Name, ACR)`: where a name ends at the parenthesis, the name inside it and the
    acronym after the comma are two more mentions of it, with its norm, or the acronym where it
    has none (`Empresa Común … (Fusion for Energy, F4E)`)."""
    text = ctx.text
    pairs = names_and_acronyms(text)
    if not pairs:
        return []
    by_end: dict[int, Mention] = {}
    for c in candidates:
        if c.label in _NAMES and not is_acronym_form(text[c.start:c.end]):
            if c.end not in by_end or c.end - c.start > by_end[c.end].end - by_end[c.end].start:
                by_end[c.end] = c
    found: list[Mention] = []
    for pair in pairs:
        acr, name = text[pair.acr_start:pair.acr_end], text[pair.name_start:pair.name_end]
        if not is_acronym(acr) or len(name.split()) > 8 or " " not in name:
            continue
        paren = pair.start
        while paren > 0 and text[paren - 1] == " ":
            paren -= 1
        outer = by_end.get(paren)
        if outer is None or not (spells(acr, name) or spells(acr, text[outer.start:outer.end])):
            continue  # the acronym spells one of the two names
        norm = outer.norm if outer.norm and provenance.kind(outer.source) == "gazetteer" else acr
        if outer.norm != norm:
            found.append(outer._replace(norm=norm, source=ACRONYM))
        found.append(Mention(pair.name_start, pair.name_end, outer.label, norm, ACRONYM))
        found.append(Mention(pair.acr_start, pair.acr_end, outer.label, norm, ACRONYM))
        # every other use of the acronym and of the inner name (`el director de F4E`)
        found.extend(Mention(start, end, outer.label, norm, ACRONYM)
                     for start, end, _, _ in alternation_spans(text, (acr, name), _NAME_CHAR, _NO_NAME_CHAR)
                     if start not in (pair.acr_start, pair.name_start))
    return found


def acronym_forms(ctx: Context, state: State) -> State:
    """Plural acronyms and `(Name, ACR)` pairs: see the module's docstring."""
    # a plural acronym (`TCUs`, `(TCUs)`) must stand in the text for the plural readings: one
    # search spares the others a pass over every candidate
    plural = _PLURAL.search(ctx.text) is not None
    candidates = _plural_definitions(ctx, state.candidates) if plural else state.candidates
    paired = _paired(ctx, candidates)
    if paired:  # the name before the parenthesis, given its norm, and the acronym: replaced
        spans = {(m.start, m.end) for m in paired}
        candidates = tuple(c for c in candidates if c.label not in _NAMES or (c.start, c.end) not in spans)
        candidates = candidates + tuple(paired)
    if plural:
        candidates = candidates + tuple(_plural_uses(ctx, candidates))
    return State(candidates, state.kept)
