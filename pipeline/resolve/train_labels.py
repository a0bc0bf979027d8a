"""Train the learned ORG-or-OPERATION decision on the project's gold; write `label_model.json`.

    python -m partex.resolve.train_labels [--set corpus --set evalsets/b …] [--out FILE]
                                          [--cache DIR] [--dry-run]

Each set is a folder of texts with its `gold.csv` (and `gold_facts.csv`). partex's own pipeline
extracts it once (the rules alone); the names the rules built (see `learned_labels.entities`)
whose span is a gold ORG or OPERATION mention are the examples, labelled by the gold. A logistic
regression (scikit-learn, `pip install ".[train]"`) is fitted on them.

It is scored LEAVE-ONE-SET-OUT: each set relabelled by the model trained on the others, against
the rules alone on the same set — ORG, OPERATION, core and extended F1 (exact spans and labels)
and facts tuple F1. The confidence thresholds (`to_operation`, `to_org`) are chosen from these
out-of-set numbers only: the pair with the best mean OPERATION F1 gain whose mean core and facts
changes are not negative. A nested check then chooses them for each set from the other sets
alone. The model is written (trained on every set) only when both show a positive OPERATION gain
and no core or facts loss; `--dry-run` writes nothing.

None is shipped: in December 2026 the model passed these numbers by 2 entities in 8 sets but made
capitalised funds and initiatives with no running body programmes, against the annotation guide
(docs/annotation.md, A learned last word, tried); run the tests after writing one.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date
from functools import partial
from pathlib import Path

from . import learned_labels as ll
from .label_scores import Scorer, mean_rows, print_table

DEFAULT_SETS = ("corpus", "evalsets/b", "evalsets/c", "evalsets/d", "evalsets/e", "evalsets/i",
                "evalsets/l", "evalsets/o")
TO_OPERATION = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
TO_ORG = (-0.01, 0.05, 0.1, 0.2)


def collect(folder: Path, extractor=None) -> dict[str, dict]:
    """doc_id → {"inputs": the facts stage's inputs, "entities": [{"features", "label",
    "members": [(start, end, norm as ORG, norm as OPERATION)]}]}, from the rules alone."""
    from ..components.facts import fact_inputs
    from .acronyms import operation_name

    found: list[dict] = []

    def recording(ctx, kept, entities: list[ll.Entity]) -> None:
        for e in entities:
            spans = []
            for i in e.members:
                m = kept[i]
                surface = ctx.original[m.start:m.end]
                spans.append((m.start, m.end, m.norm or surface, m.norm or operation_name(ctx, surface)))
            found.append({"features": e.features, "label": e.label, "members": spans, "known": e.known,
                          "evidence": e.evidence})

    def read(doc, lang: str) -> dict:
        return {"inputs": {**fact_inputs(doc, lang), "publisher": None}, "entities": list(found)}

    return extract_recording(folder, extractor, ll.learned_labels, recording, found, read)


def extract_recording(folder: Path, extractor, stage, recording, found: list, read) -> dict[str, dict]:
    """doc_id → `read(doc, lang)` of each text of the folder, extracted by the rules with the
    resolver's learned `stage` handing what it reads to `recording` (and changing nothing);
    `found` (what `recording` fills) is emptied before each text. Shared by the trainers."""
    from ..components.resolver import RESOLVER
    from ..extractor import Extractor, corpus_documents
    from ..language import detect_language
    from . import STAGES

    stages = tuple(partial(stage, record=recording) if s is stage else s for s in STAGES)
    extractor = extractor or Extractor.load()
    docs = {}
    for doc_id, text in corpus_documents(folder):
        found.clear()
        lang = detect_language(text)
        docs[doc_id] = read(extractor.pipeline(lang)(text, component_cfg={RESOLVER: {"stages": stages}}), lang)
    return docs


def cached(path: Path | None, make) -> dict:
    """`make()`, kept at `path` (a pickle) and read from there the next time (no path: not kept)."""
    if path is not None and path.is_file():
        return pickle.loads(path.read_bytes())
    docs = make()
    if path is not None:
        path.write_bytes(pickle.dumps(docs))
    return docs


def read_gold(folder: Path) -> list[dict]:
    """The rows of a set's `gold.csv`."""
    with (folder / "gold.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class Options:
    """How the model is trained: the regularisation, balanced classes, feature prefixes left out,
    whether the gazetteer's entities are examples too (their label is the gold's as well)."""

    c: float = 0.3
    balanced: bool = True
    drop: tuple[str, ...] = ("rule:", "source:")
    with_known: bool = False


def examples(docs: dict[str, dict], gold_rows: list[dict], with_known: bool = True) -> list[tuple[dict, int]]:
    """(features, 1 for OPERATION) of the entities a gold ORG or OPERATION mention spans exactly
    (with `with_known`, the gazetteer's entities too)."""
    gold = {(r["doc_id"], int(r["start"]), int(r["end"])): r["label"] for r in gold_rows
            if r["label"] in ll.LABELS}
    out = []
    for doc_id, doc in docs.items():
        for e in doc["entities"]:
            if e["known"] and not with_known:
                continue
            labels = Counter(gold[k] for k in ((doc_id, s, t) for s, t, _, _ in e["members"]) if k in gold)
            if labels:
                out.append((e["features"], int(labels.most_common(1)[0][0] == "OPERATION")))
    return out


def fit(samples: list[tuple[dict, int]], options: Options = Options()) -> ll.LinearModel:
    """A logistic regression over the samples' features (the `bias` feature is the intercept)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if not samples:
        return ll.LinearModel({})
    if options.drop:
        samples = [({k: v for k, v in f.items() if not k.startswith(options.drop)}, y) for f, y in samples]
    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform([f for f, _ in samples])
    y = [label for _, label in samples]
    if len(set(y)) < 2:
        return ll.LinearModel({"bias": 1.0 if y and y[0] else -1.0})
    clf = LogisticRegression(C=options.c, class_weight="balanced" if options.balanced else None,
                             fit_intercept=False, max_iter=5000)
    clf.fit(x, y)
    return ll.LinearModel({name: round(float(w), 6) for name, w in zip(vectorizer.feature_names_, clf.coef_[0])
                           if abs(w) > 1e-6})


def load_set(folder: Path, cache: Path | None = None, extractor=None) -> dict:
    """A set's extracted documents (cached) and gold."""
    docs = cached(cache / f"labels_{folder.name}.pkl" if cache else None, lambda: collect(folder, extractor))
    gold = read_gold(folder)
    facts_path = folder / "gold_facts.csv"
    facts = list(csv.DictReader(facts_path.open(encoding="utf-8"))) if facts_path.is_file() else []
    named = {r["doc_id"] for r in gold}
    return {"name": folder.name, "docs": {d: x for d, x in docs.items() if d in named}, "gold": gold,
            "facts": facts}


def leave_one_set_out(sets: list[dict], options: Options = Options(),
                      verbose: bool = True) -> tuple[tuple[float, float], list[dict]]:
    """The thresholds chosen from the out-of-set numbers, and each set's rows at them."""
    probabilities = []
    for k, held in enumerate(sets):
        model = fit([s for j, other in enumerate(sets) if j != k
                     for s in examples(other["docs"], other["gold"], options.with_known)], options)
        probabilities.append({d: [model.probability(e["features"]) for e in doc["entities"]]
                              for d, doc in held["docs"].items()})
    scorers = [Scorer(s) for s in sets]
    best, best_rows, best_key = (1.01, -0.01), None, None
    for up in TO_OPERATION:
        for down in TO_ORG:
            rows = [sc.compare(p, up, down) for sc, p in zip(scorers, probabilities)]
            mean = mean_rows(rows)
            key = (mean["OPERATION"] > 0 and mean["core"] >= 0 and mean["facts"] >= 0, mean["OPERATION"])
            if verbose:
                print(f"to_operation {up:.2f} to_org {down:.2f}: mean change OPERATION {mean['OPERATION']:+.4f} "
                      f"ORG {mean['ORG']:+.4f} core {mean['core']:+.4f} ext {mean['ext']:+.4f} facts {mean['facts']:+.4f}")
            if best_key is None or key > best_key:
                best, best_rows, best_key = (up, down), rows, key
    return best, best_rows


def nested(sets: list[dict], options: Options = Options()) -> list[dict]:
    """Each set's row with thresholds chosen, like the model, from the other sets alone (their own
    leave-one-set-out): the out-of-set numbers with no choice made on the set itself."""
    rows = []
    for k, held in enumerate(sets):
        inner = [s for j, s in enumerate(sets) if j != k]
        (up, down), _ = leave_one_set_out(inner, options, verbose=False)
        model = fit([s for x in inner for s in examples(x["docs"], x["gold"], options.with_known)], options)
        probabilities = {d: [model.probability(e["features"]) for e in doc["entities"]]
                         for d, doc in held["docs"].items()}
        rows.append({**Scorer(held).compare(probabilities, up, down), "set": f"{held['name']}@{up}"})
    return rows


def _positive(rows: list[dict]) -> bool:
    gain = mean_rows(rows)
    return gain["OPERATION"] > 0 and gain["core"] >= 0 and gain["facts"] >= 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", help="a folder of texts with gold.csv (repeat)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="keep each set's extraction here")
    parser.add_argument("--dry-run", action="store_true", help="report the numbers, write nothing")
    args = parser.parse_args(argv)
    from ..languages import DEFAULT_PATTERNS_DIR

    if args.set is not None and len(args.set) < 2:
        parser.error("--set: give two sets or more (each is scored by a model trained on the others)")

    sets = [load_set(folder, args.cache) for folder in (args.set or [Path(s) for s in DEFAULT_SETS])]
    options = Options()
    out = args.out or DEFAULT_PATTERNS_DIR / ll.MODEL_FILE
    print("written to " + str(out) if train(sets, out, options, args.dry_run) else "no model written")


def train(sets: list[dict], out: Path, options: Options = Options(), dry_run: bool = False) -> bool:
    """Score the model leave-one-set-out, print the tables, and write it (trained on every set)
    to `out` when it gains; whether it was written."""
    (up, down), rows = leave_one_set_out(sets, options)
    print(f"chosen: to_operation {up} to_org {down}; leave-one-set-out, rules → learned:")
    print_table(rows)
    checked = nested(sets, options)
    print("nested (thresholds chosen without the held-out set):")
    print_table(checked)
    if dry_run or not (_positive(rows) and _positive(checked)):
        return False
    model = fit([s for x in sets for s in examples(x["docs"], x["gold"], options.with_known)], options)
    data = {"trained": str(date.today()), "sets": [x["name"] for x in sets], "to_operation": up, "to_org": down,
            "options": asdict(options), "leave_one_set_out": rows, "nested": checked,
            "weights": dict(sorted(model.weights.items()))}
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return True

if __name__ == "__main__":
    main()
