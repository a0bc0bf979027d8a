"""Places of the kinds the new development sets missed: rivers, deserts, regions, ports and
sites in the three gazetteers, demonyms in capitals that are no place (made-up text)."""

from __future__ import annotations

import pytest


def _labelled(extractor, text, lang):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("LOCATION", "COUNTRY")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Irrigation drained the Amu Darya and the Syr Darya for decades.",
     [("LOCATION", "Amu Darya"), ("LOCATION", "Syr Darya")]),
    ("fr", "Les pluies ont touché le Haut Atlas et la région de Marrakech.",
     [("LOCATION", "Haut Atlas"), ("LOCATION", "Marrakech")]),
    ("es", "Los barcos unen Almería y Alicante con Orán cada semana.",
     [("LOCATION", "Almería"), ("LOCATION", "Alicante"), ("LOCATION", "Orán")]),
    ("es", "Los camiones llegan a Tánger Med por la mañana.", [("LOCATION", "Tánger Med")]),
    ("en", "Vaccinators reached every district of West Bengal last spring.", [("LOCATION", "West Bengal")]),
    ("fr", "Le télescope se trouve dans le désert d'Atacama.", [("LOCATION", "Atacama")]),
])
def test_listed_places_are_found_whole(extractor, lang, text, expected):
    assert _labelled(extractor, text, lang) == expected


def test_algeria_in_spanish_is_a_country(extractor):
    assert _labelled(extractor, "Viajaron a Túnez y a Argelia en mayo.", "es") == \
        [("COUNTRY", "Túnez"), ("COUNTRY", "Argelia")]


def test_a_bailiwick_is_the_crown_dependency(extractor):
    assert _labelled(extractor, "The Bailiwick of Jersey signed the agreement.", "en") == \
        [("COUNTRY", "Bailiwick of Jersey")]


@pytest.mark.parametrize("text, places", [
    ("Talks were held with Norway, the Latvian delegation and Peru.", [("COUNTRY", "Norway"), ("COUNTRY", "Peru")]),
    ("The convoy stopped in Kaunas and the Polish border post.", [("LOCATION", "Kaunas")]),
])
def test_a_capitalised_demonym_in_a_list_of_places_is_no_place(extractor, text, places):
    assert _labelled(extractor, text, "en") == places


@pytest.mark.parametrize("text, place", [
    ("Ils ont distribué des vivres dans l'archipel de Tuvana et ailleurs.", "Tuvana"),
    ("Le navire a relâché à l'île de Tanna.", "Tanna"),
])
def test_a_place_noun_after_an_elided_article_still_announces_the_place(extractor, text, place):
    assert ("LOCATION", place) in _labelled(extractor, text, "fr")


def test_a_compass_word_before_a_gulf_of_a_place_stays_in_the_place(extractor):
    text = "Navies patrol the Eastern Gulf of Aden every month."
    assert _labelled(extractor, text, "en") == [("LOCATION", "Eastern Gulf of Aden")]


def test_an_adjective_like_a_place_noun_before_a_generic_noun_names_no_place(extractor):
    text = "Ils ont préparé une position commune des Parties avant la réunion, puis la commune de Menton."
    assert _labelled(extractor, text, "fr") == [("LOCATION", "Menton")]


@pytest.mark.parametrize("text, places", [
    # a position word before a place or a country is in the place, one LOCATION
    ("Patrols cover the northern Coral Sea every week.", [("LOCATION", "northern Coral Sea")]),
    ("Clinics opened in western Kenya and south-eastern Peru.",
     [("LOCATION", "western Kenya"), ("LOCATION", "south-eastern Peru")]),
    ("Rangers from Western Australia joined them.", [("LOCATION", "Western Australia")]),
    # coordinated position words leave the place alone; a position word inside a name stays there
    ("Maize feeds eastern and southern Africa.", [("LOCATION", "Africa")]),
    ("The Bank of Central Asia opened in Peru.", [("COUNTRY", "Peru")]),
])
def test_a_position_word_before_a_place_stays_in_the_place(extractor, text, places):
    assert _labelled(extractor, text, "en") == places
