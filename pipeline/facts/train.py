"""Train the facts stage's models on a corpus and its facts gold; write `facts_model.json`.

    python -m partex.facts.train [--corpus corpus/] [--gold corpus/gold_facts.csv]
                                 [--out patterns/facts_model.json] [--folds 5]

It extracts the corpus with partex's own pipeline (mentions, sentences, layout), asks the rules
for their facts and candidates, labels each candidate by the gold's tuples, fits a logistic
regression per kind of candidate (scikit-learn, installed with `pip install ".[train]"`), picks
each threshold by cross-validation over documents, and reports the cross-validated tuple scores
per language before training the final models on every document.
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


def _best_threshold(scored: list[tuple[float, int]]) -> float:
    best, best_f1 = 0.5, -1.0
    total = sum(label for _, label in scored)
    for t in [i / 20 for i in range(2, 19)]:
        tp = sum(1 for p, label in scored if p >= t and label)
        pred = sum(1 for p, _ in scored if p >= t)
        f1 = 2 * tp / (pred + total) if pred + total else 0.0
        if f1 > best_f1:
            best, best_f1 = t, f1
    return best


def cross_validate(inputs: dict[str, dict], gold_rows: list[dict], folds: int) -> tuple[dict, dict]:
    """Out-of-fold thresholds per kind and the cross-validated tuple scores per language."""
    gold = gold_tuples(gold_rows)
    samples = {doc_id: labelled(inputs[doc_id], gold[doc_id]) for doc_id in inputs}
    docs = sorted(inputs)
    fold_of = {doc_id: i % folds for i, doc_id in enumerate(docs)}
    scored: dict[str, list[tuple[float, int]]] = {k: [] for k in KINDS}
    predicted: list[dict] = []
    for fold in range(folds):
        train = [d for d in docs if fold_of[d] != fold]
        models = {k: fit([s for d in train for s in samples[d][k]]) for k in KINDS}
        for d in docs:
            if fold_of[d] != fold:
                continue
            for k in KINDS:
                scored[k].extend((models[k].probability(f), label) for f, label in samples[d][k])
    thresholds = {k: _best_threshold(scored[k]) for k in KINDS}
    for fold in range(folds):
        train = [d for d in docs if fold_of[d] != fold]
        models = {k: LinearModel(fit([s for d in train for s in samples[d][k]]).weights, thresholds[k])
                  for k in KINDS}
        for d in docs:
            if fold_of[d] == fold:
                facts, _ = find_facts(**inputs[d], models=models)
                predicted.extend({"doc_id": d, **row} for row in fact_rows(facts, d, inputs[d]["text"]))
    scores = {}
    for lang in sorted({i["lang"] for i in inputs.values()}) + ["all"]:
        chosen = [d for d in docs if lang == "all" or inputs[d]["lang"] == lang]
        scores[lang] = score_facts(gold_rows, predicted, chosen).to_dict()
    return thresholds, scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    from ..languages import DEFAULT_PATTERNS_DIR

    gold_path = args.gold or args.corpus / "gold_facts.csv"
    out = args.out or DEFAULT_PATTERNS_DIR / "facts_model.json"
    gold_rows = list(csv.DictReader(gold_path.open(encoding="utf-8")))
    inputs = corpus_inputs(args.corpus)
    inputs = {d: i for d, i in inputs.items() if d in {r["doc_id"] for r in gold_rows}}
    thresholds, cv = cross_validate(inputs, gold_rows, args.folds)
    gold = gold_tuples(gold_rows)
    samples = [labelled(inputs[d], gold[d]) for d in sorted(inputs)]
    models = {k: fit([s for doc in samples for s in doc[k]]) for k in KINDS}
    data = {"trained": str(date.today()), "documents": len(inputs), "gold": str(gold_path),
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
