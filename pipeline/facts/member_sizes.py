"""Figures of members and their body: `les 55 États membres de l'UA`, `IGAD's eight Member
States`, `our 196 member countries`, `we serve 17 members: A, B …`, `neuf de ses onze États
membres`, `Elle compte aujourd'hui plus de 170 États membres`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clauses import clause_start
from .document import FactDocument
from .refs import Ref, Sentence
from .lists import elided
from .lists import tokens as _tokens
from .member_lists import BODY_AFTER as _BODY_AFTER
from .member_lists import ranged_after
from .member_nouns import possessor
from .member_subjects import BODY_LABELS as _BODY_LABELS
from .member_subjects import noun_phrase as _noun_phrase
from .member_subjects import coordinated_count
from .member_subjects import subject as _subject
from .relations import figure_unit


def sized_bodies(doc: FactDocument, sentence: Sentence, sizes: list[Ref]) -> Iterator[tuple[Ref, list[Ref], list[Ref]]]:
    """`les 55 États membres de l'UA`, `IGAD's eight Member States`, `compte plus de 170 États
    membres`: a figure of members and its body, as (body, members, sizes)."""
    words = doc.words
    for size in sizes:
        made = _made_up(doc, sentence, size)
        if made is not None:  # `los 22 países que conforman la Comunidad Iberoamericana: …`
            yield made[0], made[1], [size]
            continue
        after = next((r for r in sentence.mentions if r.start > size.end), None)
        owned = after is not None and after.label == "ORG" and words.owner_gap.fullmatch(doc.text, size.end, after.start)
        if not words.patterns["member_noun"].search(doc.text, size.start, size.end) and not (
                owned and figure_unit(size) in words.words["country_unit"]
                and words.group_determiner.search(doc.text, max(sentence.start, size.start - 12), size.start)):
            continue  # `los 15 Estados de la CARICOM`: all the states of a body are its members too (not
            # `Three countries of the AU`, `officers from 5 countries of ECOWAS`: some of them)
        if owned:
            # `Belize, …, the eight member states of SICA`: the states listed just before are its members
            lists = [g for g in doc.lists([a for a in doc.actors(sentence) if a.label == "COUNTRY"])
                     if g[-1].end <= size.start]
            listed = lists[-1] if lists and doc.joins(doc.text[lists[-1][-1].end:size.start]) else []
            # `les huit États membres de l'IGAD (A, B et C)`: or those an apposition after the body lists
            yield after, listed or _apposed(doc, sentence, after), [size]
            continue
        speaker = next((a for a in doc.actors(sentence) if a.label == "PUBLISHER" and 0 <= size.start - a.end <= 2), None)
        if speaker is not None:  # `our 196 member countries`, `nuestros 9 Estados miembros —A, B y C—`
            yield speaker, _apposed(doc, sentence, size), [size]
            continue
        speaker = _first_person_subject(doc, sentence, size)
        if speaker is not None:  # `we serve 17 members: A, B …`, `nous comptons 17 membres : A, B …`
            yield speaker, _listed_after(doc, sentence, size), [size]
            continue
        prefix = _tokens(doc.text[max(sentence.start, size.start - 12):size.start])
        body = possessor(doc, sentence, size.start) if prefix and prefix[-1] in words.words["possessive_article"] else None
        if body is not None:  # `neuf de ses onze États membres`, `ses 3 États membres (A, B et C)`, `its 11 member countries: A, B`
            yield body, _apposed(doc, sentence, size) or _listed_after(doc, sentence, size), [size]
            continue
        before = [r for r in sentence.mentions if r.end <= size.start and r.label in _BODY_LABELS]
        gap = doc.text[before[-1].end:size.start].strip() if before else ""
        if before and gap.replace("’", "'") in words.words["possessive"]:
            yield before[-1], [], [size]  # `IGAD's eight Member States`
        elif before and (words.has("gathers", gap) or _first_in_clause(doc, sentence, before[0], size)
                         or _verb_gap(doc, gap) or coordinated_count(doc, before[-1].end, size.start)):
            yield _subject(doc, sentence, size.start) or before[0], _listed_after(doc, sentence, size), [size]
        else:
            subject = [r for r in doc.actors(sentence) if r.label == "REFERENCE" and r.start < size.start]
            if subject:  # `Elle compte aujourd'hui plus de 170 États membres`
                yield subject[0], [], [size]


def _first_person_subject(doc: FactDocument, sentence: Sentence, size: Ref) -> Ref | None:
    """The publisher as the first person a verb before a figure of members in its clause (`we
    serve 17 members`, `contamos con 22 países miembros`): the subject that figure counts."""
    start = clause_start(doc, sentence, size.start)
    return next((r for r in doc.first_person(sentence) if r.label == "PUBLISHER" and start <= r.start
                 and r.end <= size.start and (_verb_gap(doc, doc.text[r.end:size.start])
                                              or _described_with(doc, doc.text[r.start:size.start]))), None)


_DESCRIBED_WORDS = 7  # `sommes aujourd'hui une organisation régionale avec`: words before the figure, at most


def _described_with(doc: FactDocument, gap: str) -> bool:  # gap: from the first person to the figure
    """Whether the first person describes itself, then has the figure of members (`Hoy somos un
    organismo regional con ocho Estados miembros`, `we are a regional body with eight member
    states`, `nous sommes une organisation avec 20 pays membres`): an article opening a short noun
    phrase that a word of `with` closes (a copula of the first person and an adverb may open it,
    class `first_person_copula`), no other word of `with`, no clause break, no name between."""
    words = [t for t in _tokens(gap) if any(c.isalnum() for c in t)]
    articles, known = doc.words.words["article"], doc.words.words
    # the first person itself (`somos`) or the word after it (`we are`) is the copula
    copula = next((i for i, w in enumerate(words[:2]) if w in known["first_person_copula"]), None)
    article = next((i for i, w in enumerate(words[:4]) if w in articles), None)
    return (copula is not None and article is not None and copula < article <= copula + 2
            and 3 <= len(words) <= _DESCRIBED_WORDS + 1 and words[-1] in known["with"]
            and not any(w in known["with"] for w in words[:-1]) and not doc.words.clause_break.search(gap)
            # one noun phrase: no linker or second article (not `the secretariat of a network with`)
            and not any(p in articles or p in doc.words.linker_words for w in words[article + 1:-1] for p in elided(w)))


def _verb_gap(doc: FactDocument, gap: str) -> bool:
    """Whether a body and its figure of members stand a verb apart (`the CBSS has had eleven
    members`, `the Convention (CBD) has 196 Parties`)."""
    # (a word of approximation before the figure is the figure's: `has more than 20 members`)
    last = next((m for m in doc.words.patterns["approximation"].finditer(gap) if not gap[m.end():].strip()), None)
    gap = gap[:last.start()] if last is not None else gap
    words = [t for t in _tokens(gap.lstrip(") ")) if t not in ",()"]
    return 0 < len(words) <= 2 and not _noun_phrase(doc, gap)


_MADE_UP_REACH = 40  # characters between a figure of states and the verb of forming after its relative, at most


def _made_up(doc: FactDocument, sentence: Sentence, size: Ref) -> tuple[Ref, list[Ref]] | None:
    """`los 22 países que conforman la Comunidad Iberoamericana: …, Andorra, España y Portugal`,
    `the 27 member states that make up the EU`, `les 15 pays qui sont membres de la CEDEAO`: a
    figure of states or members, a relative pronoun, a verb of forming or a cue of membership, and
    the body right after it: that body's size, and its members, those the colon after it lists."""
    words = doc.words
    if figure_unit(size) not in words.words["country_unit"] and not words.patterns["member_noun"].search(
            doc.text, size.start, size.end):
        return None
    end = min(sentence.end, size.end + _MADE_UP_REACH)
    # a verb of forming, or a noun of membership after the relative's copula (`qui sont membres de`),
    # not a verb of joining (`The 5 countries that joined the EU in 2004`: some of its members)
    cues = sorted([*doc.find("form", size.end, end), *(c for c in doc.find("member_of", size.end, end)
                   if words.patterns["member_noun"].search(doc.text, c.start(), c.end()))], key=lambda c: c.start())
    if not cues:
        return None
    between = [t for t in _tokens(doc.text[size.end:cues[0].start()]) if t != ","]
    if not 1 <= len(between) <= 2 or between[0] not in words.words["relative"]:  # `qui sont membres de`
        return None
    body = next((r for r in sentence.mentions if r.start >= cues[0].end()), None)
    if body is None or body.label not in _BODY_LABELS or not doc.only_articles(cues[0].end(), body.start):
        return None
    colon = doc.text.find(":", body.end, sentence.end)
    if colon < 0 or [m for m in sentence.mentions if body.end <= m.start < colon and m.norm != body.norm]:
        return body, []
    listed = [a for g in doc.lists([a for a in doc.actors(sentence) if a.start > colon]) for a in g
              if a.label in ("ORG", "COUNTRY") and a.norm != body.norm]
    return body, listed


def _first_in_clause(doc: FactDocument, sentence: Sentence, body: Ref, size: Ref) -> bool:
    """Whether `body` opens the clause that ends on `size` (its subject): no other body between."""
    start = clause_start(doc, sentence, size.start)
    return body.start >= start and not any(
        body.end <= r.start < size.start for r in sentence.of("ORG", "INSTRUMENT", "COUNTRY"))


_OWN_PARENTHESIS = re.compile(r"\A\([^()]*\)\s*")
_CLOSING = {"—": "—", "–": "–", "(": ")", ",": ","}


def _apposed(doc: FactDocument, sentence: Sentence, size: Ref) -> list[Ref]:
    """The members an apposition right after a figure of members (or the body it is of) lists,
    closed as it opens (`nuestros nueve Estados miembros —México, Guatemala y Belice— siguen …`,
    `its three member states (A, B and C)`, `ses trois États membres, A, B et C, ont …`, `the
    three member states of IGAD (A, B and C)`): only bodies and states, articles between them,
    and the closing mark right after the last."""
    rest = doc.text[size.end:sentence.end]
    at = size.end + len(rest) - len(rest.lstrip())
    closing = _CLOSING.get(doc.text[at:at + 1])
    if closing is None:
        return []
    after = [g for g in doc.lists(doc.actors(sentence)) if g[0].start > at]
    if not after or len(after[0]) < 2 or not doc.only_articles(at + 1, after[0][0].start):
        return []
    listed = after[0]
    tail = _OWN_PARENTHESIS.sub("", doc.text[listed[-1].end:sentence.end].lstrip(), count=1)  # `(EU))`
    return list(listed) if tail.startswith(closing) else []


def _listed_after(doc: FactDocument, sentence: Sentence, size: Ref) -> list[Ref]:
    """The members a colon right after a figure of members lists (`eleven members: ten states and
    the European Union`), or a word of inclusion after that colon introduces (`…, namely A, B`),
    or a range after a comma (`17 members, from A and B to C and D`)."""
    if not doc.text[size.end:sentence.end].lstrip().startswith(":"):
        return ranged_after(doc, doc.actors(sentence), size.end)
    at = doc.text.index(":", size.end)
    after = [g for g in doc.lists(doc.actors(sentence)) if g[0].start > at]
    if after and after[0][0].start - at <= _BODY_AFTER:
        return after[0]
    # `26 members: 21 island states and five countries with interests in the region, namely A, B`:
    # the list the first word of inclusion after the colon introduces
    marks = doc.find("including", at, sentence.end)
    listed = next((g for g in after if marks and g[0].start >= marks[0].end()), None)
    return listed if listed is not None and listed[0].start - marks[0].end() <= _BODY_AFTER else []
