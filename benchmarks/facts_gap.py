"""Why the facts stage loses tuples on partex's own mentions that it finds on the gold mentions.

For each folder (texts, gold.csv, gold_facts.csv) it runs the facts stage twice on the cached
inputs (`benchmarks/facts_eval.py`'s cache): on partex's mentions and on the gold mentions. A
tuple right with the gold mentions and missed with partex's is *lost*; each lost tuple is put
down to the first of its values whose mention differs, read from where the gold-mention run took
that value:

- `missed`: no partex mention overlaps the value's gold mention;
- `label`: a mention on the same span with another label;
- `norm:<how>`: same span and label, another norm (`acronym for long` / `long for acronym`: one
  is a word in capitals where the other is not, `part`: one holds the other, `other`);
- `country/government`: a body of a country against the country (`Gobierno del Perú` over `Perú`);
- `boundary`: a mention overlapping the gold one on another span (`boundary+norm` when its norm
  differs as well);
- `publisher`: the value has no span (the publisher, or a body named back) and the two runs
  inferred different publishers;
- `context`: every value's mention is the same in both runs; the facts stage read the sentence
  otherwise because of another mention (`context:spurious`: a partex mention in the evidence's
  span the gold lacks; `context:missing`: a gold mention in it partex lacks).

    python benchmarks/facts_gap.py evalsets/z evalsets/ab --cache /tmp/gap
    python benchmarks/facts_gap.py evalsets/z --list          # each lost tuple with its cause
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partex.facts import find_facts  # noqa: E402
from partex.facts.input_cache import cached_inputs, with_gold_mentions  # noqa: E402
from partex.facts.score import fact_tuples, fold_value, score_facts  # noqa: E402

_ROLES = ("date", "framework", "instrument", "member", "size", "body", "operation")  # role names inside tuples


def run(inputs: dict[str, dict]) -> tuple[list[dict], dict[str, str], dict[str, list]]:
    """Fact rows (with spans), each document's publisher, and each document's facts."""
    rows, publishers, facts_of = [], {}, {}
    for doc_id, given in sorted(inputs.items()):
        facts, publisher = find_facts(**given)
        publishers[doc_id], facts_of[doc_id] = publisher, facts
        for n, fact in enumerate(facts, start=1):
            rows.extend({"doc_id": doc_id, "fact": f"f{n}", "type": fact.type, "role": a.role, "norm": a.norm}
                        for a in fact.arguments)
    return rows, publishers, facts_of


def _values(t: tuple) -> list[str]:
    out = []
    for part in t[1:]:
        out.extend(part if isinstance(part, tuple) else [part])
    return [v for v in out if v not in _ROLES]


def norm_how(gold: str, own: str) -> str:
    """How two norms of one span and label differ."""
    short_gold, short_own = " " not in gold and gold.isupper(), " " not in own and own.isupper()
    if short_own and not short_gold:
        return "acronym for long"
    if short_gold and not short_own:
        return "long for acronym"
    if fold_value(gold) in fold_value(own) or fold_value(own) in fold_value(gold):
        return "part"
    return "other"


def classify(t: tuple, facts: list, own_mentions: list, gold_mentions: list, same_publisher: bool
             ) -> tuple[str, str]:
    """The cause of one lost tuple (see the module's note), and the mention it lies in (gold
    label, norm and span against partex's)."""
    values = {fold_value(v) for v in _values(t)}
    args = [a for f in facts if t in fact_tuples(f.type, _roles(f)) for a in f.arguments
            if fold_value(a.norm) in values]
    evidence = [f.evidence for f in facts if t in fact_tuples(f.type, _roles(f))]
    for a in args:
        if not a.from_text:
            if not same_publisher:
                return "publisher", f"publisher {a.norm}"
            continue
        over = [m for m in own_mentions if m.start < a.end and a.start < m.end]
        where = f"{a.label} {a.norm!r} {a.start}-{a.end}"
        if not over:
            return "missed", where
        seen = where + " | own " + "; ".join(f"{m.label} {m.norm!r} {m.start}-{m.end}" for m in over)
        exact = [m for m in over if (m.start, m.end) == (a.start, a.end)]
        if not exact:
            if {a.label, *(m.label for m in over)} == {"COUNTRY", "ORG"}:
                return "country/government", seen  # `Gobierno del Perú` against the country `Perú`
            return ("boundary+norm" if all(fold_value(m.norm) != fold_value(a.norm) for m in over)
                    else "boundary"), seen
        m = exact[0]
        if m.label != a.label:
            return "label", seen
        if fold_value(m.norm) != fold_value(a.norm):
            return "norm:" + norm_how(a.norm, m.norm), seen
    if not args:
        return "no value", ""
    own = {(m.start, m.end, m.label) for m in own_mentions}
    gold = {(m.start, m.end, m.label) for m in gold_mentions}
    for s, e in evidence:
        if any(s <= m[0] < e for m in own - gold):
            return "context:spurious", f"{s}-{e}"
        if any(s <= m[0] < e for m in gold - own):
            return "context:missing", f"{s}-{e}"
    return "context", ""


def _roles(fact) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for a in fact.arguments:
        v = fold_value(a.norm)
        if v not in roles.setdefault(a.role, []):
            roles[a.role].append(v)
    return roles


def folder_gap(folder: Path, cache: Path, listing: bool) -> Counter:
    """Count the lost tuples of one folder by cause and language (printing each with `listing`)."""
    gold = list(csv.DictReader((folder / "gold_facts.csv").open(encoding="utf-8")))
    inputs = cached_inputs(folder, cache)
    inputs = {d: i for d, i in inputs.items() if d in {r["doc_id"] for r in gold}}
    golden = with_gold_mentions(inputs, folder / "gold.csv")
    own_rows, own_pub, _ = run(inputs)
    gold_rows, gold_pub, gold_facts = run(golden)
    own_rep, gold_rep = score_facts(gold, own_rows, sorted(inputs)), score_facts(gold, gold_rows, sorted(inputs))
    own_missed, gold_missed = set(own_rep.missed), set(gold_rep.missed)
    counts: Counter = Counter()
    places: set = set()
    for doc_id, t in sorted(own_missed - gold_missed, key=repr):
        cause, where = classify(t, gold_facts[doc_id], inputs[doc_id]["mentions"], golden[doc_id]["mentions"],
                         own_pub[doc_id] == gold_pub[doc_id])
        counts[(cause, inputs[doc_id]["lang"])] += 1
        if (doc_id, where) not in places:  # one mention that breaks several tuples counted once
            places.add((doc_id, where))
            counts[("mentions " + cause, inputs[doc_id]["lang"])] += 1
        if listing:
            print(f"LOST {cause:20} {doc_id} {t}  [{where}]")
    print(f"{folder.name}: facts F1 {own_rep.micro.f1:.3f} own, {gold_rep.micro.f1:.3f} gold mentions; "
          f"lost {sum(n for (c, _), n in counts.items() if not c.startswith('mentions '))} "
          f"({len(places)} mentions), gained {len(gold_missed - own_missed)}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), metavar="DIR")
    parser.add_argument("--list", action="store_true", help="print each lost tuple with its cause")
    args = parser.parse_args()
    total: Counter = Counter()
    per_set: dict[str, Counter] = {}
    for folder in args.folders:
        per_set[folder.name] = folder_gap(folder, args.cache, args.list)
        total += per_set[folder.name]
    causes = sorted({c for c, _ in total}, key=lambda c: -sum(n for (k, _), n in total.items() if k == c))
    langs = sorted({lang for _, lang in total})
    print(f"{'cause':22}" + "".join(f"{lang:>5}" for lang in langs) + "  total  sets")
    for cause in causes:
        by_lang = [total[(cause, lang)] for lang in langs]
        sets = " ".join(f"{s}:{sum(n for (k, _), n in c.items() if k == cause)}" for s, c in per_set.items()
                        if any(k == cause for k, _ in c))
        print(f"{cause:22}" + "".join(f"{n:5}" for n in by_lang) + f"  {sum(by_lang):5}  {sets}")


if __name__ == "__main__":
    main()
