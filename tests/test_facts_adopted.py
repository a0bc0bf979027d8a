"""Instruments adopted by a list of states or bodies named alike, with no word of signature."""

from __future__ import annotations

import pytest

from facts_helpers import tuples

STATES = ("chl", "ecu", "per")
PAIRS = {("chl", "ecu"), ("chl", "per"), ("ecu", "per")}


@pytest.mark.parametrize("lang, text", [
    ("es", "En marzo de 2021, Chile, Perú y Ecuador adoptaron en Lima el Marco de Sendai para la "
           "Reducción del Riesgo de Desastres."),
    ("es", "En marzo de 2021, Chile, Perú y Ecuador aprobaron el Marco de Sendai."),
    ("en", "In March 2021, Chile, Peru and Ecuador adopted the Sendai Framework in Lima."),
])
def test_states_that_adopt_an_instrument_together_are_its_parties(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    agreements = {t[1] for t in found if t[0] == "AGREEMENT"}
    assert agreements == PAIRS
    assert {("AGREEMENT", pair, "date", "2021-03") for pair in PAIRS} <= found
    assert {("AGREEMENT", pair, "instrument", "sendai framework") for pair in PAIRS} <= found


@pytest.mark.parametrize("lang, text", [
    ("es", "En marzo de 2021, Chile adoptó el Marco de Sendai, como Perú y Ecuador."),
    ("en", "In March 2021, the General Assembly adopted the Sendai Framework; Chile and Peru spoke."),
])
def test_one_body_adopting_an_instrument_makes_no_agreement(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert not any(t[0] == "AGREEMENT" for t in found)



@pytest.mark.parametrize("lang, text, pair", [
    ("en", "The Andean Health Agency (AHA) opened in 2013. The Andean Blood Centre (ABC) had been run by the Pan "
           "American Health Organization (PAHO) since 1975. PAHO, which is also the regional office of the World "
           "Health Organization (WHO), remains AHA's closest partner. The two organisations work together on "
           "vaccines.", ("aha", "paho")),
    ("es", "La Agencia Andina de Salud (AAS) abrió en 2013. El Centro Andino de Sangre (CAS) fue gestionado por la "
           "Organización Panamericana de la Salud (OPS) desde 1975. La OPS, que es también la oficina regional de "
           "la Organización Mundial de la Salud (OMS), sigue siendo el socio técnico más cercano de la AAS. Ambas "
           "organizaciones trabajan juntas en vacunas.", ("aas", "paho")),
])
def test_the_body_another_is_the_office_of_only_qualifies_it(fast, lang, text, pair):
    """`the two organisations` are the partner and the body it is the office of no one else's."""
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "PARTNERSHIP"}
    assert ("PARTNERSHIP", pair) in found
    assert not any("who" in t[1] or "abc" in t[1] for t in found)
