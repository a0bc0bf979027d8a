"""An instrument's long title that ran on over a small word goes on to the place it applies in
(`Strategy for … Control in the Sahel`), where a short title does not take the place after it
(`Zorbala Strategy in the Sahel`, `Convención del Zorbal en París`): `titles.ran_on`. Made-up
names, shipped patterns, rule-only pipeline."""

import pytest


def instruments(extractor, text, lang):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "INSTRUMENT"]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ministers endorsed the Strategy for Zorbal Fever Control in the Sahel in 2015.",
     "Strategy for Zorbal Fever Control in the Sahel"),
    ("en", "Ministers endorsed the Strategy for Zorbal Fever Control in Malawi in 2015.",
     "Strategy for Zorbal Fever Control in Malawi"),
    ("es", "Los ministros aprobaron el Plan para el Control de la Fiebre Zorbal en la Región Andina en 2015.",
     "Plan para el Control de la Fiebre Zorbal en la Región Andina"),
])
def test_a_long_title_goes_on_to_where_it_applies(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ministers adopted the Zorbala Strategy in the Sahel last year.", ["Zorbala Strategy"]),
    ("en", "Ministers signed the Zorbala Accord in Kenya last year.", ["Zorbala Accord"]),
    ("es", "Se firmó la Convención del Zorbal en París el 20 de mayo de 1875.", ["Convención del Zorbal"]),
])
def test_a_short_title_does_not_take_a_place(extractor, lang, text, expected):
    assert instruments(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected, place", [
    # a city after a long title is where it was signed, not where it applies: the title stops
    ("en", "The ministers signed the Agreement on Zorbal Fisheries Cooperation in Lima on 3 May 2019.",
     ["Agreement on Zorbal Fisheries Cooperation"], "Lima"),
    ("en", "They signed the Memorandum of Understanding on Zorbal Port Security in Geneva last year.",
     ["Memorandum of Understanding on Zorbal Port Security"], "Geneva"),
])
def test_a_long_title_does_not_take_the_city_where_it_was_signed(extractor, lang, text, expected, place):
    rows = extractor.extract(text, doc_id="t", lang=lang)
    assert [r["text"] for r in rows if r["label"] == "INSTRUMENT"] == expected
    assert place in [r["text"] for r in rows if r["label"] == "LOCATION"]
