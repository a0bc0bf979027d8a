"""Global bodies the gazetteer holds (UN funds, offices and missions, convention secretariats,
World Bank Group members, CGIAR centres, standards bodies, global funds, international NGOs),
found by their names in each language and normed to their id. Own sentences; rule-only
pipelines."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, name, norm", [
    ("en", "A loan from the International Finance Corporation reached the cooperative.",
     "International Finance Corporation", "IFC"),
    ("en", "Observers of UNTSO patrolled the ridge with the villagers.", "UNTSO", "UNTSO"),
    ("en", "The Green Climate Fund approved the coastal resilience grant.", "Green Climate Fund", "GCF"),
    ("en", "Seed banks of the International Maize and Wheat Improvement Center were restocked.",
     "International Maize and Wheat Improvement Center", "CIMMYT"),
    ("en", "The tiger assessment was written with TRAFFIC and local rangers.", "TRAFFIC", "TRAFFIC"),
    ("fr", "La Société financière internationale soutient les petites entreprises du delta.",
     "Société financière internationale", "IFC"),
    ("fr", "Le rapport du GIEC a été présenté aux ministres.", "GIEC", "IPCC"),
    ("fr", "L'Union internationale pour la conservation de la nature a évalué la réserve.",
     "Union internationale pour la conservation de la nature", "IUCN"),
    ("fr", "Les ministres ont reçu une note de l'Organisation internationale de métrologie légale.",
     "Organisation internationale de métrologie légale", "OIML"),
    ("es", "El Fondo Verde para el Clima financió el proyecto de manglares.",
     "Fondo Verde para el Clima", "GCF"),
    ("es", "El laudo del CIADI llegó tras cuatro años de arbitraje.", "CIADI", "ICSID"),
    ("es", "La Fundación Bill y Melinda Gates apoya la vacunación en la región.",
     "Fundación Bill y Melinda Gates", "Gates Foundation"),
    ("es", "Médicos Sin Fronteras abrió una clínica en la frontera.", "Médicos Sin Fronteras", "MSF"),
])
def test_a_global_body_is_found_and_normed_to_its_id(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")
