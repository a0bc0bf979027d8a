"""Places after a preposition that follows a name, and `and of the` after a run that holds no
name: made-up sentences, rule-only pipelines (English and Spanish have no model)."""

import pytest


def _found(extractor, text, lang):
    return [(r["text"], r["label"]) for r in extractor.extract(text, doc_id="t", lang=lang)]


@pytest.mark.parametrize("text, lang, word", [
    ("The Integrity in Sport programme met.", "en", "Sport"),
    # after a country too: a title goes on there (`Colombia en Cifras`)
    ("The Korvelia in Focus series was launched.", "en", "Focus"),
    ("Se publicó el informe Colombia en Cifras 2023.", "es", "Cifras"),
])
def test_a_preposition_inside_a_capitalised_name_opens_no_place(extractor, text, lang, word):
    assert not [t for t, label in _found(extractor, text, lang) if label == "LOCATION" and word in t]


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
])
def test_a_name_after_a_preposition_of_nearness_or_direction_is_a_place(extractor, text, lang, place):
    assert (place, "LOCATION") in _found(extractor, text, lang)


@pytest.mark.parametrize("text, lang, name", [
    ("The officers waited near John Carter's car.", "en", "John Carter"),
    ("Las críticas hacia Pedro Castañeda crecieron.", "es", "Pedro Castañeda"),
    ("La campaña se extendió hasta Semana Santa.", "es", "Semana Santa"),
])
def test_a_person_or_a_time_after_such_a_preposition_is_no_place(extractor, text, lang, name):
    assert (name, "LOCATION") not in _found(extractor, text, lang)
