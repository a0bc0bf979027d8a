"""One reading of "the model decides where there is one, else the rules' facts, in text order"
(decide.decided): find_facts, training's predictions and the recall report all go through it."""

from __future__ import annotations

import pytest

from facts_helpers import line_sentences, name_mentions

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River")}
TEXT = ("The River Agency signed a memorandum with the Coast Authority in 2019.\n"
        "The Harbour Police works closely with the Coast Authority.")


@pytest.mark.parametrize("learned", [False, True])
def test_find_facts_gives_what_decided_gives(learned):
    from partex.facts import analyse, find_facts
    from partex.facts.decide import decided
    from partex.facts.learned import load_models

    inputs = dict(text=TEXT, lang="en", mentions=name_mentions(TEXT, NAMES), sentences=line_sentences(TEXT), blocks=[])
    models = load_models() if learned else {}
    facts, _ = find_facts(**inputs, models=models)
    again = decided(*analyse(**inputs), models)
    assert facts == again
    assert [f.evidence for f in again] == sorted(f.evidence for f in again)
    assert any(f.type == "PARTNERSHIP" for f in again)
