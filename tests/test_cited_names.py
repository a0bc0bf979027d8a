"""Names of bodies cited in a language partex does not read (`cited_org_head`,
`cited_org_head_last`, `cited_connector`, `cited_conjunction` of the lexicons; `names._head_first`;
`resolve/cited_conjunctions.py`): Dutch, Polish, Czech, Indonesian, Romanian, South Slavic and
Turkish heads open or end a name, a demonym of the text before such a name is no part of it, and
the name goes on across its own language's conjunction. The bodies are made up."""

import pytest


def found(extractor, text, lang, labels=("ORG", "COUNTRY", "LOCATION")):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in labels]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Analysts from the Urząd Ochrony Zorbali joined the review.", [("ORG", "Urząd Ochrony Zorbali")]),
    ("fr", "La mission a rencontré la Kepolisian Daerah Zorbala hier.", [("ORG", "Kepolisian Daerah Zorbala")]),
    ("es", "Colabora con el Ministerul Zorbalului desde 2019.", [("ORG", "Ministerul Zorbalului")]),
    ("en", "Trains are run by the Zorbal Demir Yolları since 2010.", [("ORG", "Zorbal Demir Yolları")]),
    ("fr", "Le rapport cite le Stichting voor Zorbal Erfgoed en détail.", [("ORG", "Stichting voor Zorbal Erfgoed")]),
])
def test_a_head_of_a_cited_language_names_a_body(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("We met the Dutch Stichting voor Zorbal Erfgoed yesterday.", [("ORG", "Stichting voor Zorbal Erfgoed")]),
    ("Officers of the Polish Agencja Ochrony Zorbali took part.", [("ORG", "Agencja Ochrony Zorbali")]),
    # a name written in English keeps the demonym that opens it
    ("We met the Norwegian Fjord Zorbal Authority yesterday.", [("ORG", "Norwegian Fjord Zorbal Authority")]),
])
def test_a_demonym_before_a_cited_name_is_no_part_of_it(extractor, text, expected):
    assert found(extractor, text, "en") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Ministerie van Zorbal en Waterbeheer a signé la lettre.", [("ORG", "Ministerie van Zorbal en Waterbeheer")]),
    ("en", "The Ministerstwo do Spraw Zorbali i Cyfryzacji said so.", [("ORG", "Ministerstwo do Spraw Zorbali i Cyfryzacji")]),
    ("es", "Participa la Agencija za Zorbal i Razvoj desde 2020.", [("ORG", "Agencija za Zorbal i Razvoj")]),
])
def test_a_cited_name_goes_on_across_its_own_conjunction(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the text's own preposition before a place the rules know
    ("es", "Trabaja con el Ministerie van Zorbal Zaken en La Haya.",
     [("ORG", "Ministerie van Zorbal Zaken"), ("LOCATION", "La Haya")]),
    ("es", "Colabora con la Agenzia per la Zorbalità en Italia.",
     [("ORG", "Agenzia per la Zorbalità"), ("COUNTRY", "Italia")]),
    # a name in the text's own language is no cited name
    ("es", "El Ministerio de Zorbal en Lima abrió.", [("ORG", "Ministerio de Zorbal"), ("LOCATION", "Lima")]),
])
def test_a_cited_name_stops_before_the_texts_own_preposition(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.model
def test_the_model_reading_the_words_after_the_conjunction_as_a_place_does_not_stop_it(model_extractor):
    text = "Le Ministerie van Zorbal en Veiligheid et le ministère de l'Intérieur ont signé."
    assert ("ORG", "Ministerie van Zorbal en Veiligheid") in found(model_extractor, text, "fr")
