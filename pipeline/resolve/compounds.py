"""Compound acronyms: `SG-SICA`, `AU-IBAR`, `OREALC/UNESCO`, a known body's acronym joined by a
hyphen or a slash to another capitalised part that names no body, are one name, not the known
body inside them; an office's seat written right after it is part of it (`OREALC/UNESCO
Santiago`)."""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL
from ..mention import Mention, SpanIndex
from .context import Context, State
from .longforms import ACRONYM
from .regex_parts import ROMAN_NUMERAL

# capitals (and digits) joined by hyphens or slashes, standing alone: `SG-SICA`, `FC-G5S`,
# `MAOC-N`, `OREALC/UNESCO`
# (the capital first, the lookbehind after it: `re` skips to the next capital in C; same matches)
_COMPOUND = re.compile(rf"[{CAPITAL}](?<![\w'’/-][{CAPITAL}])[{CAPITAL}0-9]*(?:[-/][{CAPITAL}][{CAPITAL}0-9]*)+(?![\w'’/-])")
_PART = re.compile(rf"[{CAPITAL}][{CAPITAL}0-9]*")
# a known acronym, a space, another of four capitals or more, in a line not written in capitals
# (the lookahead first: tried at every position, the pattern fails at once where no two capitals start)
_SPACED = re.compile(rf"(?=[{CAPITAL}]{{2}})(?<![{CAPITAL}0-9][ \t])(?<![\w'’/-])([{CAPITAL}]{{2,}}) ([{CAPITAL}]{{4,}})(?![\w'’/-])(?![ \t][{CAPITAL}]{{2}})")
# the apposition after a parenthesis, to the next punctuation: `(ASEAN-ACT), a long-term program`
_APPOSITION = re.compile(r"\),\s+([^\W\d][\w' -]{0,40})")


def compound_acronyms(ctx: Context, state: State) -> State:
    """An ORG for each compound acronym one of whose parts is a body the gazetteer knows and
    another part is no name found, labelled from the noun after it where it is given in
    parentheses (`(ASEAN-ACT), a long-term program` is a programme) (`la SG-SICA`: the General Secretariat of SICA, not SICA;
    `ONU-UA` joins two bodies and stays two). Its norm is the compound as written; a compound
    the rules already read whole (`MAOC-N`) is left to them."""
    text = ctx.text
    found = _spaced(ctx, state)
    if "-" not in text and "/" not in text:
        return State(state.candidates + tuple(found), state.kept) if found else state
    index: SpanIndex | None = None
    for match in _COMPOUND.finditer(text):
        index = index or SpanIndex(list(state.candidates))
        start, end = match.span()
        overlapping = index.overlapping(start, end)
        if any(k.start <= start and end <= k.end for k in overlapping):
            continue  # read whole already, or inside a longer name
        parts = [(start + p.start(), start + p.end()) for p in _PART.finditer(match.group())]
        known = [any(k.start == s and k.end == e for k in overlapping) for s, e in parts]
        bodies = [any(k.start == s and k.end == e and k.label == "ORG"
                      and provenance.kind(k.source) == "gazetteer" for k in overlapping) for s, e in parts]
        joint = _joint_owners(overlapping, parts, end) if "/" in match.group() and all(
            _body_at(text, overlapping, s, e) for s, e in parts[1:]) else []
        if joint:
            found.extend(joint)
        elif any(bodies) and not all(known):
            end = _seat_end(text, end, overlapping + index.overlapping(end, end + 2))
            found.append(Mention(start, end, _label(ctx, start, end), text[start:end], ACRONYM))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _body_at(text: str, overlapping: list[Mention], start: int, end: int) -> bool:
    """Whether a body's acronym stands at `start`-`end`: a name found, or one the text defines in
    parentheses (read by a later stage: `Organismo Internacional de Energía Atómica (OIEA)`)."""
    return any(k.start == start and k.end == end and k.label == "ORG" for k in overlapping) \
        or f"({text[start:end]})" in text


def _joint_owners(overlapping: list[Mention], parts: list[tuple[int, int]], end: int) -> list[Mention]:
    """A body's name the rules or the model built that ends on the first of acronyms joined by
    slashes, the others bodies' (`_body_at`), goes on over them: the body belongs to them jointly
    (`Centro Conjunto FAO/OIEA`, `Grupo de Expertos sobre Ciclones Tropicales OMM/CESPAP`).
    Acronyms alone stay apart (`CSAO/OCDE`, `IMO/ILO`), and so does a gazetteer's name (it is
    whole as it is)."""
    first_end = parts[0][1]
    return [Mention(k.start, end, "ORG", "", k.source) for k in overlapping
            if k.label == "ORG" and k.end == first_end and k.start < parts[0][0] - 1
            and provenance.kind(k.source) != "gazetteer"]


def _spaced(ctx: Context, state: State) -> list[Mention]:
    """A body's acronym, found or defined in the text, followed, after a space, by an acronym of four capitals or more
    that names nothing found (`SEAMEO RECSAM`, `SEAMEO INNOTECH`): one body, its own norm. Not in
    a line written in capitals (`WHO LAUNCHES`), nor before a roman numeral (`COPOLAD VIII`)."""
    text = ctx.text
    found: list[Mention] = []
    index: SpanIndex | None = None
    for match in _SPACED.finditer(text):
        if ROMAN_NUMERAL.fullmatch(match.group(2)):
            continue
        index = index or SpanIndex(list(state.candidates))
        start, end = match.span()
        first = index.overlapping(match.start(1), match.end(1))
        defined = f"({match.group(1)})" in text  # its acronym defined in the text, read later
        if not (defined or any(k.start == start and k.end == match.end(1) and k.label == "ORG" for k in first)) \
                or index.overlapping(match.start(2), end):
            continue
        found.append(Mention(start, end, "ORG", text[start:end], ACRONYM))
    return found


def _seat_end(text: str, end: int, near: list[Mention]) -> int:
    """The end of a place the rules found right after the compound, a space between, where nothing
    capitalised follows it (`OREALC/UNESCO Santiago`: the office in Santiago); else `end`."""
    if text[end:end + 1] != " ":
        return end
    seat = max((k.end for k in near if k.start == end + 1 and k.label == "LOCATION"), default=None)
    if seat is None or re.match(rf" [{CAPITAL}]", text[seat:seat + 2]):
        return end
    return seat


def _label(ctx: Context, start: int, end: int) -> str:
    """ORG, unless the compound is given in parentheses before a noun that says what it is."""
    text = ctx.text
    apposition = _APPOSITION.match(text, end) if text[start - 1:start] == "(" else None
    if apposition is None:
        return "ORG"
    lex = ctx.lexicon
    for word in apposition.group(1).lower().replace("-", " ").split()[:4]:
        if word in lex.words("programme_head") | lex.words("operation_keyword"):
            return "OPERATION"
        if word in lex.words("instrument_head"):
            return "INSTRUMENT"
        if lex.is_body_head(word):
            break
    return "ORG"
