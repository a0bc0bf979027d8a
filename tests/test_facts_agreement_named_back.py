"""An agreement named back inside a sentence about the cooperation under it (`La aplicación del
acuerdo descansa en la cooperación entre A, B y C`) states a partnership, not an agreement
(facts-26, issue 11); a sentence that signs one still states the agreement."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


@pytest.mark.parametrize("lang, text", [
    ("es", "La aplicación diaria del acuerdo descansa en la cooperación entre la OMS, la FAO y el PMA."),
    ("en", "The daily implementation of the agreement rests on cooperation between WHO, FAO and WFP."),
    ("fr", "La mise en œuvre quotidienne de l'accord repose sur la coopération entre l'OMS, la FAO et le PAM."),
])
def test_an_agreement_named_back_frames_a_partnership(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert not any(t[0] == "AGREEMENT" for t in found)
    assert ("PARTNERSHIP", ("fao", "who")) in found


def test_a_sentence_that_signs_still_states_the_agreement(fast):
    text = "Tras la firma del acuerdo, la OMS y la FAO firmaron en 2020 un memorando de cooperación."
    assert any(t[0] == "AGREEMENT" for t in tuples(fast.analyse(text, doc_id="t", lang="es")))
