"""Two regions named together as one: `América Latina y el Caribe`, `Latin America and the
Caribbean`, `Amérique latine et les Caraïbes`, `Centroamérica y el Caribe`.

The gazetteers hold the parts (`América Latina`, `Caribe`), so the text was read as two places,
and the names built on the pair stopped at the first. The gold reads the pair as one LOCATION:
the region the text speaks of is the pair, not its halves. A pair is a region that opens one
(`region_first`: América Latina, Centroamérica), a conjunction and its article
(`region_conjunction`, `article`, in either case: `América Latina y El Caribe` in a heading) and a
region that closes one (`region_partner`: the Caribbean; `Asia and the Pacific`, `Latin America and
the Pacific` are left as two, the gold holding neither whole). Two places stay two where
the first is any other place (`Africa and the Caribbean`, `Miami and the Caribbean`, `Colombia y
el Caribe`), where a feature of the land or sea or a word of position stands in the first or right
before it (`feature_noun`, `place_position_before`, `place_position_title`: two areas listed, as
the gold reads them; not `place_position_after`, which holds the `Latina` of `América Latina`), and where a word of
position right after the partner makes it a part of a region (`Centroamérica y el Caribe
oriental`: `place_position_after`).

A name the rules built that ends with the first region goes on over the pair (`Iniciativa
Regional América Latina` → `… y el Caribe`): a name does not stop halfway through its region."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import provenance
from ..lexicon import Lexicon, alternation
from ..mention import Mention
from .context import Context, State

REGION = provenance.heuristic("region")
_NAMES = ("ORG", "OPERATION", "INSTRUMENT")


@dataclass(frozen=True)
class _Words:
    link: re.Pattern            # the conjunction, and the article the second region may take
    partners: frozenset[str]    # region_partner, lower case
    features: frozenset[str]    # feature_noun, lower case
    positions: frozenset[str]   # words of position before a region's name, lower case
    openers: frozenset[str]     # region_first, lower case
    part_after: re.Pattern | None  # a word of position right after a region (`Caribe oriental`)


def _words(lex: Lexicon) -> _Words | None:
    if not lex.words("region_partner") or not lex.words("region_conjunction") \
            or not lex.words("region_first"):
        return None
    articles = lex.words("article")
    article = rf"(?:{alternation(articles)}[ \t]+)?" if articles else ""
    link = re.compile(rf"[ \t]+{alternation(lex.words('region_conjunction'))}[ \t]+{article}",
                      re.IGNORECASE)
    positions = lex.words("place_position_before") | lex.words("place_position_title")
    after = lex.words("place_position_after")
    part_after = re.compile(rf"[ \t]+{alternation(after)}\b", re.IGNORECASE) if after else None
    return _Words(link, frozenset(w.lower() for w in lex.words("region_partner")),
                  frozenset(w.lower() for w in lex.words("feature_noun")),
                  frozenset(w.lower() for w in positions),
                  frozenset(w.lower() for w in lex.words("region_first")), part_after)


_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+\Z")


def _pairs_as_first(words: _Words, text: str, first: Mention) -> bool:
    """Whether a region's name may open a pair: no feature noun, no word of position in it or
    right before it (`the eastern Pacific`)."""
    parts = text[first.start:first.end].lower().split()
    before = _WORD_BEFORE.search(text, max(0, first.start - 20), first.start)
    if before is not None:
        parts.append(before.group(1).lower())
    return not any(w in words.features or w in words.positions for w in parts)


def region_pairs(ctx: Context, state: State) -> State:
    """A place the rules found, a conjunction and a `region_partner` place right after it: one
    LOCATION over both (see the module's docstring); a name the rules built (not the gazetteer's)
    that ends with the first region goes on over the pair. The stage runs right before the text is
    made flat, once the other stages built their names as they would without it (they read the
    two places, and a name stopped at the first keeps its label: `Iniciativa Regional América
    Latina`); the longer span wins."""
    words = ctx.knowledge.built("region_pair_words", _words)
    if words is None:
        return state
    text = ctx.text
    places: dict[int, list[Mention]] = {}
    for c in state.candidates:
        if c.label == "LOCATION" and c.source != provenance.MODEL:
            places.setdefault(c.start, []).append(c)
    pairs, firsts = [], {}  # firsts: where a pair's first region ends → the pair
    for starts in places.values():
        for first in starts:
            if text[first.start:first.end].lower() not in words.openers:
                continue
            m = words.link.match(text, first.end)
            if m is None or not _pairs_as_first(words, text, first):
                continue
            second = next((c for c in places.get(m.end(), ())
                           if text[c.start:c.end].lower() in words.partners), None)
            if second is not None and not (words.part_after is not None
                                           and words.part_after.match(text, second.end)):
                pairs.append(Mention(first.start, second.end, "LOCATION", "", REGION))
                firsts[first.end] = pairs[-1]
    if not pairs:
        return state
    held = {(c.start, c.end, c.label) for c in state.candidates}
    longer = []
    for c in state.candidates:
        pair = firsts.get(c.end)
        if pair is not None and c.start < pair.start and c.label in _NAMES \
                and c.source != provenance.MODEL and provenance.kind(c.source) != "gazetteer" \
                and (c.start, pair.end, c.label) not in held:
            longer.append(c._replace(end=pair.end))
    return State(state.candidates + tuple(pairs) + tuple(longer), state.kept)

