"""A country whose name is a common noun of the language too (`country_common_noun`: Spanish
`Reunión`, a meeting) heads a body's name where a capitalised word or a complement follows it,
and stays the country elsewhere. Made-up sentences, rule-only pipeline."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("text, name", [
    ("Las decisiones se adoptan en la Reunión Especializada de Pesca Artesanal, que sesiona cada año.",
     "Reunión Especializada de Pesca Artesanal"),
    ("La Reunión de Ministros de Transporte aprobó el plan regional en 2021.", "Reunión de Ministros de Transporte"),
    ("El informe fue revisado por la Reunión Técnica Subregional en marzo.", "Reunión Técnica Subregional"),
])
def test_a_meeting_body_is_no_country(extractor, text, name):
    got = found(extractor, text, "es", fields=("text", "label"))
    assert (name, "ORG") in got
    assert not any(label == "COUNTRY" for _, label in got)


@pytest.mark.parametrize("text", [
    "Francia tiene departamentos de ultramar en la Reunión y en Mayotte desde 1946.",
    "Los técnicos viajaron a la isla de la Reunión en mayo.",
    "La Reunión, Mayotte y Guadalupe son departamentos de ultramar.",
])
def test_the_island_stays_a_country(extractor, text):
    assert ("Reunión", "COUNTRY") in found(extractor, text, "es", fields=("text", "label"))
