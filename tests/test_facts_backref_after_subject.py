"""Words for a fact (`el acuerdo`, `the memorandum`) within a sentence's first words refer back
to the fact stated last only where they open it; after a subject of the sentence's own, a body
or the first person with no comma between, the sentence states the fact itself
(`references.References._after_subject`). Made-up sentences, rules alone."""

import pytest

from facts_helpers import rule_tuples

PARTIES = {"Chile": ("COUNTRY", "CL"), "Peru": ("COUNTRY", "PE"), "Perú": ("COUNTRY", "PE"),
           "UNODC": ("ORG", "UNODC"), "OEA": ("ORG", "OAS"), "OAS": ("ORG", "OAS"),
           "2019": ("DATE", "2019"), "2011": ("DATE", "2011")}


@pytest.mark.parametrize("lang, text", [
    ("es", "Chile y Perú firmaron el acuerdo de patrullaje costero en 2011."),
    ("en", "Chile and Peru signed the agreement on coastal patrols in 2011."),
    ("es", "La UNODC y la OEA firmaron el memorando de entendimiento en 2019."),
    ("en", "UNODC and the OAS signed the memorandum of understanding in 2019."),
])
def test_words_for_a_fact_after_its_sides_state_it(lang, text):
    got = rule_tuples(text, lang, PARTIES)
    sides = tuple(sorted(n for name, (label, n) in PARTIES.items() if name in text and label != "DATE"))
    assert any(t[0] == "AGREEMENT" and t[1] == tuple(s.lower() for s in sides) for t in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC and the OAS signed a memorandum in 2019.\nIn 2011, the agreement was extended to Chile."),
    ("es", "La UNODC y la OEA firmaron un memorando en 2019.\nSegún la OEA, el acuerdo se extendió a Chile."),
])
def test_words_for_a_fact_after_an_opening_phrase_still_refer_back(lang, text):
    got = rule_tuples(text, lang, PARTIES)
    assert not any(t[0] == "AGREEMENT" and "cl" in t[1] for t in got)
