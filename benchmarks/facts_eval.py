"""Score the facts stage alone, per language and per type, on a folder of texts and its facts gold.

The mentions, sentences and layout of each text come from partex's own pipeline once and are
kept in a cache file (the facts stage reads nothing else), so that a change to the facts rules
or models is measured in seconds:

    python benchmarks/facts_eval.py                                  # corpus/, corpus/gold_facts.csv
    python benchmarks/facts_eval.py /work/dev/texts /work/dev/facts.csv
    python benchmarks/facts_eval.py --diff fr_k1 --diff en_04        # missed and spurious tuples
    python benchmarks/facts_eval.py --refresh                        # extract the mentions again
    python benchmarks/facts_eval.py --rules                          # without the learned models
    python benchmarks/facts_eval.py evalsets/e --gold-mentions       # handed the gold mentions
    python benchmarks/facts_eval.py evalsets/z --recall              # where missed partnership pairs are lost

The cache (`--cache DIR`, default /tmp: partex_facts_inputs_<folder>_<key>.pkl) holds the stage's inputs only,
the key the one `python -m partex.facts.train --cache` uses (`partex.facts.input_cache`: the folder's path,
its texts, partex's version and a hash of the mention stages' code and patterns), so a change to them
extracts anew; `--refresh` extracts anew in any case.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partex.facts import fact_rows, find_facts  # noqa: E402
from partex.facts.score import score_facts  # noqa: E402
from partex.facts.input_cache import cached_inputs, with_gold_mentions  # noqa: E402
from partex.facts.train import cross_validate  # noqa: E402


def predict(inputs: dict[str, dict], models: dict | None = None) -> list[dict]:
    """Fact rows of every document (`models` {}: the rules alone; None: the committed models)."""
    rows = []
    for doc_id, given in sorted(inputs.items()):
        facts, _ = find_facts(**given, models=models)
        rows.extend({"doc_id": doc_id, **row} for row in fact_rows(facts, doc_id, given["text"]))
    return rows


def report(gold: list[dict], pred: list[dict], inputs: dict[str, dict]) -> None:
    """Print tuple P/R/F1 per language and type (tp/predicted/gold)."""
    langs = sorted({i["lang"] for i in inputs.values()})
    for lang in [*langs, None]:
        docs = sorted(d for d, i in inputs.items() if lang is None or i["lang"] == lang)
        rep = score_facts(gold, pred, docs)
        m = rep.micro
        per_type = "  ".join(f"{t[:4]} {c.f1:.2f}({c.tp}/{c.pred}/{c.gold})" for t, c in rep.per_type.items())
        print(f"{lang or 'all'}: P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f}  "
              f"exact {rep.exact_share:.2f}  docF1 {rep.mean_doc_f1:.3f}  {per_type}")


def recall(inputs: dict[str, dict], gold: list[dict], rules: bool) -> None:
    """Print where the gold two-party partnerships are lost, over all documents (pair_recall)."""
    from collections import Counter

    from partex.facts.learned import load_models
    from partex.facts.pair_recall import LOSSES, pair_losses
    from partex.facts.train import prepared

    model = None if rules else load_models().get("pair")
    analyses, losses = prepared(inputs), Counter()
    for d, given in sorted(inputs.items()):
        losses += pair_losses(analyses[d], given["text"], [r for r in gold if r["doc_id"] == d], model)
    print("gold partnership pairs: " + ", ".join(f"{name} {losses[name]}" for name in LOSSES))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT / "corpus")
    parser.add_argument("gold", type=Path, nargs="?", default=None)
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), metavar="DIR",
                        help="the folder that keeps the extracted inputs (partex.facts.input_cache)")
    parser.add_argument("--refresh", action="store_true", help="extract the mentions again")
    parser.add_argument("--rules", action="store_true", help="the rules alone, without the models")
    parser.add_argument("--gold-mentions", nargs="?", type=Path, const=True, default=None,
                        metavar="GOLD_CSV", help="hand the facts stage the gold mentions "
                        "(default: gold.csv beside the texts) instead of partex's own")
    parser.add_argument("--cv", action="store_true",
                        help="also the cross-validated scores of `python -m partex.facts.train`")
    parser.add_argument("--recall", action="store_true",
                        help="where the missed gold partnership pairs are lost (never proposed, rejected, set apart)")
    parser.add_argument("--diff", action="append", default=[], metavar="TEXT",
                        help="list missed and spurious tuples of documents whose id holds TEXT")
    args = parser.parse_args()
    gold_path = args.gold or args.folder / "gold_facts.csv"
    inputs = cached_inputs(args.folder, args.cache, args.refresh)
    gold = list(csv.DictReader(gold_path.open(encoding="utf-8")))
    inputs = {d: i for d, i in inputs.items() if d in {r["doc_id"] for r in gold}}
    if args.gold_mentions:
        mention_gold = args.folder / "gold.csv" if args.gold_mentions is True else args.gold_mentions
        inputs = with_gold_mentions(inputs, mention_gold)
    pred = predict(inputs, {} if args.rules else None)
    report(gold, pred, inputs)
    if args.cv:
        _, scores = cross_validate(inputs, gold, 5)
        print("cross-validated: " + "  ".join(f"{lang} {s['micro']['f1']:.3f}" for lang, s in scores.items()))
    if args.recall:
        recall(inputs, gold, args.rules)
    if args.diff:
        rep = score_facts(gold, pred, sorted(inputs))
        for label, found in (("MISS", rep.missed), ("SPUR", rep.spurious)):
            for doc_id, t in found:
                if any(s in doc_id for s in args.diff):
                    print(label, doc_id, t)


if __name__ == "__main__":
    main()
