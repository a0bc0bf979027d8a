"""Members listed after a noun of membership that names its body (memberships.py makes them
facts): `The signatories of the Ramsar Convention are A, B and C`, `Les États membres de la CEDEAO
sont A, B et C`, `Los Estados parte de la Convención son A, B y C`, `Members of the Egmont Group
include A and B`: a sentence that opens on a member noun (class `member_noun`, with units of states
and ranks: `participating States`, `membres fondateurs`), a linker and the body, then a word that
introduces examples or a copula (class `including`) and a list of two bodies or states or more;
a word of the class `among` may open it (`Entre los miembros de la Comisión figuran A, B`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from .document import FactDocument
from .lists import tokens as _tokens
from .member_lists import acting_nouns
from .member_nouns import possessor, spoken_of
from .member_subjects import BODY_LABELS as _BODY_LABELS
from .member_subjects import subject
from .refs import Ref, Sentence

_NOUN_WORDS = 6  # words of the noun phrase before the body, at most (`The participating States of the`)
_MEMBERS_AFTER = 12  # the list stands this close after the cue (`incluyen a `)


def members_of_named(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """(body, members) of a sentence opening on `the <member noun> of <body>` before a copula or a
    word of inclusion and a list (not `The officers of INTERPOL include …`: no member noun)."""
    words = doc.words
    mentions = [m for m in sentence.mentions if m.label not in ("FIGURE", "DATE")]
    if not mentions or mentions[0].label not in _BODY_LABELS:
        return
    body = mentions[0]
    head = _tokens(doc.text[sentence.start:body.start])
    if head and head[0] in words.words["among"]:
        head = head[1:]  # `Entre los miembros de la Comisión figuran A, B`: some of its members
    linkers = words.linker_words | words.words["party_linker"]  # `The Parties to the`
    if not head or len(head) > _NOUN_WORDS or head[-1] not in linkers | words.words["article"]:
        return
    allowed = words.words["article"] | linkers | words.member_words | _rank_words(doc)
    if any(t not in allowed for t in head) or words.patterns["member_noun"].search(
            doc.text, sentence.start, body.start) is None:
        return
    # the body's acronym in parentheses, and a comma, may stand before the cue
    after = next((m for m in mentions[1:] if m.norm != body.norm), None)
    limit = after.start if after is not None else sentence.end
    for cue in doc.find("including", body.end, limit):
        gap = doc.text[body.end:cue.start()]
        if [t for t in _tokens(gap) if t not in (",", "(", ")")] and not _acronym_only(doc, sentence, body, cue.start()):
            continue
        listed = next((g for g in doc.lists([a for a in actors if a.start >= cue.end()]) if g), [])
        if len({m.norm for m in listed}) < 2 or listed[0].start - cue.end() > _MEMBERS_AFTER or any(
                t not in words.join_words for t in _tokens(doc.text[cue.end():listed[0].start])):
            return
        yield body, [m for m in listed if m.label in ("ORG", "COUNTRY")]
        return


def _acronym_only(doc: FactDocument, sentence: Sentence, body: Ref, end: int) -> bool:
    """Whether only the body's own other name in parentheses stands between it and `end`."""
    inner = [m for m in sentence.mentions if body.end <= m.start < end]
    return bool(inner) and all(m.norm == body.norm for m in inner) and not [
        t for t in _tokens(doc.text[inner[-1].end:end]) if t not in (",", ")")]


def _rank_words(doc: FactDocument) -> frozenset[str]:
    return _phrase_words(doc.words.words["member_rank"])


@lru_cache(maxsize=8)
def _phrase_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(w for phrase in _phrases(phrases) for w in phrase)


_HEAD_WORDS = 4  # `Its founding members:`, `Estados participantes:`: words before the colon, at most


def members_after_colon(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`X was launched in 2002. Its members: A, B and C`, `Ses membres : A, B et C`, `Estados
    participantes: A, B y C`, `X members: A, B`: a sentence opening on a noun of membership and a
    colon lists the members of the body a possessive stands for, the body right before the noun, or,
    for a noun of states or members alone (not `Participants:`, who may attend a meeting), the body
    the sentence before speaks of."""
    words = doc.words
    colon = doc.text.find(":", sentence.start, sentence.end)
    if colon < 0:
        return
    inside = [m for m in sentence.mentions if m.end <= colon]
    head = _tokens(doc.text[inside[-1].end if inside else sentence.start:colon])  # after the body: `X members:`
    if not head or len(head) > _HEAD_WORDS or len(inside) > 1 or words.patterns["member_noun"].search(
            doc.text, sentence.start, colon) is None:
        return
    allowed = words.words["article"] | words.words["possessive_article"] | words.member_words | _rank_words(doc)
    if any(t not in allowed for t in head if any(c.isalnum() for c in t)):
        return
    if inside:  # `Bali Process members:`: the body the noun belongs to
        body = inside[0] if inside[0].label in _BODY_LABELS and not _tokens(doc.text[sentence.start:inside[0].start]) else None
    elif head[0] in words.words["possessive_article"]:
        body = possessor(doc, sentence, colon)
    elif _strict_noun(doc, head):
        body = spoken_of(doc, sentence)
    else:
        body = None
    if body is None:
        return
    listed = next(iter(doc.lists([a for a in actors if a.start > colon])), [])
    if len({m.norm for m in listed}) < 2 or any(t not in words.join_words for t in _tokens(doc.text[colon + 1:listed[0].start])):
        return
    yield body, [m for m in listed if m.label in ("ORG", "COUNTRY") and m.norm != body.norm]


def _strict_noun(doc: FactDocument, head: list[str]) -> bool:
    """Whether a head holds a whole phrase of states or members proper (class `strict_member_noun`:
    `members`, `states`, `nations`; not `participants`, `participating countries`)."""
    return any(tuple(head[i:i + len(p)]) == p for p in _phrases(doc.words.words["strict_member_noun"])
               for i in range(len(head) - len(p) + 1))


@lru_cache(maxsize=8)
def _phrases(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """A class's phrases as their words, once per language (not per sentence)."""
    return tuple(tuple(_tokens(p)) for p in phrases)


def members_among_them(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`X, qui associe les grands établissements publics culturels français. Parmi eux figurent
    A, B et C`, `X brings together 40 countries. Among them are A and B`: the list of a sentence
    opening on `among them` (`among_them_list`) names members of the body that the sentence before
    has gather others (the subject of its gathering verb), unless what it gathers are people (the
    bodies representing each state in a body: `member_represented`)."""
    listed = among_them_list(doc, sentence, actors)
    if not listed:
        return
    before = doc.sentences[sentence.index - 1]
    gathering = next(iter(doc.find("gathers", before.start, before.end)), None)
    if gathering is None or _people(doc, gathering.end(), before.end):
        return  # `UNODC brings together delegations in Vienna. Among them are …`: people at a meeting
    body = subject(doc, before, gathering.start())  # not `The workshop, organised by UNODC, brings together`
    if body is not None and body.label in _BODY_LABELS:
        yield body, [m for m in listed if m.label in ("ORG", "COUNTRY") and m.norm != body.norm]


def among_them_list(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> list[Ref]:
    """The list of two bodies or states or more of a sentence (not the first) opening on `among
    them` (class `among_them`: `Parmi eux`, `Among them`, `Entre ellas`), then a copula or a word
    of inclusion (`figurent`, `are`), else none."""
    cue = doc.opening_cue(sentence, "among_them")
    if cue is None or not sentence.index:
        return []
    inclusion = next(iter(doc.find("including", cue.end(), sentence.end)), None)
    if inclusion is None or [t for t in _tokens(doc.text[cue.end():inclusion.start()]) if t != ","]:
        return []
    listed = next(iter(doc.lists([a for a in actors if a.start >= inclusion.end()])), [])
    if len({m.norm for m in listed}) < 2 or any(
            t not in doc.words.join_words for t in _tokens(doc.text[inclusion.end():listed[0].start])):
        return []
    return listed


def _people(doc: FactDocument, start: int, end: int) -> bool:
    """Whether what a gathering verb gathers are people (`délégations`, `representatives`,
    `officials`: classes `representative`, `constituent`), not bodies or states."""
    people = acting_nouns(doc)
    return any(t in people for t in _tokens(doc.text[start:end]))

