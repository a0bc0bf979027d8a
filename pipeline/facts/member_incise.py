"""Members kept apart from their cue of membership by an incise between two commas: `Chile, which
chaired the talks, is a member of X`, `le CERT-FR, que nous opérons, est membre du X`, `Chile, que
presidió la negociación, lo ratificó`, `La Agencia, fundada en 1949 y con sede en Madrid, forma parte
con B del X`. The incise only describes the members before it; they stay the subject of the cue."""

from __future__ import annotations

from .clauses import clause_start
from .document import FactDocument
from .lists import PARENTHESES
from .lists import tokens as _tokens
from .refs import Ref, Sentence

_INCISE_WORDS = 16  # words between the two commas, at most
# mentions that give an incise a subject or an object of its own, unless a relative pronoun opens it
_OWN = ("ORG", "COUNTRY", "INSTRUMENT", "FIGURE", "OPERATION")
_AFTER = 3  # words between the closing comma and the cue, at most (`, is a member of`, `, lo ratificó`)


def incise(doc: FactDocument, sentence: Sentence, start: int, cue_start: int) -> tuple[int, int] | None:
    """The commas around the last incise of text[start:cue_start], or None: its closing comma the
    last before the cue, a few words at most after it (`, is a`), one comma before it opening it
    and none inside; a relative pronoun opens it (`, which chaired the talks with Peru,`), or it
    names no body, state or figure and opens on no article (`, fundada en 1949 y con sede en
    Madrid,`; not `, the three riparian states,`, an apposition of its own)."""
    closing = doc.text.rfind(",", start, cue_start)
    if closing < 0 or len(_words(doc.text[closing:cue_start])) > _AFTER:
        return None
    opening = doc.text.rfind(",", start, closing)
    if opening < 0 or doc.named(opening) or doc.named(closing):
        return None  # a comma inside a name opens nothing
    words = _words(doc.text[opening + 1:closing])
    if not words or len(words) > _INCISE_WORDS:
        return None
    if doc.words.patterns["relative"].fullmatch(words[0]):
        return opening, closing
    if words[0] in doc.words.words["article"] or any(
            opening < m.start < closing and m.label in _OWN for m in sentence.mentions):
        return None
    return opening, closing


def past_incise(doc: FactDocument, sentence: Sentence, end: int, cue_start: int) -> int:
    """Where an incise right after members ending at `end` closes (past its closing comma), else
    `end`: its acronym in parentheses may stand between the members and the comma."""
    commas = incise(doc, sentence, end, cue_start)
    if commas is None or PARENTHESES.sub("", doc.text[end:commas[0]]).strip(" )"):
        return end
    return commas[1] + 1


def members_before(doc: FactDocument, sentence: Sentence, groups: list[list[Ref]], start: int,
                   cue_start: int) -> tuple[list[Ref], int]:
    """The members before a cue, of `groups` (lists from the clause's `start`), and where the text
    between them and the cue starts: the list right before an incise that closes right before the
    cue, and the incise's end (`Chile, que había copresidido la negociación junto con Costa Rica, lo
    ratificó`: Chile, not Costa Rica), else the last list and its end."""
    commas = incise(doc, sentence, start, cue_start)
    if commas is not None:
        before = next((list(g) for g in reversed(groups) if g[-1].end <= commas[0]
                       and not PARENTHESES.sub("", doc.text[g[-1].end:commas[0]]).strip(" )")), [])
        if before:
            return before, commas[1] + 1
    return (list(groups[-1]), groups[-1][-1].end) if groups else ([], cue_start)


def outside_incise(doc: FactDocument, sentence: Sentence, subject: list[Ref], actors: list[Ref],
                   cue_start: int) -> list[Ref]:
    """The subject of a cue, not one inside an incise that closes right before it (`le CERT-FR, que
    nous opérons, est membre du X`: the CERT-FR, not the publisher): the list before the incise."""
    start = clause_start(doc, sentence, cue_start)
    commas = incise(doc, sentence, start, cue_start)
    if commas is None or not subject or not commas[0] < subject[0].start < commas[1]:
        return subject
    return members_before(doc, sentence, doc.lists([a for a in actors if start <= a.start < commas[0]]), start,
                          cue_start)[0] or subject


def _words(text: str) -> list[str]:
    return [t for t in _tokens(text) if any(c.isalnum() for c in t)]
