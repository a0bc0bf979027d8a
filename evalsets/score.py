"""Score partex on the evaluation sets: one line per set and language.

    python evalsets/score.py                 # every set under evalsets/
    python evalsets/score.py a e --fast      # some sets, rules only
    python evalsets/score.py f i --json scores.json
    python evalsets/score.py s t --forget 0.5:11   # the gazetteers forget half their entries

Each set is a folder of texts (`*.txt`) with `gold.csv`, `gold_facts.csv` and `publishers.csv`
(evalsets/README.md). The script runs `partex extract` on the set's texts and `partex evaluate
--json` on the extract, once for the whole set and once per language (the gold files filtered to
that language's documents), and prints: strict core F1, ORG F1, extended F1, norm accuracy,
recall of the names no gazetteer holds (all labels, and ORG alone) and facts tuple F1; "norm" is the
core labels' norm accuracy.

With `--forget SHARE[:SEED]` the texts are extracted (and the names no gazetteer holds counted)
with a copy of the patterns folder whose gazetteers forgot that share of their entries
(`partex.resolve.forget_names`): on the sets the rules were written on, the gazetteers hold most
names, so the rules' own recall only shows once the lists forget them (README, "Evaluation sets").

Hand-written glue over the two commands: it only filters CSV files and reads their JSON.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
COLUMNS = ("docs", "core", "ORG", "ext", "norm", "unlisted", "unl.ORG", "facts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders: names under evalsets/ or paths (default: all)")
    parser.add_argument("--fast", action="store_true", help="score `partex extract --fast`")
    parser.add_argument("--json", type=Path, help="also write the scores to this JSON file")
    parser.add_argument("--keep", type=Path, help="keep the extracts under this folder")
    parser.add_argument("--forget", metavar="SHARE[:SEED]", type=_forget_spec,
                        help="extract with gazetteers that forgot this share of their entries (seed: 11)")
    args = parser.parse_args(argv)
    names = args.sets or sorted(p.parent.name for p in HERE.glob("*/gold.csv"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        patterns = _forgetting(args.forget, Path(tmp) / "patterns") if args.forget else None
        for name in names:
            rows.extend(score_set(HERE / name, work / Path(name).name, args.fast, patterns))
    print(_table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


def _forget_spec(spec: str) -> tuple[float, int]:
    """`SHARE[:SEED]` as (share, seed); argparse turns the ValueError into a one-line usage error."""
    share, _, seed = spec.partition(":")
    try:
        value = (float(share), int(seed or 11))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{spec!r} is not SHARE[:SEED] (e.g. 0.5 or 0.5:11)") from None
    if not 0 <= value[0] <= 1:
        raise argparse.ArgumentTypeError(f"{spec!r}: the share must be between 0 and 1")
    return value


def _forgetting(spec: str | tuple[float, int], dest: Path) -> Path:
    """A forgetting copy of the shipped patterns folder (`SHARE[:SEED]`), its learned names model kept."""
    from partex.languages import DEFAULT_PATTERNS_DIR
    from partex.resolve.forget_names import forgetting_copy
    from partex.resolve.learned_names import MODEL_FILE

    share, seed = _forget_spec(spec) if isinstance(spec, str) else spec
    forgetting_copy(DEFAULT_PATTERNS_DIR, dest, share, seed)
    if (DEFAULT_PATTERNS_DIR / MODEL_FILE).is_file():
        (dest / MODEL_FILE).write_bytes((DEFAULT_PATTERNS_DIR / MODEL_FILE).read_bytes())
    return dest


def score_set(folder: Path, out: Path, fast: bool, patterns: Path | None = None) -> list[dict]:
    """The scores of one set: the whole set, then each language (with `patterns`, that folder's
    gazetteers extract and say which names are known)."""
    texts = sorted(str(p) for p in folder.glob("*.txt"))
    command = ["partex", "extract", *texts, "--out", str(out), "--force"]
    command += ["--patterns", str(patterns)] if patterns else []
    subprocess.run(command + (["--fast"] if fast else []), check=True, capture_output=True)
    gold = pd.read_csv(folder / "gold.csv", keep_default_na=False, dtype=str)
    facts = pd.read_csv(folder / "gold_facts.csv", keep_default_na=False, dtype=str)
    rows = [_evaluate(folder, out, gold, facts, f"{folder.name} all", patterns)]
    for lang in sorted({doc.split("_")[0] for doc in gold["doc_id"]}):
        mine = gold["doc_id"].str.startswith(lang + "_")
        rows.append(_evaluate(folder, out, gold[mine],
                              facts[facts["doc_id"].str.startswith(lang + "_")],
                              f"{folder.name} {lang}", patterns))
    return rows


def _evaluate(folder: Path, out: Path, gold: pd.DataFrame, facts: pd.DataFrame, name: str,
              patterns: Path | None = None) -> dict:
    gold_path, facts_path = out / "_gold.csv", out / "_facts.csv"
    gold.to_csv(gold_path, index=False)
    facts.to_csv(facts_path, index=False)
    command = ["partex", "evaluate", "--gold", str(gold_path), str(out), "--corpus", str(folder),
               "--facts-gold", str(facts_path), "--publishers", str(folder / "publishers.csv"),
               "--json"] + (["--patterns", str(patterns)] if patterns else [])
    report = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    scopes, unlisted = report["scopes"], report["unlisted"]
    return {
        "set": name,
        "docs": report["documents"],
        "core": scopes["core"]["micro"]["strict"]["f1"],
        "ORG": _label_f1(scopes["core"], "ORG"),
        "ext": scopes["extended"]["micro"]["strict"]["f1"],
        "norm": scopes["core"]["norm"]["accuracy"],
        "unlisted": unlisted["micro"]["strict_recall"],
        "unl.ORG": unlisted["per_label"].get("ORG", {}).get("strict_recall", float("nan")),
        "facts": report["facts"]["micro"]["f1"],
    }


def _label_f1(scope: dict, label: str) -> float:
    return scope["per_label"][label]["schemes"]["strict"]["f1"]


def _table(rows: list[dict]) -> str:
    lines = [f"{'set':<10}" + "".join(f"{c:>9}" for c in COLUMNS)]
    for row in rows:
        cells = [f"{row['docs']:>9}"] + [f"{row[c]:>9.3f}" for c in COLUMNS[1:]]
        lines.append(f"{row['set']:<10}" + "".join(cells))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
