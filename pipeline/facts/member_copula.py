"""Members listed after a noun of membership that names its body (memberships.py makes them
facts): `The signatories of the Ramsar Convention are A, B and C`, `Les États membres de la CEDEAO
sont A, B et C`, `Los Estados parte de la Convención son A, B y C`, `Members of the Egmont Group
include A and B`: a sentence that opens on a member noun (class `member_noun`, with units of states
and ranks: `participating States`, `membres fondateurs`), a linker and the body, then a word that
introduces examples or a copula (class `including`) and a list of two bodies or states or more.
"""

from __future__ import annotations

from collections.abc import Iterator

from .document import FactDocument
from .lists import tokens as _tokens
from .refs import Ref, Sentence

_BODY_LABELS = ("ORG", "INSTRUMENT")
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
    return frozenset(w for phrase in doc.words.words["member_rank"] for w in _tokens(phrase))
