"""A long instrument or programme title goes on over the places that close its noun phrase
(`place_ends.places_closing_titles`, issue 17); places and dates that follow a name without
belonging to it stay out. Made-up names, rule-only pipeline."""

import pytest


def found(extractor, text, lang):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("INSTRUMENT", "OPERATION", "ORG", "LOCATION", "COUNTRY")]


@pytest.mark.parametrize("lang, text, title", [
    # a preposition, two regions named as one, the phrase ends
    ("es", "Los países administran el Fondo Zorbal de Cooperación para Agua y Riego en América Latina y el Caribe, creado en 2009.",
     ("OPERATION", "Fondo Zorbal de Cooperación para Agua y Riego en América Latina y el Caribe")),
    # a preposition, two places joined
    ("en", "We ran the Programme for Safer Roads in Kenya and Uganda.",
     ("OPERATION", "Programme for Safer Roads in Kenya and Uganda")),
    # the title ends with a place: a second one joined to it, its preposition repeated or not
    ("es", "Aplicamos la Política de Salud Escolar y Nutricional de Centroamérica y República Dominicana. Otra cosa.",
     ("INSTRUMENT", "Política de Salud Escolar y Nutricional de Centroamérica y República Dominicana")),
    ("fr", "Nous appliquons la Stratégie de sécurité alimentaire de la Guinée et du Mali.",
     ("INSTRUMENT", "Stratégie de sécurité alimentaire de la Guinée et du Mali")),
    # places joined by hyphens after the title's lower-case noun: the route it names
    ("fr", "Les pays ont signé le Traité portant création du corridor Dakar-Bamako, qui prévoit une autoroute.",
     ("INSTRUMENT", "Traité portant création du corridor Dakar-Bamako")),
])
def test_places_closing_a_long_title_are_inside_it(extractor, lang, text, title):
    assert title in found(extractor, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # a body's seat is no part of its name
    ("en", "the Ministry of Health in Kenya signed the deal.", [("ORG", "Ministry of Health"), ("COUNTRY", "Kenya")]),
    ("fr", "la Police nationale au Mali a signé.", [("ORG", "Police nationale"), ("COUNTRY", "Mali")]),
    ("es", "El Ministerio de Salud del Perú y Chile firmaron.", [("ORG", "Ministerio de Salud del Perú"), ("COUNTRY", "Chile")]),
    # where a text was signed, then a date or a clause
    ("es", "el Acuerdo firmado en Lima en 2019 entró en vigor.", [("LOCATION", "Lima")]),
    ("en", "the Convention, adopted in Paris, entered into force.", [("LOCATION", "Paris")]),
    ("en", "The Agreement on Fisheries Cooperation in Lima on 3 May was signed.",
     [("INSTRUMENT", "Agreement on Fisheries Cooperation"), ("LOCATION", "Lima")]),
    ("en", "They signed the Agreement on Fisheries Cooperation in Lima, Peru.",
     [("INSTRUMENT", "Agreement on Fisheries Cooperation"), ("LOCATION", "Lima"), ("COUNTRY", "Peru")]),
    # a list of places goes on after the first: none is the title's
    ("en", "We ran the Programme for Safer Roads in Kenya, Uganda and Tanzania.",
     [("OPERATION", "Programme for Safer Roads"), ("COUNTRY", "Kenya"), ("COUNTRY", "Uganda"), ("COUNTRY", "Tanzania")]),
    # the noun phrase goes on after the second place: a verb follows, not the title's end
    ("es", "La Estrategia de Seguridad Alimentaria para Centroamérica y Panamá se aprobó.",
     [("INSTRUMENT", "Estrategia de Seguridad Alimentaria para Centroamérica"), ("COUNTRY", "Panamá")]),
    ("fr", "La Stratégie de lutte contre la pauvreté au Mali et au Niger a été adoptée en 2015.",
     [("INSTRUMENT", "Stratégie de lutte contre la pauvreté au Mali"), ("COUNTRY", "Niger")]),
    # a body between the places: no scope
    ("en", "We ran the Programme for Safer Roads in Kenya and the Ministry of Health in Uganda paid.",
     [("OPERATION", "Programme for Safer Roads"), ("COUNTRY", "Kenya"), ("ORG", "Ministry of Health"), ("COUNTRY", "Uganda")]),
])
def test_places_after_a_name_that_do_not_close_it_stay_out(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected
