"""Candidate memberships and their features, for a learned reader that learns what the rules know.

In every sentence holding a cue of membership (a class of `memberships.CUES`, a member noun), each
body (ORG, INSTRUMENT, or a body named back: `It`, `Elle`, `les deux organisations`) and each body,
state or body named back after or before it is a candidate (body, member), whether the rules gave
that tuple or not (`given`, never a feature). The model is trained on all of them, labelled by the
gold, so that it learns the structures the rules read (a cue between the two and on which side, a
colon or a list after the cue, order, distance, punctuation) from the text alone; at extraction it
adds the tuples it keeps that the rules did not give. The features do not depend on the language
(cue classes, punctuation, labels, places) and say nothing of the rules' own facts. Extraction only
computes a dot product (`learned.LinearModel`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import FactDocument
from .learned import LinearModel
from .memberships import CUES as MEMBER_CUES
from .model import Argument, Fact
from .refs import Ref, Sentence, distinct, is_item
from .words import SCANNED

# the classes whose place (between the two, before both, after both) is a feature: those of membership and
# those of the other facts, which tell a partner or an operation's side from a member
_PLACED = MEMBER_CUES + ("member_noun", "count_verb", "size_unit", "network_noun", "link_verb", "with",
                         "partnership_cue", "between", "agreement_cue", "example_of", "participation_cue", "lead_by",
                         "linker", "relative", "agent", "founding", "members_joined", "origin_linker", "channel", "conjunction", "strict_member_noun",
                         "plural_possessive", "possessive")
_NEXT = 12  # characters: a cue this close before or after a value stands next to it
_BODY = ("ORG", "INSTRUMENT")
_MEMBER = ("ORG", "COUNTRY")
SOURCE = "learned:membership"


@dataclass(frozen=True)
class MemberCandidate:
    """A (body, member) tuple of a sentence, whether the rules gave it, where it stands, and its features."""

    key: tuple[str, str]       # (body norm, member norm)
    sentence: int
    body: Ref
    member: Ref
    given: bool
    features: dict[str, float]


def member_cue(doc: FactDocument, s: Sentence) -> bool:
    """Whether a sentence holds a cue of membership: a word of a membership class, or a member noun."""
    return doc.has_any(MEMBER_CUES, s.start, s.end) or doc.words.has("member_noun", doc.text, s.start, s.end)


def given_tuples(facts: list[Fact]) -> set[tuple[str, str]]:
    """The (body, member) tuples of the facts' memberships."""
    return {(b, m) for f in facts if f.type == "MEMBERSHIP" for b in f.values("body") for m in f.values("member")}


def member_candidates(doc: FactDocument, facts: list[Fact]) -> list[MemberCandidate]:
    """Every (body, member) of every sentence with a cue of membership, those the rules' facts
    give included (marked `given`)."""
    given = given_tuples(facts)
    found = []
    for s in doc.sentences:
        if not member_cue(doc, s):
            continue
        refs = distinct([m for m in s.mentions if m.label in _BODY + _MEMBER] +
                        [r for r in doc.actors(s) if r.label == "REFERENCE"])
        bodies = [r for r in refs if r.label in _BODY or r.label == "REFERENCE"]  # `It links A, B …`
        if not bodies:
            continue
        groups = doc.lists([r for r in refs if r.label in _MEMBER or r.label == "REFERENCE"])
        cues = {name: _cues(doc, name, s) for name in _PLACED}
        place = _Place(doc, s, refs, bodies, {(r.start, r.norm): g for g in groups for r in g}, cues)
        for body in bodies:
            for member in refs:
                if (member.label not in _MEMBER and member.label != "REFERENCE" or member.norm == body.norm
                        or member.start == body.start):
                    continue
                found.append(MemberCandidate((body.norm, member.norm), s.index, body, member,
                                             (body.norm, member.norm) in given, place.features(body, member)))
    return found


def _cues(doc: FactDocument, name: str, s: Sentence) -> list[tuple[int, int]]:
    """Where the words of a class stand in a sentence: a scanned class's cues outside names, a word
    class's matches."""
    if name in SCANNED:
        return [(c.start(), c.end()) for c in doc.find(name, s.start, s.end)]
    pattern = doc.words.patterns.get(name)
    return [m.span() for m in pattern.finditer(doc.text, s.start, s.end)] if pattern is not None else []


@dataclass
class _Place:
    """What one sentence offers every candidate's features: its refs, bodies, lists and cues."""

    doc: FactDocument
    s: Sentence
    refs: list[Ref]
    bodies: list[Ref]
    list_of: dict[tuple[int, str], list[Ref]]
    cues: dict[str, list[tuple[int, int]]]

    def features(self, body: Ref, member: Ref) -> dict[str, float]:
        """The features of one (body, member) of the sentence."""
        doc, s, text = self.doc, self.s, self.doc.text
        first = body.start <= member.start
        lo, hi = (body.end, member.start) if first else (member.end, body.start)
        before, after = min(body.start, member.start), max(body.end, member.end)
        gap = text[lo:hi] if lo < hi else ""
        order = "bm" if first else "mb"
        between = [r for r in self.refs if lo <= r.start < hi]
        mates = self.list_of.get((member.start, member.norm), [])
        f = {
            "bias": 1.0,
            f"order:{order}": 1.0,
            f"body:{body.label}": 1.0,
            f"member:{member.label}": 1.0,
            f"pair:{body.label}:{member.label}": 1.0,
            "near": float(hi - lo < 40),
            "far": float(hi - lo >= 120),
            f"refs_between:{min(3, len(between))}": 1.0,
            "body_between": float(any(r.label in _BODY for r in between)),
            "comma_between": float("," in gap),
            "colon_between": float(":" in gap),
            "semicolon_between": float(";" in gap),
            "paren_between": float("(" in gap or ")" in gap),
            "dash_between": float("—" in gap or "–" in gap or " - " in gap),
            "listed": float(len(mates) > 1),
            "long_list": float(len(mates) > 3),
            "body_in_list": float(any(r.norm == body.norm for r in mates)),
            "first_body": float(body is self.bodies[0]),
            "opens": float(not text[s.start:before].strip(" \t\n-–—•*·▪")),
            "ends": float(not text[after:s.end].strip(" .;:\n)")),
            "nearest_body": float(not any(r.label in _BODY and lo <= r.start < hi for r in self.bodies)),
            "heading": float(s.heading),
            "item": float(is_item(text, s)),
            "publisher_body": float(body.norm == doc.publisher),
            "publisher_member": float(member.norm == doc.publisher),
            "figure": float(bool(s.of("FIGURE"))),
            "figure_between": float(any(lo <= r.start < hi for r in s.of("FIGURE"))),
        }
        for name, at in self.cues.items():
            if not at:
                continue
            if any(lo <= a and e <= hi for a, e in at):
                f[f"{name}:between:{order}"] = 1.0
            if any(e <= before for a, e in at):
                f[f"{name}:before"] = 1.0
            if any(a >= after for a, e in at):
                f[f"{name}:after"] = 1.0
            if any(0 <= body.start - e <= _NEXT or 0 <= a - body.end <= _NEXT for a, e in at):
                f[f"{name}:at_body"] = 1.0
            if any(0 <= member.start - e <= _NEXT or 0 <= a - member.end <= _NEXT for a, e in at):
                f[f"{name}:at_member"] = 1.0
        # each place of a cue crossed with the member's label and the shape around it (a linear model
        # reads `member_of` between, members first, in a list, only through such crosses)
        shape = [k for k in ("listed", "colon_between", "comma_between", "nearest_body", "opens") if f[k]]
        for k in [k for k in f if k.split(":")[0] in self.cues]:
            f[f"{k}|{member.label}"] = 1.0
            for other in shape:
                f[f"{k}|{other}"] = 1.0
        return f


def learned_members(doc: FactDocument, facts: list[Fact], model: LinearModel | None,
                    candidates: list[MemberCandidate] | None = None) -> list[Fact]:
    """The facts, and a membership (body, member) for each candidate the model keeps in a sentence
    where the rules read no member (none without a model), one fact per body and sentence, in text
    order. Where the rules read a member, their reading of the sentence stands: out of fold on the
    training sets, additions there were right one time in ten (docs/facts.md). `candidates`: those
    of these facts, computed once by a caller that tries many models (`member_train`)."""
    if model is None:
        return facts
    read = {f.evidence[0] for f in facts if f.type == "MEMBERSHIP" and f.values("member")}
    kept: dict[tuple[int, str], list[MemberCandidate]] = {}
    for c in member_candidates(doc, facts) if candidates is None else candidates:
        if not c.given and doc.sentences[c.sentence].start not in read and model.keeps(c.features):
            kept.setdefault((c.sentence, c.key[0]), []).append(c)
    if not kept:
        return facts
    added = []
    for (i, _), found in kept.items():
        s = doc.sentences[i]
        body = found[0].body
        members = distinct([c.member for c in found])
        added.append(Fact("MEMBERSHIP", (Argument("body", body.norm, body.label, body.start, body.end),
                                         *[Argument("member", m.norm, m.label, m.start, m.end) for m in members]),
                          (s.start, s.end), SOURCE))
    return sorted(facts + added, key=lambda f: f.evidence)
