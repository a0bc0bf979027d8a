"""Lists inside the name of a body: commas and conjunctions that do not cut a run of
capitalised words into two names (`Foreign, Commonwealth and Development Office`,
`Ministerio de Justicia, Derechos Humanos y Cultos`, `Comisión de Jefes y Jefas de Policía de
Centroamérica, México, el Caribe y Colombia`); `resolve/names.py` reads them."""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import NameHeads
from ..mention import Mention, SpanIndex
from .pieces import COMMA, CONJUNCTION, CONJUNCTION_ARTICLE, CONJUNCTION_CONNECTOR, CONNECTOR, SPACE, Piece


def listed_commas(pieces: list[Piece], heads: NameHeads, index: SpanIndex, text: str = "",
                  portfolio: frozenset[str] = frozenset(), portfolio_words: frozenset[str] = frozenset()) -> set[int]:
    """Indexes of the pieces after a comma of a list inside a name, and after the conjunction
    of a list of complements (see `_parts`); `text`, the document, tells a list whose items
    repeat their connector (`des États d'Afrique, des Caraïbes et du Pacifique`); after a
    `portfolio` head an item of the list may be a body's name (`_portfolio_bodies`)."""
    listed: set[int] = set()
    i = 1
    while i < len(pieces):
        if pieces[i].link != COMMA:
            i += 1
            continue
        j = i
        while j + 1 < len(pieces) and pieces[j + 1].link in (COMMA, CONJUNCTION):
            j += 1
        items = pieces[i - 1:j + 1]
        before = pieces[i - 1].link if i > 1 else SPACE
        after = pieces[j + 1].link if j + 1 < len(pieces) else None
        if pieces[j].link == CONJUNCTION and (before == CONNECTOR or after in (SPACE, CONNECTOR)) \
                and not any(p.word in heads.first or p.word in heads.last
                            or index.overlapping(p.start, p.end) for p in items):
            listed.update(k for k in range(i, j + 1) if pieces[k].link == COMMA)
            if before == CONNECTOR:
                listed.add(j)  # the list's last item is a complement too: `de Transportes, Movilidad y Agenda Urbana`
        else:
            j = max(j, _listed_complements(pieces, i, heads, index, listed, text, portfolio, portfolio_words))
        i = j + 1
    return listed


_LONGEST_ITEM = 4  # words of one item of a list of complements (`Derechos Humanos`, `Small Island Developing States`)


def _listed_complements(pieces: list[Piece], i: int, heads: NameHeads, index: SpanIndex,
                        listed: set[int], text: str = "", portfolio: frozenset[str] = frozenset(),
                        portfolio_words: frozenset[str] = frozenset()) -> int:
    """A list of complements of a few words each after a connector, its last item after a
    conjunction and ending the run or followed by a connector (`Department of Agriculture, Food
    and the Marine`, `Ministerio de Justicia, Derechos Humanos y Cultos`): add its commas and its
    conjunction to `listed`; give the index of its last piece (`i` where it is no such list). No item holds a
    head noun of the text's language or a name found: `Ministry of Justice, Police and Customs`
    is three bodies (another language's head may be a common word here: `the Marine`)."""
    start = i - 1
    while start > 0 and pieces[start].link == SPACE:
        start -= 1
    if start == 0 or pieces[start].link != CONNECTOR:
        return i
    commas, k, conjunction = [], i, False
    while k < len(pieces) and not conjunction:
        if pieces[k].link not in (COMMA, CONJUNCTION, CONJUNCTION_CONNECTOR, CONJUNCTION_ARTICLE):
            return i
        commas.append(k)
        conjunction = pieces[k].link != COMMA
        end = k + 1
        while end < len(pieces) and pieces[end].link == SPACE:
            end += 1
        k = end
    after = pieces[k].link if k < len(pieces) else None
    items = pieces[start:k]
    inside = _portfolio_bodies(pieces, start, k, heads, index) \
        if pieces[start - 1].word in portfolio and pieces[k - 1].word in portfolio_words else set()
    # places are items where each repeats its connector: `d'Afrique, des Caraïbes et du Pacifique`
    places_listed = bool(text) and all(_repeats_connector(text, pieces, c) for c in commas)
    # (and a name found that holds the first item with the words before is this one, cut short)
    if not conjunction or after not in (None, CONNECTOR) or any(
            p.start not in inside and (
                p.word in heads.own or any(not (places_listed and (k.label == "LOCATION" or k.start < items[0].start))
                                           for k in index.overlapping(p.start, p.end)))
            for p in items) or _longest_item(pieces, start, k) > _LONGEST_ITEM:
        return i
    listed.update(commas)  # the conjunction too: `and the Marine` does not start a body
    return k - 1


def _portfolio_bodies(pieces: list[Piece], start: int, end: int, heads: NameHeads, index: SpanIndex) -> set[int]:
    """Starts of the pieces of the middle items of a list of portfolios (`start` to `end`, after a
    `portfolio_head`) that name a body: a ministry may name the body it deals with as one of its
    portfolios (`Ministry of Foreign Affairs, European Union and Cooperation`), where the list ends on
    a portfolio (`portfolio_word`; `Ministry of Education, World Bank and Heifer Project` is three
    bodies). The item is a name
    found, or one no gazetteer holds that a head noun opens or ends (`Unión Europea`), of two
    words or more in title case (an acronym is a body of its own: `Ministry of Health, WHO and
    Partners`); never the first item or the last (the list's other checks hold for them)."""
    bounds = [n for n in range(start, end) if n == start or pieces[n].link != SPACE] + [end]
    inside: set[int] = set()
    for first, stop in zip(bounds[1:-2], bounds[2:-1]):
        words = pieces[first:stop]
        if len(words) < 2 or any(w.word.isupper() for w in words):
            continue
        found = index.overlapping(words[0].start, words[-1].end)
        if any(k.label != "ORG" or k.start < words[0].start or k.end > words[-1].end for k in found):
            continue
        if any(k.start == words[0].start and k.end == words[-1].end for k in found) \
                or words[0].word in heads.own or words[-1].word in heads.own:
            inside.update(w.start for w in words)
    return inside


def _repeats_connector(text: str, pieces: list[Piece], at: int) -> bool:
    """Whether a small word follows the comma or the conjunction before piece `at` (`, des`, `et du`)."""
    words = text[pieces[at - 1].end:pieces[at].start].replace(",", " ").split()
    return len(words) >= 1 + (pieces[at].link != COMMA)


def _longest_item(pieces: list[Piece], start: int, end: int) -> int:
    """The most words of one item between `start` and `end` (items are joined by SPACE inside)."""
    longest = length = 0
    for p in pieces[start:end]:
        length = length + 1 if p.link == SPACE else 1
        longest = max(longest, length)
    return longest


_PLACES = ("COUNTRY", "LOCATION")


def over_places(text: str, steps: re.Pattern, name: Mention, index: SpanIndex) -> Mention:
    """A body's name that ends on a place after a connector goes on over a list of places that
    follows it, two more at least, the last after a conjunction (`Comisión de Jefes y Jefas de
    Policía de Centroamérica, México, el Caribe y Colombia`): the places its name covers. Not
    after a known body's name (`Policía Nacional de Colombia, Perú y Ecuador` names three
    countries' police). `steps` is what joins one place of a list to the next
    (`Regexes.place_step`)."""
    around = index.overlapping(name.start, name.end)
    if not any(k.end == name.end and k.label in _PLACES and k.start > name.start for k in around) \
            or any(k.end == name.end and k.label == "ORG" and k.start >= name.start
                   and provenance.kind(k.source) == "gazetteer"
                   for k in around):
        return name
    end, commas = name.end, 0
    while True:
        step = steps.match(text, end)
        place = step and next((k for k in index.overlapping(step.end(), step.end() + 1)
                               if k.start == step.end() and k.label in _PLACES), None)
        if place is None:
            return name
        end = place.end
        if not step.group("comma"):
            return name._replace(end=end) if commas else name
        commas += 1
