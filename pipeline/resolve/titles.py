"""Instrument titles around a name already found: a year or an ordinal before it, its title going
on after a small word, its number and year after it, and a title named again by its first words.

These stages read the INSTRUMENT candidates the gazetteers, rules and `texts.lowercase_texts`
found, and lengthen them or give them a norm (`the 1954 Convention relating to …`, `Deuxième
Protocole additionnel relatif au …`, `el Acuerdo Final` after its whole title).
"""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention, SpanIndex
from . import title_lists
from .context import Context, State
from .texts import TEXT, numbered_end

_VALUES = ("DATE", "FIGURE", "RESOLUTION")
_PLACES = ("LOCATION", "COUNTRY")
# a year between blanks before a capitalised word (the year's digits first, the lookbehind
# after them: `re` skips to the next 1 or 2 in C); the word before it is read back (`_determiner`)
_YEAR_HEAD = re.compile(r"(?:1[89]|20)(?<=[ \u00a0]..)\d\d[ \u00a0](?P<head>[A-Z][\w-]*)")


def years_before(ctx: Context, state: State) -> State:
    """Instruments whose name starts with a year after a determiner (`the 1954 Convention
    relating to the Status of Stateless Persons`, `the 2050 Strategy for the Blue Pacific
    Continent`, `the 1961 Convention`): the year is part of the name and no DATE (SCHEMA). The
    instrument found after the year is taken with it; a head noun alone makes one."""
    determiners = ctx.lexicon.words("instrument_year_determiner")
    if not determiners:
        return state
    heads = {w.lower() for w in ctx.lexicon.words("backref_instrument_head") if " " not in w}
    starting: dict[int, list[Mention]] = {}
    for c in state.candidates:
        if c.label == "INSTRUMENT" and c.source != provenance.MODEL:
            starting.setdefault(c.start, []).append(c)
    found = []
    last = 0
    for match in _YEAR_HEAD.finditer(ctx.text):
        det = _determiner(ctx.text, match.start(), last)
        if det is None:
            continue
        last = match.end()
        if det.lower() not in determiners:
            continue
        start = match.start()
        ends = [c.end for c in starting.get(match.start("head"), ())]
        if not ends and match.group("head").lower() in heads:
            ends = [match.end("head")]
        found += [Mention(start, end, "INSTRUMENT", ctx.original[start:end], TEXT) for end in ends]
    return State(state.candidates + tuple(found), state.kept) if found else state


def _determiner(text: str, year: int, after: int) -> str | None:
    """The word before the blank before `year` (a run of word characters, no hyphen glued before
    it), or None where there is none or it starts before `after`, the end of the last year read
    with its word: what `(?<![\\w-])\\w+[ \\u00a0]` before the year finds, the text read from
    its start, the year and its word one match (no match starts inside the one before)."""
    start = year - 1
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # `\w`, exactly
        start -= 1
    if start == year - 1 or start < after or (start and text[start - 1] == "-"):
        return None
    return text[start:year - 1]


def titles_continued(ctx: Context, state: State) -> State:
    """An instrument's title that goes on after a small word to a run of capitalised words
    (`title_connector`): `Niue Treaty on Cooperation in Fisheries Surveillance and Law
    Enforcement in the South Pacific Region`, `1954 Convention relating to the Status of
    Stateless Persons`, `Carta … en los Entornos Digitales`. The run is not taken where it cuts a
    name found or holds a value, nor where it is one place after a short title (`the Convention in
    Vienna`, `the Strategy in the Sahel`: where it applies, more often than a title's end; a title
    of four words or more that ran on over a small word takes it, `ran_on`) or holds a name found
    a rule found other than a place's or an instrument's (`the Action Plan in the Ministry of
    Justice`; a body the gazetteer knows is the text's scope: `… within the Commonwealth`); a name the
    gazetteer knows goes on only to another instrument (`Kigali Amendment to the Montreal
    Protocol`), as its own title is whole."""
    pattern = ctx.regexes.title_more
    if pattern is None:
        return state
    known = {(c.start, c.end) for c in state.candidates if provenance.kind(c.source) == "gazetteer"}
    index: SpanIndex | None = None
    found = []
    for c in state.candidates:
        if c.label != "INSTRUMENT" or c.source == provenance.MODEL:
            continue
        numbered = numbered_end(ctx, c.end, numbered=bool(ctx.regexes.title_number
                                                        and ctx.regexes.title_number.search(ctx.text, c.start, c.end)))
        if numbered is not None and (c.start, c.end) not in known:
            found.append(Mention(c.start, numbered, "INSTRUMENT", "", TEXT))
        more = pattern.match(ctx.text, c.end)
        if more is None:
            continue
        index = index or SpanIndex([k for k in state.candidates if k.source != provenance.MODEL])
        start, end = more.span("run")
        inside = index.overlapping(start, end)
        if any(k.label in _VALUES or k.start < start < k.end or k.start < end < k.end for k in inside):
            continue
        linked_by = ctx.text[c.end:start].split()
        where = bool(linked_by) and linked_by[0].lower() in (ctx.lexicon.words("place_in_preposition")
                                                              | ctx.lexicon.words("place_to_preposition"))
        # a long title that ran on over a small word goes on to where it applies (`Strategy for
        # Malaria Elimination in the Greater Mekong Subregion`); a short one not to where it was
        # signed (`Convención del Metro en París`), nor a long one to a city (below)
        where = where and not (ran_on(ctx.original[c.start:c.end]) and _scope(ctx, linked_by, inside, start, end))
        if _holds_other_name(inside, start, end, place_alone=where):
            continue
        if (c.start, c.end) in known and not any(
                k.label == "INSTRUMENT" and k.start == start for k in inside):
            continue
        found.append(Mention(c.start, end, "INSTRUMENT", "", TEXT))
    found += _listed_on(ctx, state, known, found)
    return State(state.candidates + tuple(found), state.kept) if found else state


def ran_on(title: str) -> bool:
    """Whether a title has four words or more, one of them a small word in lower case after its
    first (`Strategy for Malaria Elimination`, not `Convención del Metro`)."""
    words = title.split()
    return len(words) >= 4 and any(w.islower() for w in words[1:])


def _listed_on(ctx: Context, state: State, known: set[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """The titles found that go on across a list of capitalised words ended by a conjunction
    (`title_lists.capital_list_end`: `… to Prevent, Deter and Eliminate …`), to a variant of their
    name after a slash (`Rail Baltic / Rail Baltica Railway Connection`) or to their parties named
    as one collective (`between the Member States of …`); not a text the gazetteer knows, whose
    title is whole."""
    titles = [c for c in state.candidates if c.label == "INSTRUMENT" and c.source != provenance.MODEL
              and (c.start, c.end) not in known] + found
    if not titles:
        return []
    index = SpanIndex([k for k in state.candidates if k.source != provenance.MODEL and k.label != "INSTRUMENT"])
    longer = []
    for c in titles:
        end = title_lists.capital_list_end(ctx, index, c.end)
        end = title_lists.parties_end(ctx, index, title_lists.variant_end(ctx.text, end))
        if end > c.end:
            longer.append(Mention(c.start, end, "INSTRUMENT", "", TEXT))
    return longer


def _scope(ctx: Context, linked_by: list[str], inside: list[Mention], start: int, end: int) -> bool:
    """Whether the place after a long title is where it applies: a region named with its article
    (`… in the Greater Mekong Subregion`, `… en la Región`) or a state (`… in Somalia`), not the
    city where it was signed (`the Agreement on Fisheries Cooperation in Lima on 3 May`). No list
    says which places are cities; a city takes no article, and a title is rarely signed in a state
    named alone."""
    return linked_by[-1].lower() in ctx.lexicon.words("article") or any(
        k.label == "COUNTRY" and (k.start, k.end) == (start, end) for k in inside)


def _holds_other_name(inside: list[Mention], start: int, end: int, *, place_alone: bool = True) -> bool:
    """Whether the run (start, end) is one place found (where `place_alone`: after a word that
    says where, `place_in_preposition`; after `on the`, `towards` a place is the text's topic:
    `Framework Agreement on the Sava River Basin`), or holds a name a rule found other than a
    place's or an instrument's, outside any instrument found in it (`… in the Ministry of
    Justice`). A place is often part of a title (`… in the South Pacific Region`, `Montreal` in
    `… to the Montreal Protocol`), and so is a body the gazetteer knows, the scope of the text
    (`London Scheme for Extradition within the Commonwealth`)."""
    texts = [k for k in inside if k.label == "INSTRUMENT" and start <= k.start and k.end <= end]
    return any(place_alone and (k.start, k.end) == (start, end) if k.label in _PLACES else
               k.label != "INSTRUMENT" and start <= k.start and k.end <= end
               and provenance.kind(k.source) != "gazetteer"
               and not any(t.start <= k.start and k.end <= t.end for t in texts) for k in inside)


# a number of three digits at most right after a title's head (`Convention 108+`, `Convenio 169`;
# four digits are a year, `Agenda 2030`, read elsewhere), no decimal or thousands group after it
def ordinal_titles(ctx: Context, state: State) -> State:
    """A capitalised ordinal before an instrument's head opens its title (`title_ordinal`:
    `Deuxième Protocole additionnel relatif au …`, `Second Optional Protocol`): the longest
    instrument found from the head on takes it, and the ordinal and head alone name one (`puis
    par un Deuxième Protocole en 1999`), as a numbered text is a named one."""
    pattern = ctx.regexes.ordinal_title
    if pattern is None:
        return state
    found = []
    for match in pattern.finditer(ctx.text):
        ends = [c.end for c in state.candidates if c.start == match.start("head")
                and c.label == "INSTRUMENT" and c.source != provenance.MODEL]
        end = max(ends, default=match.end("head"))
        found.append(Mention(match.start(), end, "INSTRUMENT", "", TEXT))
    return State(state.candidates + tuple(found), state.kept) if found else state


def short_titles(ctx: Context, state: State) -> State:
    """A text named again by the first words of its title (`el Acuerdo Final` after `el Acuerdo
    Final para la Terminación del Conflicto …`, `the 1961 Convention` after `the 1961 Convention
    on the Reduction of Statelessness`) takes the norm of the last text so named before it, as a
    short back-reference does (`ce Pacte` → `GCM`), or, where none was, of the first one named
    after it (a headline's `Boe Declaration` before `the Boe Declaration on Regional Security`);
    only a name of two words or more that no gazetteer holds. A title with no norm yet is
    written as it stands, as `finish` would write it."""
    ordered = sorted(enumerate(state.kept), key=lambda im: im[1].start)
    titles = [(ctx.text[m.start:m.end].lower(), j, m) for j, m in ordered if m.label == "INSTRUMENT"]
    norms: dict[int, str] = {}             # place in state.kept: the norm it takes
    for i, m in ordered:
        surface = ctx.text[m.start:m.end].lower()
        if m.label != "INSTRUMENT" or m.norm not in ("", ctx.original[m.start:m.end]) or " " not in surface:
            continue  # a norm of its own: the gazetteer's, an acronym's
        longer = [(j, n) for written, j, n in titles if n.start != m.start
                  and len(written) > len(surface) and written.startswith(surface + " ")]
        before = [(j, n) for j, n in longer if n.end <= m.start]
        chosen = before[-1] if before else next(((j, n) for j, n in longer if n.start >= m.end), None)
        if chosen is not None:
            j, n = chosen
            norms[i] = norms.get(j, n.norm) or ctx.original[n.start:n.end]
    if not norms:
        return state
    return State(state.candidates, tuple(m._replace(norm=norms[i]) if i in norms else m
                                         for i, m in enumerate(state.kept)))
