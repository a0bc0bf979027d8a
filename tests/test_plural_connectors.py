"""Connectors with a plural article inside a Spanish name (issue 17, names measured with forgotten
lists): `para los`, `para las`, `contra los`, `contra las` carry the name on as `para la`,
`sobre los` and French `pour les` do (`capitalised_connector`). The names are made up, so that no
gazetteer knows them; rule-only pipeline."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "La Red Andina de Organizaciones para las Migraciones Climáticas publicó su informe.",
     ["Red Andina de Organizaciones para las Migraciones Climáticas"]),
    ("es", "El Comité Regional contra los Delitos Ambientales se reunió en mayo.",
     ["Comité Regional contra los Delitos Ambientales"]),
    ("es", "Se reunió con la Oficina del Alto Comisionado para los Asuntos Marítimos de Korvelia.",
     ["Oficina del Alto Comisionado para los Asuntos Marítimos de Korvelia"]),
    # the other languages' connectors with a plural article, already carried
    ("fr", "Le Comité Régional pour les Migrations Climatiques a publié son rapport.",
     ["Comité Régional pour les Migrations Climatiques"]),
    ("en", "The Regional Network for the Climate Migrations met in May.",
     ["Regional Network for the Climate Migrations"]),
])
def test_a_plural_connector_carries_the_name(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


def test_lower_case_after_the_connector_ends_the_name(extractor):
    assert orgs(extractor, "El Consejo Korvel entregó fondos para los juegos de Lima.", "es") == ["Consejo Korvel"]
