"""Train the learned membership reader (`member_candidates`) on every candidate, the rules' included.

    python -m partex.facts.member_train --corpus corpus --corpus evalsets/s … --gold-mentions
                                        [--cache DIR] [--leave-one-out] [--out patterns/facts_model.json]

Each corpus is read with its gold mentions (`--gold-mentions`) or partex's own; the rules and the
shipped partnership model decide first, then every candidate (body, member) of a sentence with a cue
of membership, those the rules gave included, is labelled by the gold's membership tuples, so that
the model learns what the rules read from structure alone. A logistic regression (`train.fit`)
weighs them. Its regularisation (`--c`, several tried) and threshold are chosen on out-of-fold
predictions (five folds over the training documents): by default those whose additions to the rules
(the tuples kept that the rules did not give, `learned_members`) give the best membership tuple F1;
with `--precision P`, the lowest threshold at which the model alone keeps tuples with a precision
of P at least. `--table` prints both for every regularisation and threshold.
`--leave-one-out` scores each corpus with the model trained on the others, beside the rules alone,
and writes nothing; otherwise the model trained on every corpus is written beside the partnership
model (`member`), whose weights stay as they are.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path

from . import analyse
from .decide import decided
from .input_cache import cached_inputs, with_gold_mentions
from .learned import LinearModel, load_models
from .member_candidates import learned_members, member_candidates
from .score import Counts, fold_value, records

_THRESHOLDS = [i / 20 for i in range(4, 20)] + [0.97, 0.99]  # 0.2 … 0.99
_CS = (0.03, 0.1, 0.3, 1.0, 3.0)  # the regularisations tried (the inverse of its strength, `train.fit`)
_MIN_KEPT = 20  # out-of-fold tuples the model alone must keep for its precision to choose a threshold


def member_gold(rows: list[dict]) -> dict[str, set[tuple[str, str]]]:
    """doc_id → its gold (body, member) tuples, folded."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for fact in records(rows):
        if fact.type == "MEMBERSHIP":
            found[fact.doc_id] |= {(b, m) for b in fact.roles.get("body", []) for m in fact.roles.get("member", [])}
    return found


def prepared(inputs: dict[str, dict], models: dict[str, LinearModel]) -> dict[str, tuple]:
    """doc_id → (its document, the facts of the rules and the partnership model, their membership
    candidates): the candidates are read once, each model and threshold tried only weighs them."""
    out = {}
    for d, given in inputs.items():
        doc, facts = analyse(**given)
        facts = decided(doc, facts, models)
        out[d] = (doc, facts, member_candidates(doc, facts))
    return out


def samples(analysis: tuple, gold: set[tuple[str, str]]) -> list[tuple[dict, int]]:
    """(features, label) of every candidate of one document, those the rules gave included."""
    return [(c.features, int((fold_value(c.key[0]), fold_value(c.key[1])) in gold)) for c in analysis[2]]


def alone(analyses: dict[str, tuple], gold: dict[str, set], docs: list[str], model: LinearModel) -> Counts:
    """Membership tuple counts over `docs` of the model alone (every candidate it keeps, the rules' facts unread)."""
    total = Counts()
    for d in docs:
        pred = {(fold_value(c.key[0]), fold_value(c.key[1])) for c in analyses[d][2] if model.keeps(c.features)}
        total.tp += len(pred & gold[d])
        total.pred += len(pred)
        total.gold += len(gold[d])
    return total


def counts(analyses: dict[str, tuple], gold: dict[str, set], docs: list[str], model: LinearModel | None) -> Counts:
    """Membership (body, member) tuple counts over `docs` with the model (None: the rules alone)."""
    total = Counts()
    for d in docs:
        doc, facts, candidates = analyses[d]
        found = learned_members(doc, facts, model, candidates)
        pred = {(fold_value(b), fold_value(m)) for f in found if f.type == "MEMBERSHIP"
                for b in f.values("body") for m in f.values("member")}
        total.tp += len(pred & gold[d])
        total.pred += len(pred)
        total.gold += len(gold[d])
    return total


def _add(total: Counts, got: Counts) -> None:
    total.tp, total.pred, total.gold = total.tp + got.tp, total.pred + got.pred, total.gold + got.gold


def out_of_fold(analyses: dict[str, tuple], gold: dict[str, set], by_doc: dict[str, list], c: float,
                folds: int = 5) -> tuple[dict[float, Counts], dict[float, Counts]]:
    """Per threshold, the out-of-fold counts of the rules with the model's additions and of the
    model alone (five folds over the documents of `by_doc`, their samples)."""
    from .train import fit

    docs = sorted(by_doc)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    added, only = defaultdict(Counts), defaultdict(Counts)
    for k in range(folds):
        weights = fit([s for d in docs if fold_of[d] != k for s in by_doc[d]], c).weights
        held = [d for d in docs if fold_of[d] == k]
        for t in _THRESHOLDS:
            _add(added[t], counts(analyses, gold, held, LinearModel(weights, t)))
            _add(only[t], alone(analyses, gold, held, LinearModel(weights, t)))
    return added, only


def chosen(added: dict[float, Counts], only: dict[float, Counts], precision: float | None) -> float:
    """The threshold: the best F1 of the rules with the additions, or (`precision`) the lowest at
    which the model alone keeps at least `_MIN_KEPT` tuples with that precision (else the highest)."""
    if precision is None:
        return max(_THRESHOLDS, key=lambda t: (round(added[t].f1, 6), t))
    return next((t for t in _THRESHOLDS if only[t].pred >= _MIN_KEPT and only[t].precision >= precision),
                _THRESHOLDS[-1])


def trained(analyses: dict[str, tuple], gold: dict[str, set], docs: list[str], cs: tuple[float, ...] = _CS,
            precision: float | None = None, table: bool = False) -> LinearModel:
    """The model fitted on `docs`, at the regularisation and threshold their out-of-fold
    predictions choose (the best F1 of the rules with the additions at each one's threshold)."""
    from .train import fit

    by_doc = {d: samples(analyses[d], gold[d]) for d in docs}
    rules = counts(analyses, gold, docs, None)
    best = None  # (F1, c, threshold)
    for c in cs:
        added, only = out_of_fold(analyses, gold, by_doc, c)
        if table:
            print(f"C {c}: out of fold; rules alone {rules.f1:.3f} ({rules.tp}/{rules.pred}/{rules.gold})")
            for t in _THRESHOLDS:
                a, o = added[t], only[t]
                print(f"  {t:.2f}  rules+model {a.f1:.3f} ({a.tp}/{a.pred}/{a.gold})  "
                      f"model alone P {o.precision:.3f} R {o.recall:.3f} F1 {o.f1:.3f} ({o.tp}/{o.pred})")
        t = chosen(added, only, precision)
        if best is None or round(added[t].f1, 6) > best[0]:
            best = (round(added[t].f1, 6), c, t)
    _, c, t = best
    model = LinearModel(fit([s for d in docs for s in by_doc[d]], c).weights, t)
    if table:
        print(f"chosen: C {c}, threshold {t}")
    return model


def _load(folder: Path, cache: Path | None, gold_mentions: bool) -> tuple[dict, list[dict]]:
    """The facts stage's inputs of a folder's documents that have facts gold, and that gold; with
    `gold_mentions`, each text's mentions are its gold mentions (`gold.csv` beside the texts)."""
    rows = list(csv.DictReader((folder / "gold_facts.csv").open(encoding="utf-8")))
    docs = {r["doc_id"] for r in rows}
    inputs = {d: i for d, i in cached_inputs(folder, cache).items() if d in docs}
    if gold_mentions:
        inputs = with_gold_mentions(inputs, folder / "gold.csv")
    return inputs, rows


def _line(name: str, rules: Counts, learned: Counts) -> str:
    return (f"{name:10} rules {rules.f1:.3f} ({rules.tp}/{rules.pred}/{rules.gold})  "
            f"learned {learned.f1:.3f} ({learned.tp}/{learned.pred}/{learned.gold})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--gold-mentions", action="store_true")
    parser.add_argument("--leave-one-out", action="store_true")
    parser.add_argument("--c", type=float, nargs="+", default=list(_CS),
                        help="the regularisations to try, the best out of fold chosen")
    parser.add_argument("--precision", type=float, default=None,
                        help="choose the lowest threshold at which the model alone is this precise out of fold")
    parser.add_argument("--table", action="store_true", help="print the out-of-fold counts of every threshold")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    shipped = {k: m for k, m in load_models().items() if k != "member"}
    sets, analyses, gold = [], {}, {}
    for folder in args.corpus:
        inputs, rows = _load(folder, args.cache, args.gold_mentions)
        sets.append((folder.name, sorted(inputs)))
        analyses.update(prepared(inputs, shipped))
        gold.update({d: member_gold(rows).get(d, set()) for d in inputs})
    if args.leave_one_out:
        total_r, total_l, gains = Counts(), Counts(), 0
        for name, docs in sets:
            model = trained(analyses, gold, [d for n, ds in sets if n != name for d in ds], tuple(args.c), args.precision)
            rules, learned = counts(analyses, gold, docs, None), counts(analyses, gold, docs, model)
            gains += (learned.f1 > rules.f1) - (learned.f1 < rules.f1)
            _add(total_r, rules)
            _add(total_l, learned)
            print(_line(name, rules, learned) + f"  threshold {model.threshold}")
        print(_line("all", total_r, total_l) + f"  sets up minus down: {gains}")
        return
    model = trained(analyses, gold, [d for _, ds in sets for d in ds], tuple(args.c), args.precision, args.table)
    out = args.out
    if out is not None:
        data = json.loads(out.read_text(encoding="utf-8"))
        data["models"]["member"] = {"threshold": model.threshold, "weights": dict(sorted(model.weights.items()))}
        out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"threshold {model.threshold}; " + ", ".join(f"{k} {w:+.2f}" for k, w in
                                                       sorted(model.weights.items(), key=lambda x: -abs(x[1]))[:15]))


if __name__ == "__main__":
    main()
