"""Train the learned finder of uncovered names on the project's gold; write `names_model.json`.

    python -m partex.resolve.train_names [--corpus corpus --corpus evalsets/s …] [--out FILE]
                                         [--cache DIR] [--leave-one-out] [--force]
                                         [--forget SHARE[:SEED] …] [--seed N]
                                         [--label ORG|LOCATION|OPERATION …]

Each set is a folder of texts with its `gold.csv`. partex's own pipeline extracts it once (the
rules alone) and records every candidate `learned_names.candidates` reads and the mentions
found; a candidate whose span is a gold ORG, LOCATION or OPERATION mention is an example of that
label, any other an example of `none` (with `--forget`, the candidates are those left by copies
of the patterns whose gazetteers forgot that share of their entries, `forget_names`: names the
lists hold become examples of names no list holds; pooled over the shares and seeds given, 0
being the full gazetteers). A multinomial logistic regression (scikit-learn, `pip
install ".[train]"`) is fitted on them.

It is scored LEAVE-ONE-SET-OUT: each set scored with the candidates a model trained on the other
sets adds, against the rules alone: core F1, ORG P/R/F1, LOCATION and OPERATION F1, extended F1
(exact spans and labels, as `partex evaluate` counts them) and the recall of names no gazetteer
holds, per set and per language. `choose` picks each label's threshold alone (of the labels
`--label` names: LOCATION by default): the one with the best mean gain in that label's F1 whose
mean core and extended changes are not negative and whose worst language falls by no more than
0.005 (that label's F1 and core). A nested check then chooses the thresholds for each set from
the other sets alone; a label is kept only where `holds` says so of both tables (its F1 up, core
and extended not down, no language down by more than 0.005). `--leave-one-out` prints the tables
and writes nothing; otherwise the model (trained on every set, the kept labels' thresholds) is
written only when a label is kept (`--force`: written anyway).

Shipped (`patterns/names_model.json`, December 2026): LOCATION alone, trained with `--forget 0
--forget 1.0:3 --forget 0.5:4` (the full gazetteers' candidates, all forgotten and half forgotten,
pooled), threshold 0.8. Leave-one-set-out over the corpus and s t l o b c d e i, mean change:
LOCATION F1 +0.0058, extended +0.0037, unlisted recall +0.0048, core and ORG 0; nested +0.0053,
extended +0.0034; no language falls (French: no place added). ORG and OPERATION stay off (the
model is multinomial, but only LOCATION has a threshold): ORG's gain was one set's and lost in
the nested check, OPERATION never gained (docs/annotation.md, A learned finder of places).
Retrained on the corpus and the fourteen fold A sets (7 December 2026, the default sets now):
leave-one-set-out LOCATION +0.0094 at 0.7 (nested +0.0086), but at 0.7 a person's name before a
possessive after a preposition of nearness is a place (`tests/test_place_after_names.py`), and
at 0.8 fold B loses places the model above finds: not shipped (docs/annotation.md). Run the
tests after writing a new one.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from ..columns import CORE_LABELS, EXTENDED_LABELS
from . import learned_names as ln
from .forget_names import forgetting_copy
from .train_labels import cached, extract_recording, read_gold

DEFAULT_SETS = ("corpus",) + tuple(f"evalsets/{s}" for s in "s t l o b c d e i q r g j z".split())
# the labels the shipped model adds (see the module docstring)
SHIPPED_LABELS = ("LOCATION",)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
METRICS = ("core", "ORG_P", "ORG_R", "ORG", "LOCATION", "OPERATION", "ext", "unlisted")
_SCOPES = {"core": CORE_LABELS, "ORG": ("ORG",), "LOCATION": ("LOCATION",), "OPERATION": ("OPERATION",),
           "ext": EXTENDED_LABELS}


def collect(folder: Path, extractor=None) -> dict[str, dict]:
    """doc_id → {"lang", "mentions": [(start, end, label)] the rules found, "candidates":
    [(start, end, features)]}."""
    found: list = []

    def recording(ctx, kept, candidates) -> None:
        found.extend((c.start, c.end, c.features) for c in candidates)

    def read(doc, lang: str) -> dict:
        return {"lang": lang, "candidates": list(found),
                "mentions": [(e.start_char, e.end_char, e.label_) for e in doc.ents]}

    return extract_recording(folder, extractor, ln.learned_names, recording, found, read)


def _extracted(folder: Path, cache: Path | None, extractor, tag: str = "") -> dict:
    return cached(cache / f"names_{folder.name}{tag}.pkl" if cache else None, lambda: collect(folder, extractor))


def load_set(folder: Path, cache: Path | None = None, extractor=None, forgetting: dict | None = None) -> dict:
    """A set's extracted documents (cached) and gold. With `forgetting` ({(share, seed): extractor
    of a forgetting copy}), its training candidates are those each forgetting copy leaves
    (`train`); the documents scored stay those of the full gazetteers."""
    gold = read_gold(folder)
    named = {r["doc_id"] for r in gold}
    docs = _extracted(folder, cache, extractor)
    data = {"name": folder.name, "docs": {d: x for d, x in docs.items() if d in named}, "gold": gold}
    if forgetting:
        data["train"] = [data["docs"] if not share else  # share 0: the full gazetteers' own candidates
                         {d: x for d, x in _extracted(folder, cache, ext, f"_forget{share}_seed{seed}").items()
                          if d in named} for (share, seed), ext in forgetting.items()]
    return data


def gold_by_doc(data: dict) -> dict[str, dict[tuple[int, int], str]]:
    out: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    for r in data["gold"]:
        out[r["doc_id"]][(int(r["start"]), int(r["end"]))] = r["label"]
    return out


def examples(data: dict, drop: tuple[str, ...] = ()) -> list[tuple[dict, str]]:
    """(features, label) of every training candidate (those the forgetting copies leave, where the
    set has them): the gold's label where a gold name spans it exactly."""
    gold = gold_by_doc(data)
    out = []
    for doc_id, doc in ((d, x) for docs in data.get("train", [data["docs"]]) for d, x in docs.items()):
        for start, end, feats in doc["candidates"]:
            label = gold[doc_id].get((start, end), "none")
            if drop:
                feats = {k: v for k, v in feats.items() if not k.startswith(drop)}
            out.append((feats, label if label in ln.LABELS else "none"))
    return out


def fit(samples: list[tuple[dict, str]], c: float = 0.5) -> ln.NamesModel:
    """A multinomial logistic regression over the samples (the `bias` feature is the intercept)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = {y for _, y in samples}
    if len(labels) < 2:
        return ln.NamesModel({})
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([f for f, _ in samples])
    clf = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    clf.fit(x, [y for _, y in samples])
    classes = list(clf.classes_)
    rows = clf.coef_ if len(classes) > 2 else [-clf.coef_[0] / 2, clf.coef_[0] / 2]
    weights = {}
    for label, row in zip(classes, rows):
        weights[label] = {name: round(float(w), 5) for name, w in zip(vectorizer.feature_names_, row)
                          if abs(w) > 1e-5}
    return ln.NamesModel(weights)


def _f1(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * tp / (len(pred) + len(gold)) if pred or gold else 1.0)


def scores(data: dict, added: dict[str, list], known, docs: set[str] | None = None) -> dict[str, float]:
    """The set's metrics over `docs` (all by default) with `added` mentions beside the rules'."""
    ids = [d for d in data["docs"] if docs is None or d in docs]
    pred = {(d, s, e, lab) for d in ids for s, e, lab in data["docs"][d]["mentions"] + added.get(d, [])}
    gold = {(r["doc_id"], int(r["start"]), int(r["end"]), r["label"]) for r in data["gold"] if r["doc_id"] in ids}
    out = {}
    for name, labels in _SCOPES.items():
        p, r, f = _f1({x for x in pred if x[3] in labels}, {g for g in gold if g[3] in labels})
        out[name] = f
        if name == "ORG":
            out["ORG_P"], out["ORG_R"] = p, r
    unlisted = [(r["doc_id"], int(r["start"]), int(r["end"]), r["label"]) for r in data["gold"]
                if r["doc_id"] in ids and r["label"] in ("ORG", "INSTRUMENT", "OPERATION", "PERSON", "LOCATION")
                and not known.holds(r["label"], r["norm"], r["text"])]
    out["unlisted"] = sum(1 for g in unlisted if g in pred) / len(unlisted) if unlisted else 0.0
    return out


def ceiling(sets: list[dict]) -> None:
    """How many gold ORG, LOCATION, OPERATION mentions the rules miss entirely (no found mention
    overlaps them), and how many of those are exactly a candidate; candidates per document."""
    missed, exact = Counter(), Counter()
    n_docs = n_cands = 0
    for data in sets:
        for r in data["gold"]:
            doc = data["docs"].get(r["doc_id"])
            if doc is None or r["label"] not in ln.LABELS:
                continue
            s, e = int(r["start"]), int(r["end"])
            if any(a < e and s < b for a, b, _ in doc["mentions"]):
                continue
            missed[r["label"]] += 1
            exact[r["label"]] += any((a, b) == (s, e) for a, b, _ in doc["candidates"])
        n_docs += len(data["docs"])
        n_cands += sum(len(d["candidates"]) for d in data["docs"].values())
    print("missed entirely by the rules / exactly a candidate: " +
          ", ".join(f"{k} {missed[k]}/{exact[k]}" for k in ln.LABELS))
    print(f"candidates: {n_cands} in {n_docs} documents ({n_cands / max(1, n_docs):.1f} per document)")


def leave_one_set_out(sets: list[dict], known, c: float = 0.5, drop: tuple[str, ...] = ()) -> list[dict]:
    """Each set held out in turn: its scopes (the whole set, each language), their scores with the
    rules alone, and the probabilities a model trained on the other sets gives each candidate."""
    return [scored(held, fit([x for j, other in enumerate(sets) if j != k for x in examples(other, drop)], c), known)
            for k, held in enumerate(sets)]


def scored(held: dict, model: ln.NamesModel, known) -> dict:
    """A held-out set: its scopes, their scores with the rules alone, the model's probabilities."""
    langs = sorted({d["lang"] for d in held["docs"].values()})
    scopes = [("all", None)] + [(lang, {i for i, d in held["docs"].items() if d["lang"] == lang})
                                for lang in langs]
    probabilities = {d: [(s, e, model.probabilities(f)) for s, e, f in doc["candidates"]]
                     for d, doc in held["docs"].items()}
    return {"data": held, "scopes": scopes, "p": probabilities,
            "base": {scope: scores(held, {}, known, docs) for scope, docs in scopes}}


def nested(sets: list[dict], known, c: float = 0.5, drop: tuple[str, ...] = (),
           labels: tuple[str, ...] = ln.LABELS) -> list[dict]:
    """Each set's rows with the thresholds chosen, like the model, from the other sets alone (their
    own leave-one-set-out): out-of-set numbers with no choice made on the set itself."""
    rows = []
    for k, held in enumerate(sets):
        inner = [s for j, s in enumerate(sets) if j != k]
        thresholds = choose(leave_one_set_out(inner, known, c, drop), known, verbose=False, labels=labels)
        model = fit([x for other in inner for x in examples(other, drop)], c)
        rows += [{**r, "set": f"{r['set']}@" + ",".join(f"{lab[:3]}{t}" for lab, t in thresholds.items())}
                 for r in rows_at([scored(held, model, known)], known, thresholds)]
    return rows


def rows_at(held_out: list[dict], known, thresholds: dict[str, float]) -> list[dict]:
    """One row per set and scope: each metric with the rules alone and with the learned names."""
    rows = []
    for h in held_out:
        added = {d: [(s, e, lab) for s, e, p in ps if (lab := max(p, key=p.__getitem__)) != "none"
                     and p[lab] >= thresholds.get(lab, 2.0)] for d, ps in h["p"].items()}
        for scope, docs in h["scopes"]:
            after = scores(h["data"], added, known, docs)
            rows.append({"set": h["data"]["name"], "lang": scope,
                         "added": sum(len(v) for d, v in added.items() if docs is None or d in docs),
                         **{f"{m}_rules": h["base"][scope][m] for m in METRICS},
                         **{f"{m}_learned": after[m] for m in METRICS}})
    return rows


def mean_change(rows: list[dict], metric: str) -> float:
    return sum(r[f"{metric}_learned"] - r[f"{metric}_rules"] for r in rows) / len(rows) if rows else 0.0


def summary(rows: list[dict], metric: str) -> dict[str, float]:
    """The mean changes over the sets (whole sets), and the worst language's mean change of
    `metric` and of core F1."""
    whole = [r for r in rows if r["lang"] == "all"]
    langs = sorted({r["lang"] for r in rows} - {"all"})
    worst = min((mean_change([r for r in rows if r["lang"] == lang], m) for lang in langs
                 for m in {metric, "core"}), default=0.0)
    return {m: mean_change(whole, m) for m in METRICS} | {"worst_language": worst}


def choose(held_out: list[dict], known, verbose: bool = True,
           labels: tuple[str, ...] = ln.LABELS) -> dict[str, float]:
    """Each of `labels`' threshold, chosen alone: the one with the best mean gain in that label's F1
    (the highest on a tie: precision first) whose mean core and extended changes are not negative
    and whose worst language falls by no more than 0.005; a label with none is never added."""
    chosen = {}
    for label in labels:
        best, best_gain = None, 0.0
        for t in THRESHOLDS:
            s = summary(rows_at(held_out, known, {label: t}), label)
            if verbose:
                print(f"{label} at {t:.2f}: mean change " + " ".join(f"{m} {v:+.4f}" for m, v in s.items()))
            if s[label] >= best_gain and s[label] > 0 and s["core"] >= 0 and s["ext"] >= 0 \
                    and s["worst_language"] >= -0.005:
                best, best_gain = t, s[label]
        if best is not None:
            chosen[label] = best
    return chosen


def holds(s: dict[str, float], label: str) -> bool:
    """Whether the mean changes `summary(rows, label)` show a gain worth shipping: the label's F1
    up, core and extended F1 not down, no language's label or core F1 down by more than 0.005."""
    return s[label] > 0 and s["core"] >= 0 and s["ext"] >= 0 and s["worst_language"] >= -0.005


def print_table(rows: list[dict]) -> None:
    print("set        lang  added  " + "  ".join(f"{m:>13}" for m in METRICS))
    for r in rows:
        cells = "  ".join(f"{r[f'{m}_rules']:.3f}→{r[f'{m}_learned']:.3f}".rjust(13) for m in METRICS)
        print(f"{r['set']:<10} {r['lang']:<4} {r['added']:>5}  {cells}")
    langs = sorted({r["lang"] for r in rows})
    for lang in langs:
        part = [r for r in rows if r["lang"] == lang]
        print(f"mean {lang:<4} ({len(part)} sets)  " + "  ".join(f"{mean_change(part, m):+13.4f}" for m in METRICS))


def load_sets(folders: list[Path], cache: Path | None, extractor, specs: list[tuple[float, int]]) -> list[dict]:
    """The sets, each with the training candidates of a forgetting copy of the patterns per
    (share, seed) of `specs` (share 0: the full gazetteers' own), extracted like `extractor`."""
    from ..languages import DEFAULT_PATTERNS_DIR

    with tempfile.TemporaryDirectory(prefix="partex-forget-") as tmp:
        forgetting = {}
        for share, seed in specs:
            if not share:
                forgetting[(share, seed)] = None
                continue
            folder = Path(tmp) / f"patterns-{share}-{seed}"
            print(f"forgetting {share} (seed {seed}): " + ", ".join(
                f"{k} {v}" for k, v in sorted(forgetting_copy(DEFAULT_PATTERNS_DIR, folder, share, seed).items())))
            forgetting[(share, seed)] = _LazyExtractor(folder, getattr(extractor, "fast", False))
        sets = [load_set(folder, cache, extractor, forgetting) for folder in folders]
    if specs:
        n = Counter(y for data in sets for _, y in examples(data))
        print("training candidates: " + ", ".join(f"{k} {v}" for k, v in sorted(n.items())))
    return sets


def _forget_spec(text: str) -> tuple[float, int | None]:
    share, _, seed = text.partition(":")
    if not 0 <= float(share) <= 1:
        raise ValueError(share)
    return float(share), int(seed) if seed else None


class _LazyExtractor:
    """An extractor of a patterns folder, loaded the first time a set is extracted with it."""

    def __init__(self, folder: Path, fast: bool = False) -> None:
        self.folder, self.fast, self.extractor = folder, fast, None

    def __getattr__(self, name: str):
        if self.extractor is None:
            from ..extractor import Extractor
            self.extractor = Extractor(fast=self.fast, patterns_dir=self.folder)
        return getattr(self.extractor, name)


def main(argv: list[str] | None = None, extractor=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of texts with gold.csv (repeat)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="keep each set's extraction here")
    parser.add_argument("--leave-one-out", action="store_true", help="report the numbers, write nothing")
    parser.add_argument("--force", action="store_true", help="write the model even where it does not gain")
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--suffixes", action="store_true", help="read the head's last letters too")
    parser.add_argument("--forget", action="append", default=[], metavar="SHARE[:SEED]", type=_forget_spec,
                        help="train where the gazetteers forgot this share of their entries (repeat: pooled)")
    parser.add_argument("--label", action="append", choices=ln.LABELS, default=None,
                        help="a label the model may add (repeat; default LOCATION alone: see the docstring)")
    parser.add_argument("--seed", type=int, default=0, help="the seed of a --forget without its own")
    args = parser.parse_args(argv)
    args.label = args.label or list(SHIPPED_LABELS)
    from ..gazetteer import load_gazetteer
    from ..languages import DEFAULT_PATTERNS_DIR
    from ..unlisted import KnownNames

    folders = args.corpus or [Path(s) for s in DEFAULT_SETS]
    if len(folders) < 2:
        parser.error("--corpus: give two sets or more (each is scored by a model trained on the others)")
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    specs = [(a, args.seed if b is None else b) for a, b in args.forget]
    sets = load_sets(folders, args.cache, extractor, specs)
    known = KnownNames.from_gazetteer(load_gazetteer(DEFAULT_PATTERNS_DIR))
    ceiling(sets)
    drop = () if args.suffixes else ("suffix:",)
    held_out = leave_one_set_out(sets, known, args.c, drop)
    thresholds = choose(held_out, known, labels=tuple(args.label))
    print(f"chosen: {thresholds}; leave-one-set-out, rules → learned:")
    print_table(rows_at(held_out, known, thresholds))
    checked = nested(sets, known, args.c, drop, tuple(args.label))
    print("nested (thresholds chosen without the held-out set):")
    print_table(checked)
    # a label is kept where it gains in the nested check too, with no core or extended loss
    kept = {lab: t for lab, t in thresholds.items() if holds(summary(checked, lab), lab)}
    if kept != thresholds:
        print(f"left out, not stable in the nested check: {', '.join(sorted(set(thresholds) - set(kept)))}")
    rows = rows_at(held_out, known, kept)
    total = {lab: summary(rows, lab) for lab in kept}
    again = {lab: summary(checked, lab) for lab in kept}
    gains = bool(kept) and all(holds(total[lab], lab) for lab in kept)
    for name, by_label in (("leave-one-set-out", total), ("nested", again)):
        for lab, x in by_label.items():
            print(f"{name}, {lab}: mean change " + " ".join(f"{m} {v:+.4f}" for m, v in x.items()))
    print(f"kept: {kept}" + ("" if gains else ": no gain"))
    if args.leave_one_out or not (gains or args.force):
        print("no model written")
        return
    model = fit([x for data in sets for x in examples(data, drop)], args.c)
    out = args.out or DEFAULT_PATTERNS_DIR / ln.MODEL_FILE
    data = {"trained": str(date.today()), "sets": [x["name"] for x in sets], "thresholds": kept,
            "forget": [list(spec) for spec in specs], "leave_one_set_out": total, "nested": again,
            "weights": model.weights}
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
