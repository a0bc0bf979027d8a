"""Membership facts: a body's members, or its number of members (FACTS.md, MEMBERSHIP).

- `X est membre du Y`, `X compte parmi les 22 membres du Y`, `IOM, which joined the UN system`:
  the list before the cue are members of the body named right after it;
- `Y réunit A, B et C`, `Y rassemble plus de 180 administrations`, `the Compact brings together
  40 UN entities and three non-UN members: A, B and C`: the subject of the clause is the body,
  the list or the figures right after the cue its members and sizes;
- `A, B et C forment Y`;
- `les 55 États membres de l'UA`, `IGAD's eight Member States`, `The Convention has 180 Parties`:
  a figure of members and its body (a figure of countries alone, `mobilise neuf pays`, counts
  who took part, not members).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from .clauses import clause_start, in_relative, network_after
from .document import FactDocument
from .refs import Ref, Sentence
from .refs import distinct as _distinct
from .founders import founders, founding_size, opening_size
from .lists import tokens as _tokens
from .member_lists import BODY_AFTER as _BODY_AFTER  # the body or members this close after the cue
from .member_lists import introduced, joined_later, listed_after_sizes, owned, people_from, representatives_only
from .member_copula import members_after_colon, members_among_them, members_of_named
from .member_formed import apposition_end, formed_by_them, governed, linked_to, named_after_colon, ranked_subject
from .member_joins import cooperate_within, further_bodies, represents_in, takes_part
from .member_ranks import apposed_states, became_members, inner_sizes, signed_sizes
from .member_inverted import inverted_members
from .member_represented import represented_members
from .member_incise import outside_incise
from .member_nouns import close_gap, joined_which, members_among, members_of_it, members_such_as, ratified_it
from .member_sizes import sized_bodies
from .member_ratified import ratified_instrument
from .member_trailing import members_they_are
from .member_breakdown import with_breakdowns
from .member_with import along_body, companions, listed_along, split_members, subject_after
from .member_subjects import BODY_LABELS as _BODY_LABELS
from .member_subjects import apposed_body, dropped_subject
from .member_subjects import noun_phrase as _noun_phrase
from .member_subjects import subject as _subject
from .model import Fact
from .relations import figure_unit
from .relations import argument as _arg
from .structure import sides

_NAMED_BACK = 4  # sentences before a figure naming bodies back (`The three countries`) that may name them
_CLOSE = 2  # words (not joining words) between members and `membre de`, at most
# the classes of which one word must stand in a sentence for a reader of memberships to run
CUES = ("member_of", "gathers", "form", "including", "ratified_by", "within", "founded_by", "launched_by", "member_among",
         "member_of_it", "ratified_it", "joined_it", "member_in", "member_split", "member_which", "became_member",
         "represents_in", "among_them", "members_are_its", "represented_in")


def memberships(doc: FactDocument, sentence: Sentence) -> Iterator[Fact]:
    """The memberships a sentence states (at most one per cue class, the first that reads); a
    figure broken down into parts (`26 membres : 21 … et cinq …, A, B`) has the parts' members."""
    sizes = [r for r in sentence.of("FIGURE") if figure_unit(r) in doc.words.words["size_unit"] and not _both(doc, r)]
    if not sizes and not doc.has_any(CUES, sentence.start, sentence.end) and not _states_apposed(doc, sentence):
        return
    yield from with_breakdowns(doc, sentence, sizes, _memberships)


def _memberships(doc: FactDocument, sentence: Sentence, sizes: list[Ref]) -> Iterator[Fact]:
    actors = doc.actors(sentence)
    evidence = (sentence.start, sentence.end)
    used: set[int] = set()
    for reader in (_member_of, _gathers, _form, _ratified, _within_network):
        fact = reader(doc, sentence, actors, sizes)
        if fact is not None:
            used |= {a.start for a in fact if a.role == "size"}
            yield Fact("MEMBERSHIP", fact, evidence, "rule:membership")
            if reader is _member_of and body_of(fact).from_text:  # `membre du FIRST et de la communauté TF-CSIRT`
                body = body_of(fact)
                members = [a for a in fact if a.role == "member"]
                for other in further_bodies(doc, sentence, Ref(body.start, body.end, body.label, body.norm)):
                    yield Fact("MEMBERSHIP", (_arg("body", other), *[m for m in members if m.norm != other.norm]),
                               evidence, "rule:membership")
    founded = founders(doc, sentence, actors)
    if founded is not None:
        size = founding_size(doc, sentence, actors)
        yield Fact("MEMBERSHIP", _roles(founded[0], founded[1], [size] if size is not None else []), evidence,
                   "rule:membership")
    opening = opening_size(doc, sentence, [s for s in sizes if s.start not in used])
    if opening is not None:
        used.add(opening[1].start)
        yield Fact("MEMBERSHIP", _roles(opening[0], [], [opening[1]]), evidence, "rule:membership")
    for body, members, sized in chain(inner_sizes(doc, sentence, [s for s in sizes if s.start not in used]),
                                      signed_sizes(doc, sentence, sizes, actors)):
        if any(s.start in used for s in sized):
            continue  # one figure, one fact: read lazily, after `used` takes each
        used |= {s.start for s in sized}  # `the ten ASEAN Member States`, `X, on which all 17 members sit`
        yield Fact("MEMBERSHIP", _roles(body, members, sized), evidence, "rule:membership")
    for body, members, sized in members_they_are(doc, sentence, actors, [s for s in sizes if s.start not in used]):
        used |= {s.start for s in sized}  # `signé par A, B et C, qui en sont les trois membres`
        yield Fact("MEMBERSHIP", _roles(body, members, sized), evidence, "rule:membership")
    for body, members, sized in sized_bodies(doc, sentence, [s for s in sizes if s.start not in used]):
        members = members + listed_along(doc, sentence, members, actors)  # `…, together with D and E`
        yield Fact("MEMBERSHIP", _roles(body, members, sized), evidence, "rule:membership")
    seen = set()  # `Among its members are A, B`: a member noun and `are`, and the cue of `among`
    for body, members in (*members_such_as(doc, sentence, actors), *members_among(doc, sentence, actors),
                           *members_of_it(doc, sentence, actors), *ratified_it(doc, sentence, actors),
                           *joined_which(doc, sentence, actors),
                           *joined_which(doc, sentence, actors, "member_which", "member_relative"),
                           *inverted_members(doc, sentence, actors),
                           *takes_part(doc, sentence, actors), *cooperate_within(doc, sentence, actors),
                           *represents_in(doc, sentence, actors),
                           *split_members(doc, sentence, actors),
                           *became_members(doc, sentence, actors), *apposed_states(doc, sentence, actors),
                           *members_of_named(doc, sentence, actors), *members_after_colon(doc, sentence, actors),
                           *members_among_them(doc, sentence, actors), *represented_members(doc, sentence, actors)):
        key = (body.norm, frozenset(m.norm for m in members))
        if key in seen:
            continue
        seen.add(key)
        yield Fact("MEMBERSHIP", _roles(body, members, []), evidence, "rule:membership")


def _states_apposed(doc: FactDocument, sentence: Sentence) -> bool:
    """Whether a sentence may name states in apposition to a body's (`apposed_states`): three
    states or more and a member noun or a word for states (`the GCC states, A, B and C`)."""
    if len(sentence.of("COUNTRY")) < 3:
        return False
    words = doc.words
    return words.patterns["member_noun"].search(doc.text, sentence.start, sentence.end) is not None or any(
        words.patterns["country_unit"].fullmatch(t) or words.patterns["country_unit"].fullmatch(t[:-1])
        for t in _tokens(doc.text[sentence.start:sentence.end]))


def body_of(fact: tuple):
    return next(a for a in fact if a.role == "body")


def _both(doc: FactDocument, figure: Ref) -> bool:
    """Whether a figure is the word for both of the members named before (`tous deux membres de
    l'ICAT`, `ambos miembros de`): no size."""
    return any(m.start() < figure.end and m.end() > figure.start
               for m in doc.words.find("both", doc.text, max(0, figure.start - 12), figure.end))


def _roles(body: Ref, members: list[Ref], sizes: list[Ref]) -> tuple:
    return (_arg("body", body), *[_arg("member", m) for m in _distinct(members) if m.norm != body.norm],
            *[_arg("size", s) for s in _distinct(sizes)])


def _after(doc: FactDocument, sentence: Sentence, offset: int, labels: tuple[str, ...],
           refs: list[Ref] | None = None, words: int = 1) -> Ref | None:
    """The first of `refs` (default: the mentions) of these labels right after an offset: a
    figure or a date and a few more `words` may stand between (`forment depuis 2010 le …`)."""
    skipped = [r for r in sentence.mentions if r.start >= offset and r.label in ("FIGURE", "DATE")]
    for ref in refs if refs is not None else sentence.mentions:
        if ref.start < offset or ref.label in ("FIGURE", "DATE"):
            continue
        if ref.label not in labels:
            return None
        gap = doc.text[offset:ref.start]
        for r in skipped:
            if r.end <= ref.start:
                gap = gap.replace(doc.text[r.start:r.end], " ")
        skip = doc.words.join_words | doc.words.member_words  # `uno de los Estados miembros de la OEA`
        extra = [t for t in _tokens(gap) if t not in skip]
        return ref if len(gap) <= 2 * _BODY_AFTER and "," not in gap and len(extra) <= words else None
    return None


def _member_of(doc: FactDocument, sentence: Sentence, actors: list[Ref], sizes: list[Ref]) -> tuple | None:
    for cue in doc.find("member_of", sentence.start, sentence.end):
        if any(f.start < cue.start() <= f.end + 1 and not _both(doc, f) for f in sentence.of("FIGURE")) and not any(
                c.end() <= cue.start() for c in doc.find("member_of", sentence.start, cue.start())):
            listed = _listed_after_body(doc, sentence, cue, actors, sizes)
            if listed is not None:
                return listed
            continue  # `les 55 États membres de l'UA`: a size (see sized_bodies)
        if doc.cue_is(cue, "join_infinitive"):
            members = ranked_subject(doc, sentence, cue, actors)  # not `urged A and B to join X`
        else:
            members = (_close_subject(doc, sentence, cue, actors) or _opening_subject(doc, sentence, cue, actors)
                       or ranked_subject(doc, sentence, cue, actors))
        if not members and any(f.end <= cue.start() and len(close_gap(doc, f.end, cue.start())) <= _CLOSE for f in sizes):
            listed = _listed_after_body(doc, sentence, cue, actors, sizes)  # `Sept États sont membres du X : A, B`
            if listed is not None:
                return listed
        last = doc.text[cue.start():cue.end()].split()[-1].casefold()
        if members and last not in doc.words.join_words and doc.words.object_relative.search(
                doc.plain, members[-1].end, cue.start()):
            # `El ICCWC, que integran la Secretaría de la CITES, INTERPOL …`: the other way round
            after = [g for g in doc.lists(actors) if g[0].start >= cue.end()]
            body = next((m for m in sentence.mentions if m.norm == members[-1].norm and m.label in _BODY_LABELS), None)
            if body is not None and after and after[0][0].start - cue.end() <= _BODY_AFTER:
                return _roles(body, after[0], [s for s in sizes if s.start > cue.end()][:1])
            continue
        body = _after(doc, sentence, cue.end(), _BODY_LABELS)
        if body is not None and _own_noun(doc, doc.text[cue.end():body.start]):
            # `apoyamos a las Partes en la organización de la RCTA`: a noun of its own (not the
            # whole a body makes: `a rejoint le système des Nations Unies`)
            body = None
        body = body or apposed_body(doc, sentence, cue.end()) or _joined_speaker(doc, sentence, cue)
        if body is not None and not members:  # `ratificaron el Convenio el Reino Unido y Ucrania`
            members = subject_after(doc, sentence, cue, body, actors)
        if body is not None and not members and not any(f.end <= cue.start() for f in sentence.of("FIGURE")):
            members = _dropped(doc, sentence, cue)  # `Forma parte del SICA desde 1995`
        if body is not None and members:
            members = companions(doc, sentence, members, actors) + members  # `Chile, together with Peru, is a member`
            members += along_body(doc, sentence, body, members, actors)  # `… of X, alongside Peru`
            named_back = {m.start for m in members if m.label == "REFERENCE"}  # `The three countries are members`
            near = [s for s in sizes if cue.start() - _BODY_AFTER <= s.start <= body.start and s.start not in named_back
                    and not (s.end <= cue.start() and "," in doc.text[s.end:cue.start()])]  # `A et B, ses deux pays riverains,`
            return _roles(body, members, near[:1])
    return None


def _dropped(doc: FactDocument, sentence: Sentence, cue) -> list[Ref]:
    """`Forma parte del SICA desde 1995`, `Desde 2016 se unió al sistema de las Naciones Unidas`: a
    cue with no subject of its own (left out, as Spanish does) has the body the sentence before
    speaks of as its member (`member_subjects.dropped_subject`)."""
    if doc.words.patterns["member_noun"].match(doc.text, cue.start()):
        return []  # `Entre los miembros de la Comisión figuran …`: a noun, no verb whose subject is left out
    body = dropped_subject(doc, sentence, cue.start())
    return [body] if body is not None else []


def _listed_after_body(doc: FactDocument, sentence: Sentence, cue, actors: list[Ref],
                       sizes: list[Ref]) -> tuple | None:
    """`Sept États sont membres du MAOC-N : l'Espagne, la France …`, `Seven states are members of
    X: A, B`, `Siete Estados son miembros de X: A, B`: a figure of members before the cue, the body
    right after it, and after a colon closing its name the list of its members."""
    body = _after(doc, sentence, cue.end(), _BODY_LABELS)
    if body is None:
        return None
    rest = doc.text[body.end:sentence.end]
    if ":" not in rest or _tokens(rest[:rest.index(":")]):  # its acronym in parentheses may stand between
        return None
    colon = body.end + rest.index(":") + 1
    listed = next(iter(doc.lists([a for a in actors if a.start >= colon])), [])
    if not listed or [t for t in _tokens(doc.text[colon:listed[0].start]) if t not in doc.words.join_words]:
        return None
    figure = [f for f in sizes if f.end <= cue.start()][-1:]
    return _roles(body, listed, figure)


def _own_noun(doc: FactDocument, gap: str) -> bool:
    """Whether an article and a noun stand between a cue of membership and the body after it
    (`partes en la organización de la RCTA`), not a noun of the whole the body makes (`a rejoint
    le système des Nations Unies`)."""
    tokens = _tokens(doc.words.patterns["body_whole"].sub(" ", gap))
    articles, joining = doc.words.words["article"], doc.words.join_words
    return any(t in articles and nxt not in joining for t, nxt in zip(tokens, tokens[1:]))


def _joined_speaker(doc: FactDocument, sentence: Sentence, cue) -> Ref | None:
    """The publisher a member joins in the first person: `Poland joined us`, `La Roumanie nous a
    rejoints` (the pronoun inside the cue, or right after it)."""
    return next((r for r in doc.first_person(sentence) if r.label == "PUBLISHER" and (
        cue.start() <= r.start < cue.end() or not doc.text[cue.end():r.start].strip())), None)


def _close_subject(doc: FactDocument, sentence: Sentence, cue, actors: list[Ref]) -> list[Ref]:
    """The list just before a cue (`INTERPOL est membre`, `IOM, which joined`), not one a noun
    stands between (`la SARPCCO réunit les chefs de police des États membres de la SADC`)."""
    subject = outside_incise(doc, sentence, list(sides(doc, sentence, cue, actors).subject), actors, cue.start())
    if not subject:
        return []
    # `The three countries are members of X`: bodies named back by a figure, from the figure's end,
    # when they are as many as the figure says (not two bodies for `Les trois cellules`)
    figure = next((f for f in sentence.of("FIGURE") if subject[-1].label == "REFERENCE" and f.start == subject[-1].start),
                  None)
    if figure is not None and not _named_together(doc, sentence, figure, subject):
        return []
    end = figure.end if figure is not None else apposition_end(doc, sentence, subject, subject[-1].end, cue.start())
    return subject if len(close_gap(doc, end, cue.start())) <= _CLOSE else []


def _named_together(doc: FactDocument, sentence: Sentence, figure: Ref, subject: list[Ref]) -> bool:
    """Whether the bodies a figure names back (`Les trois pays`) are as many as it says and one list
    of a sentence shortly before names them all (not the last three named, from two sentences)."""
    norms = {r.norm for r in subject if r.label == "REFERENCE" and r.start == figure.start}
    if figure.norm.split(" ", 1)[0] != str(len(norms)):
        return False
    return any({r.norm for r in group} == norms for before in doc.sentences[max(0, sentence.index - _NAMED_BACK):sentence.index]
               for group in doc.lists(doc.actors(before)))


def _opening_subject(doc: FactDocument, sentence: Sentence, cue, actors: list[Ref]) -> list[Ref]:
    """The subject a clause without one shares with the sentence's first (`It is one of …, and has
    been an associate member of the FATF`): the bodies the sentence opens on, when the clause
    of the cue names none before it."""
    start = clause_start(doc, sentence, cue.start())
    if start == sentence.start or any(start <= a.start < cue.start() for a in actors):
        return []
    lists = doc.lists(actors)
    return lists[0] if lists and len(_tokens(doc.text[sentence.start:lists[0][0].start])) <= 1 else []


def _gathers(doc: FactDocument, sentence: Sentence, actors: list[Ref], sizes: list[Ref]) -> tuple | None:
    member_of = doc.find("member_of", sentence.start, sentence.end)
    for cue in doc.find("gathers", sentence.start, sentence.end):
        if any(m.start() <= cue.start() and cue.end() <= m.end() for m in member_of):
            continue  # `compte parmi les 22 membres`: a membership of the subject
        body = _subject(doc, sentence, cue.start())
        programme = body is None  # `CAREC brings together A, B and C`: a programme of states is a body
        body = body or _subject(doc, sentence, cue.start(), programme=True)
        if body is None or (programme and body.label != "OPERATION"):
            continue
        figures = [f for f in sentence.of("FIGURE") if f.start >= cue.end()]
        # a figure whose unit counts members, or that says it does (`180 parlements membres`)
        counted = [f for f in figures if f in sizes or doc.words.patterns["member_noun"].search(doc.text, f.start, f.end)]
        near = [f for f in figures if f in counted and f.start - cue.end() <= _BODY_AFTER
                and (f is figures[0] or doc.joins(doc.text[figures[0].end:f.start]))]
        first = _after(doc, sentence, cue.end(), ("ORG", "COUNTRY"), actors, words=2)
        # not the states the people gathered come from (`ont réuni 60 enquêteurs venus de huit pays : A, B`)
        if first is not None:
            limit = first.start
        else:  # the figures before the colon or the first body or state after the cue
            colon = doc.text.find(":", cue.end(), sentence.end)
            limit = min(colon if colon >= 0 else sentence.end,
                        next((a.start for a in actors if a.start >= cue.end()), sentence.end))
        origin = people_from(doc, [f for f in figures if f.end <= limit])
        if first is not None and (origin or owned(doc, cue.end(), first.start)):
            first = None  # `reunió a expertos de Bolivia`: the experts are Bolivia's, not its members
        if first is not None and _noun_phrase(doc, doc.text[cue.end():first.start]) and not representatives_only(
                doc, doc.text[cue.end():first.start]):
            # `brings together the efforts of eleven organizations of the UN system, among them A,
            # B`: the body only qualifies a noun; the examples after it are the members
            first = None
        members: list[Ref] = []
        if first is not None:
            members = next((g for g in doc.lists(actors) if first in g), [first])
        elif not origin:  # `… 40 UN entities and three non-UN members: A, B and C`, `… membres non-ONU,
            # dont A, B` (or after a later one: `41 États membres, dont plusieurs pays …, comme le Maroc`)
            members = listed_after_sizes(doc, actors, near) or introduced(doc, sentence, cue, actors)
        if members and linked_to(doc, sentence, cue, members):
            continue  # `le CIC, qui relie le CRESMAO au CRESMAC`: a link between two, no membership
        members = members + joined_later(doc, sentence, members, actors)
        members = members + listed_along(doc, sentence, members, actors)
        if programme and (not members or any(m.label != "COUNTRY" for m in members)):
            continue  # `El proyecto CRIMJUST reúne a la UNODC, INTERPOL …`: the bodies take part in it
        if members or near:
            return _roles(body, members, near)
    return None


def _form(doc: FactDocument, sentence: Sentence, actors: list[Ref], sizes: list[Ref]) -> tuple | None:
    for cue in doc.find("form", sentence.start, sentence.end):
        members = list(sides(doc, sentence, cue, actors).subject) or formed_by_them(doc, sentence, cue)
        body = _after(doc, sentence, cue.end(), _BODY_LABELS) or named_after_colon(doc, sentence, cue.end())
        if body is not None and governed(doc, cue.end(), body.start):
            body = None  # `a commission created under the SADC Protocol`: a participle's complement, not the body formed
        if body is not None and members:
            return _roles(body, members, [])
    return None


def _ratified(doc: FactDocument, sentence: Sentence, actors: list[Ref], sizes: list[Ref]) -> tuple | None:
    """`The Convention has been ratified by more than 100 countries`, `la CEDAW, ratificada por 189
    Estados`: the instrument right before the cue, the states or the figure right after it."""
    for cue in doc.find("ratified_by", sentence.start, sentence.end):
        body = ratified_instrument(doc, sentence, cue.start())
        if body is None:
            continue
        near = [f for f in sizes if cue.end() <= f.start <= cue.end() + _BODY_AFTER][:1]
        first = _after(doc, sentence, cue.end(), ("ORG", "COUNTRY"), actors, words=2)
        members = next((g for g in doc.lists(actors) if first in g), []) if first is not None else []
        if near and not members:  # `ratified by twelve founding states, among them A, B and C`
            members = [m for m in _examples_after(doc, sentence, near[0].end, actors) if m.label == "COUNTRY"]
        if members or near:
            return _roles(body, members, near)
    return None


def _examples_after(doc: FactDocument, sentence: Sentence, end: int, actors: list[Ref]) -> list[Ref]:
    """The list a word of inclusion right after a figure introduces (`twelve founding states,
    among them A, B`, `douze États, dont A, B`, `doce Estados, entre ellos A, B`)."""
    mark = next(iter(doc.find("including", end, min(sentence.end, end + _BODY_AFTER))), None)
    if mark is None or _words(doc.text[end:mark.start()]):
        return []
    return next((g for g in doc.lists([a for a in actors if a.start >= mark.end()])
                 if len(_words(doc.text[mark.end():g[0].start])) <= 1), [])


def _words(text: str) -> list[str]:
    return [t for t in _tokens(text) if any(c.isalnum() for c in t)]


def _within_network(doc: FactDocument, sentence: Sentence, actors: list[Ref], sizes: list[Ref]) -> tuple | None:
    """`nous travaillons avec INTERPOL et l'OMD au sein du réseau ENFORCE`, `within the ENFORCE
    network`: the bodies the clause names before the cue are members of the network right after
    it (a body only: `au sein de l'ONU` makes no member of the UN without a word for a network)."""
    for cue in doc.find("within", sentence.start, sentence.end):
        body = network_after(doc, sentence, cue)
        if body is None:
            continue
        start = clause_start(doc, sentence, cue.start())
        members = [a for a in actors if start <= a.start < cue.start() and a.label != "REFERENCE"
                   and not in_relative(doc, sentence, a.start)]
        if members:
            return _roles(body, members, [])
    return None
