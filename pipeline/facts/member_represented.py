"""Members named as the bodies that represent each state inside a body: `Chaque pays y est
représenté par son organisme national : A pour le Pérou, B pour la Colombie`, `Each member state
is represented on the Council by its national agency: A, B and C`, and, the list in the sentence
after, `Cada país miembro está representado en el Consejo por su institución nacional. Entre
ellas figuran A, B` (memberships.py and `member_copula.members_among_them` make them facts)."""

from __future__ import annotations

from collections.abc import Iterator

from .clauses import clause_start
from .document import FactDocument
from .lists import tokens as _tokens
from .member_nouns import spoken_of
from .refs import Ref, Sentence

_BODY_AFTER = 30  # characters between the cue and the body it places the subject in, at most


def represented_in(doc: FactDocument, sentence: Sentence) -> tuple[int, Ref] | None:
    """(where the cue ends, the body) of a passive verb of representation (class
    `represented_in`: `est représenté`, `is represented`, `está representado`) whose subject names
    no one (`Chaque pays`, `Each member state`) and whose agent follows (`par`, `by`, `por`: class
    `agent`): the body a place preposition names right after the cue (`en el Consejo`, `on the
    Council`), else, after a pronoun of place before the cue (class `place_pronoun`: `y est
    représenté`), the body the sentence before speaks of."""
    words = doc.words
    for cue in doc.find("represented_in", sentence.start, sentence.end):
        start = clause_start(doc, sentence, cue.start())
        if any(start <= a.start < cue.start() for a in doc.actors(sentence)):
            continue  # `Chile está representado en el Consejo por …`: a member named, no list of them
        after = next((m for m in sentence.mentions if m.start >= cue.end()), None)
        gap = _tokens(doc.text[cue.end():after.start]) if after is not None else []
        places = {w for p in words.words["place_preposition"] | words.words["within"] for w in _tokens(p)}
        places |= words.words["article"] | words.linker_words
        before = _tokens(doc.text[start:cue.start()])
        body = None
        if (after is not None and after.label in ("ORG", "INSTRUMENT") and after.start - cue.end() <= _BODY_AFTER
                and gap and all(t in places for t in gap)):
            body, end = after, after.end
        elif before and before[-1] in words.words["place_pronoun"]:
            body, end = spoken_of(doc, sentence), cue.end()
        if body is None:
            continue
        agent = _tokens(doc.text[end:sentence.end])[:1]
        if agent and agent[0] in words.words["agent"]:
            return end, body
    return None


def represented_members(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`Chaque pays y est représenté par son organisme national : A pour le Pérou, B pour la
    Colombie`: the bodies listed after the colon that closes the agent (no name between) are
    members of the body a passive verb of representation places the states in."""
    found = represented_in(doc, sentence)
    if found is None:
        return
    end, body = found
    colon = doc.text.find(":", end, sentence.end)
    if colon < 0 or any(end <= a.start < colon for a in actors):
        return
    listed = next(iter(doc.lists([a for a in actors if a.start > colon])), [])
    if listed and doc.joins(doc.text[colon + 1:listed[0].start]):
        members = [m for m in listed if m.label == "ORG" and m.norm != body.norm]
        if members:
            yield body, members
