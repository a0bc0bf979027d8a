"""A network of offices named by a plural head noun (`Oficinas`, `Centres`, `Offices`) is a body's
name as its singular would be. Runs the shipped patterns on the rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


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
