"""Wide partnership candidates: every two bodies of a sentence that holds a word of cooperation,
where the structure readers link them in no way (issue 11, the general reader).

The rules' structure proposes only the pairs a cue states, a `with` links or a list makes; on
text written apart from the rules most gold partnership pairs missed were never proposed at all
(`A, aux côtés de B, a formé …`, `A partnered B's laboratories on …`). Here each such pair gets
features of its own, all prefixed `wide:` so that the learned model weighs them apart from the
structure's pairs (one weight vector, two parts: the structure's pairs score as before). The
features do not depend on the language: which cue classes of the language's data stand in the
sentence, between the two or before both, how many bodies and commas stand between them, how far
apart they are, whether one opens the sentence, is the publisher or a state, and what else the
sentence states. They are read only in sentences with a cue, and only there the time is spent.
"""

from __future__ import annotations

from .document import FactDocument
from .refs import Ref, Sentence

# the cue classes that make a sentence one about working together (each language's facts.jsonl)
CUES = ("partnership_cue", "participation_cue", "with", "joint_act", "contribution_verb", "lead_by", "made_by",
        "co_lead", "shared_by", "helped_verb", "organised_by", "between")
# cue classes whose place between the two bodies tells what links them (or sets them apart)
BETWEEN = CUES + ("member_of", "agreement_cue", "place_preposition", "within", "including")
_MAX_ACTORS = 10  # a sentence naming more bodies is a list of members or signatories: no wide pairs
_FAR = (40, 100, 200)  # distance buckets, in characters between the two


def cued(doc: FactDocument, s: Sentence) -> bool:
    """Whether the sentence holds a word of cooperation (one merged search a sentence)."""
    return doc.has_any(CUES, s.start, s.end)


def wide_pairs(doc: FactDocument, s: Sentence, actors: list[Ref], pairs: list[tuple[Ref, Ref]],
               taken: set[tuple[str, str]], list_of: dict[int, int], stated: bool) -> list[tuple[tuple[Ref, Ref], dict]]:
    """The pairs of `pairs` (those the structure's guards let through) whose key is not `taken`
    by the structure, with their features; `stated`: whether a rule states a partnership in the
    sentence."""
    if len(actors) > _MAX_ACTORS:
        return []
    present = [name for name in CUES if doc.has(name, s.start, s.end)]
    opening = actors[0] if actors and actors[0].start - s.start <= 30 else None
    found = []
    for a, b in pairs:
        key = tuple(sorted((a.norm, b.norm)))
        if key in taken:
            continue
        taken.add(key)
        found.append(((a, b), _features(doc, s, a, b, actors, present, list_of, opening, stated)))
    return found


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    return next((i for i, e in enumerate(edges) if n < e), len(edges))


def _features(doc: FactDocument, s: Sentence, a: Ref, b: Ref, actors: list[Ref], present: list[str],
              list_of: dict[int, int], opening: Ref | None, stated: bool) -> dict[str, float]:
    first, second = (a, b) if a.start <= b.start else (b, a)
    lo, hi = first.end, max(first.end, second.start)
    gap = doc.text[lo:hi]
    inside = sum(1 for r in actors if lo <= r.start < hi and r.norm not in (a.norm, b.norm))
    f = {"wide:bias": 1.0,
         f"wide:bodies_between={min(inside, 3)}": 1.0,
         f"wide:commas_between={min(gap.count(','), 3)}": 1.0,
         f"wide:distance={_bucket(hi - lo, _FAR)}": 1.0,
         f"wide:actors={min(len(actors), 6)}": 1.0,
         "wide:same_list": float(list_of.get(id(a), -1) == list_of.get(id(b), -2)),
         "wide:semicolon_between": float(";" in gap or ":" in gap),
         "wide:opening": float(opening is not None and opening in (a, b)),
         "wide:publisher": float("PUBLISHER" in (a.label, b.label)),
         "wide:reference": float("REFERENCE" in (a.label, b.label)),
         "wide:country": float("COUNTRY" in (a.label, b.label)),
         "wide:both_country": float(a.label == b.label == "COUNTRY"),
         "wide:rule_in_sentence": float(stated),
         "wide:operation": float(bool(s.of("OPERATION"))),
         "wide:heading": float(s.heading),
         "wide:quoted": float(doc.quoted(a.start) or doc.quoted(b.start))}
    for name in present:
        f[f"wide:cue={name}"] = 1.0
    for name in BETWEEN:
        if doc.has(name, lo, hi):
            f[f"wide:between={name}"] = 1.0
        elif doc.has(name, s.start, first.start):
            f[f"wide:before={name}"] = 1.0
    return f
