"""Where the missed MEMBERSHIP tuples (body, member) stand, handed the gold mentions: the ceiling of
each way of reading them.

    python benchmarks/member_misses.py evalsets/s evalsets/t corpus --cache /tmp/m24

Each missed (body, member) tuple is counted in the first kind that holds (a tuple whose two values
stand in one sentence in several places is counted once, by its best place):

  body unnamed      no mention of the body in the text (the publisher, a body never named)
  member unnamed    no mention of the member
  cue, listed       one sentence holds both and a cue of membership, and the member is in one list
                    with a member the rules found for that body there (a list cut short)
  cue, other body   one sentence with a cue; the rules gave the member to another body there
  cue, rules there  one sentence with a cue; the rules found a membership in it, not this one
  cue, none there   one sentence with a cue; the rules found no membership in it
  no cue            one sentence holds both, with no cue of membership
  next sentence     never in one sentence; in two sentences next to each other (one paragraph)
  paragraph         never in one sentence; in one paragraph
  farther           in different paragraphs only
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partex.facts import analyse  # noqa: E402
from partex.facts.decide import decided  # noqa: E402
from partex.facts.input_cache import cached_inputs, with_gold_mentions  # noqa: E402
from partex.facts.learned import load_models  # noqa: E402
from partex.facts.member_candidates import member_cue  # noqa: E402
from partex.facts.member_train import member_gold  # noqa: E402
from partex.facts.score import fold_value  # noqa: E402

# held-out sets and validation folds B and C: their sentences are never printed (`--show`)
HELD_OUT = frozenset("p u ad ae af ag ah ai aj ak v w x y aa a f".split())

KINDS = ("body unnamed", "member unnamed", "cue, listed", "cue, other body", "cue, rules there", "cue, none there",
         "no cue", "next sentence", "paragraph", "farther")


def classify(doc, facts, missed: set[tuple[str, str]], show: bool = False) -> Counter:
    """The kinds of the missed tuples of one document (with `show`, each printed with its sentences)."""
    where: dict[str, list] = defaultdict(list)  # folded norm → (sentence, mention)
    for s in doc.sentences:
        for m in s.mentions:
            where[fold_value(m.norm)].append((s, m))
    by_sentence: dict[int, list] = defaultdict(list)
    starts = {s.start: s.index for s in doc.sentences}
    for f in facts:
        if f.type == "MEMBERSHIP" and f.evidence[0] in starts:
            by_sentence[starts[f.evidence[0]]].append(f)
    lists = {}
    out = Counter()
    for body, member in missed:
        if not where[body]:
            out["body unnamed"] += 1
            continue
        if not where[member]:
            out["member unnamed"] += 1
            continue
        shared = {s.index for s, _ in where[body]} & {s.index for s, _ in where[member]}
        kinds = []
        for i in shared:
            s = doc.sentences[i]
            found = by_sentence.get(i, [])
            if not member_cue(doc, s):
                kinds.append("no cue")
                continue
            own = {fold_value(a.norm) for f in found if body in map(fold_value, f.values("body"))
                   for a in f.arguments if a.role == "member"}
            if i not in lists:
                lists[i] = doc.lists(doc.actors(s))
            listed = any(member in {fold_value(r.norm) for r in g} and own & {fold_value(r.norm) for r in g}
                         for g in lists[i])
            other = any(member in map(fold_value, f.values("member")) for f in found)
            kinds.append("cue, listed" if listed else "cue, other body" if other
                         else "cue, rules there" if found else "cue, none there")
        if not kinds:
            gaps = [(abs(a.index - b.index), a.block == b.block) for a, _ in where[body] for b, _ in where[member]]
            kinds.append("next sentence" if any(g == 1 and same for g, same in gaps)
                         else "paragraph" if any(same for _, same in gaps) else "farther")
        kind = min(kinds, key=KINDS.index)
        out[kind] += 1
        if show:
            near = sorted({s.index for s, _ in where[body]} | {s.index for s, _ in where[member]})
            place = sorted(shared) or [i for i in near if any(abs(i - j) <= 1 for j in near if j != i)][:2]
            print(f"  [{kind}] {body} <- {member}")
            for i in place[:2]:
                print("      " + " ".join(doc.text[doc.sentences[i].start:doc.sentences[i].end].split())[:400])
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--cache", type=Path, default=Path("/tmp"))
    parser.add_argument("--show", action="store_true", help="print each missed tuple and its sentences (refused on "
                        "the held-out sets and validation folds B and C: " + " ".join(sorted(HELD_OUT)) + ")")
    args = parser.parse_args(argv)
    held = sorted(f.name for f in args.folders if f.name in HELD_OUT)
    if args.show and held:
        sys.exit(f"member_misses.py: --show prints sentences; refused on held-out or validation sets: {' '.join(held)}")
    models = load_models()
    total = Counter()
    print(f"{'set':8} {'missed':>6} " + " ".join(f"{k[:14]:>14}" for k in KINDS))
    for folder in args.folders:
        gold_rows = list(csv.DictReader((folder / "gold_facts.csv").open(encoding="utf-8")))
        inputs = cached_inputs(folder, args.cache)
        inputs = with_gold_mentions({d: i for d, i in inputs.items() if d in {r["doc_id"] for r in gold_rows}},
                                    folder / "gold.csv")
        gold = member_gold(gold_rows)
        counts = Counter()
        for d, given in sorted(inputs.items()):
            doc, facts = analyse(**given)
            found = decided(doc, facts, models)
            pred = {(fold_value(b), fold_value(m)) for f in found if f.type == "MEMBERSHIP"
                    for b in f.values("body") for m in f.values("member")}
            if args.show and gold[d] - pred:
                print(f"== {folder.name} {d}")
            counts += classify(doc, found, gold[d] - pred, args.show)
        total += counts
        print(f"{folder.name:8} {sum(counts.values()):6} " + " ".join(f"{counts[k]:14}" for k in KINDS))
    print(f"{'all':8} {sum(total.values()):6} " + " ".join(f"{total[k]:14}" for k in KINDS))


if __name__ == "__main__":
    main()
