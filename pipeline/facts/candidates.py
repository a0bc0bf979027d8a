"""Candidate tuples and their features, for the learned part of the facts stage.

The rules (`relations`, `operations`) say what they find; a small model trained on the
project's own gold (`partex.facts.train`) weighs that together with what surrounds each
candidate: which cue words stand where, how far apart the values are, whether the sentence is a
title. Features are language-independent: cue words come from each language's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from .document import FactDocument, Ref, Sentence
from .model import Fact
from .operations import result, result_list
from .structure import clause_start, cue_sides, weak_sides


@dataclass(frozen=True)
class Candidate:
    """A tuple the stage may emit, where it stands, and its features."""

    kind: str                  # "pair" (partnership), "operation" (op, role, value)
    key: tuple                 # ("A", "B") sorted norms, or (operation, role, value)
    sentence: int
    refs: tuple[Ref, ...]      # the mentions giving the values
    features: dict[str, float]


def _cues(doc: FactDocument, name: str, s: Sentence) -> list[int]:
    return [m.start() for m in doc.find(name, s.start, s.end)]


def pair_candidates(doc: FactDocument, rule_pairs: dict[int, set[tuple[str, str]]],
                    blocked: set[int] = frozenset()) -> list[Candidate]:
    """Every two bodies or states of a sentence, with what might make them partners; none in the
    `blocked` sentences (those stating an agreement, a membership or an operation: FACTS.md gives
    their bodies those facts' roles, not a partnership of their own)."""
    found = []
    per_sentence = []
    for s in doc.sentences:
        if s.index in blocked:
            continue
        actors = _unique(doc.actors(s))
        pairs = [(a, b) for a, b in combinations(actors, 2) if a.norm != b.norm]
        per_sentence.append((s, actors, pairs))
    first_block = min((s.block for s in doc.sentences), default=0)
    for s, actors, pairs in per_sentence:
        if not pairs:
            continue
        cues = {name: _cues(doc, name, s) for name in
                ("partnership_cue", "agreement_cue", "member_of", "gathers", "lead_by", "participation_cue",
                 "framework_cue", "between", "with", "result_cue")}
        shape = _shape(doc, s, doc.actors(s))
        has_op = bool(s.of("OPERATION"))
        for a, b in pairs:
            key = tuple(sorted((a.norm, b.norm)))
            f = _pair_features(doc, s, a, b, cues, shape)
            if not (f["stated"] or f["with_link"] or f["taking_part"] or f["same_list"]):
                continue
            f.update({"rule": float(key in rule_pairs.get(s.index, set())),
                      "first_block": float(s.block == first_block), "inv_actors": 1.0 / len(actors),
                      "operation": float(has_op)})
            found.append(Candidate("pair", key, s.index, (a, b), f))
    return found


def _shape(doc: FactDocument, s: Sentence, actors: list[Ref]) -> dict:
    """What the structure of a sentence says of its pairs: the pairs its cues state, the pairs
    named on one side of a cue, its lists, and the list that opens a clause (joint subjects)."""
    stated, same_side = set(), set()
    with_pairs = {p for sides in weak_sides(doc, s, actors, "with") for p in sides.pairs()}
    taking_part = {p for sides in weak_sides(doc, s, actors, "participation_cue") for p in sides.pairs()}
    for sides in cue_sides(doc, s, actors):
        stated |= sides.pairs()
        if sides.subject and sides.others and not sides.alike:
            for side in (sides.subject, sides.others):
                names = sorted({r.norm for r in side})
                same_side |= {(x, y) for i, x in enumerate(names) for y in names[i + 1:]}
    groups = doc.lists(actors)
    list_of = {id(r): i for i, g in enumerate(groups) for r in g}
    opening = set()
    for g in groups:
        start = clause_start(doc, s, g[0].start)
        lead = doc.text[start:g[0].start]
        if len(g) > 1 and len(lead) <= 30 and not doc.words.has("with", lead) and not doc.words.has("between", lead):
            opening |= {id(r) for r in g}
    return {"stated": stated, "same_side": same_side, "with": with_pairs, "taking_part": taking_part, "groups": groups, "list_of": list_of, "opening": opening}


def _pair_features(doc: FactDocument, s: Sentence, a: Ref, b: Ref, cues: dict, shape: dict) -> dict[str, float]:
    key = tuple(sorted((a.norm, b.norm)))
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    pc = cues["partnership_cue"]
    first_cue = min(pc) if pc else None
    same_list = shape["list_of"][id(a)] == shape["list_of"][id(b)]
    f = {
        "bias": 1.0,
        "stated": float(key in shape["stated"]),
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


def _unique(actors: list[Ref]) -> list[Ref]:
    seen, out = set(), []
    for a in actors:
        if a.norm not in seen:
            seen.add(a.norm)
            out.append(a)
    return out


def operation_candidates(doc: FactDocument, facts: list[Fact]) -> list[Candidate]:
    """Each (operation, role, value) the rules found, and the values near an operation they
    left out, with where they stand in the operation's run of sentences."""
    found = []
    by_start = {s.start: s for s in doc.sentences}
    for fact in facts:
        if fact.type != "OPERATION":
            continue
        op = fact.values("operation")[0]
        run_start = fact.evidence[0]
        first = by_start.get(run_start)
        leads = set(fact.values("lead"))
        for arg in fact.arguments:
            if arg.role == "operation":
                continue
            s = next((x for x in doc.sentences if x.start <= max(arg.start, run_start) < x.end), first)
            f = _operation_features(doc, s, first, arg.role, arg.label, arg.start, arg.norm, op)
            f["guess"] = float(arg.guess)
            f["also_lead"] = float(arg.role != "lead" and arg.norm in leads)
            f[f"role_{arg.role}_x_guess"] = float(arg.guess)
            ref = Ref(arg.start, arg.end, arg.label, arg.norm)
            found.append(Candidate("operation", (op, arg.role, arg.norm), s.index if s else 0, (ref,), f))
    return found


def _operation_features(doc: FactDocument, s: Sentence | None, first: Sentence | None, role: str,
                        label: str, start: int, norm: str, op: str) -> dict[str, float]:
    text = doc.text
    same = s is not None and any(m.norm == op for m in s.of("OPERATION"))
    names_op = [m for m in (s.of("OPERATION") if s else []) if m.norm == op]
    near = min((abs(start - m.start) for m in names_op), default=400)
    f = {"bias": 1.0, f"role_{role}": 1.0,
         "same_sentence": float(same),
         "first_sentence": float(s is not None and first is not None and s.index == first.index),
         "sentence_gap": min(1.0, ((s.index - first.index) if s and first else 3) / 5),
         "distance": min(1.0, near / 300),
         "heading": float(bool(s and s.heading)),
         "other_ops": float(bool(s and any(m.norm != op for m in s.of("OPERATION"))))}
    if s is not None:
        clause = text[max(s.start, start - 60):start].lower()
        f["lead_cue_before"] = float(doc.words.has("lead_by", clause))
        f["participation_before"] = float(doc.words.has("participation_cue", clause))
        f["result_cue_near"] = float(doc.has("result_cue", max(s.start, start - 60), min(s.end, start + 80)))
        f["direction_before"] = float(doc.words.has("direction", clause[-25:]))
    unit = norm.split(" ", 1)[1].lower() if role == "result" and " " in norm else ""
    f["result_unit"] = float(unit in doc.words.words["result_unit"])
    f["same_block"] = float(s is not None and first is not None and s.block == first.block)
    f["result_list"] = float(s is not None and result_list(doc, s))
    if role == "result" and s is not None:
        figure = next((m for m in s.of("FIGURE") if m.start == start), None)
        f["result_rule"] = float(figure is not None and result(doc, s, figure))
    f[f"role_{role}_x_same"] = f["same_sentence"]
    f[f"role_{role}_x_first"] = f["first_sentence"]
    return f
