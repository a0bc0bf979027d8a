"""Where an operation ran: the places and states of its clauses, less a dateline's, where traffic
came from or went to, where a body sits, where another thing was created or signed, and the
scope of a superlative (`operation_scopes`)."""

from __future__ import annotations

import re
from functools import lru_cache

from .clauses import clause_start
from .document import FactDocument
from .refs import Ref, Sentence
from .openings import PARENTHESES as _PARENTHESES
from .operation_scopes import scoped as _scoped
from .operation_founded import other_owner as _other_owner
from .operation_times import FOUNDED_GAP, named_gap
from .lists import tokens as _tokens

_CUE_REACH = 200  # characters at most from a word of creation to its place, names and all (`named_gap` counts them as one)
_SEAT_WORDS = 5  # `ses bureaux régionaux, notamment ceux d'Abidjan`: words between a seat noun and its place
_SEAT_REACH = 60  # how far before the place a seat noun is looked for


@lru_cache(maxsize=8)
def _list_joiner(conjunctions: frozenset[str]) -> re.Pattern:
    """Between two places of one list: a comma or a conjunction of the language (class
    `conjunction`), and at most two short words (`vers l'Europe et l'Asie`, `from Lagos, Accra and
    Abidjan`, `hacia España y Portugal`); not any short word (`Europe in Madrid`)."""
    conj = "|".join(re.escape(c).replace("\\ ", r"\s+") for c in sorted(conjunctions, key=len, reverse=True))
    conj = rf"(?:{conj})" if conj else r"(?!)"
    return re.compile(rf"\s*(?:,\s*(?:{conj}\s+)?|\s+{conj}\s+)(?:[^\W\d_]{{1,3}}\s+|[^\W\d_]{{1,2}}')?(?:[^\W\d_]{{1,3}}\s+|l')?",
                      re.IGNORECASE)


def placed(doc: FactDocument, sentence: Sentence, place: Ref, lo: int, hi: int, norm: str = "") -> bool:
    """Whether a place or state is where the operation ran: in its clauses, not a dateline's,
    not where traffic came from or went to, not where a body sits (`based in Algiers`)."""
    if not lo <= place.start < hi or place.start in doc.members:  # `La CPPS está integrada por Chile, …`
        return False
    listed = _listed_places(doc, sentence, place)  # the list it stands in, read once for both tests
    return (not _directed(doc, sentence, place, listed) and not doc.in_dateline(place)
            and not _seated(doc, sentence, listed)
            and not _seat_of_body(doc, sentence, place) and not _place_of_other(doc, sentence, place, norm)
            and not _scoped(doc, sentence, place))  # `one of the largest schemes in Africa`


def _seated(doc: FactDocument, sentence: Sentence, listed: tuple[list[Ref], int, int, int]) -> bool:
    """Whether a place is where a body or its offices sit (`based in Algiers`, `ses bureaux de
    Dakar`), or listed with such a place (`ses bureaux de Dakar, d'Addis-Abeba et de Nairobi`,
    `offices in Bonn and Brussels`)."""
    places, first, at, _ = listed
    return any(doc.has("seat", max(sentence.start, p.start - 40), p.start) for p in places[first:at + 1]) or _of_seat_noun(
        doc, sentence, places[first])


def _of_seat_noun(doc: FactDocument, sentence: Sentence, place: Ref) -> bool:
    """Whether a noun for a body's seat or offices stands a few words before the place that opens a
    list, in its clause, only bodies named between and a word linking it to the place last (`son
    siège est à Kigali`, `ses bureaux régionaux, notamment ceux d'Abidjan, de Yaoundé`, `le bureau
    régional qu'INTERPOL a ouvert à Abidjan`, `Its headquarters are in Vienna`, `su sede está en
    Lima`): where the body sits, not where the operation ran."""
    start = max(clause_start(doc, sentence, place.start, colon=False), place.start - _SEAT_REACH)
    nouns = doc.find("seat_noun", start, place.start)
    if not nouns:
        return False
    end = nouns[-1].end()
    words = [w for w in _tokens(doc.text[end:place.start]) if w != ","]
    while words and words[-1] in doc.words.words["article"]:
        words.pop()  # `de l'Afrique de l'Ouest`
    if not words or len(words) > _SEAT_WORDS or words[-1] not in doc.words.words["seat_link"]:
        return False
    if any(end <= m.start < place.start and m.label not in ("ORG", "PUBLISHER") for m in sentence.mentions):
        return False
    # a body's own seat: a possessive before the noun, or a body named with it (not `the customs
    # office in Mombasa`, `exchange offices in Nairobi`, where an operation may well have run)
    owners = doc.words.owner_articles
    before = _tokens(doc.text[max(start, nouns[-1].start() - 12):nouns[-1].start()])
    return bool(before and before[-1] in owners) or any(
        start <= m.start < place.start and m.label in ("ORG", "PUBLISHER") for m in sentence.mentions)


def _listed_places(doc: FactDocument, sentence: Sentence, place: Ref) -> tuple[list[Ref], int, int, int]:
    """The sentence's places, and the first, own and last index of the list `place` stands in
    (`A, B et C`: places joined by commas and conjunctions only)."""
    places = [m for m in sentence.mentions if m.label in ("LOCATION", "COUNTRY")]
    at = places.index(place)
    in_list = _list_joiner(doc.words.words["conjunction"])
    first = at
    while first and in_list.fullmatch(doc.text, places[first - 1].end, places[first].start):
        first -= 1
    last = at
    while last + 1 < len(places) and in_list.fullmatch(doc.text, places[last].end, places[last + 1].start):
        last += 1
    return places, first, at, last


def _place_of_other(doc: FactDocument, sentence: Sentence, place: Ref, norm: str) -> bool:
    """Whether a place is where another thing was created, adopted or signed (`la Stratégie …
    adoptée à Abidjan`, `set up in Tehran`, `signé à Detroit`): such a word this close before it,
    nothing named between; a date between only where the word is set after another thing's name
    (`le Fonds, créé en février 2014 à Nouakchott`), never the operation's own (`Operation X was
    launched in March 2023 in Dakar`, `Operation X, launched in March 2023 in Dakar`)."""
    if place.label != "LOCATION":
        return False
    start = max(sentence.start, place.start - _CUE_REACH)
    cues = [c for name in ("founding", "adoption_cue", "agreement_cue") for c in doc.find(name, start, place.start)]
    if not cues:
        return False
    last = max(cues, key=lambda c: (c.end(), -c.start()))
    if named_gap(sentence, last.start(), place.start) > FOUNDED_GAP:
        return False
    between = [m for m in sentence.mentions if last.end() <= m.start < place.start]
    if not between:
        return True
    return all(m.label == "DATE" for m in between) and (_other_owner(doc, sentence, last.start(), norm) is not None)


def _seat_of_body(doc: FactDocument, sentence: Sentence, place: Ref) -> bool:
    """Whether a place only says where the body right before it sits (`Our Regional Fisheries
    Surveillance Centre (RFSC) in Honiara`, `le Centre régional à Abidjan`): a body, its acronym, and a
    place preposition between them."""
    if place.label != "LOCATION":
        return False
    body = next((m for m in reversed(sentence.mentions) if m.end <= place.start), None)
    if body is None or body.label != "ORG":
        return False
    gap = _PARENTHESES.sub(" ", doc.text[body.end:place.start]).strip(" ()").casefold()
    return gap in doc.words.words["place_preposition"]


def _directed(doc: FactDocument, sentence: Sentence, ref: Ref, listed: tuple[list[Ref], int, int, int]) -> bool:
    """Whether a place is where traffic came from or went to (`vers l'Europe`, and the places
    listed with it: `vers l'Europe et l'Asie`; not the start of a span, `desde México y Guatemala
    hasta el Brasil`), or on the route it took (`la ruta que une América
    Latina, África Occidental y Europa`)."""
    places, first, at, last = listed
    after = doc.text[places[last].end:places[last].end + 20].lstrip().casefold()
    if any(_towards(doc, sentence, p) for p in places[first:at + 1]):
        return not any(after.startswith(w + " ") for w in doc.words.words["range_end"])  # `desde México y Guatemala hasta el Brasil`: a span
    start = clause_start(doc, sentence, ref.start)
    return doc.has("route", max(start, ref.start - 80), ref.start)


def _towards(doc: FactDocument, sentence: Sentence, ref: Ref) -> bool:
    """Whether a direction word stands right before a place (`vers l'Europe`, `from Lagos`)."""
    before = doc.text[max(sentence.start, ref.start - 25):ref.start].rstrip().lower()
    return before.endswith(doc.words.direction_endings)
