"""Where the gold partnership pairs the facts stage misses are lost (`pair_recall`, facts_eval.py --recall):
found, never proposed (and where the two bodies stand), rejected by the model."""

from __future__ import annotations

from facts_helpers import rule_document

NAMES = {"Coast Agency": ("ORG", "Coast"), "River Office": ("ORG", "River"), "Harbour Police": ("ORG", "Harbour"),
         "Delta Fund": ("ORG", "Delta")}
TEXT = ("The Harbour Police works with the Coast Agency.\n"
        "The Coast Agency trained inspectors last year, and the River Office shared its partnership experience.\n"
        "The Delta Fund opened an office near the River Office.")


def _gold(*pairs: tuple[str, str]) -> list[dict]:
    rows = []
    for n, (party, partner) in enumerate(pairs, start=1):
        rows += [{"doc_id": "d", "fact": f"f{n}", "type": "PARTNERSHIP", "role": "party", "norm": party},
                 {"doc_id": "d", "fact": f"f{n}", "type": "PARTNERSHIP", "role": "partner", "norm": partner}]
    return rows


def test_each_missed_pair_is_counted_where_it_is_lost():
    from partex.facts.learned import load_models
    from partex.facts.pair_recall import LOSSES, pair_losses

    gold = _gold(("Harbour", "Coast"), ("Coast", "River"), ("Delta", "River"), ("Harbour", "River"))
    losses = pair_losses(rule_document(TEXT, "en", NAMES), TEXT, gold, load_models()["pair"])
    assert losses == {LOSSES[0]: 1,  # stated by `works with`
                      "not proposed: sentence with a cue": 1,  # the cue stands in a clause of its own
                      "not proposed: sentence without a cue": 1,  # `near`: no word of cooperation
                      "not proposed: never in one sentence": 1}


def test_a_pair_the_model_turns_down_is_rejected_not_unproposed():
    from partex.facts.learned import LinearModel
    from partex.facts.pair_recall import pair_losses

    gold = _gold(("Harbour", "Coast"))
    losses = pair_losses(rule_document(TEXT, "en", NAMES), TEXT, gold, LinearModel({"bias": -30.0}))
    assert losses == {"rejected": 1}
