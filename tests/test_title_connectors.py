"""An instrument's title goes on after `to` (English) and `por` (Spanish) to a run of capitalised
words (issue 17: `title_connector` in patterns/<lang>/lexicon.jsonl). Made-up names, shipped
patterns, rule-only pipelines."""

import pytest


def instruments(extractor, text, lang):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "INSTRUMENT"]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Members follow the Zorbala Agreement on Technical Obstacles to Fair Commerce, which binds them.",
     ["Zorbala Agreement on Technical Obstacles to Fair Commerce"]),
    ("es", "Firmaron el Acuerdo de Navegación Fluvial por la Vía Zorbalana, que entró en vigor.",
     ["Acuerdo de Navegación Fluvial por la Vía Zorbalana"]),
    ("es", "Aplican el Convenio de Transporte por el Corredor Zorbalano, firmado en 2001.",
     ["Convenio de Transporte por el Corredor Zorbalano"]),
])
def test_a_title_goes_on_after_to_and_por(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a place after the connector is where the text went, not its title
    ("en", "The minister handed the Zorbala Charter to Nigeria last week.", ["Zorbala Charter"]),
    ("es", "Enviaron el Tratado de Zorbala por Chile en marzo.", ["Tratado de Zorbala"]),
])
def test_not_to_a_place(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # an action noun in lower case and its connector may open the run (`title_action_noun`)
    ("States signed the 1994 Agreement relating to the implementation of Part XI of the Zorbala Convention, which binds them.",
     ["1994 Agreement relating to the implementation of Part XI of the Zorbala Convention"]),
    ("Parties apply the Zorbala Treaty on the conservation of Migratory Zorbalan Birds every year.",
     ["Zorbala Treaty on the conservation of Migratory Zorbalan Birds"]),
    # but not a lower-case phrase that ends in lower case
    ("They apply the Zorbala Treaty on the protection of fisheries every year.", ["Zorbala Treaty"]),
])
def test_a_title_goes_on_after_an_action_noun(extractor, text, expected):
    assert instruments(extractor, text, "en") == expected
