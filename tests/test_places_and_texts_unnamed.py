"""Places and instruments named in wordings no gazetteer holds: a dateline without a date
(`pipeline/text.py`), facilities named after a place (`patterns/en/rules.jsonl`), basins and
deltas (`feature_noun`), texts headed by a call, a framework, principles or a law
(`instrument_head`). Made-up names, shipped patterns, rule-only pipelines."""

import pytest

from partex.text import dateline_place
from mention_helpers import found


@pytest.mark.parametrize("text, expected", [
    ("Un titre\n\nKORVIGNY (Zorbalie) – Le ministère a annoncé.", "KORVIGNY"),
    ("A title\n\nPORT ZELDA, Zorbaland – The ministry said.", "PORT ZELDA"),
    ("Un título\n\nVILLA ZORBA – El ministerio anunció.", "VILLA ZORBA"),
])
def test_a_dateline_without_a_date(text, expected):
    place = dateline_place(text)
    assert place is not None and text[place[0]:place[1]] == expected


def test_a_heading_is_no_dateline():
    assert dateline_place("Un titre\n\nLe texte – suite du texte.") is None


@pytest.mark.parametrize("text, expected", [
    ("Works near Zorvik International Airport and the Dolmen Central Station resumed.",
     ["Zorvik International Airport", "Dolmen Central Station"]),
    ("Traffic on the Kesh-Barra Expressway and the Second Zorba Bridge grew.",
     ["Kesh-Barra Expressway", "Second Zorba Bridge"]),
])
def test_a_facility_named_after_a_place(extractor, text, expected):
    assert found(extractor, text, "en", "LOCATION", fields=("text",)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les pays du bassin du Zambèze se réunissent.", "bassin du Zambèze"),
    ("es", "Los países de la cuenca del Zorbal se reúnen.", "cuenca del Zorbal"),
])
def test_a_basin_keeps_its_noun(extractor, lang, text, expected):
    assert expected in found(extractor, text, lang, "LOCATION", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La France porte l'Appel de Lomé pour la protection des forêts depuis 2019.",
     "Appel de Lomé pour la protection des forêts"),
    ("es", "Los países adoptaron el Marco de Acción sobre la pesca sostenible en 2020.",
     "Marco de Acción sobre la pesca sostenible"),
    ("en", "The ministers endorsed the Zorban Principles for the Return of Stolen Assets in 2020.",
     "Zorban Principles for the Return of Stolen Assets"),
    ("fr", "Le Cadre intégré de classification des zorbales (CICZ) est utilisé partout.",
     "Cadre intégré de classification des zorbales"),
    ("es", "El Llamamiento de Zorba sobre la protección de los océanos fue firmado.",
     "Llamamiento de Zorba sobre la protección de los océanos"),
])
def test_a_text_headed_by_a_call_framework_or_principles(extractor, lang, text, expected):
    assert found(extractor, text, lang, "INSTRUMENT", fields=("text",))[:1] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Cientos de personas cruzan el Puente Internacional Zorba Keller cada día.", "Puente Internacional Zorba Keller"),
    ("fr", "Les vols ont repris à l'Aéroport international de Zorbaville hier.", "Aéroport international de Zorbaville"),
])
def test_a_facility_named_before_its_place(extractor, lang, text, expected):
    assert expected in found(extractor, text, lang, "LOCATION", fields=("text",))
