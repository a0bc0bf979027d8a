"""Places joined by a hyphen and listed together (routes, border crossings) are mentions of
their own; a place whose own name holds a hyphen keeps it. Rule-only pipeline, made-up sentences."""

import pytest


def places(fast, text, lang):
    return [r["text"] for r in fast.extract(text, doc_id="t", lang=lang) if r["label"] == "LOCATION"]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Los centros están situados en Villorba-Montesur y en Castro Nerio-Aldealta.",
     ["Villorba", "Montesur", "Castro Nerio", "Aldealta"]),
    ("fr", "Les postes frontières sont installés à Kessou-Dranko et à Vellan-Orbise depuis 2019.",
     ["Kessou", "Dranko", "Vellan", "Orbise"]),
])
def test_places_joined_by_a_hyphen_are_each_a_place(fast, lang, text, expected):
    found = places(fast, text, lang)
    for place in expected:
        assert place in found, found
    assert not any("-" in p for p in found)


@pytest.mark.parametrize("lang, text, place", [
    # a word that opens a place's own name, a small word in lower case, a two-letter part
    ("fr", "Le bureau est installé à Saint-Vadieu depuis 2019.", "Saint-Vadieu"),
    ("fr", "Le bureau est installé à Port-au-Vadieu depuis 2019.", "Port-au-Vadieu"),
    ("en", "The office opened in Sharm El-Vadieh in 2019.", "Sharm El-Vadieh"),
    # a chain alone in its sentence may be one place's name
    ("fr", "Le bureau est installé à Kessou-Dranko depuis 2019.", "Kessou-Dranko"),
])
def test_a_hyphen_inside_one_place_name_stays(fast, lang, text, place):
    found = places(fast, text, lang)
    assert not any(part in found for part in place.split("-")[1:]), found


def test_an_acronym_joined_to_a_word_is_no_pair_of_places(fast):
    found = places(fast, "The new dish rises at Zorbal, where the array ZKA-Mid will stand.", "en")
    assert "ZKA" not in found and "Mid" not in found
