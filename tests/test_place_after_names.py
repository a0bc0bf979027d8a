"""Places after a preposition that follows a name, and `and of the` after a run that holds no
name: made-up sentences, rule-only pipelines (English and Spanish have no model)."""

import pytest


def _found(extractor, text, lang):
    return [(r["text"], r["label"]) for r in extractor.extract(text, doc_id="t", lang=lang)]


@pytest.mark.parametrize("text, lang, place", [
    ("The treaty was signed by Chile and Peru in Arica on 3 May 2019.", "en", "Arica"),
    ("El tratado fue firmado por Chile y Perú en Arica el 3 de mayo de 2019.", "es", "Arica"),
    ("The summit of Kenya and Uganda in Kisumu ended on Friday.", "en", "Kisumu"),
])
def test_a_place_after_a_country_and_a_preposition_is_a_place(extractor, text, lang, place):
    assert (place, "LOCATION") in _found(extractor, text, lang)


def test_a_preposition_inside_a_capitalised_name_opens_no_place(extractor):
    found = _found(extractor, "The Integrity in Sport programme met.", "en")
    assert ("Sport", "LOCATION") not in found


@pytest.mark.parametrize("text, lang, bodies, places", [
    ("Officials of the Ministry of Health in Lima and of the Ministry of Health in Quito met.", "en",
     ["Ministry of Health", "Ministry of Health"], ["Lima", "Quito"]),
    ("Staff of the Department of Labour in Accra and of the Department of Labour in Lomé met.", "en",
     ["Department of Labour", "Department of Labour"], ["Accra", "Lomé"]),
])
def test_and_of_the_after_a_place_opens_another_name(extractor, text, lang, bodies, places):
    found = _found(extractor, text, lang)
    assert [t for t, label in found if label == "ORG"] == bodies
    assert [t for t, label in found if label == "LOCATION"] == places


def test_and_of_after_a_complement_joins_two_complements(extractor):
    found = _found(extractor, "La Superintendencia Nacional de Aduanas y de Administración Tributaria firmó.", "es")
    assert ("Superintendencia Nacional de Aduanas y de Administración Tributaria", "ORG") in found


@pytest.mark.parametrize("text, lang, place", [
    ("The camp lies near Kakuma, in the north.", "en", "Kakuma"),
    ("Patrols now reach outside Mombasa every week.", "en", "Mombasa"),
    ("La brigada se instaló cerca de Tumbes en 2019.", "es", "Tumbes"),
    ("El convoy siguió hacia Tumbes durante la noche.", "es", "Tumbes"),
    ("La patrulla llegó hasta Tumbes durante la noche.", "es", "Tumbes"),
])
def test_a_name_after_a_preposition_of_nearness_or_direction_is_a_place(extractor, text, lang, place):
    assert (place, "LOCATION") in _found(extractor, text, lang)
