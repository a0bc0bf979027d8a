"""People and places the rules read from their surroundings: titles, offices, countries, surnames."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation
from ..mention import Mention, SpanIndex
from .context import Context, State
from .literals import whole_uses
from .regex_parts import first_letters

TITLE = provenance.heuristic("title")
OFFICE = provenance.heuristic("office")
PLACE = provenance.heuristic("place")
SURNAME = provenance.heuristic("surname")
_WORDS = re.compile(r"[\w'’-]+")
_CLAUSE_END = re.compile(r"[.;:\n]")
_OFFICE_END = re.compile(r"[.;:\n,]")
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+\Z")
_CONJUNCTION_AFTER = re.compile(r"[ \t]+(\w+)[ \t]+")
_PARENTHESIS_PLACE = re.compile(rf"[ \t]*\(((?:[{CAPITAL}][\w'’-]+)(?:[ \t][{CAPITAL}][\w'’-]+){{0,2}})\)")


def titled_people(ctx: Context, state: State) -> State:
    """`M. Stock`, `Mme Ghada Waly`, `Ms Waly`: the name after a civil title, title left out."""
    found = tuple(Mention(m.start("name"), m.end("name"), "PERSON", "", TITLE)
                  for m in ctx.regexes.titled_name.finditer(ctx.text))
    return State(state.candidates + found, state.kept)


def people_leading(ctx: Context, state: State) -> State:
    """A name of two to four capitalised words as the agent of a verb of leading (`lead_participle`
    then `agent_preposition`, a few words between: `dirigido por Pedro Sánchez`, `dirigida desde
    2022 por Ana Ruiz`, `led by Mary Jones`, `présidé par Jean Dupont`): a person, where no body,
    place or text found holds any of it and no word of it is a body's head noun."""
    pattern = ctx.knowledge.built("lead_agent", _lead_agent)
    if pattern is None:
        return state
    titles = {w.lower() for w in ctx.lexicon.words("civil_title") | ctx.lexicon.words("title")}
    taken: SpanIndex | None = None
    found = []
    for m in pattern.finditer(ctx.text):
        start, end = m.span("name")
        if ctx.text[start:end].split()[0].lower() in titles:
            continue  # `led by Ms Jane Roe`: the title's own rule reads the name
        if any(w.isupper() or ctx.lexicon.is_body_head(w) for w in ctx.text[start:end].split()):
            continue  # `led by INTERPOL Washington`, `dirigido por Naciones Unidas`
        taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL
                                    and c.label != "PERSON"])
        if not taken.overlapping(start, end):
            found.append(Mention(start, end, "PERSON", "", OFFICE))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _lead_agent(lex) -> re.Pattern | None:
    verbs, by = lex.words("lead_participle"), lex.words("agent_preposition")
    if not verbs or not by:
        return None
    cap = f"[{CAPITAL}]"
    name = rf"{cap}[\w'’-]*[a-zà-ÿ][\w'’-]*(?:[ \t]+{cap}[\w'’-]*[a-zà-ÿ][\w'’-]*){{1,3}}"
    return re.compile(rf"{first_letters(verbs)}(?<![\w-]){alternation(verbs)}(?:[ \t]+[\w-]+){{0,3}}?"
                      rf"[ \t]+{alternation(by)}[ \t]+(?P<name>{name})(?![\w'’-]|[ \t]+{cap})")


def people_beside_offices(ctx: Context, state: State) -> State:
    """Where no model reads people: a name set beside an office by a comma.

    `el secretario general del SICA, Werner Vargas Torres` (the office before, in the same
    clause) and `said Workneh Gebeyehu, IGAD Executive Secretary` (the office after, before the
    clause ends), or right after its office (`PDEA Director General Moro Virgilio Lazo said`).
    Titles at the name's start stay out (`General Juan Pérez`), and a name that
    holds a body already found is no person (`Interpol Washington`); a place or country inside
    is no bar (`Israel Ramírez`).
    """
    if ctx.use_model:
        return state
    text, rx = ctx.text, ctx.regexes
    roles = ctx.lexicon.words("role_noun")
    taken = SpanIndex([c for c in state.candidates if c.label in ("ORG", "INSTRUMENT", "OPERATION")])
    found = []
    for m in rx.name_after_office.finditer(text):
        clause = _CLAUSE_END.split(text[max(0, m.start() - 90):m.start()])[-1]
        if any(w.lower() in roles for w in _WORDS.findall(clause)):
            found.append(_person(ctx, m.start("name"), m.end("name")))
    for m in rx.name_before_office.finditer(text):
        # the office stands between this comma and the next (`Día Mundial, Ivonne Higuero,
        # Secretaria General`: the office is Higuero's)
        after = _OFFICE_END.split(text[m.end():m.end() + 60])[0]
        if any(w in roles for w in [w.lower() for w in _WORDS.findall(after)][:5]):
            found.append(_person(ctx, m.start("name"), m.end("name")))
    for end in _offices(text, roles):
        m = rx.name_after_role.match(text, end)
        if m is None:
            continue
        person = _person(ctx, m.start("name"), m.end("name"))
        if person is not None and not any(ctx.lexicon.is_body_head(w)
                                          for w in text[person.start:person.end].split()):
            found.append(person)
    people = tuple(p for p in found if p is not None and not taken.overlapping(p.start, p.end))
    return State(state.candidates + people, state.kept)


def people_after_demonyms(ctx: Context, state: State) -> State:
    """Where no model reads people: a name after a demonym in lower case that follows an article
    or an office (`el costarricense Francisco Dall'Anese`, `ministro peruano Juan Jiménez
    Mayor`). The demonym is a word with a demonym's ending (language data) that is no head
    noun, office or generic word (`la oficina Regional …`); the demonym stays out (annotation)."""
    rx = ctx.regexes
    if ctx.use_model or rx.name_after_demonym is None:
        return state
    lex = ctx.lexicon
    taken: SpanIndex | None = None
    found = []
    before_words = lex.words("demonym_article") | lex.words("role_noun")
    for m in rx.name_after_demonym.finditer(ctx.text):
        demonym = m.group("demonym")
        if demonym in lex.words("role_noun") or demonym in lex.words("generic") \
                or demonym in lex.words("title") or lex.is_body_head(demonym):
            continue
        before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        if before is None or before.group(1).lower() not in before_words:
            continue  # an article or an office stands before the demonym
        person = _person(ctx, m.start("name"), m.end("name"))
        if person is None:
            continue
        taken = taken or SpanIndex([c for c in state.candidates if c.label in ("ORG", "INSTRUMENT", "OPERATION")])
        if not taken.overlapping(person.start, person.end) and not any(
                lex.is_body_head(w) for w in ctx.text[person.start:person.end].split()):
            found.append(person)
    return State(state.candidates + tuple(found), state.kept)


def _offices(text: str, roles: frozenset[str]) -> list[int]:
    """Where each office word of the text ends, in any case. Written with `str.find` on the
    lower-cased text: several times faster than a case-insensitive alternation of the words
    tried at every character, or a lookup per word."""
    lower = text.lower()
    ends = []
    for role in roles:
        at = lower.find(role)
        while at >= 0:
            end = at + len(role)
            if (at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] in "-'’")) \
                    and (end == len(lower) or not (lower[end].isalnum() or lower[end] in "-'’")):
                ends.append(end)
            at = lower.find(role, end)
    return sorted(ends)


def _bare_titles(lex: Lexicon) -> frozenset[str]:
    """The civil titles in lower case without their point (`professor`, `dr`), built once per language."""
    return frozenset(w.lower().rstrip(".") for w in lex.words("civil_title"))


def _person(ctx: Context, start: int, end: int) -> Mention | None:
    lex = ctx.lexicon
    titles = lex.words("title") | lex.words("role_noun")  # `General Juan Pérez`
    generic = lex.words("generic") | ctx.leading
    words = list(_WORDS.finditer(ctx.text, start, end))
    while words and words[0].group().lower() in titles:
        words.pop(0)
    civil = ctx.knowledge.built("civil_title_bare", _bare_titles)
    while len(words) > 2 and words[0].group().lower() in civil:
        words.pop(0)  # `Professor Jane Roe, the Director`; `Don Smith` keeps its first name
    if len(words) < 2 or any(w.group().lower() in generic for w in words):
        return None
    return Mention(words[0].start(), words[-1].end(), "PERSON", "", OFFICE)


def places_before_countries(ctx: Context, state: State) -> State:
    """Where no model reads places: a capitalised name after `in`/`en`/`à` followed by a country,
    after a comma or in parentheses (`in Entebbe, Uganda`, `en Sendai (Japón)`)."""
    if ctx.use_model:
        return state
    countries = {c.start for c in state.candidates if c.label == "COUNTRY"}
    found = tuple(Mention(m.start("place"), m.end("place"), "LOCATION", "", PLACE)
                  for m in ctx.regexes.place_before_country.finditer(ctx.text)
                  if m.end() in countries)
    return State(state.candidates + found, state.kept)


def places_after_prepositions(ctx: Context, state: State) -> State:
    """Where no model reads places: a capitalised name nothing else reads, after the preposition
    that says where (`in Zurich`, `en Manaos`, `con sede en Foz do Iguaçu`). Not an acronym, a
    month, a head noun of a body, an instrument or a programme, a title or a generic word, nor a
    name the rules read otherwise (`in Colombia`, `in Operation Pangea`)."""
    rx = ctx.regexes
    if ctx.use_model or rx.place_after_preposition is None:
        return state
    taken: SpanIndex | None = None
    found = []
    for m in rx.place_after_preposition.finditer(ctx.text):
        start, end = m.span("place")
        other = ctx.lexicon.not_place_words
        if not _plain_place(ctx, m.group("place"), other):
            continue
        taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if _inside_name(ctx.text, m.start()) and not _after_body(ctx.text, m.start(), taken):
            continue
        if not taken.overlapping(start, end) and not _shares_head(ctx, end, taken):
            found.append(Mention(start, end, "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept)


def places_in_parentheses(ctx: Context, state: State) -> State:
    """A capitalised name nothing else reads, in parentheses right after a place the rules
    found, is the larger place it lies in (`la Ría de Aldán (Pontevedra)`, `Leticia
    (Amazonas)`); a country there is one already."""
    text = ctx.text
    places = [c for c in state.candidates if c.label == "LOCATION" and c.source != provenance.MODEL
              and (text.startswith("(", c.end) or text.startswith(" (", c.end))]
    taken: SpanIndex | None = None
    found = []
    for place in places:
        m = _PARENTHESIS_PLACE.match(text, place.end)
        if m is None or not _plain_place(ctx, m.group(1), ctx.lexicon.not_place_words):
            continue
        taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if not taken.overlapping(*m.span(1)):
            found.append(Mention(m.start(1), m.end(1), "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept)


def _inside_name(text: str, at: int) -> bool:
    """Whether the preposition at `at` follows a capitalised word that is no acronym: it stands
    inside a name (`Integrity in Sport programme`)."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and before.group(1)[0].isupper() and not before.group(1).isupper()


def _after_body(text: str, at: int, taken: SpanIndex) -> bool:
    """Whether the preposition at `at` follows a body's name the rules found: the place after it
    is where the body is, no word of its name (`Ahmadu Bello University in Zaria`). Not after a
    country or a place: a title goes on there as often (`Colombia en Cifras`, `Kenya in Focus`)."""
    end = len(text[:at].rstrip())
    return any(k.label == "ORG" and k.end == end for k in taken.overlapping(end - 1, end))


def _shares_head(ctx: Context, end: int, taken: SpanIndex) -> bool:
    """Whether a place found follows the name and a conjunction: the two share its head (`in
    East and Southeast Asia`)."""
    after = _CONJUNCTION_AFTER.match(ctx.text, end)
    return after is not None and after.group(1) in ctx.lexicon.words("name_conjunction") and any(
        k.start == after.end() and k.label == "LOCATION" for k in taken.overlapping(after.end(), after.end() + 1))


def _plain_place(ctx: Context, name: str, other: frozenset[str]) -> bool:
    """Whether a capitalised name may be a place: none of its words is an acronym or a word the
    lexicon gives another part (`other`: a head noun, a title), not all of them are generic
    (`Shan State` is a place, `State` alone none), a single word is no month, weekday or demonym
    (`in Turkish waters`), and a name of several words opens on no given name."""
    lex = ctx.lexicon
    generic = lex.words("generic") | ctx.leading
    words = [w.lower() for w in _WORDS.findall(name)]
    if len(words) == 1 and (words[0] in ctx.knowledge.calendar_words or words[0] in lex.words("capitalised_demonym")) \
            or all(w in generic for w in words):
        return False
    if len(words) > 1 and words[0] in lex.given_names:
        return False  # a person's name (`near John Carter`, `hacia Pedro Castillo`)
    return not any(len(w) > 1 and w.isupper() or w.lower() in other or lex.is_body_head(w)
                   for w in _WORDS.findall(name))


def places_after_place_nouns(ctx: Context, state: State) -> State:
    """`port of Mombasa`, `puerto de Caucedo`: a capitalised name after a noun for a kind of
    place is a place; with the noun capitalised the whole is its name (`Port of Manila`). A
    natural feature's noun is part of its name in either case (`fleuve Sénégal`, `golfe de
    Guinée`, `Bay of Bengal`). Some nouns take the name with no linker (`place_noun_apposed`: `el
    volcán Popocatépetl`, `la región Piura`). Not a body's name (`departamento de Policía`), a generic noun
    (`une position commune des Parties`) nor a name the rules read otherwise."""
    rx = ctx.regexes
    matches = [(m, m.group("noun")[0].isupper()) for m in ctx.place_noun_matches]
    if rx.feature_after_noun:
        matches += [(m, True) for m in rx.feature_after_noun.finditer(ctx.text)]
    if rx.place_after_apposed_noun:
        # no linker to say a name follows: an acronym there is a body's (`la región SICA`)
        matches += [(m, m.group("noun")[0].isupper()) for m in rx.place_after_apposed_noun.finditer(ctx.text)
                    if not any(len(w) > 1 and w.isupper() for w in m.group("place").split())]
    generic = ctx.lexicon.words("generic")
    taken: SpanIndex | None = None
    found = []
    for m, whole in matches:
        start = m.start() if whole else m.start("place")
        words = m.group("place").split()
        if any(ctx.lexicon.is_body_head(w) for w in words) or all(w.lower() in generic for w in words):
            continue  # a body's name; a generic noun (`proposition commune des Parties`) names no place
        taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL
                                    and c.label not in ("LOCATION", "COUNTRY")])
        if taken.overlapping(start, m.end()):
            continue
        found.append(Mention(start, m.end(), "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept)


_NAME = rf"[{CAPITAL}][\w'’-]+(?:[ \t][{CAPITAL}][\w'’-]+){{0,2}}"


@lru_cache(maxsize=8)
def _plural_features(nouns: frozenset[str], conjunctions: frozenset[str]) -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    conj = "|".join(re.escape(w) for w in sorted(conjunctions, key=len, reverse=True)) or "(?!)"
    # the first letters' lookahead first: tried at every position, it fails at once where no noun starts
    return re.compile(rf"{first_letters(nouns)}(?<![\w'’-])(?i:{words})[ \t]+(?P<list>{_NAME}(?:,[ \t]+{_NAME})*"
                      rf",?[ \t]+(?:{conj})[ \t]+{_NAME})(?![\w'’-])")


def places_after_plural_features(ctx: Context, state: State) -> State:
    """`los ríos Lempa, Motagua y Ulúa`, `the rivers Tana and Athi`: each name of a list after the
    plural noun of a natural feature (`feature_plural`) is a place of its own, the noun left out;
    not a body's name nor a name the rules read otherwise."""
    nouns = ctx.lexicon.words("feature_plural")
    if not nouns:
        return state
    taken: SpanIndex | None = None
    found = []
    for m in _plural_features(nouns, ctx.lexicon.words("name_conjunction")).finditer(ctx.text):
        taken = taken or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL
                                    and c.label not in ("LOCATION", "COUNTRY")])
        for name in re.finditer(_NAME, m.group("list")):
            start, end = m.start("list") + name.start(), m.start("list") + name.end()
            if not any(ctx.lexicon.is_body_head(w) for w in name.group().split()) \
                    and not taken.overlapping(start, end):
                found.append(Mention(start, end, "LOCATION", "", PLACE))
    return State(state.candidates + tuple(found), state.kept) if found else state


def surnames(ctx: Context, state: State) -> State:
    """Later uses of the surname of a person named in full (`Stock` after `Jürgen Stock`,
    `Vargas Torres` after `Werner Vargas Torres`)."""
    text = ctx.text
    first_seen: dict[str, int] = {}
    for person in state.kept:
        words = text[person.start:person.end].split()
        if person.label == "PERSON" and len(words) > 1:
            for i in range(1, len(words)):
                first_seen.setdefault(" ".join(words[i:]), person.end)
    if not first_seen:
        return state
    names = sorted(first_seen, key=len, reverse=True)  # `Vargas Torres` before `Torres`
    found = tuple(Mention(s, e, "PERSON", "", SURNAME)
                  for s, e, name in whole_uses(text, names) if s >= first_seen[name])
    return State(state.candidates, state.kept + found)
