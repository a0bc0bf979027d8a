"""What `--fast` costs in quality: the corpus scored with and without the statistical model.

Extracts `corpus/` twice (default, then `--fast`), scores both against `corpus/gold.csv`, and
prints strict F1 per label, then the recall of gold mentions whose norm is no gazetteer id
(bodies, people, places and instruments the patterns do not know), which is where the model
earns its cost: on texts naming only known bodies the two modes score alike.

    python benchmarks/fast_quality.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partex.columns import LABELS  # noqa: E402
from partex.evaluate import evaluate  # noqa: E402
from partex.extractor import Extractor, extract_corpus  # noqa: E402
from partex.gold import load_gold  # noqa: E402
from partex.languages import supported_languages  # noqa: E402
from partex.resources import load_resources  # noqa: E402

UNKNOWN_LABELS = ("ORG", "PERSON", "LOCATION", "INSTRUMENT")


def unknown_recall(gold: pd.DataFrame, pred: pd.DataFrame, label: str,
                   known: set[str]) -> tuple[int, float]:
    """(gold mentions of `label` whose norm no gazetteer holds, share of them found exactly)."""
    found = set(zip(pred.doc_id, pred.start, pred.end, pred.label))
    unknown = gold[(gold.label == label) & ~gold.norm.isin(known)]
    hits = sum((r.doc_id, r.start, r.end, r.label) in found for r in unknown.itertuples())
    return len(unknown), hits / len(unknown) if len(unknown) else float("nan")


def main() -> None:
    gold = load_gold(ROOT / "corpus" / "gold.csv")
    gazetteer = load_resources().gazetteer
    known = {alias.id for lang in supported_languages() for alias in gazetteer.for_language(lang)}
    extracts = {mode: extract_corpus(ROOT / "corpus", extractor=Extractor(fast=mode == "fast"))
                for mode in ("default", "fast")}
    reports = {mode: evaluate(gold, pred) for mode, pred in extracts.items()}
    print(f"{'strict F1':<22}{'default':>9}{'fast':>9}")
    for scope in ("core", "extended"):
        row = [reports[m].scopes[scope].metrics()["strict_f1"] for m in extracts]
        print(f"{scope + ' (micro)':<22}" + "".join(f"{v:>9.3f}" for v in row))
    for label in LABELS:
        scope = "core" if label in reports["default"].scopes["core"].labels else "extended"
        row = [reports[m].scopes[scope].label_metrics(label)["strict_f1"] for m in extracts]
        print(f"{label:<22}" + "".join(f"{v:>9.3f}" for v in row))
    print(f"\n{'recall, unknown names':<22}{'default':>9}{'fast':>9}{'gold':>7}")
    for label in UNKNOWN_LABELS:
        results = [unknown_recall(gold, extracts[m], label, known) for m in extracts]
        print(f"{label:<22}" + "".join(f"{r:>9.3f}" for _, r in results) + f"{results[0][0]:>7}")


if __name__ == "__main__":
    main()
