"""National bodies that partnership texts name often, held by the gazetteer under their
best-known acronym or short name: development agencies, police, customs and coast guards,
financial intelligence units, anti-corruption, metrology, standards, weather, statistics, space,
disaster and health institutes. Own sentences; rule-only pipelines."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, name, norm", [
    ("en", "The United States Agency for International Development funded the clinic.",
     "United States Agency for International Development", "USAID"),
    ("en", "Engineers from JICA and KOICA inspected the harbour.", "KOICA", "KOICA"),
    ("en", "The Swedish International Development Cooperation Agency renewed its grant.",
     "Swedish International Development Cooperation Agency", "Sida"),
    ("en", "Calibration was checked against the National Institute of Standards and Technology.",
     "National Institute of Standards and Technology", "NIST"),
    ("en", "The Indonesian agency BNPB sent tents to the valley.", "BNPB", "BNPB"),
    ("en", "A team from the Robert Koch Institute trained the laboratory staff.",
     "Robert Koch Institute", "RKI"),
    ("fr", "L'Agence française de développement finance la nouvelle station.",
     "Agence française de développement", "AFD"),
    ("fr", "Le Laboratoire national de métrologie et d'essais a signé l'accord.",
     "Laboratoire national de métrologie et d'essais", "LNE"),
    ("fr", "L'Office central pour la répression de la traite des êtres humains a mené l'enquête.",
     "Office central pour la répression de la traite des êtres humains", "OCRTEH"),
    ("fr", "Les chercheurs du CIRAD et de Fiocruz ont publié l'étude.", "Fiocruz", "Fiocruz"),
    ("es", "La Agencia de Cooperación Internacional del Japón donó dos lanchas.",
     "Agencia de Cooperación Internacional del Japón", "JICA"),
    ("es", "La UIAF compartió los reportes con la fiscalía.", "UIAF", "UIAF"),
    ("es", "El CENAPRED emitió una alerta por el volcán.", "CENAPRED", "CENAPRED"),
    ("es", "Expertos del Instituto Nacional de Tecnología Industrial visitaron la planta.",
     "Instituto Nacional de Tecnología Industrial", "INTI"),
])
def test_a_national_body_gets_its_id(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text", [
    ("fr", "La lutte contre le sida reste une priorité du programme."),
    ("es", "El sida y la tuberculosis siguen presentes en la región."),
])
def test_an_acronym_that_is_a_word_is_left_out(extractor, lang, text):
    assert "Sida" not in found(extractor, text, lang, "ORG", fields=("norm",))
