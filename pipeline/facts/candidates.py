"""Candidate partnership pairs and their features, for the learned part of the facts stage.

The structure readers (`structure`) say which bodies a cue links; a small model trained on the
project's own gold (`partex.facts.train`) weighs that together with what surrounds each pair:
which cue words stand where, whether the two make one list or open a clause together, how far
apart they are, whether the sentence is a title. Features are language-independent: cue words
come from each language's data.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from itertools import combinations

from .document import FactDocument
from .refs import Ref, Sentence, distinct
from .asides import across_aside, aside_of
from .clauses import clause_start
from .own_withs import own_withs
from .structure import cue_sides, weak_sides
from .wide_pairs import cued as wide_cued, wide_pairs

_WITH_LIST = 2  # bodies at least in a list after `with` that are partners of the body before it, not of one another


@dataclass(frozen=True)
class Candidate:
    """A tuple the stage may emit, where it stands, and its features."""

    kind: str                  # "pair" (partnership)
    key: tuple                 # ("A", "B"): sorted norms
    sentence: int
    refs: tuple[Ref, ...]      # the mentions giving the values
    features: dict[str, float]


def _cues(doc: FactDocument, name: str, s: Sentence) -> list[int]:
    return [m.start() for m in doc.find(name, s.start, s.end)]


def pair_candidates(doc: FactDocument, rule_pairs: dict[int, set[tuple[str, str]]],
                    blocked: set[int] = frozenset(),
                    treaties: tuple[frozenset[str], ...] = (),
                    free: dict[int, list[tuple[int, int]]] | None = None, wide: bool = False) -> list[Candidate]:
    """Every two bodies or states of a sentence that its structure links (a cue states them, one
    acts with the other, they make one list), with what might make them partners; none in the
    `blocked` sentences (those stating an agreement, a membership or an operation: FACTS.md gives
    their bodies those facts' roles, not a partnership of their own), and none between two states
    of one group named back (`the eight Amazon countries`, `entre los cinco países`) that are all
    parties of one of the `treaties` (an instrument signed by three states or more): they are
    the treaty's parties, not partners. In a blocked sentence with `free` clauses (those of an
    operation's sentence that hold none of its values), only two bodies of one such clause.
    With `wide` (a model that weighs them), also the other pairs the guards let through (`_wide`)."""
    found = []
    free = free or {}
    first_block = min((s.block for s in doc.sentences), default=0)
    for s in doc.sentences:
        if s.index in blocked and s.index not in free:
            continue
        titled = s.heading or s.block == first_block
        cued = doc.has("partnership_cue", s.start, s.end)
        widen = wide and s.index not in blocked and wide_cued(doc, s)
        if not (titled or cued or widen or doc.has("with", s.start, s.end)
                or doc.has("participation_cue", s.start, s.end)):
            continue  # nothing links two bodies here
        actors = distinct(doc.actors(s))
        listed = _field_list(doc, s)
        asides = aside_of(doc, s, actors)
        pairs = [(a, b) for a, b in combinations(actors, 2) if a.norm != b.norm
                 and not _treaty_group(doc.actors(s), a, b, treaties) and not _member_group(s, doc, a, b)
                 and not (id(a) in listed and id(b) in listed) and not across_aside(asides, a, b)]
        if not pairs:
            continue
        shape = _shape(doc, s, doc.actors(s))
        if s.index in blocked:
            # a free clause of an operation's sentence: two bodies of one clause on the two sides
            # of its cue, not one list (`A y B cuentan con …, y A coordina la operación X`)
            pairs = [(a, b) for a, b in pairs if shape["list_of"][id(a)] != shape["list_of"][id(b)] and any(
                lo <= a.start < hi and lo <= b.start < hi for lo, hi in free[s.index])]
        linked = shape["stated"] | shape["with"] | shape["taking_part"]
        cued = cued or titled
        guarded = pairs
        pairs = [(a, b) for a, b in pairs if tuple(sorted((a.norm, b.norm))) not in shape["alternatives"] and (
                 tuple(sorted((a.norm, b.norm))) in linked or (cued and shape["list_of"][id(a)] == shape["list_of"][id(b)]))]
        if widen:
            found += _wide(doc, s, actors, guarded, pairs, shape, bool(rule_pairs.get(s.index)))
        if not pairs:
            continue
        cues = {name: _cues(doc, name, s) for name in
                ("partnership_cue", "agreement_cue", "member_of", "gathers", "lead_by", "participation_cue",
                 "framework_cue", "between", "with", "result_cue")}
        has_op = bool(s.of("OPERATION"))
        for a, b in pairs:
            key = tuple(sorted((a.norm, b.norm)))
            f = _pair_features(doc, s, a, b, cues, shape)
            f.update({"rule": float(key in rule_pairs.get(s.index, set())),
                      "first_block": float(s.block == first_block), "inv_actors": 1.0 / len(actors),
                      "operation": float(has_op)})
            found.append(Candidate("pair", key, s.index, (a, b), f))
    return found


def _wide(doc: FactDocument, s: Sentence, actors: list[Ref], guarded: list[tuple[Ref, Ref]],
          pairs: list[tuple[Ref, Ref]], shape: dict, stated: bool) -> list[Candidate]:
    """Every other two bodies of a sentence with a word of cooperation that the guards let through
    (`guarded`), not the structure's `pairs` nor the pairs it names as alternatives (`wide_pairs`)."""
    taken = {tuple(sorted((a.norm, b.norm))) for a, b in pairs} | shape["alternatives"]
    return [Candidate("pair", tuple(sorted((a.norm, b.norm))), s.index, (a, b), f)
            for (a, b), f in wide_pairs(doc, s, actors, guarded, taken, shape["list_of"], stated)]


_FIELD = re.compile(r"[ \t]*(?:[-•*·–][ \t]*)?([^\n:;.]{1,60}?)[ \t]*:[ \t]")


def _field_list(doc: FactDocument, s: Sentence) -> set[int]:
    """The bodies of a fact sheet's field, a line that is a label, a colon and names alone
    (`- Partners: A, B, C`, `Partenaires : A, B et C`, `Donantes: A y B`): they are the label's
    values, not partners of one another (a verb after the colon makes it a sentence: none)."""
    field = _FIELD.match(doc.text, s.start, s.end)
    if field is None or "\n" in doc.text[s.start:s.end].strip():
        return set()
    listed = [r for r in s.mentions if r.start >= field.end()]
    rest, at = [], field.end()
    for r in listed:
        rest.append(doc.text[at:r.start])
        at = max(at, r.end)
    rest.append(doc.text[at:s.end])
    for gap in rest:
        gap = re.sub(r"[\s,;.()]+", " ", gap).strip()
        if gap and not doc.words.has("conjunction", f" {gap} ") and not doc.words.has("article", f" {gap} "):
            return set()
        if gap and len(gap.split()) > 3:
            return set()
    if len(listed) < 2:
        return set()
    return {id(r) for r in doc.actors(s) if r.start >= field.end()}


def _member_group(s: Sentence, doc: FactDocument, a: Ref, b: Ref) -> bool:
    """Whether `a` and `b` stand in one group named back by a figure of members (`the six member
    states`, `les six États membres`, `los seis Estados miembros`): members of a body, not partners."""
    if a.label != "REFERENCE" or b.label != "REFERENCE" or a.start != b.start:
        return False
    figure = next((m for m in s.of("FIGURE") if m.start == a.start), None)
    return figure is not None and doc.words.has("member_noun", doc.text, figure.start, figure.end)


def _treaty_group(actors: list[Ref], a: Ref, b: Ref, treaties: tuple[frozenset[str], ...]) -> bool:
    """Whether `a` and `b` stand in one group named back whose states are all parties of one treaty."""
    if a.label != "REFERENCE" or b.label != "REFERENCE" or a.start != b.start:
        return False
    group = {r.norm for r in actors if r.label == "REFERENCE" and r.start == a.start}
    return any(group <= t for t in treaties)


def _shape(doc: FactDocument, s: Sentence, actors: list[Ref]) -> dict:
    """What the structure of a sentence says of its pairs: the pairs its cues state, the pairs
    named on one side of a cue, its lists, and the list that opens a clause (joint subjects)."""
    stated, same_side, bound, alternatives, partners = set(), set(), set(), set(), set()
    with_pairs = {p for sides in weak_sides(doc, s, actors, "with") for p in sides.pairs()}
    taking_part = {p for sides in weak_sides(doc, s, actors, "participation_cue") for p in sides.pairs()}
    for sides in cue_sides(doc, s, actors):
        stated |= sides.pairs()
        if sides.bound:
            bound |= sides.pairs()
        if sides.subject and not sides.alike:  # `A y B colaboran con el centro`: one side named
            for side in (sides.subject, sides.others):
                names = sorted({r.norm for r in side})
                side_pairs = set(combinations(names, 2))
                same_side |= side_pairs
                if sides.alternatives:  # `des organismes comme A ou B fournissent …`: never a pair
                    alternatives |= side_pairs
                if side is sides.others and len(names) >= 3:  # `X travaille avec A, B et C`: X with each,
                    partners |= side_pairs  # not A with B (two may be a misread subject: `Our partner A works with B`)
    groups = doc.lists(actors)
    list_of = {id(r): i for i, g in enumerate(groups) for r in g}
    opening = set()
    for g in groups:
        start = clause_start(doc, s, g[0].start)
        lead = doc.text[start:g[0].start]
        if len(g) > 1 and len(lead) <= 30 and not doc.words.has("with", lead) and not doc.words.has("between", lead):
            opening |= {id(r) for r in g}
    alternatives |= partners - stated
    alternatives |= _with_lists(doc, s, actors, groups) - stated
    alternatives |= own_withs(doc, s, actors) - stated  # `with A and with B`: each X's partner, not each other's
    return {"stated": stated, "bound": bound, "same_side": same_side, "alternatives": alternatives, "with": with_pairs, "taking_part": taking_part, "groups": groups, "list_of": list_of, "opening": opening}


def _with_lists(doc: FactDocument, s: Sentence, actors: list[Ref], groups: list[list[Ref]]) -> set[tuple[str, str]]:
    """The pairs of one list that a `with` introduces after a body of the sentence (`Nous
    travaillons avec les sociétés de la région : A, B, C`, `X coopera con A, B y C`): FACTS.md
    pairs the body before `with` with each of them, not A with B; nor, outside a title, the bodies
    of the list right before such a `with` (`A, B et C y travaillent avec leurs partenaires : D, E`),
    unless `with` brings support (`A y B refuerzan X con apoyo de C y D`: A and B act together)."""
    found = set()
    for g in groups:
        before = [a for a in actors if a.end <= g[0].start]
        marks = doc.find("with", before[-1].end, g[0].start) if before else []
        if len(g) < _WITH_LIST or not marks:
            continue
        lists = [g]
        subject = next((h for h in groups if h[-1] is before[-1]), [])
        if len(subject) >= _WITH_LIST and not s.heading and not any(
                c.start() == marks[0].start() and c.end() > marks[0].end()
                for c in doc.find("participation_cue", marks[0].start(), g[0].start)):
            lists.append(subject)
        for listed in lists:
            names = sorted({r.norm for r in listed})
            found |= set(combinations(names, 2))
    return found


def _pair_features(doc: FactDocument, s: Sentence, a: Ref, b: Ref, cues: dict, shape: dict) -> dict[str, float]:
    key = tuple(sorted((a.norm, b.norm)))
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    pc = cues["partnership_cue"]
    first_cue = min(pc) if pc else None
    same_list = shape["list_of"][id(a)] == shape["list_of"][id(b)]
    f = {
        "bias": 1.0,
        "stated": float(key in shape["stated"]),
        "bound": float(key in shape["bound"]),
        "same_side": float(key in shape["same_side"] and key not in shape["stated"]),
        "same_list": float(same_list),
        "joint_subject": float(same_list and id(a) in shape["opening"]),
        "with_link": float(key in shape["with"]),
        "taking_part": float(key in shape["taking_part"]),
        "pcue": float(bool(pc)),
        "pcue_between": float(any(lo <= c <= hi for c in pc)),
        "both_after_cue": float(first_cue is not None and a.start > first_cue and b.start > first_cue),
        "between_word": float(any(c < min(a.start, b.start) for c in cues["between"]) and bool(pc)),
        "heading": float(s.heading),
        "distance": min(1.0, (hi - lo) / 200),
        "publisher": float("PUBLISHER" in (a.label, b.label)),
        "reference": float("REFERENCE" in (a.label, b.label)),
        "country": float("COUNTRY" in (a.label, b.label)),
        "both_country": float(a.label == b.label == "COUNTRY"),
        "acue": float(bool(cues["agreement_cue"])),
        "mcue": float(bool(cues["member_of"] or cues["gathers"])),
        "lead": float(bool(cues["lead_by"] or cues["participation_cue"])),
        "framework": float(bool(cues["framework_cue"])),
        "results": float(bool(cues["result_cue"])),
        "quoted": float(doc.quoted(a.start) or doc.quoted(b.start)),
    }
    f["pcue_x_joint"] = f["pcue"] * f["joint_subject"]
    f["heading_x_list"] = f["heading"] * f["same_list"]
    f["with_x_pcue"] = f["with_link"] * f["pcue"]
    return f

