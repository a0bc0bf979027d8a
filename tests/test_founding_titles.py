"""Founding texts (`resolve/founding.py`, `founding_title`): an acronym after a title that founds
a body spells the body's name, so it names the body, not the text; and English `Agreement
Establishing X` titles (`patterns/en/rules.jsonl`). Made-up names, rule-only pipeline."""

import pytest


def found(extractor, text, lang):
    return [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "INSTRUMENT", "OPERATION")]


@pytest.mark.parametrize("lang, text, title, acr", [
    ("en", "The ministers signed the Charter of the Coral Sea Alliance for Fisheries Cooperation (CSAFC) "
           "in 2019. CSAFC now has nine members.",
     "Charter of the Coral Sea Alliance for Fisheries Cooperation", "CSAFC"),
    ("es", "Los Estados firmaron el Convenio Constitutivo del Fondo Andino de Desarrollo Rural (FADR) en 1998. "
           "El FADR financia obras.",
     "Convenio Constitutivo del Fondo Andino de Desarrollo Rural", "FADR"),
    ("fr", "Les États ont adopté la Charte de l'Alliance sahélienne pour la pêche (ASP) en 2010. "
           "L'ASP compte neuf membres.",
     "Charte de l'Alliance sahélienne pour la pêche", "ASP"),
])
def test_an_acronym_after_a_founding_title_names_the_body(extractor, lang, text, title, acr):
    mentions = found(extractor, text, lang)
    assert ("INSTRUMENT", title, title) in mentions
    assert mentions.count(("ORG", acr, acr)) == 2
    assert not [m for m in mentions if m[0] != "ORG" and m[1] == acr]


@pytest.mark.parametrize("lang, text, acr", [
    # the acronym spells the whole title: it is the text's
    ("en", "The parties adopted the Charter on Ocean Data Sharing (CODS) in 2020. CODS applies to all.", "CODS"),
    ("es", "Se firmó la Carta de Buenas Prácticas Pesqueras (CBPP) en 2015. La CBPP rige desde entonces.", "CBPP"),
])
def test_an_acronym_that_spells_the_title_stays_the_text(extractor, lang, text, acr):
    mentions = found(extractor, text, lang)
    assert not [m for m in mentions if m[0] == "ORG" and m[1] == acr]


@pytest.mark.parametrize("text, title", [
    ("The Agreement Establishing the Andean Water Fund entered into force in 2001.",
     "Agreement Establishing the Andean Water Fund"),
    ("The Treaty Establishing the Caribbean Fund for Disaster Relief was signed in 1990.",
     "Treaty Establishing the Caribbean Fund for Disaster Relief"),
    ("The Agreement Establishing ZORPAC was signed in Suva.", "Agreement Establishing ZORPAC"),
])
def test_an_agreement_establishing_a_body_is_a_text(extractor, text, title):
    assert ("INSTRUMENT", title, title) in found(extractor, text, "en")


def test_a_lower_case_agreement_establishing_is_no_title(extractor):
    assert found(extractor, "The agreement establishing the fund was signed.", "en") == []
