"""Bodies partnership texts name: a complement's head after `Heads of` names people, not a body;
gazetteer entries for real regional and technical bodies. Runs the shipped patterns on the
rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, body, norm", [
    ("en", "The Heads of Government of the African Union met in Addis Ababa.", "African Union", "AU"),
    ("en", "The Heads of State and Government of the African Union met in Addis Ababa.",
     "African Union", "AU"),
    ("es", "Los Jefes de Estado y de Gobierno de la Unión Africana se reunieron en Adís Abeba.",
     "Unión Africana", "AU"),
])
def test_heads_of_government_name_the_body_only(extractor, lang, text, body, norm):
    assert orgs(extractor, text, lang) == [(body, norm)]


def test_a_government_of_a_body_is_still_one_name(extractor):
    # without `Heads of` before it, the head still joins the body (the rule is unchanged)
    found = orgs(extractor, "The Secretariat of the African Union signed it.", "en")
    assert found[0][0] == "Secretariat of the African Union"


@pytest.mark.parametrize("lang, text, name, norm", [
    ("en", "Delegates of the General Conference on Weights and Measures voted.",
     "General Conference on Weights and Measures", "CGPM"),
    ("fr", "Le Bureau international des poids et mesures publie le rapport.",
     "Bureau international des poids et mesures", "BIPM"),
    ("es", "La Conferencia Regional sobre Migración se reunió en Tegucigalpa.",
     "Conferencia Regional sobre Migración", "CRM"),
    ("es", "Los países del Proceso de Quito acordaron una hoja de ruta.", "Proceso de Quito",
     "Quito Process"),
    ("en", "Vessels licensed by the Parties to the Nauru Agreement were inspected.",
     "Parties to the Nauru Agreement", "PNA"),
    ("fr", "Le Système interaméricain de métrologie regroupe 34 pays.",
     "Système interaméricain de métrologie", "SIM"),
    ("en", "Brazil's Instituto Nacional de Metrologia, Qualidade e Tecnologia calibrates them.",
     "Instituto Nacional de Metrologia, Qualidade e Tecnologia", "Inmetro"),
])
def test_real_bodies_are_known(extractor, lang, text, name, norm):
    assert (name, norm) in orgs(extractor, text, lang)


@pytest.mark.parametrize("lang, text, body, norm", [
    ("en", "States apply the Revised Kyoto Convention of the World Customs Organization at borders.",
     "World Customs Organization", "WCO"),
])
def test_a_text_of_a_body_is_no_body(extractor, lang, text, body, norm):
    assert (body, norm) in orgs(extractor, text, lang)
    assert not any(name.startswith(("Revised", "Marrakesh")) for name, _ in orgs(extractor, text, lang))
