"""Round-2 name boundaries (`resolve/foreign_complements.py`, the `leading` words): a name in
another language ends before the text's own `de`/`du` + place; a capitalised word opening a sentence is no part of a name. The bodies are made up."""

import pytest


def found(extractor, text, lang, labels=("ORG", "COUNTRY", "LOCATION")):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in labels]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "avec le National Research Safety Board du Ghana, qui forme",
     [("ORG", "National Research Safety Board"), ("COUNTRY", "Ghana")]),
    ("fr", "et avec l'Academia Tecnológica de Chile pour les cours",
     [("ORG", "Academia Tecnológica"), ("COUNTRY", "Chile")]),
    ("es", "Colaboramos con el Institut de la Mer de Dakar, en Senegal.",
     [("ORG", "Institut de la Mer"), ("LOCATION", "Dakar"), ("COUNTRY", "Senegal")]),
])
def test_a_name_in_another_language_ends_before_the_texts_complement(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # names in the text's own language keep their country
    ("fr", "La Police fédérale du Brésil y participe.", [("ORG", "Police fédérale du Brésil")]),
    ("es", "La Policía Nacional del Perú también.", [("ORG", "Policía Nacional del Perú")]),
    # a name of a language whose own connectors hold the link may own it
    ("fr", "avec le Ministério da Agricultura de Angola depuis", [("ORG", "Ministério da Agricultura de Angola")]),
])
def test_a_name_in_the_texts_language_keeps_its_country(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "After Security Council debates, the members met.", [("ORG", "Security Council")]),
    ("en", "Following General Assembly talks, they met.", [("ORG", "General Assembly")]),
    ("en", "Through Regional Fisheries Office support, they met.", [("ORG", "Regional Fisheries Office")]),
    ("es", "Tras Oficina Regional de Ruritania, llegó.", [("ORG", "Oficina Regional de Ruritania")]),
    ("fr", "Selon Office National des Forêts, la forêt croît.", [("ORG", "Office National des Forêts")]),
])
def test_a_sentence_opening_word_is_no_part_of_a_name(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected
