"""Train the facts stage's model on corpora and their facts gold; write `facts_model.json`.

    python -m partex.facts.train [--corpus corpus/ [--corpus other/ …]]
                                 [--gold corpus/gold_facts.csv [--gold other.csv …]]
                                 [--out patterns/facts_model.json] [--folds 5] [--leave-one-out]
                                 [--cache DIR] [--c 1.0] [--wide]

It extracts each corpus with partex's own pipeline (mentions, sentences, layout), asks the rules
for their facts and the pair candidates, labels each candidate by the gold's tuples, fits a
logistic regression (scikit-learn, installed with `pip install ".[train]"`), picks its threshold
by cross-validation over documents (the best out-of-fold tuple F1), and reports the
cross-validated tuple scores per language before training the final model on every document.
With several corpora, `--leave-one-out` scores each with the model trained on the others instead
(how the model does on text written apart from its training data) and writes nothing.
`--cache DIR` keeps each corpus's extracted inputs (the slow part) in DIR and reads them back on
the next run, while the mention stages' code and patterns stay the same (`input_cache`). `--c` is the inverse regularisation
strength; `--wide` also trains on the wide candidates (`wide_pairs`), with a threshold of their own.
The weights shipped and how they were chosen: docs/facts.md, "The learned part".
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

from . import analyse, fact_rows
from .decide import decided, model_candidates
from .input_cache import cached_inputs
from .learned import LinearModel, load_models
from .score import fold_value, records, score_facts

KINDS = ("pair",)


def gold_tuples(rows: list[dict]) -> dict[str, set]:
    """doc_id → the tuples of its gold facts."""
    tuples: dict[str, set] = defaultdict(set)
    for fact in records(rows):
        tuples[fact.doc_id] |= fact.tuples
    return tuples


def prepared(inputs: dict[str, dict]) -> dict[str, tuple]:
    """doc_id → (its document, the rules' facts): the rules run once per document; each model
    tried after that only decides (`decide`), a fraction of the time."""
    return {doc_id: analyse(**given) for doc_id, given in inputs.items()}


def labelled(analysis: tuple, gold: set, wide: bool = False) -> dict[str, list[tuple[dict, int]]]:
    """(features, label) of every candidate of one document (its `prepared` analysis), by kind;
    with `wide`, the wide candidates too (`wide_pairs`: the model learns their weights)."""
    doc, facts = analysis
    out: dict[str, list[tuple[dict, int]]] = {k: [] for k in KINDS}
    # the very candidates the model weighs at extraction (its guards too), not a wider set it never sees
    for c in model_candidates(doc, facts, wide=wide):
        key = tuple(sorted(fold_value(v) for v in c.key))
        out["pair"].append((c.features, int(("PARTNERSHIP", key) in gold)))
    return out


def fit(samples: list[tuple[dict, int]], c: float = 1.0) -> LinearModel:
    """A logistic regression over the samples' features (the `bias` feature is the intercept)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform([f for f, _ in samples])
    y = [label for _, label in samples]
    if len(set(y)) < 2:
        return LinearModel({"bias": 1.0 if y and y[0] else -1.0})
    clf = LogisticRegression(C=c, class_weight="balanced", fit_intercept=False, max_iter=5000)
    clf.fit(x, y)
    return LinearModel({name: round(float(w), 6) for name, w in zip(vectorizer.feature_names_, clf.coef_[0])})


_THRESHOLDS = [i / 20 for i in range(4, 17)]  # 0.2 … 0.8


def predict(inputs: dict[str, dict], analyses: dict[str, tuple], models: dict[str, LinearModel],
            docs: list[str] | None = None) -> list[dict]:
    """Fact rows of the documents (default all) as `find_facts` gives them with `models` ({}: the
    rules alone), from their `prepared` analyses."""
    rows: list[dict] = []
    for d in sorted(docs if docs is not None else inputs):
        found = decided(*analyses[d], models)
        rows.extend({"doc_id": d, **row} for row in fact_rows(found, d, inputs[d]["text"]))
    return rows


def cross_validate(inputs: dict[str, dict], gold_rows: list[dict], folds: int,
                   analyses: dict[str, tuple] | None = None, c: float = 1.0, wide: bool = False) -> tuple[dict, dict]:
    """The threshold of each model, chosen by cross-validation over documents (the one whose
    out-of-fold predictions score the best tuple F1), and the cross-validated tuple scores per
    language at that threshold."""
    analyses = analyses if analyses is not None else prepared(inputs)
    gold = gold_tuples(gold_rows)
    samples = {doc_id: labelled(analyses[doc_id], gold[doc_id], wide) for doc_id in inputs}
    docs = sorted(inputs)
    fold_of = {doc_id: i % folds for i, doc_id in enumerate(docs)}
    weights = {}
    for fold in range(folds):
        train = [d for d in docs if fold_of[d] != fold]
        weights[fold] = {k: fit([s for d in train for s in samples[d][k]], c).weights for k in KINDS}

    def run(threshold: float, shift: float | None = None) -> list[dict]:
        return [row for fold in range(folds) for row in predict(
            inputs, analyses, {k: LinearModel(shifted(weights[fold][k], shift), threshold) for k in KINDS},
            [d for d in docs if fold_of[d] == fold])]

    def f1(rows: list[dict]) -> float:
        return score_facts(gold_rows, rows, docs).micro.f1

    runs = {t: run(t) for t in _THRESHOLDS}  # the structure's pairs alone (no wide weights)
    best = max(_THRESHOLDS, key=lambda t: (f1(runs[t]), -abs(t - 0.5)))
    chosen_rows, thresholds = runs[best], {k: best for k in KINDS}
    if wide:  # then how far the wide pairs' own threshold stands above the structure's
        shifts = {shift: run(best, shift) for shift in _SHIFTS}
        thresholds["wide_shift"] = max(_SHIFTS, key=lambda x: (f1(shifts[x]), x))
        if f1(shifts[thresholds["wide_shift"]]) > f1(runs[best]):
            chosen_rows = shifts[thresholds["wide_shift"]]
        else:
            thresholds["wide_shift"] = None
    scores = {}
    for lang in sorted({i["lang"] for i in inputs.values()}) + ["all"]:
        chosen = [d for d in docs if lang == "all" or inputs[d]["lang"] == lang]
        scores[lang] = score_facts(gold_rows, chosen_rows, chosen).to_dict()
    return thresholds, scores


_SHIFTS = (0.0, -0.5, -1.0, -1.5, -2.0, -3.0)


def shifted(weights: dict[str, float], shift: float | None) -> dict[str, float]:
    """The weights with the wide pairs' bias moved by `shift` (None: without the wide weights, so
    that no wide pair is proposed)."""
    if shift is None:
        return {name: w for name, w in weights.items() if not name.startswith("wide:")}
    return {**weights, "wide:bias": weights.get("wide:bias", 0.0) + shift} if "wide:bias" in weights else weights


def train_models(inputs: dict[str, dict], gold_rows: list[dict], folds: int,
                 analyses: dict[str, tuple] | None = None, c: float = 1.0,
                 wide: bool = False) -> tuple[dict[str, LinearModel], dict]:
    """The models trained on every document, at the thresholds cross-validation chose, and the
    cross-validated scores."""
    analyses = analyses if analyses is not None else prepared(inputs)
    thresholds, scores = cross_validate(inputs, gold_rows, folds, analyses, c, wide)
    gold = gold_tuples(gold_rows)
    samples = [labelled(analyses[d], gold[d], wide) for d in sorted(inputs)]
    return {k: LinearModel(shifted(fit([s for doc in samples for s in doc[k]], c).weights, thresholds.get("wide_shift")),
                           thresholds[k]) for k in KINDS}, scores


def leave_one_out(corpora: list[tuple[str, dict, list]], folds: int, c: float = 1.0,
                  shipped: dict[str, LinearModel] | None = None, wide: bool = False) -> list[dict]:
    """How the model generalises to text written apart from its training data: for each corpus
    (name, inputs, gold rows), the tuple F1 on it of the model trained on the others (threshold
    by their cross-validation), beside the rules alone (no model) and, where given, the `shipped`
    models; each result also holds the rows predicted, for scores per language over all corpora."""
    analyses = {d: a for _, inputs, _ in corpora for d, a in prepared(inputs).items()}
    found = []
    for i, (name, inputs, gold) in enumerate(corpora):
        train_inputs = {d: x for j, (_, other, _) in enumerate(corpora) if j != i for d, x in other.items()}
        train_gold = [r for j, (_, _, rows) in enumerate(corpora) if j != i for r in rows]
        models, _ = train_models(train_inputs, train_gold, folds, analyses, c, wide)
        docs = sorted(inputs)
        runs = {"learned": predict(inputs, analyses, models), "rules": predict(inputs, analyses, {})}
        if shipped:
            runs["shipped"] = predict(inputs, analyses, shipped)
        found.append({"corpus": name, "documents": len(docs), "rows": runs,
                      **{k: score_facts(gold, rows, docs).micro.f1 for k, rows in runs.items()}})
    return found


def by_language(corpora: list[tuple[str, dict, list]], results: list[dict]) -> dict[str, dict[str, float]]:
    """Tuple F1 per language over all the held-out corpora together (each predicted by its model)."""
    inputs = {d: x for _, given, _ in corpora for d, x in given.items()}
    gold = [r for _, _, rows in corpora for r in rows]
    kinds = [k for k in ("learned", "rules", "shipped") if k in results[0]["rows"]]
    rows = {k: [row for r in results for row in r["rows"][k]] for k in kinds}
    out = {}
    for lang in sorted({x["lang"] for x in inputs.values()}) + ["all"]:
        docs = sorted(d for d, x in inputs.items() if lang == "all" or x["lang"] == lang)
        out[lang] = {k: score_facts(gold, rows[k], docs).micro.f1 for k in kinds}
    return out


_KINDS = {"learned": "learned F1", "rules": "rules alone", "shipped": "shipped"}


def _shown(f1: dict) -> str:
    """The F1 of each kind of run a result holds (no `shipped` where no weights are shipped)."""
    return ", ".join(f"{name} {f1[k]:.3f}" for k, name in _KINDS.items() if k in f1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a folder of texts (repeat it to train on several; default: corpus)")
    parser.add_argument("--gold", type=Path, action="append",
                        help="the facts gold of each --corpus, in order (default: its gold_facts.csv)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--leave-one-out", action="store_true",
                        help="score each --corpus with the model trained on the others, and write nothing")
    parser.add_argument("--c", type=float, default=1.0,
                        help="the inverse of the regularisation strength (scikit-learn's C)")
    parser.add_argument("--wide", action="store_true",
                        help="also every other two bodies of a sentence with a word of cooperation (`wide_pairs`)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="a folder keeping each corpus's extracted inputs between runs")
    args = parser.parse_args(argv)
    from ..languages import DEFAULT_PATTERNS_DIR

    corpora = args.corpus or [Path("corpus")]
    golds = args.gold or [folder / "gold_facts.csv" for folder in corpora]
    if len(golds) != len(corpora):
        parser.error("give one --gold per --corpus, or none")
    out = args.out or DEFAULT_PATTERNS_DIR / "facts_model.json"
    gold_rows: list[dict] = []
    inputs: dict[str, dict] = {}
    each = []
    for folder, gold_path in zip(corpora, golds):
        rows = list(csv.DictReader(gold_path.open(encoding="utf-8")))
        documents = {r["doc_id"] for r in rows}
        gold_rows += rows
        found = {d: i for d, i in cached_inputs(folder, args.cache).items() if d in documents}
        inputs.update(found)
        each.append((str(folder), found, rows))
    if args.leave_one_out:
        results = leave_one_out(each, args.folds, args.c, load_models(), args.wide)
        for r in results:
            print(f"held out {r['corpus']} ({r['documents']} documents): {_shown(r)}")
        print("mean over held-out corpora: "
              + _shown({k: sum(r[k] for r in results) / len(results) for k in _KINDS if k in results[0]}))
        for lang, f1 in by_language(each, results).items():
            print(f"held out, {lang}: {_shown(f1)}")
        return
    models, cv = train_models(inputs, gold_rows, args.folds, c=args.c, wide=args.wide)
    kept = _other_models(out, set(models))
    data = {"trained": str(date.today()), "documents": len(inputs), "gold": [str(g) for g in golds],
            "regularisation": args.c,
            "cross_validated": {lang: s["micro"] for lang, s in cv.items()},
            "models": {k: {"threshold": m.threshold, "weights": dict(sorted(m.weights.items()))}
                       for k, m in models.items()} | kept}
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for lang, s in cv.items():
        m = s["micro"]
        print(f"cross-validated {lang}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}")
    print(f"models written to {out}")


def _other_models(out: Path, trained: set[str]) -> dict:
    """The models of kinds this script does not train that `out` holds already (`member`, written
    by `member_train`): rewriting the file keeps them."""
    if not out.is_file():
        return {}
    try:
        models = json.loads(out.read_text(encoding="utf-8")).get("models", {})
    except ValueError:
        return {}
    return {k: m for k, m in models.items() if k not in trained}


if __name__ == "__main__":
    main()
