"""Places no gazetteer holds, read from the words around them (made-up text): a name before a
place noun that follows it, names listed after a place noun, a name before `, in <country>`."""

from __future__ import annotations

import pytest


def _places(extractor, text, lang):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("LOCATION", "COUNTRY", "ORG", "PERSON")]


@pytest.mark.parametrize("text, expected", [
    ("Researchers from our Kelda campus joined the survey.", [("LOCATION", "Kelda")]),
    ("Floods hit the Barmer district and the Tonk district last week.",
     [("LOCATION", "Barmer"), ("LOCATION", "Tonk")]),
    ("Health teams reached the Zarvan Abad province in May.", [("LOCATION", "Zarvan Abad")]),
    ("Staff from our St. Kelda campus came.", [("LOCATION", "St. Kelda")]),
])
def test_a_name_before_a_place_noun_is_the_place(extractor, text, expected):
    assert _places(extractor, text, "en") == expected


@pytest.mark.parametrize("text", [
    "The delegates met in the Ministry district on Monday.",
    "Staff of the UNDP district office were trained.",
    "The March district elections were postponed.",
])
def test_a_body_an_acronym_or_a_month_before_a_place_noun_is_no_place(extractor, text):
    assert not [p for p in _places(extractor, text, "en") if p[0] == "LOCATION"]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les villages de Talpur et de Nodisahi ont été certifiés.",
     [("LOCATION", "Talpur"), ("LOCATION", "Nodisahi")]),
    ("es", "El huracán devastó las islas de Aruca y de Petite Bernale antes de seguir.",
     [("LOCATION", "Aruca"), ("LOCATION", "Petite Bernale")]),
    ("en", "Clinics opened in the provinces of Kandara and of Helmora.",
     [("LOCATION", "Kandara"), ("LOCATION", "Helmora")]),
    ("en", "Clinics opened in the provinces of Kandara, Helmora and Zabol.",
     [("LOCATION", "Kandara"), ("LOCATION", "Helmora"), ("LOCATION", "Zabol")]),
])
def test_names_listed_after_a_place_noun_are_places(extractor, lang, text, expected):
    assert _places(extractor, text, lang) == expected


def test_a_listed_place_may_hold_a_country_s_name(extractor):
    assert _places(extractor, "Le cyclone a frappé les îles de Tavra et Petite Martinique.", "fr") == \
        [("LOCATION", "Tavra"), ("LOCATION", "Petite Martinique")]


def test_a_comma_after_a_place_noun_alone_opens_no_list(extractor):
    assert _places(extractor, "La région de Kidal, Mali, reste instable.", "fr") == \
        [("LOCATION", "Kidal"), ("COUNTRY", "Mali")]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Cría moscas en la planta El Tule, en Guatemala, desde 1990.",
     [("LOCATION", "El Tule"), ("COUNTRY", "Guatemala")]),
    ("fr", "Le laboratoire de Kasama, au Mali, analyse les sols.",
     [("LOCATION", "Kasama"), ("COUNTRY", "Mali")]),
    ("en", "Samples went to the station at Morvale, in Kenya, for testing.",
     [("LOCATION", "Morvale"), ("COUNTRY", "Kenya")]),
])
def test_a_name_before_a_comma_and_a_country_is_a_place_in_it(extractor, lang, text, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize("text", [
    "Officials met Juan Pérez, in Spain, on Monday.",
    "Talks were held in March, in Kenya.",
    "The office is based in the Ministry of Health, in Kenya.",
])
def test_a_person_a_month_or_a_body_before_a_comma_and_a_country_is_no_place(extractor, text):
    assert not [p for p in _places(extractor, text, "en") if p[0] == "LOCATION"]
