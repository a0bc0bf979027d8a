"""Train the facts stage's model on corpora and their facts gold; write `facts_model.json`.

    python -m partex.facts.train [--corpus corpus/ [--corpus other/ …]]
                                 [--gold corpus/gold_facts.csv [--gold other.csv …]]
                                 [--out patterns/facts_model.json] [--folds 5] [--leave-one-out]

It extracts each corpus with partex's own pipeline (mentions, sentences, layout), asks the rules
for their facts and the pair candidates, labels each candidate by the gold's tuples, fits a
logistic regression (scikit-learn, installed with `pip install ".[train]"`), picks its threshold
by cross-validation over documents (the best out-of-fold tuple F1), and reports the
cross-validated tuple scores per language before training the final model on every document.
With several corpora, `--leave-one-out` scores each with the model trained on the others instead
(how the model does on text written apart from its training data) and writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

from . import analyse, find_facts, fact_rows
from .candidates import pair_candidates
from .decide import blocked_sentences, rule_pairs
from .learned import LinearModel
from .score import fold_value, records, score_facts

KINDS = ("pair",)


def corpus_inputs(corpus: Path) -> dict[str, dict]:
    """doc_id → the facts stage's inputs, from partex's own pipeline over the corpus."""
    from ..components.facts import fact_inputs
    from ..extractor import Extractor, corpus_documents
    from ..language import detect_language

    extractor = Extractor.load()
    found = {}
    for doc_id, text in corpus_documents(corpus):
        lang = detect_language(text)
        doc = extractor.pipeline(lang)(text)
        # the publisher the facts stage inferred when the pipeline ran: the stage infers it again
        found[doc_id] = {**fact_inputs(doc, lang), "publisher": None}
    return found


def gold_tuples(rows: list[dict]) -> dict[str, set]:
    """doc_id → the tuples of its gold facts."""
    tuples: dict[str, set] = defaultdict(set)
    for fact in records(rows):
        tuples[fact.doc_id] |= fact.tuples
    return tuples


def labelled(inputs: dict, gold: set) -> dict[str, list[tuple[dict, int]]]:
    """(features, label) of every candidate of one document, by kind."""
    doc, facts = analyse(**inputs)
    out: dict[str, list[tuple[dict, int]]] = {k: [] for k in KINDS}
    for c in pair_candidates(doc, rule_pairs(doc, facts), blocked_sentences(doc, facts)):
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


def cross_validate(inputs: dict[str, dict], gold_rows: list[dict], folds: int) -> tuple[dict, dict]:
    """The threshold of each model, chosen by cross-validation over documents (the one whose
    out-of-fold predictions score the best tuple F1), and the cross-validated tuple scores per
    language at that threshold."""
    gold = gold_tuples(gold_rows)
    samples = {doc_id: labelled(inputs[doc_id], gold[doc_id]) for doc_id in inputs}
    docs = sorted(inputs)
    fold_of = {doc_id: i % folds for i, doc_id in enumerate(docs)}
    weights = {}
    for fold in range(folds):
        train = [d for d in docs if fold_of[d] != fold]
        weights[fold] = {k: fit([s for d in train for s in samples[d][k]]).weights for k in KINDS}

    def predict(threshold: float) -> list[dict]:
        predicted: list[dict] = []
        for d in docs:
            models = {k: LinearModel(weights[fold_of[d]][k], threshold) for k in KINDS}
            facts, _ = find_facts(**inputs[d], models=models)
            predicted.extend({"doc_id": d, **row} for row in fact_rows(facts, d, inputs[d]["text"]))
        return predicted

    runs = {t: predict(t) for t in _THRESHOLDS}
    best = max(_THRESHOLDS, key=lambda t: (score_facts(gold_rows, runs[t], docs).micro.f1, -abs(t - 0.5)))
    scores = {}
    for lang in sorted({i["lang"] for i in inputs.values()}) + ["all"]:
        chosen = [d for d in docs if lang == "all" or inputs[d]["lang"] == lang]
        scores[lang] = score_facts(gold_rows, runs[best], chosen).to_dict()
    return {k: best for k in KINDS}, scores


def _predict(inputs: dict[str, dict], models: dict[str, LinearModel]) -> list[dict]:
    rows: list[dict] = []
    for d in sorted(inputs):
        facts, _ = find_facts(**inputs[d], models=models)
        rows.extend({"doc_id": d, **row} for row in fact_rows(facts, d, inputs[d]["text"]))
    return rows


def leave_one_out(corpora: list[tuple[str, dict, list]], folds: int) -> list[dict]:
    """How the model generalises to text written apart from its training data: for each corpus
    (name, inputs, gold rows), the tuple F1 on it of the model trained on the others (threshold
    by their cross-validation), beside the rules alone (no model)."""
    found = []
    for i, (name, inputs, gold) in enumerate(corpora):
        train_inputs = {d: x for j, (_, other, _) in enumerate(corpora) if j != i for d, x in other.items()}
        train_gold = [r for j, (_, _, rows) in enumerate(corpora) if j != i for r in rows]
        thresholds, _ = cross_validate(train_inputs, train_gold, folds)
        tuples = gold_tuples(train_gold)
        samples = [s for d in sorted(train_inputs) for s in labelled(train_inputs[d], tuples[d])["pair"]]
        model = LinearModel(fit(samples).weights, thresholds["pair"])
        docs = sorted(inputs)
        found.append({"corpus": name, "documents": len(docs),
                      "learned": score_facts(gold, _predict(inputs, {"pair": model}), docs).micro.f1,
                      "rules": score_facts(gold, _predict(inputs, {}), docs).micro.f1})
    return found


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
        found = {d: i for d, i in corpus_inputs(folder).items() if d in documents}
        inputs.update(found)
        each.append((str(folder), found, rows))
    if args.leave_one_out:
        results = leave_one_out(each, args.folds)
        for r in results:
            print(f"held out {r['corpus']} ({r['documents']} documents): learned F1 {r['learned']:.3f}, "
                  f"rules alone {r['rules']:.3f}")
        mean = lambda key: sum(r[key] for r in results) / len(results)  # noqa: E731
        print(f"mean over held-out corpora: learned {mean('learned'):.3f}, rules alone {mean('rules'):.3f}")
        return
    thresholds, cv = cross_validate(inputs, gold_rows, args.folds)
    gold = gold_tuples(gold_rows)
    samples = [labelled(inputs[d], gold[d]) for d in sorted(inputs)]
    models = {k: fit([s for doc in samples for s in doc[k]]) for k in KINDS}
    data = {"trained": str(date.today()), "documents": len(inputs), "gold": [str(g) for g in golds],
            "cross_validated": {lang: s["micro"] for lang, s in cv.items()},
            "models": {k: {"threshold": thresholds[k], "weights": dict(sorted(models[k].weights.items()))}
                       for k in KINDS}}
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for lang, s in cv.items():
        m = s["micro"]
        print(f"cross-validated {lang}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}")
    print(f"models written to {out}")


if __name__ == "__main__":
    main()
