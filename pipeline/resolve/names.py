"""Names of bodies no gazetteer holds, read from runs of capitalised words around a head noun.

A run is capitalised words with the small words names hold inside (`of the`, `de la`, `di`),
conjunctions and commas (`regexes._name_run`). It is cut into names where a conjunction or a
comma separates two of them, and each part is a body's name when a head noun of a body starts
it (`Guardia di Finanza`, `Superintendencia Nacional de Aduanas y de Administración
Tributaria`) or ends it, with the complement that follows the head (`Anti-Money Laundering
Council`, `Clearinghouse for the Control of Small Arms and Light Weapons`). Head nouns are data
per language (`org_head`, and `cited_org_head` for Portuguese and Italian names); the text's
own language is tried first, then the others (`lexicon.NameHeads`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, NameHeads
from ..mention import Mention, SpanIndex
from .bodies import names_people
from .candidates import edition_end
from .context import Context, State
from .name_lists import over_places
from .name_parts import cut_run
from .pieces import CONNECTOR, PURPOSE, SPACE, Piece, pieces_of

CAPITALISED = provenance.heuristic("capitalised")
_VALUES = ("DATE", "FIGURE", "RESOLUTION")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\w+) \Z")


def capitalised_bodies(ctx: Context, state: State) -> State:
    """Names of bodies no gazetteer holds: capitalised runs holding a head noun of a body
    (`National Crime Agency`, `Unidad de Inteligencia Financiera`, `Guardia di Finanza`). With a
    model too: its names and these compete by length and source.

    Where names end on their head they take the id of a known body that ends there (`Security
    Council Counter-Terrorism Committee` → `CTC`); where they start with it, of one that starts
    there. A name never cuts a name already found, nor holds two known bodies or a value.
    """
    heads = ctx.lexicon.heads
    if heads is None or not (heads.first or heads.last):
        return state
    texts = ctx.lexicon.text_heads
    every_head = ctx.knowledge.built("every_head", _every_head)  # a union of thousands of words: once
    index: SpanIndex | None = None  # built for the first run that holds a head noun
    found = []
    for match in ctx.regexes.name_run.finditer(ctx.text):
        if every_head.isdisjoint(match.group().replace(",", " ").split()):
            continue  # most runs hold no head noun: no need to cut them into words
        index = index or SpanIndex(list(state.candidates))
        pieces = pieces_of(ctx, match)
        for part in cut_run(ctx, pieces, heads, index):
            if _after_indefinite(ctx, part, index):
                continue  # `a Related Organization of the United Nations`: a kind, not a name
            named = _text_in_part(ctx, part, texts, index)
            for bounds in _name_in_part(ctx, part, heads):
                mention = _admissible(ctx, *bounds, index)
                if mention is not None:
                    mention = _with_country(ctx, over_places(ctx.text, ctx.regexes.place_step, mention, index), index)
                    mention = _with_place_before(ctx.text, mention, index)
                    mention = _with_acronym_before(ctx.text, mention, index)
                    mention = _with_initial_before(ctx, mention, index)
                if mention is not None and (named is None or named[:2] != bounds):
                    found.append(mention)  # a text that names its body first is no body
            if named is not None:
                found.append(Mention(*named, "", CAPITALISED))
    return State(state.candidates + tuple(found), state.kept)


def _every_head(lex: Lexicon) -> frozenset[str]:
    """The head nouns of bodies (first and last) and of texts: a run holding none names no body."""
    return frozenset(lex.heads.first | lex.heads.last | lex.text_heads.keys())


_NEXT_CAPITAL = re.compile(rf"[ \t]+[{CAPITAL}]")


def _with_country(ctx: Context, name: Mention, index: SpanIndex) -> Mention:
    """Where names end on their head, a country's name right after the head, ending the run, is
    the end of the name (`Securities Commission Malaysia`, `Police Scotland`), unless the name
    holds a known body (`the Security Council Russia vetoed`)."""
    text = ctx.text
    if not ctx.lexicon.head_last or text[name.end:name.end + 1] != " ":
        return name
    country = next((k for k in index.overlapping(name.end + 1, name.end + 2)
                    if k.start == name.end + 1 and k.label == "COUNTRY"), None)
    if country is None or _NEXT_CAPITAL.match(text, country.end) or any(
            k.label == "ORG" and provenance.kind(k.source) == "gazetteer" and name.start <= k.start
            for k in index.overlapping(name.start, name.end)):
        return name
    return name._replace(end=country.end)


_SLASHED = re.compile(rf"(?<![\w/])[{CAPITAL}][\w-]*/\Z")


def _with_place_before(text: str, name: Mention, index: SpanIndex) -> Mention:
    """A capitalised word joined to a name by a slash starts the name: a place or an acronym it
    shares its first word with (`Africa/Middle-East Regional Committee`, `AML/CFT Thematic
    Fund`), unless that word ends a name of its own (a body's)."""
    slashed = _SLASHED.search(text, max(0, name.start - 30), name.start)
    if slashed is None or any(k.end == name.start - 1 and k.label == "ORG"
                              for k in index.overlapping(slashed.start(), name.start - 1)):
        return name
    return name._replace(start=slashed.start())


# an acronym and a dash before a name: the body's short name, then its long one
_DASHED_ACRONYM = re.compile(rf"(?<![\w'’/-])[{CAPITAL}][{CAPITAL}0-9]{{1,7}}[ \t]+[–—][ \t]+\Z")


def _with_acronym_before(text: str, name: Mention, index: SpanIndex) -> Mention:
    """An acronym joined to a name by a dash starts the name, as some bodies are called (`CSC –
    IT Center for Science`, `NSC – National Space Centre`), unless it names something found
    already (a known body, a country: `UNESCO – Division of …` names two)."""
    dashed = _DASHED_ACRONYM.search(text, max(0, name.start - 14), name.start)
    if dashed is None or index.overlapping(dashed.start(), name.start):
        return name
    return name._replace(start=dashed.start())


# a given name and the initial of a middle name (`Howard G. `), right before a name
_GIVEN_AND_INITIAL = re.compile(rf"(?<![\w'’-])(\w+)[ \t]+(?P<given>[{CAPITAL}][a-z]+)[ \t]+[{CAPITAL}]\.[ \t]+\Z")


def _with_initial_before(ctx: Context, name: Mention, index: SpanIndex) -> Mention:
    """A given name and a middle initial, after an article, before a name that starts with a
    surname start the name: a body named after a person (`the Howard G. Buffett Foundation`,
    `the John D. Rockefeller Institute`), unless a name found covers them or the name starts with
    its head noun. The article tells them from a sentence that ends on a capital (`in Annex B.`)."""
    initial = _GIVEN_AND_INITIAL.search(ctx.text, max(0, name.start - 32), name.start)
    if initial is None or initial.group(1).lower() not in ctx.lexicon.words("article") \
            or index.overlapping(initial.start('given'), name.start):
        return name
    first = ctx.text[name.start:name.end].split()[0]
    heads = ctx.lexicon.heads
    if heads is not None and first in heads.first | heads.last:
        return name
    return name._replace(start=initial.start('given'))


def _after_indefinite(ctx: Context, part: list[Piece], index: SpanIndex) -> bool:
    """Whether the part stands after an indefinite article and holds a name found: it says what
    kind of thing something is to that body (`a Related Organization of the United Nations`),
    where `an Ad Hoc Committee` names one. A country opening the part is whose body it is, not
    what it belongs to (`a US Navy vice admiral`)."""
    start, end = part[0].start, part[-1].end
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 8), start)
    return before is not None and before.group(1).lower() in ctx.lexicon.words("indefinite_article") \
        and any(start <= k.start and k.end <= end and k.label in ("ORG", "COUNTRY") and not k.after
                and not (k.label == "COUNTRY" and k.start == start) for k in index.overlapping(start, end))


def _cuts(index: SpanIndex, start: int, end: int) -> bool:
    """Whether [start, end) would cut a name found or hold a value."""
    return any(k.start < start < k.end or k.start < end < k.end or k.label in _VALUES
               for k in index.overlapping(start, end))


def _text_in_part(ctx: Context, part: list[Piece], texts: Mapping[str, str],
                  index: SpanIndex) -> tuple[int, int, str] | None:
    """The bounds and label of an instrument's or a programme's name no gazetteer holds in one
    part of a run (`Programme Sahel`, `Global Maritime Crime Programme`): from its head
    noun (`Estrategia Hemisférica sobre Drogas`, `Declaration of Shared Commitments on …`; after
    a noun it complements: `Parte del Convenio …`), or in English after a few words that qualify
    it (`Nairobi Declaration on Durable Solutions …`), to the end of the part (in English, where
    a complement follows the head); with the year or period it ends with (`Plan de Acción
    Hemisférico sobre Drogas 2021-2025`). None where it would cut a name found or hold a value."""
    part = _without_leading(ctx, part)
    lex = ctx.lexicon
    for at, piece in enumerate(part):
        if piece.word not in texts:
            continue
        if at == 0 or piece.link == CONNECTOR:
            start = at
        elif at == 1 and len(part) > 2 and part[0].word in lex.words("title_ordinal"):
            start = 0  # `Nueva Agenda Urbana`; `Deuxième Protocole` alone is `ordinal_titles`
        elif lex.head_last and _after_owner(part, at, index):
            start = 0  # `Council of Europe Convention on …`, `EU Action Plan on …`
        elif lex.head_last and at < 4 and not any(
                lex.is_body_head(p.word) or p.word.lower() in lex.words("role_noun") or p.link != SPACE
                for p in part[1:at + 1]) and not lex.is_body_head(part[0].word):
            start = 0
        else:
            continue
        while lex.head_last and at + 1 < len(part) and part[at + 1].link == SPACE and part[at + 1].word in texts:
            at, piece = at + 1, part[at + 1]  # the last of heads side by side (`Water Framework Directive`)
        if not lex.head_last or (at + 1 < len(part) and part[at + 1].link == CONNECTOR):
            end = part[-1].end
        elif at > start:
            end = part[at].end
        else:
            return None
        if end == piece.end and at == start or _cuts(index, part[start].start, end):
            return None  # a head alone refers back (`Le Code`), it names nothing new
        label = texts[piece.word]
        if label == "OPERATION" and piece.word.lower() in lex.words("programme_head_complemented") \
                and at == start and all(p.link == SPACE for p in part[at + 1:]):
            return None  # `el Sistema Arrecifal Mesoamericano`: a head and adjectives name a place, no programme
        if label == "OPERATION" or any(k.label == label and k.start == part[start].start and k.end < end
                                       and provenance.kind(k.source) == "gazetteer"
                                       for k in index.overlapping(part[start].start, part[start].end)):
            # a programme's, or a known text's, name ends before its owner (`Convention de
            # Budapest du Conseil de l'Europe`)
            end = _without_owner(part[start:], end, index)
            if end == piece.end and at == start:
                return None  # `la Encuesta de la OIT`: a head and its owner, no name of its own
        year = ctx.regexes.instrument_year.match(ctx.text, end) if label == "INSTRUMENT" else None
        return part[start].start, year.end() if year else edition_end(ctx.text, end), label
    return None


def _after_owner(part: list[Piece], at: int, index: SpanIndex) -> bool:
    """Whether the head at `at` follows the name of a body the gazetteer knows that opens the
    part, with at most two words between (`Council of Europe Convention`, `EU Action Plan`)."""
    owner = max((k for k in index.overlapping(part[0].start, part[0].end) if k.start == part[0].start
                 and k.label == "ORG" and provenance.kind(k.source) == "gazetteer"),
                key=lambda k: k.end, default=None)
    if owner is None or owner.end > part[at].start:
        return False
    between = [p for p in part[1:at] if p.start >= owner.end]
    return len(between) <= 2 and all(p.link == SPACE for p in between + [part[at]])


def _without_owner(part: list[Piece], end: int, index: SpanIndex) -> int:
    """Where a programme's name ends without the known body it ends with, its owner
    (`Programa Mundial sobre Armas de Fuego de la ONUDD`)."""
    owners = [k for k in index.overlapping(end - 1, end) if k.end == end and k.label == "ORG"
              and provenance.kind(k.source) == "gazetteer" and k.start > part[0].start]
    owner = min((k.start for k in owners), default=None)
    before = [p for p in part if p.end < (owner if owner is not None else 0)]
    first = next((p for p in part if p.start == owner), None)
    return before[-1].end if before and first is not None and first.link == CONNECTOR else end


def _without_leading(ctx: Context, part: list[Piece]) -> list[Piece]:
    """The part without the article or determiner it opens with (`Our Centre` opens a sentence)."""
    determiners = ctx.lexicon.words("backref_determiner")
    while part and (part[0].word.lower() in ctx.leading or part[0].word.lower() in determiners):
        part = part[1:]
    return part


def _admissible(ctx: Context, start: int, end: int, index: SpanIndex) -> Mention | None:
    """The ORG for [start, end), unless it would cut a name found, hold two bodies or a value."""
    overlapping = index.overlapping(start, end)
    if any(k.start < start < k.end or k.start < end < k.end for k in overlapping):
        return None  # it would cut a name already found
    if any(k.label in _VALUES for k in overlapping) or names_people(ctx, start, end):
        return None
    inner = [k for k in overlapping
             if provenance.kind(k.source) == "gazetteer" and not k.after and k.label == "ORG"
             and start <= k.start and k.end <= end]
    owned = ctx.regexes.instrument_of
    if owned and any(k.end == end and k.start > start and owned.search(ctx.text, start, k.start) for k in inner):
        return None  # `Revised Kyoto Convention of the World Customs Organization`: a text, its owner
    if len({(k.start, k.end) for k in inner}) > 1:
        # two known bodies side by side (`INTERPOL-United Nations ...`); one body matched by two
        # aliases (`MERCOSUR` and `Mercosur`) is one (`Parlamento del MERCOSUR`)
        return None
    last = ctx.lexicon.head_last
    # the known body at the head's end (`Security Council Counter-Terrorism Committee`: CTC), or
    # its start (`Sous-direction ...`), or right after a head noun alone (`Plataforma R4V`)
    # a known body after a connector is the parent the name complements, not its head
    # (`Parliament of the Andean Community`)
    linked = ctx.regexes.model_complement
    anchor = [k for k in inner if (k.end == end and not linked.search(ctx.text, start, k.start) if last
                                   else k.start == start)
              or (k.end == end and " " not in ctx.text[start:k.start].strip())]
    return Mention(start, end, "ORG", anchor[0].norm if anchor else "", CAPITALISED)


def _name_in_part(ctx: Context, part: list[Piece], heads: NameHeads) -> list[tuple[int, int]]:
    """The bounds of a body's name in one part of a run: from a head that starts it, or up to a
    head that ends it; the text's own way first.

    After an office, or the people of a body opening a sentence, the name starts at their
    complement (`Director of the DPO Police Division`, `Secretaria General de la Comisión
    Andina`, `Officers of the Fraud Investigations Unit`), unless that is only head nouns
    (`Director of Police Services`: a title).
    """
    part = _without_leading(ctx, part)
    roles, people = ctx.lexicon.words("role_noun"), ctx.lexicon.words("people_noun")
    first_head = next((k for k, p in enumerate(part) if p.word in heads.first or p.word in heads.last),
                      len(part))
    # the people may be named in two words before their body's name (`Member States of the
    # African Union`; not the `Member States Committee`)
    opening = 1 if (len(part) > 2 and part[2].link == CONNECTOR
                    and f"{part[0].word} {part[1].word}".lower() in people) else 0
    office = [k for k, p in enumerate(part[:first_head])
              if p.word.lower() in roles or (k <= opening and (k == 1 or p.word.lower() in people))]
    if office:  # the office's words run to its first connector (`Secretaria General de la`)
        start = next((k for k in range(office[-1] + 1, len(part)) if part[k].link == CONNECTOR), len(part))
        part = part[start:]
        if not part or all(p.word in heads.first or p.word in heads.last for p in part):
            return []
    if len(part) < 2 or not _qualified(ctx, part):
        return []
    ways = (_head_first, _head_last) if heads.own_first else (_head_last, _head_first)
    demonyms = ctx.lexicon.words("capitalised_demonym")
    for way in ways:
        bounds = way(part, heads, demonyms)
        if bounds:
            return bounds
    return []


def _qualified(ctx: Context, part: list[Piece]) -> bool:
    """Whether a part that opens on a head naming a meeting as often as a body
    (`qualified_org_head`: Reunión) goes on with a word that makes it a standing body's name
    (`qualified_head_word`: `Reunión Especializada de …`, `Reunión de Ministros de …`). A meeting
    is an event, no mention (`Reunión de Alto Nivel de la Asamblea General`, `Reunión de
    Quito`): the names inside it stay mentions of their own."""
    lex = ctx.lexicon
    return part[0].word.lower() not in lex.words("qualified_org_head") \
        or part[1].word.lower() in lex.words("qualified_head_word")


def _head_first(part: list[Piece], heads: NameHeads, demonyms: frozenset[str]) -> list[tuple[int, int]]:
    """From a head that opens the part; a demonym written in capitals before it says whose the
    body is, in the text's language, and is no word of a name cited in its own (`the Dutch
    Ministerie van Financiën`, `the Romanian Agenția Națională Antidrog`)."""
    if len(part) > 2 and part[0].word.lower() in demonyms and part[1].word in heads.first:
        part = part[1:]
    return [(part[0].start, part[-1].end)] if part[0].word in heads.first else []


def _head_last(part: list[Piece], heads: NameHeads, _demonyms: frozenset[str]) -> list[tuple[int, int]]:
    """Up to the last head noun, and also on to the end of the part where a connector follows it
    (`Ministry of Interior of Montenegro`; the shorter name stays a candidate for an office
    named with its region, `Regional Office for Southeast Asia and the Pacific`); not on a head
    inside a complement (`Mechanism for Police Cooperation`)."""
    at = [k for k, p in enumerate(part) if p.word in heads.last]
    if not at:
        return []
    head = at[-1]
    found = []
    # a connector written in capitals as titles write it opens a complement too (`Global
    # Alliance Against Hunger and Poverty`)
    if head + 1 < len(part) and (part[head + 1].link in (CONNECTOR, PURPOSE)
                                 or head + 2 < len(part) and part[head + 1].word.lower() in heads.connectors):
        found.append((part[0].start, part[-1].end))
    if head > 0 and part[head].link != CONNECTOR:
        found.append((part[0].start, part[head].end))
    return found
