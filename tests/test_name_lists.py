"""Long names of bodies no gazetteer holds (`resolve/names.py`, `resolve/name_lists.py`): a name
goes on over the list of places it covers, over a country's name that holds a possessive, and
over the country that ends it; two names that end on their heads are not joined into one. The
bodies are made up; runs the shipped patterns on the rule-only pipeline."""

import pytest


def found(extractor, text, lang, labels=("ORG", "COUNTRY", "LOCATION")):
    return [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in labels]


@pytest.mark.parametrize("lang, text, expected", [
    # a list of three places or more after the name's last place, the last after a conjunction
    ("es", "la Comisión de Jefes de Aduanas de Centroamérica, México, el Caribe y Colombia, y otros",
     [("ORG", "Comisión de Jefes de Aduanas de Centroamérica, México, el Caribe y Colombia")]),
    ("en", "the Regional Fisheries Commission of Central America, Mexico and Colombia met",
     [("ORG", "Regional Fisheries Commission of Central America, Mexico and Colombia")]),
    ("fr", "la Commission Régionale des Pêches du Sénégal, de la Mauritanie et de l'Algérie se réunit",
     [("ORG", "Commission Régionale des Pêches du Sénégal, de la Mauritanie et de l'Algérie")]),
    # two places only: the second is a place of its own
    ("es", "la Comisión de Jefes de Aduanas de Centroamérica y Colombia",
     [("ORG", "Comisión de Jefes de Aduanas de Centroamérica"), ("COUNTRY", "Colombia")]),
    # after a known body's name, the list names other countries
    ("es", "la Policía Nacional de Colombia, Perú y Ecuador",
     [("ORG", "Policía Nacional de Colombia"), ("COUNTRY", "Perú"), ("COUNTRY", "Ecuador")]),
])
def test_a_name_goes_on_over_the_places_it_covers(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a country's name holding a possessive does not cut the name it ends
    ("en", "with the Ministry of Natural Resources of the People's Republic of China on data",
     [("ORG", "Ministry of Natural Resources of the People's Republic of China")]),
    # where names end on their head, a country right after the head ends the name
    ("en", "hosted by the Markets Commission Malaysia, which trains", [("ORG", "Markets Commission Malaysia")]),
    # not after a preposition, nor after a known body, nor before another capitalised word
    ("en", "the Markets Commission in Malaysia", [("ORG", "Markets Commission"), ("COUNTRY", "Malaysia")]),
    ("en", "in the Security Council Russia vetoed", [("ORG", "Security Council"), ("COUNTRY", "Russia")]),
])
def test_a_name_ends_with_the_country_it_names(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a conjunction and a connector between two names that end on their heads
    ("fr", "aux côtés de la Ruritania Heritage Institution et du Global Monuments Fund.",
     [("ORG", "Ruritania Heritage Institution"), ("ORG", "Global Monuments Fund")]),
    ("en", "with the Ruritania Heritage Institution and of the Global Monuments Fund.",
     [("ORG", "Ruritania Heritage Institution"), ("ORG", "Global Monuments Fund")]),
    # a complement after the conjunction goes on the name
    ("en", "the Office of Drugs and of Crime Prevention", [("ORG", "Office of Drugs and of Crime Prevention")]),
])
def test_two_names_ending_on_their_heads_are_two(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a name that opens with a place and ends on a head noun is the body's, not the place's
    ("en", "Our Asia Pacific Hub in Kuala Lumpur trains regulators",
     [("ORG", "Asia Pacific Hub"), ("LOCATION", "Kuala Lumpur")]),
    ("en", "the Sahel Security College opened", [("ORG", "Sahel Security College")]),
    # a place joined by a slash opens the name too
    ("en", "through the Africa/Middle-East Regional Committee, we help",
     [("ORG", "Africa/Middle-East Regional Committee")]),
    ("en", "the AML/CFT Thematic Fund supports", [("ORG", "AML/CFT Thematic Fund")]),
    # not a known body's name before the slash: two names
    ("en", "the IMO/Joint Working Group met", [("ORG", "IMO"), ("ORG", "Joint Working Group")]),
    # a head noun in lower case names nothing
    ("en", "a hub for data in Africa", [("LOCATION", "Africa")]),
])
def test_a_name_opening_with_a_place_is_a_body(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Portuguese heads written with a hyphen, cited in Spanish or English texts
    ("es", "con la Procuradoria-Geral da República de Cabo Verde y", [("ORG", "Procuradoria-Geral da República de Cabo Verde")]),
    ("en", "the Secretaria-Geral da Administração Interna said", [("ORG", "Secretaria-Geral da Administração Interna")]),
    # German federal bodies, with their small words
    ("es", "el Bundesamt für Migration und Flüchtlinge colabora", [("ORG", "Bundesamt für Migration und Flüchtlinge")]),
    ("fr", "le Bundesinstitut für Risikobewertung coopère", [("ORG", "Bundesinstitut für Risikobewertung")]),
])
def test_cited_heads_of_other_languages(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected
