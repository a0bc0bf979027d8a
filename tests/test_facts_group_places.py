"""A state that only says where a place lies (`held in Doha (Qatar)`, `à Doha (Qatar)`, `en Doha
(Catar)`) is none of the states a figure names back (`the three countries`, `les trois pays`, `los
tres países`): facts20b, issue 11 (the group took the place's state and left a party out)."""

from __future__ import annotations

import pytest

from partex.facts import Ref, analyse

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
    lines = _TEXTS[lang]
    text = "\n".join(lines)
    sentences = [(0, len(lines[0])), (len(lines[0]) + 1, len(text))]
    mentions = []
    for name, (label, norm) in _NAMES.items():
        at = text.find(name)
        while at >= 0:
            if not text[at + len(name):at + len(name) + 1].isalpha() and not text[at - 1:at].isalpha():
                mentions.append(Ref(at, at + len(name), label, norm))
            at = text.find(name, at + 1)
    doc, _ = analyse(text, lang, sorted(mentions), sentences, [])
    named_back = {a.norm for a in doc.actors(doc.sentences[1]) if a.label == "REFERENCE"}
    assert named_back == {"CHL", "PER", "BOL"}
