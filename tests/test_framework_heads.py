"""French framework texts headed by a hyphenated head (`Accord-cadre`, `Convention-cadre`,
`Directive-cadre`, `Décision-cadre`: `instrument_head` and `backref_instrument_head` in
patterns/fr/lexicon.jsonl) are instruments, and named again by their head alone. Made-up names,
shipped patterns, rule-only pipelines."""

import pytest


def instruments(extractor, text):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang="fr")
            if r["label"] == "INSTRUMENT"]


@pytest.mark.parametrize("text, expected", [
    ("L'Accord-cadre sur le bassin de la Zorbala a été signé. L'Accord-cadre entre en vigueur.",
     [("Accord-cadre sur le bassin de la Zorbala", "Accord-cadre sur le bassin de la Zorbala"),
      ("Accord-cadre", "Accord-cadre sur le bassin de la Zorbala")]),
    ("La Convention-cadre sur la protection des zorbales (CCPZ) est adoptée. La Convention-cadre compte des Parties.",
     [("Convention-cadre sur la protection des zorbales", "CCPZ"), ("CCPZ", "CCPZ"), ("Convention-cadre", "CCPZ")]),
    ("Selon la Décision-cadre relative à la lutte contre le zorbalisme, les États coopèrent.",
     [("Décision-cadre relative à la lutte contre le zorbalisme", "Décision-cadre relative à la lutte contre le zorbalisme")]),
])
def test_a_framework_text(extractor, text, expected):
    assert instruments(extractor, text) == expected
