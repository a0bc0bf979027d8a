"""Agreements of those that followed the signatory of the agreement stated before (FACTS.md,
AGREEMENT): `Le Ghana a été le premier pays à signer un accord avec l'UE. Le Congo et le Cameroun
l'ont suivi en 2010, puis le Liberia en 2011`, `Chile followed in 2019`, `Perú lo siguió en 2019`.

Each follower signed the same kind of agreement with the other side of the one stated last, on
the date named after it (a list of followers, then `puis`/`then`/`luego` and another list with a
date of its own: one agreement per follower). The other side is the side of that agreement whose
kind (a state or a body) the followers are not: `A and B followed` after an agreement between the
EU and a state pairs A and B with the EU, after one between two states it names no one.
"""

from __future__ import annotations

from .document import FactDocument
from .model import Argument, Fact
from .refs import Ref, Sentence
from .relations import argument

_BACK = 2500  # the agreement followed was stated this many characters before, at most
_TO_DATE = 4  # `l'ont suivi en 2010`: a date stands this close after the verb (a preposition), else a stop or a colon
_SIDES = ("party", "partner")


def followers(doc: FactDocument, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
    """The agreements a sentence opening on those who followed the last signatory states, one
    per follower, or none."""
    cue = next(iter(doc.find("followed_verb", sentence.start, sentence.end)), None)
    if cue is None or not _ends_verb(doc, sentence, cue):
        return []
    last = next((f for f in reversed(facts) if f.type == "AGREEMENT"), None)
    if last is None or not 0 <= sentence.start - last.evidence[1] <= _BACK:
        return []
    actors = [r for r in doc.actors(sentence) if r.label in ("ORG", "COUNTRY")]
    groups = doc.lists(actors)
    if not groups or groups[0][-1].end > cue.start() or _named_before(doc, sentence, groups[0][0]):
        return []  # `Le siguieron el CONPES 3854 …`: no list opens the sentence before the verb
    kind = groups[0][0].label
    if any(r.label != kind for g in groups for r in g):
        return []
    sides = [a for a in last.arguments if a.role in _SIDES]
    other = [a for a in sides if a.label != kind]
    if not other or len(other) == len(sides) or len({a.norm for a in other}) > 1:
        return []  # two states, or two bodies: whom the followers signed with is not said
    dates = [r for r in sentence.of("DATE") if not doc.in_dateline(r)]
    found = []
    for i, group in enumerate(groups):
        end = groups[i + 1][0].start if i + 1 < len(groups) else sentence.end
        date = next((r for r in dates if group[-1].end <= r.start < end), None)
        if date is None:
            return []  # every follower has its date: `A followed in 2010, then B in 2011`
        for r in group:
            found.append(Fact("AGREEMENT", (argument("party", r), _side(other[0]), argument("date", date)),
                              (sentence.start, sentence.end), "rule:agreement"))
    return found


def _ends_verb(doc: FactDocument, sentence: Sentence, cue) -> bool:
    """Whether the verb of following has no object of its own: a date, a colon, a comma or the
    sentence's end right after it (`ont suivi en 2010`, `a suivi :`; not `ont suivi une formation`)."""
    rest = doc.text[cue.end():sentence.end].lstrip()
    if not rest or rest[0] in ".,:;":
        return True
    at = sentence.end - len(rest)
    return any(at <= r.start <= at + _TO_DATE for r in sentence.of("DATE"))


def _named_before(doc: FactDocument, sentence: Sentence, first: Ref) -> bool:
    """Whether a mention of another kind stands before the first follower in its sentence (the
    followers open it: `En 2010, le Congo …` still does)."""
    return any(m.start < first.start and m.label not in ("DATE",) for m in sentence.mentions)


def _side(arg: Argument) -> Argument:
    """The other side, as the agreement followed names it."""
    return Argument("partner", arg.norm, arg.label, arg.start, arg.end)
