"""Training labels the very candidates the model weighs at extraction (train.labelled reads
decide.model_candidates, its guards too: the doers of a joint act, treaties, free clauses), not a
wider set the model never sees."""

from __future__ import annotations

import pytest

from facts_helpers import line_sentences, name_mentions

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police and the Coast Authority jointly ran the drills, in coordination with the River Agency."),
    ("fr", "La Harbour Police et la Coast Authority ont mené ensemble les exercices, en coordination avec la River Agency."),
    ("es", "La Harbour Police y la Coast Authority realizaron conjuntamente los simulacros, en coordinación con la "
           "River Agency."),
    ("en", "The Harbour Police works with the Coast Authority and the River Agency."),
])
def test_training_labels_the_candidates_the_model_weighs(lang, text):
    from partex.facts import analyse
    from partex.facts.decide import model_candidates
    from partex.facts.train import labelled

    doc, facts = analyse(text, lang, name_mentions(text, NAMES), line_sentences(text), [])
    weighed = [c.features for c in model_candidates(doc, facts, wide=False)]
    assert [f for f, _ in labelled((doc, facts), set())["pair"]] == weighed
