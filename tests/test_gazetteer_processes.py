"""Intergovernmental dialogues named after the city that launched them (`Rabat Process`, `Processus
de Khartoum`, `Proceso de Colombo`), NATO called `the Alliance` after its name, and bodies whose
acronym another body holds in the same language (Spanish `COI`). Own sentences; rule-only
pipelines."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, name, norm", [
    ("en", "Senior officials of the Rabat Process met in Dakar.", "Rabat Process", "Rabat Process"),
    ("en", "Ministers of the Budapest Process adopted a call for action.", "Budapest Process", "Budapest Process"),
    ("en", "The Abu Dhabi Dialogue brings together countries of origin and destination.",
     "Abu Dhabi Dialogue", "Abu Dhabi Dialogue"),
    ("fr", "Le Processus de Khartoum a tenu sa réunion à Nairobi.", "Processus de Khartoum", "Khartoum Process"),
    ("fr", "Les membres du Processus de Prague ont échangé des données.", "Processus de Prague", "Prague Process"),
    ("es", "Los ministros del Proceso de Colombo se reunieron en Katmandú.", "Proceso de Colombo", "Colombo Process"),
    ("es", "El Proceso de Rabat celebró su conferencia ministerial.", "Proceso de Rabat", "Rabat Process"),
])
def test_a_dialogue_named_after_a_city_is_one_body(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, word", [
    ("en", "NATO leaders met in Vilnius. The Alliance agreed new plans.", "Alliance"),
    ("fr", "Les dirigeants de l'OTAN se sont réunis. L'Alliance a adopté un plan.", "Alliance"),
    ("es", "Los líderes de la OTAN se reunieron. La Alianza aprobó un plan.", "Alianza"),
])
def test_the_alliance_after_nato_is_nato(extractor, lang, text, word):
    assert (word, "NATO") in found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, name, norm", [
    ("es", "El Consejo Oleícola Internacional (COI) aprobó una norma. El COI publicó datos.", "COI", "COI"),
    ("es", "El Comité Olímpico Internacional (COI) eligió la sede. El COI anunció la fecha.", "COI", "IOC"),
    ("fr", "Le Conseil oléicole international a publié ses chiffres.", "Conseil oléicole international", "COI"),
    ("en", "Delegates of the Nordic Defence Cooperation met in Oslo.", "Nordic Defence Cooperation", "NORDEFCO"),
])
def test_a_shared_acronym_takes_the_body_its_text_defines(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")


def test_a_french_name_goes_on_across_pour_la_to_a_capitalised_word(extractor):
    text = "La Fondation Zorbaville pour la Solidarité organise l'accueil des voyageurs."
    assert ("Fondation Zorbaville pour la Solidarité", "Fondation Zorbaville pour la Solidarité") in \
        found(extractor, text, "fr", "ORG")


@pytest.mark.parametrize("lang, text, name, norm", [
    ("fr", "Le Japon, par l'Archaeological Survey of India, a restauré le temple.",
     "Archaeological Survey of India", "Archaeological Survey of India"),
    ("en", "The U.S. Geological Survey recorded the tremor.", "U.S. Geological Survey", "USGS"),
    ("es", "El Global Crop Diversity Trust financia los bancos de semillas.", "Global Crop Diversity Trust", "Crop Trust"),
])
def test_a_body_whose_name_ends_with_a_place_or_holds_a_country_is_one_name(extractor, lang, text, name, norm):
    assert (name, norm) in found(extractor, text, lang, "ORG")
