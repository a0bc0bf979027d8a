"""A state that only says where a place lies (`held in Doha (Qatar)`, `à Doha (Qatar)`, `en Doha
(Catar)`) is none of the states a figure names back (`the three countries`, `les trois pays`, `los
tres países`): facts20b, issue 11 (the group took the place's state and left a party out)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_document

_TEXTS = {
    "en": ("The bid was presented by Chile, Peru and Bolivia and approved at the session held in Doha (Qatar) in 2014.",
           "The three countries coordinate their conservation reports."),
    "fr": ("La candidature a été présentée par le Chili, le Pérou et la Bolivie et approuvée lors de la session "
           "tenue à Doha (Qatar) en 2014.", "Les trois pays coordonnent leurs rapports de conservation."),
    "es": ("La candidatura fue presentada por Chile, Perú y Bolivia y aprobada en la sesión celebrada en Doha "
           "(Catar) en 2014.", "Los tres países coordinan sus informes de conservación."),
}
_NAMES = {"Chili": ("COUNTRY", "CHL"), "Chile": ("COUNTRY", "CHL"), "Peru": ("COUNTRY", "PER"),
          "Pérou": ("COUNTRY", "PER"), "Perú": ("COUNTRY", "PER"), "Bolivia": ("COUNTRY", "BOL"),
          "Bolivie": ("COUNTRY", "BOL"), "Qatar": ("COUNTRY", "QAT"), "Catar": ("COUNTRY", "QAT"),
          "Doha": ("LOCATION", "Doha"), "three": ("FIGURE", "3 country"), "trois": ("FIGURE", "3 pays"),
          "tres": ("FIGURE", "3 país")}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_state_placing_a_city_is_none_of_the_group(lang):
    doc, _ = rule_document("\n".join(_TEXTS[lang]), lang, _NAMES)
    named_back = {a.norm for a in doc.actors(doc.sentences[1]) if a.label == "REFERENCE"}
    assert named_back == {"CHL", "PER", "BOL"}
