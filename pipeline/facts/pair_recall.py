"""Where the gold partnership pairs the facts stage misses are lost (issue 11): never proposed to
the model, or proposed and rejected by it, or kept by it and set apart after (a guard of `decide`).

    python benchmarks/facts_eval.py evalsets/z --gold-mentions --recall

A missed pair never proposed is told apart by where its two bodies stand: in one sentence the
stage blocks (it states an agreement, a membership or an operation), in one sentence with a word
of cooperation (`wide_pairs.CUES`), in one sentence without one, or in no sentence together.
"""

from __future__ import annotations

from collections import Counter

from . import fact_rows
from .decide import blocked_sentences, decided, model_candidates
from .learned import LinearModel
from .refs import distinct
from .score import fold_value, records
from .wide_pairs import cued

LOSSES = ("found", "set apart", "rejected", "not proposed: blocked sentence", "not proposed: sentence with a cue",
          "not proposed: sentence without a cue", "not proposed: never in one sentence")
_NEAREST = {LOSSES[4]: 0, LOSSES[5]: 1, LOSSES[3]: 2}


def _key(a: str, b: str) -> tuple[str, str]:
    return tuple(sorted((fold_value(a), fold_value(b))))


def pair_losses(analysis: tuple, text: str, gold_rows: list[dict], model: LinearModel | None) -> Counter:
    """How many gold two-party partnerships of one document (its `prepared` analysis and gold
    rows) the stage finds, and where it loses the others (`LOSSES`)."""
    doc, facts = analysis
    gold = {t for f in records(gold_rows) for t in f.tuples if t[0] == "PARTNERSHIP" and len(t[1]) == 2}
    models = {"pair": model} if model is not None else {}
    found = decided(doc, facts, models)
    predicted = {t for f in records(fact_rows(found, "d", text)) for t in f.tuples}
    proposed = {}
    if model is not None:
        for c in model_candidates(doc, facts, model):
            key = _key(*c.key)
            proposed[key] = proposed.get(key, False) or model.keeps(c.features)
    blocked = blocked_sentences(doc, facts)
    together: dict[tuple[str, str], str] = {}
    for s in doc.sentences:
        where = (LOSSES[3] if s.index in blocked else LOSSES[4] if cued(doc, s) else LOSSES[5])
        actors = distinct(doc.actors(s))
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                key = _key(a.norm, b.norm)
                if key not in together or _NEAREST[where] < _NEAREST[together[key]]:
                    together[key] = where  # the sentence nearest to a proposal counts
    losses = Counter()
    for t in gold:
        key = t[1]
        if t in predicted:
            losses[LOSSES[0]] += 1
        elif key in proposed:
            losses[LOSSES[1] if proposed[key] else LOSSES[2]] += 1
        else:
            losses[together.get(key, LOSSES[6])] += 1
    return losses
