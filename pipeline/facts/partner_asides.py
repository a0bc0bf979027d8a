"""A partnership stated before the memberships of its sentence, all its sides named before the
first value of a membership: most often an apposition or a relative clause about the partner adds
them (`Nous travaillons avec l'UIT, l'institution des Nations Unies qui réunit 193 États membres`,
`We work with the ITU, which brings together 193 member states`, `Colaboramos con la UIT, que
reúne a 193 Estados miembros`), but the membership may be of other bodies in a clause of its own
(`We work with the ITU; A and B are members of C`): either way the sentence states both, the
membership and the partnership of the cue before it. Not where a side of the partnership is also
one of the members, nor where a side stands in a relative clause."""

from __future__ import annotations

from .decide import CLAUSE_AFTER
from .document import FactDocument
from .model import Fact
from .refs import Sentence
from .relations import partnership


def partner_before_members(doc: FactDocument, sentence: Sentence, found: list[Fact]) -> list[Fact]:
    """The partnership a cue states before the memberships of the sentence, all its sides named
    before the first value of a membership (the membership then only describes one of them); []
    where there is an agreement, or a side of the partnership is also a member."""
    if any(f.type != "MEMBERSHIP" for f in found):
        return []
    first = min((a.start for f in found for a in f.arguments if a.from_text and a.role != "body"), default=None)
    if first is None or not doc.has("partnership_cue", sentence.start, first):
        return []  # no cue before the membership's values (most sentences of members): nothing to read
    fact = partnership(doc, sentence)
    if fact is None:
        return []
    sides = [a for a in fact.arguments if a.role in ("party", "partner")]
    if not fact.values("partner") or any(a.from_text and a.start >= first for a in sides):
        return []
    members = {v for f in found for v in f.values("member")}
    if members & {a.norm for a in sides}:
        return []
    last = max((a.start for a in sides if a.from_text), default=sentence.start)
    if doc.relatives(sentence.start, last):
        return []  # `INTERPOL's officers briefed …, which connects ASEANAPOL members …`: a side in the aside
    return [Fact(fact.type, fact.arguments, fact.evidence, CLAUSE_AFTER)]
