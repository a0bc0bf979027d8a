"""Candidate memberships the rules did not give, and their features, for a learned reader.

In every sentence holding a cue of membership (a class of `memberships._CUES`, a member noun, a
figure of members), each body (ORG, INSTRUMENT) and each body or state named after or before it
(ORG, COUNTRY) is a candidate (body, member) where the rules gave no such tuple. Its features do
not depend on the language: labels, order, distance, cue classes between or before the two, a list
between, whether the member shares a list with a member the rules found, whether the body is the
sentence's first, whether the rules found a membership in the sentence. Extraction only computes a
dot product (`learned.LinearModel`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import FactDocument
from .learned import LinearModel
from .model import Argument, Fact
from .refs import Ref, Sentence, distinct

MEMBER_CUES = ("member_of", "gathers", "form", "including", "ratified_by", "within", "founded_by", "launched_by",
               "member_among", "member_of_it", "ratified_it", "joined_it", "member_in", "member_split", "member_which",
               "became_member", "represents_in", "among_them", "members_are_its")
# the cue classes whose place (between the two, before both) is a feature
_PLACED = ("member_of", "gathers", "form", "including", "ratified_by", "founded_by", "count_verb", "with",
           "partnership_cue", "between")
_BODY = ("ORG", "INSTRUMENT")
_MEMBER = ("ORG", "COUNTRY")
_FAR = 300  # characters: distances are read up to this
SOURCE = "learned:membership"


@dataclass(frozen=True)
class MemberCandidate:
    """A (body, member) tuple the rules did not give, where it stands, and its features."""

    key: tuple[str, str]       # (body norm, member norm)
    sentence: int
    body: Ref
    member: Ref
    features: dict[str, float]


def member_cue(doc: FactDocument, s: Sentence) -> bool:
    """Whether a sentence holds a cue of membership: a word of a membership class, or a member noun."""
    return doc.has_any(MEMBER_CUES, s.start, s.end) or doc.words.has("member_noun", doc.text, s.start, s.end)


def member_candidates(doc: FactDocument, facts: list[Fact]) -> list[MemberCandidate]:
    """Every (body, member) of a sentence with a cue of membership that the rules' facts do not give."""
    starts = {s.start: s.index for s in doc.sentences}
    given: set[tuple[str, str]] = set()
    members_of: dict[int, dict[str, set[str]]] = {}  # sentence → body → the members the rules found there
    bodies_found: dict[int, set[str]] = {}
    for f in facts:
        if f.type != "MEMBERSHIP":
            continue
        i = starts.get(f.evidence[0], -1)
        for b in f.values("body"):
            given |= {(b, m) for m in f.values("member")}
            members_of.setdefault(i, {}).setdefault(b, set()).update(f.values("member"))
            bodies_found.setdefault(i, set()).add(b)
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
        list_of = {(r.start, r.norm): n for n, g in enumerate(groups) for r in g}
        rules_here = members_of.get(s.index, {})
        found_members = {m for ms in rules_here.values() for m in ms}
        cues = {name: [c.start() for c in doc.find(name, s.start, s.end)] for name in _PLACED}
        first_body = bodies[0]
        for body in bodies:
            for member in refs:
                if (member.label not in _MEMBER and member.label != "REFERENCE" or member.norm == body.norm
                        or member.start == body.start):
                    continue
                if (body.norm, member.norm) in given:
                    continue
                f = _features(doc, s, body, member, cues, refs, list_of, rules_here, found_members)
                f["first_body"] = float(body is first_body)
                f["rules_body"] = float(body.norm in bodies_found.get(s.index, ()))
                found.append(MemberCandidate((body.norm, member.norm), s.index, body, member, f))
    return found


def _features(doc: FactDocument, s: Sentence, body: Ref, member: Ref, cues: dict[str, list[int]],
              refs: list[Ref], list_of: dict, rules_here: dict[str, set[str]],
              found_members: set[str]) -> dict[str, float]:
    lo, hi = min(body.end, member.end), max(body.start, member.start)
    before = min(body.start, member.start)
    gap = doc.text[lo:hi] if lo < hi else ""
    n = list_of.get((member.start, member.norm))
    mates = {r.norm for r in refs if list_of.get((r.start, r.norm)) == n and r.norm != member.norm} if n is not None else set()
    f = {
        "bias": 1.0,
        "body_first": float(body.start < member.start),
        "distance": min(1.0, max(0, hi - lo) / _FAR),
        "bodies_between": min(3.0, sum(1 for r in refs if lo <= r.start < hi)) / 3,
        "comma_between": float("," in gap),
        "colon_between": float(":" in gap),
        "paren_between": float("(" in gap or ")" in gap),
        "member_country": float(member.label == "COUNTRY"),
        "member_reference": float(member.label == "REFERENCE"),
        "body_instrument": float(body.label == "INSTRUMENT"),
        "body_reference": float(body.label == "REFERENCE"),
        "member_listed": float(bool(mates)),
        "mate_found": float(bool(mates & found_members)),
        "mate_of_body": float(bool(mates & rules_here.get(body.norm, set()))),
        "rules_sentence": float(bool(rules_here)),
        "member_found": float(member.norm in found_members),
        "member_noun": float(doc.words.has("member_noun", doc.text, s.start, s.end)),
        "member_noun_between": float(doc.words.has("member_noun", gap)),
        "heading": float(s.heading),
        "publisher_body": float(body.norm == doc.publisher),
        "publisher_member": float(member.norm == doc.publisher),
        "figure": float(bool(s.of("FIGURE"))),
        "opens": float(not doc.text[s.start:before].strip()),
    }
    for name, at in cues.items():
        f[f"{name}:between"] = float(any(lo <= c < hi for c in at))
        f[f"{name}:before"] = float(any(c < before for c in at))
    return f


def learned_members(doc: FactDocument, facts: list[Fact], model: LinearModel | None) -> list[Fact]:
    """The facts, and a membership (body, member) for each candidate the model keeps (none without
    a model), one fact per body and sentence, in text order."""
    if model is None:
        return facts
    kept: dict[tuple[int, str], list[MemberCandidate]] = {}
    for c in member_candidates(doc, facts):
        if model.keeps(c.features):
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
