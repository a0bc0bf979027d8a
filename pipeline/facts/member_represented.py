"""Members named as the bodies that represent each state inside a body: `Each member state is
represented in the Council by its national agency: A, B and C`, `Chaque pays y est représenté par
son organisme national : A pour X, B pour Y` (after a sentence that opens on the body), and, the
list in the sentence after, `Cada país está representado en el Consejo por su institución
nacional. Entre ellas figuran A, B` (memberships.py makes them facts)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from .clauses import clause_start
from .document import FactDocument
from .lists import PARENTHESES
from .lists import tokens as _tokens
from .member_copula import among_them_list
from .refs import Ref, Sentence

_BODY_AFTER = 30  # characters between the cue and the body it places the subject in, at most


def represented_in(doc: FactDocument, sentence: Sentence) -> tuple[int, Ref] | None:
    """(where the cue ends, the body) of a passive verb of representation (class
    `represented_in`: `est représenté`, `was represented`, `está representado`) whose subject names
    no one and denies nothing (`Chaque pays`, `Each member state`; not `Ningún país`: class
    `negation`) and whose agent follows (`par`, `by`, `por`: class `agent`): the body a place
    preposition names right after the cue (`en el Consejo`, `in the Council`), else, after a
    pronoun of place before the cue (class `place_pronoun`: `y est représenté`), the body the
    sentence before opens on (`placed_before`)."""
    words = doc.words
    places = _place_words(words.words["place_preposition"] | words.words["within"],
                          words.words["article"] | words.linker_words)
    for cue in doc.find("represented_in", sentence.start, sentence.end):
        start = clause_start(doc, sentence, cue.start())
        if any(start <= a.start < cue.start() for a in doc.actors(sentence)):
            continue  # `Chile está representado en el Consejo por …`: a member named, no list of them
        if words.has("negation", doc.text, start, cue.end()):
            continue  # `Ningún país está representado en el Comité por …`: no state, no members
        after = next((m for m in sentence.mentions if m.start >= cue.end()), None)
        gap = _tokens(doc.text[cue.end():after.start]) if after is not None else []
        before = _tokens(doc.text[start:cue.start()])
        body = None
        if (after is not None and after.label in ("ORG", "INSTRUMENT") and after.start - cue.end() <= _BODY_AFTER
                and gap and all(t in places for t in gap)):
            body, end = after, after.end
        elif before and before[-1] in words.words["place_pronoun"]:
            body, end = placed_before(doc, sentence), cue.end()
        if body is None:
            continue
        agent = _tokens(doc.text[end:sentence.end])[:1]
        if agent and agent[0] in words.words["agent"]:
            return end, body
    return None


@lru_cache(maxsize=8)
def _place_words(places: frozenset[str], articles: frozenset[str]) -> frozenset[str]:
    """The words that may stand between the cue and its body, once per language (not per cue)."""
    return frozenset(w for p in places for w in _tokens(p)) | articles


def placed_before(doc: FactDocument, sentence: Sentence) -> Ref | None:
    """The body a pronoun of place (`y`) stands for: the body the sentence before (in its
    paragraph) opens on as its subject (articles at most before it), where that sentence places
    nothing else (`Le Comité a été créé en 2002`, not `Le PNUD organise un atelier à Lima`: a
    place preposition before anything but a date)."""
    before = doc.sentence_just_before(sentence)
    if before is None:
        return None
    body = next((m for m in before.mentions if m.label not in ("DATE", "FIGURE")), None)
    if body is None or body.label != "ORG" or not doc.only_articles(before.start, body.start):
        return None
    named = [(m.start, m.end) for m in before.mentions]
    dates = {m.start for m in before.mentions if m.label == "DATE"}
    for cue in doc.words.patterns["place_preposition"].finditer(doc.text, body.end, before.end):
        after = len(doc.text) - len(doc.text[cue.end():].lstrip())
        if after not in dates and not any(s <= cue.start() < e for s, e in named):
            return None
    return body


def represented_members(doc: FactDocument, sentence: Sentence, actors: list[Ref]) -> Iterator[tuple[Ref, list[Ref]]]:
    """`Each member state is represented in the Council by its minister: A, B and C`: the bodies
    listed after the colon that closes the agent (no name between) are members of the body a
    passive verb of representation places the states in, where the list ends the sentence, each
    body followed by `pour <state>` at most (not `…: A and B attend as observers`); and so are
    the bodies the next sentence lists among them (`Entre ellas figuran A, B`)."""
    if sentence.index and doc.opening_cue(sentence, "among_them") is not None:
        found = represented_in(doc, doc.sentences[sentence.index - 1])
        listed = among_them_list(doc, sentence, actors) if found is not None else []
        members = [m for m in listed if m.label == "ORG" and m.norm != found[1].norm] if listed else []
        if members:  # bodies only: the states are those represented
            yield found[1], members
    found = represented_in(doc, sentence)
    if found is None:
        return
    end, body = found
    colon = doc.text.find(":", end, sentence.end)
    if colon < 0 or any(end <= a.start < colon for a in actors):
        return
    # the states after `pour` are no actors of their own (`A pour le Pérou`), and still close their body
    refs = sorted({*[a for a in actors if a.start > colon], *sentence.of("COUNTRY")})
    members = [m for m in _closing_list(doc, sentence, [r for r in refs if r.start > colon], colon + 1)
               if m.norm != body.norm]
    if members:
        yield body, members


def _closing_list(doc: FactDocument, sentence: Sentence, refs: list[Ref], start: int) -> list[Ref]:
    """The bodies of a list from `start` to the sentence's end, each followed at most by its
    other name in parentheses and the state it acts for (class `acting_for`: `pour le Pérou`, `for
    Peru`); none where anything else follows one (a verb: `A and B attend as observers`)."""
    bodies: list[Ref] = []
    at, owner = start, False  # owner: the last body may still take its acronym and its state
    for ref in refs:
        gap = doc.text[at:ref.start]
        if ref.label == "COUNTRY" and owner and _acting_for(doc, PARENTHESES.sub(" ", gap)):
            at, owner = ref.end, False
        elif ref.label == "ORG" and doc.joins(gap):
            bodies.append(ref)
            at, owner = ref.end, True
        else:
            return []
    tail = doc.text[at:sentence.end]
    return bodies if not any(c.isalnum() for c in (PARENTHESES.sub(" ", tail) if owner else tail)) else []


def _acting_for(doc: FactDocument, gap: str) -> bool:
    """Whether a gap is a preposition of acting for a state (class `acting_for`) and articles at most."""
    cue = doc.words.patterns["acting_for"].match(gap.strip())
    return cue is not None and all(t in doc.words.words["article"] for t in _tokens(gap.strip()[cue.end():]))
