"""A network of offices named by a plural head noun (`Oficinas`, `Centres`, `Offices`) is a body's
name as its singular would be. Runs the shipped patterns on the rule-only pipeline."""

import pytest


def orgs(extractor, text, lang):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "ORG"]


@pytest.mark.parametrize("lang, text, name", [
    ("es", "El ministerio abrió nuevas Oficinas Consulares de Apoyo en tres provincias.",
     "Oficinas Consulares de Apoyo"),
    ("es", "Los Centros Regionales de Capacitación reciben a funcionarios de la región.",
     "Centros Regionales de Capacitación"),
    ("fr", "Les Instituts Régionaux de Formation accueillent les stagiaires.",
     "Instituts Régionaux de Formation"),
    ("en", "The bank runs Regional Delivery Offices in six cities.", "Regional Delivery Offices"),
])
def test_a_plural_head_names_a_network_of_bodies(extractor, lang, text, name):
    assert name in orgs(extractor, text, lang)
