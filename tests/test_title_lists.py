"""Instrument titles that go on across a list of their objects ended by a conjunction, an aside
between commas or a period of years; titles that end before a country or a verb after them.
Rule-only pipelines, made-up sentences."""

import pytest

from partex.extractor import Extractor


@pytest.fixture(scope="module")
def extractor(fast) -> Extractor:
    return fast  # the shipped patterns, no model


def texts(extractor, text, lang):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "INSTRUMENT"]


@pytest.mark.parametrize("lang, text, expected", [
    # capitalised infinitives and adjectives listed after `to`, each list ended by `and`; the
    # acronym defined for the whole title is its norm, and its later use too
    ("en", "States apply the WHO Agreement on Coastal Measures to Detect, Report and Reduce Harmful, "
           "Illegal and Unsafe Dumping (CMDA) since 2020. Under the CMDA, ports inspect ships.",
     [("WHO Agreement on Coastal Measures to Detect, Report and Reduce Harmful, Illegal and Unsafe Dumping", "CMDA"),
      ("CMDA", "CMDA"), ("CMDA", "CMDA")]),
    # lower-case complements opening with the title's first linker, a conjunction before the last
    ("es", "La Estrategia regional de estabilización, de recuperación y de resiliencia de las zonas del valle Zorbala fue adoptada.",
     [("Estrategia regional de estabilización, de recuperación y de resiliencia de las zonas del valle Zorbala",) * 2]),
    ("fr", "La Charte régionale de protection, de gestion et de valorisation des forêts du massif de Zorbala a été adoptée.",
     [("Charte régionale de protection, de gestion et de valorisation des forêts du massif de Zorbala",) * 2]),
    # an item holding the conjunction's letters inside a word (`apoyo`, `budget`)
    ("es", "La Estrategia regional de estabilización, de apoyo y de resiliencia de las zonas del valle Zorbala fue adoptada.",
     [("Estrategia regional de estabilización, de apoyo y de resiliencia de las zonas del valle Zorbala",) * 2]),
    ("fr", "La Charte régionale de protection, de budget et de valorisation des forêts du massif de Zorbala a été adoptée.",
     [("Charte régionale de protection, de budget et de valorisation des forêts du massif de Zorbala",) * 2]),
    # items opening with the article after the topic word; the period in parentheses is the title's
    ("fr", "Elle applique la Stratégie méditerranéenne pour la protection des côtes contre les marées, "
           "la surveillance et la restauration (2021-2030) depuis 2021.",
     [("Stratégie méditerranéenne pour la protection des côtes contre les marées, la surveillance et "
       "la restauration (2021-2030)",) * 2]),
    # an aside between commas after the conjunction, then a complement of the title
    ("fr", "Le Protocole relatif à la coopération en matière de gestion des pêches et, en cas de crise grave, "
           "de lutte contre la pêche illicite a été signé.",
     [("Protocole relatif à la coopération en matière de gestion des pêches et, en cas de crise grave, "
       "de lutte contre la pêche illicite",) * 2]),
])
def test_title_goes_on_across_its_list(extractor, lang, text, expected):
    assert texts(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, absent, title", [
    # a list of countries after a title is no part of it
    ("en", "The Agreement on Trade with Spain, France and Italy was signed.", "Italy", "Agreement on Trade"),
    # a list with no conjunction at its end, or one of bodies, stops at the comma
    ("fr", "La Stratégie nationale de lutte contre la fraude, la police et les douanes l'appliquent.", "police",
     "Stratégie nationale de lutte contre la fraude"),
    ("fr", "La Convention sur la pêche, de Zorbala et de Vaduz, a été signée.", "Vaduz", "Convention sur la pêche"),
])
def test_title_stops_before_other_lists(extractor, lang, text, absent, title):
    found = [t for t, _ in texts(extractor, text, lang)]
    assert not any(absent in t for t in found)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize("lang, text, expected", [
    # a bare head then an article and a country: the country is the subject, no complement
    ("es", "En 2031 ratificaron el Convenio el Reino Unido y Ucrania.", []),
    # a name in capitals alone names the text: the verb after it is no part of it
    ("es", "Este año el Convenio de Zorbala cumple diez años.", [("Convenio de Zorbala", "Convenio de Zorbala")]),
    ("fr", "Cette année la Convention de Zorbala fête ses dix ans.", [("Convention de Zorbala", "Convention de Zorbala")]),
])
def test_title_ends_before_what_follows(extractor, lang, text, expected):
    assert texts(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a variant of the title's last name after a slash
    ("en", "The Intergovernmental Agreement on the Building of the Vorla Link / Vorlan Link Road Connection was signed in 2031.",
     [("Intergovernmental Agreement on the Building of the Vorla Link / Vorlan Link Road Connection",) * 2]),
    # the parties as one collective and the body whose members they are
    ("en", "It applies the Convention on Mutual Help in Customs Matters between the Member States of the Zorbala Union of 2031.",
     [("Convention on Mutual Help in Customs Matters between the Member States of the Zorbala Union",) * 2]),
])
def test_title_goes_on_to_variant_and_parties(extractor, lang, text, expected):
    assert texts(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, absent, title", [
    # another name after a slash, and a list of bodies after `between`, are no part of the title
    ("en", "The Agreement on Trade / Investment Rules was signed.", "Investment", "Agreement on Trade"),
    ("en", "The Agreement on Customs Matters between the Zorbala Office and the Vaduz Agency was signed.", "Vaduz",
     "Agreement on Customs Matters"),
])
def test_title_stops_before_other_names(extractor, lang, text, absent, title):
    found = [t for t, _ in texts(extractor, text, lang)]
    assert not any(absent in t for t in found)
    assert any(t.startswith(title) for t in found), found


@pytest.mark.parametrize("text", [
    # a Greek or Cyrillic word in lower case is no capitalised item of the list
    "States apply the Agreement on Coastal Measures to Detect, λόγος and Reduce Harmful Dumping since 2020.",
    "States apply the Agreement on Coastal Measures to Detect, отчёт and Reduce Harmful Dumping since 2020.",
    "States apply the Agreement on Coastal Measures to Detect, Report and λόγος Dumping since 2020.",
])
def test_a_lower_case_word_of_another_script_ends_no_capital_list(extractor, text):
    assert texts(extractor, text, "en") == [("Agreement on Coastal Measures to Detect",) * 2]


@pytest.mark.parametrize("lang, text, expected", [
    # the parties listed in capitals after `entre`, then what the text is about
    ("es", "El Acuerdo entre el Reino de Zorbalia y la República Vadense sobre cooperación aduanera fue firmado en 2031.",
     "Acuerdo entre el Reino de Zorbalia y la República Vadense sobre cooperación aduanera"),
    ("fr", "Le Traité entre le Royaume de Zorbalie, la République fédérale de Vadie et le Grand-Duché d’Orlan en matière "
           "de coopération douanière est entré en vigueur.",
     "Traité entre le Royaume de Zorbalie, la République fédérale de Vadie et le Grand-Duché d’Orlan en matière de coopération douanière"),
    # a title found by a rule goes on where a linking word and a topic word follow it
    ("es", "Los gobiernos firmaron el Acuerdo de Cooperación en materia de Meteorología, que abrió las estaciones.",
     "Acuerdo de Cooperación en materia de Meteorología"),
])
def test_title_goes_on_across_its_parties_to_its_topic(extractor, lang, text, expected):
    assert expected in [t for t, _ in texts(extractor, text, lang)]


@pytest.mark.parametrize("lang, text, absent", [
    # parties with no topic after them name no text; a rule's title followed by a place stays short
    ("fr", "L’Accord entre la Zorbalie et la Vadie a été signé à Orlan.", "Accord entre"),
    ("es", "El Acuerdo entre Zorbalia y Vadia de 2031 fue firmado.", "Acuerdo entre"),
    ("es", "El Acuerdo de Cooperación en Zorbalia fue firmado.", "Acuerdo de Cooperación en"),
])
def test_parties_alone_name_no_text(extractor, lang, text, absent):
    assert not any(t.startswith(absent) for t, _ in texts(extractor, text, lang))
