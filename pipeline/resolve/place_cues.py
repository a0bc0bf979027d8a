"""Places no gazetteer holds, read from the words around them, with or without a model: a name
before a noun for a kind of place (`the Howrah district`, `our Mona campus`), the names listed
after a place noun, the linker repeated (`les villages de Kalo et de Nodi`, `las islas de Aba y
Petite Bira`), and a name before a comma and the preposition that puts it in a country (`la
planta El Tule, en Guatemala`)."""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation, elided
from ..mention import Mention, SpanIndex
from .context import Context, State
from .regexes import first_letters

PLACE = provenance.heuristic("place")
_NAME = rf"[{CAPITAL}][\w'’.-]*[\w'’]"
# up to three capitalised words right before a place noun (the noun found first, on its literal)
# (a word abbreviated with a full stop before the last: `St. Augustine`)
_RUN_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<place>(?:{_NAME}\.?[ \t]){{0,2}}{_NAME})[ \t]+\Z")
_WORDS = re.compile(r"[\w'’.-]+")
_OTHERS = ("ORG", "COUNTRY", "PERSON", "INSTRUMENT", "OPERATION", "DATE", "FIGURE", "RESOLUTION")


def _nouns_after(lex: Lexicon) -> re.Pattern | None:
    nouns = lex.words("place_noun_after")
    if not nouns:
        return None
    return re.compile(rf"{first_letters(nouns)}(?<![\w'’-]){alternation(nouns)}(?![\w'’-])")


def _listed_after(lex: Lexicon) -> re.Pattern | None:
    """What goes on after `noun de X`: `, Y`, ` et de Z`, ` y W` (each a capitalised name)."""
    conj, links = lex.words("name_conjunction"), lex.words("complement_linker")
    if not conj:
        return None
    link = "(?:" + elided(links, space=r"[ \t]+") + ")?" if links else ""
    name = rf"(?P<name>{_NAME}(?:[ \t]{_NAME}){{0,2}})(?![\w'’-])"
    return re.compile(rf"(?:,[ \t]+|[ \t]+{alternation(conj)}[ \t]+){link}{name}")


def _generic(lex: Lexicon) -> frozenset[str]:
    """Words no place is made of alone: generic words and those that never start a mention."""
    return lex.words("generic") | lex.words("leading")


def _announcing(lex: Lexicon) -> frozenset[str]:
    """The words before a name that say a place may follow, apostrophes stripped (`de`, `in`, `planta`)."""
    cues = lex.words("complement_linker") | lex.words("place_preposition") | lex.words("place_noun")
    return frozenset(c.rstrip("'’") for c in cues)


def _may_be_place(ctx: Context, words: list[str]) -> bool:
    """No acronym, month, demonym, title or body's head noun, not every word generic."""
    lex = ctx.lexicon
    generic = ctx.knowledge.built("place_generic", _generic)
    other = lex.not_place_words
    lower = [w.lower() for w in words]
    if all(w in generic for w in lower) or len(words) == 1 and (
            lower[0] in ctx.knowledge.calendar_words or lower[0] in lex.words("capitalised_demonym")):
        return False
    return not any(len(w) > 1 and w.isupper() or w.lower() in other or lex.is_body_head(w) for w in words)


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"


def _taken(state: State) -> SpanIndex:
    """What another name holds: a model's body or person too."""
    return SpanIndex([c for c in state.candidates if c.label in _OTHERS])


def places_before_place_nouns(ctx: Context, state: State) -> State:
    """Where a kind of place follows its name (`place_noun_after`): the capitalised words right
    before the noun in lower case are the place, the noun left out (`the Howrah district`, `our
    Mona campus`); not a body's name, a demonym, a month, nor a name the rules read otherwise."""
    pattern = ctx.knowledge.built("place_noun_after", _nouns_after)
    if pattern is None:
        return state
    text, taken, found = ctx.text, None, []
    for m in pattern.finditer(text):
        before = _RUN_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        start, end = before.span("place")
        first = _WORDS.match(text, start)
        if first.end() < end and _opens_sentence(text, start) \
                and (first.group().lower() in ctx.lexicon.words("article") or first.group().lower() in ctx.leading):
            start = first.end() + 1  # `The March district`: the sentence's article
        if not _may_be_place(ctx, _WORDS.findall(text[start:end])):
            continue
        taken = taken or _taken(state)
        if not taken.overlapping(start, end):
            found.append(Mention(start, end, "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept) if found else state


def places_listed_after_place_nouns(ctx: Context, state: State) -> State:
    """The names that go on a list after `noun de X` in lower case (`les villages de Kalo et de
    Nodi`, `las islas de Aba y Petite Bira`, `the provinces of Aba, Bira and Kalo`): each is a
    place of its own, the noun being plural or the list joined by a conjunction."""
    more = ctx.knowledge.built("place_listed_after", _listed_after)
    if more is None:
        return state
    text, taken, found = ctx.text, None, []
    for m in ctx.place_noun_matches:
        if m.group("noun")[0].isupper():
            continue
        items, at = [], m.end()
        while (step := more.match(text, at)) is not None:
            items.append(step)
            at = step.end()
        if not items or text[items[-1].start():items[-1].start("name")].lstrip(" \t").startswith(","):
            continue  # a list ends on its conjunction: `de X, Y` alone is an apposition
        taken = taken or _taken(state)
        for step in items:
            start, end = step.span("name")
            if _may_be_place(ctx, _WORDS.findall(step.group("name"))) and not any(
                    not (k.label == "COUNTRY" and start < k.start < k.end == end)  # Petite Bira
                    for k in taken.overlapping(start, end)):
                found.append(Mention(start, end, "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _before_country(lex: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    """The comma and preposition right before a country (tried first, on a few characters), and
    the whole: the word before, the name, the comma, the preposition."""
    preps = lex.words("country_after_comma_preposition")
    if not preps:
        return None
    whole = re.compile(rf"(?:(?P<before>[\w'’]+)['’ \t]+)?(?<![\w.-])(?P<place>{_NAME}(?:[ \t]{_NAME}){{0,2}}),"
                       rf"[ \t]+{alternation(preps)}[ \t]+\Z")
    return re.compile(rf",[ \t]+{alternation(preps)}[ \t]+\Z"), whole


def places_before_countries_after_comma(ctx: Context, state: State) -> State:
    """`la planta El Tule, en Guatemala`, `Kelda, in Jamaica`: a capitalised name before a comma
    and the preposition that puts it in a country the rules found is a place; not a name the
    rules or the model read otherwise, nor a body's head noun, a title or a month."""
    patterns = ctx.knowledge.built("place_before_comma_country", _before_country)
    if patterns is None:
        return state
    tail, pattern = patterns
    text, taken, found = ctx.text, None, []
    for country in state.candidates:
        if country.label != "COUNTRY" or country.source == provenance.MODEL:
            continue
        if tail.search(text, max(0, country.start - 12), country.start) is None:
            continue
        m = pattern.search(text, max(0, country.start - 80), country.start)
        if m is None or not _may_be_place(ctx, _WORDS.findall(m.group("place"))) \
                or not _announced(ctx, m.group("before"), m.group("place")):
            continue
        taken = taken or _taken(state)
        if not taken.overlapping(*m.span("place")):
            found.append(Mention(*m.span("place"), "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _announced(ctx: Context, before: str | None, place: str) -> bool:
    """Whether the word before a name says a place may follow (`de`, `in`, `planta`... an article
    of the name's own: `El Tule`)."""
    first = place.split()[0].lower()
    return first in ctx.lexicon.words("article") or before is not None and before.lower().rstrip("'’") in \
        ctx.knowledge.built("place_announcing", _announcing)


def _position_before(lex: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    """A word for a part of a place right before a name (tried on a few characters only), and
    another such word coordinated before it (`eastern and southern Africa`)."""
    words, conj = lex.words("place_position_before"), lex.words("name_conjunction")
    titled = lex.words("place_position_title")  # as written: `East Africa`, not `lower prices in Egypt`
    if not words and not titled:
        return None
    coordinated = rf"{alternation(words)}(?:,|[ \t]+{alternation(conj)})[ \t]+\Z" if conj and words else r"(?!)"
    either = "|".join(([rf"(?i:{alternation(words)})"] if words else []) + ([alternation(titled)] if titled else []))
    # a hyphen joins a compass word to a place that opens on another (`South-East Asia`)
    return (re.compile(rf"{first_letters(words | titled)}(?<![\w'’-])(?:{either})(?:[ \t]+|-)\Z"),
            re.compile(coordinated, re.IGNORECASE))


_PLACES = ("LOCATION", "COUNTRY")


def _position_after(lex: Lexicon) -> re.Pattern | None:
    """A word or phrase naming a part of a place right after its name (`place_position_after`:
    `occidental`, `del Sur`, `de l'Ouest`), in either case, with either apostrophe."""
    words = lex.words("place_position_after")
    if not words:
        return None
    either = re.sub("['’]", lambda _: "['’]", alternation(words))
    return re.compile(rf"[ \t]+{first_letters(words)}{either}(?![\w'’-])", re.IGNORECASE)


def places_with_position_words(ctx: Context, state: State) -> State:
    """`the northern Indian Ocean`, `in western Cambodia`: a word naming a part of a place right
    before a place or country the rules found makes one LOCATION with it (the position word stays
    in the place, annotation); the longer span wins over the country when the text is made flat.
    Coordinated words name parts of the place alone (`eastern and southern Africa` → `Africa`).
    Languages that put the part after the place name it there (`África occidental`, `América del
    Sur`, `Afrique de l'Ouest`: `place_position_after`). A name found that holds the position word
    is that name, not the place and a part (`South Africa`, `Corea del Sur`, `Afrique du Sud`)."""
    patterns = ctx.knowledge.built("place_position_before", _position_before)
    after = ctx.knowledge.built("place_position_after", _position_after)
    if patterns is None and after is None:
        return state
    pattern, coordinated = patterns if patterns is not None else (None, None)
    text, found = ctx.text, []
    places = [c for c in state.candidates if c.label in _PLACES and c.source != provenance.MODEL]
    for place in places if pattern is not None else ():
        m = pattern.search(text, max(0, place.start - 16), place.start)
        if m is not None and coordinated.search(text, max(0, m.start() - 20), m.start()) is None \
                and not _held(state.candidates, m.start(), m.start() + 1):
            found.append(Mention(m.start(), place.end, "LOCATION", "", PLACE))
    for place in places if after is not None else ():
        m = after.match(text, place.end) if text.startswith(" ", place.end) else None
        if m is not None and not _held(state.candidates, m.end() - 1, m.end()):
            found.append(Mention(place.start, m.end(), "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _held(candidates: tuple[Mention, ...], start: int, end: int) -> bool:
    """Whether a name the rules or a gazetteer found covers `start`-`end` (a position word)."""
    return any(c.start <= start and end <= c.end and c.source != provenance.MODEL for c in candidates)
