"""A body named in an apposition after a qualifier noun and its complement (`X, organe de suivi du
Conseil de l'Europe, coopère avec …`, `X, órgano técnico del Sistema …`) only says whose organ X is:
X, not the owner, is the side of the cue (qualifiers.py, `_apposed_qualifier`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {
    "fr": {"Comité d'experts": ("ORG", "Experts"), "Conseil nordique": ("ORG", "Nordic"),
           "Banque africaine": ("ORG", "Bank"), "Croissant-Rouge": ("ORG", "Crescent")},
    "en": {"Expert Committee": ("ORG", "Experts"), "Nordic Council": ("ORG", "Nordic"),
           "African Bank": ("ORG", "Bank"), "Red Crescent": ("ORG", "Crescent")},
    "es": {"Comité de Expertos": ("ORG", "Experts"), "Consejo Nórdico": ("ORG", "Nordic"),
           "Banco Africano": ("ORG", "Bank"), "Media Luna Roja": ("ORG", "Crescent")},
}


def _pairs(text: str, lang: str) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES[lang]) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Comité d'experts, organe de contrôle du Conseil nordique, coopère avec la Banque africaine "
           "et le Croissant-Rouge."),
    ("fr", "Le Comité d'experts, l'organe consultatif du Conseil nordique, travaille avec la Banque africaine "
           "et le Croissant-Rouge."),
    ("es", "El Comité de Expertos, órgano de control del Consejo Nórdico, coopera con el Banco Africano "
           "y la Media Luna Roja."),
    ("es", "El Comité de Expertos, un organismo consultivo del Consejo Nórdico, trabaja con el Banco Africano "
           "y la Media Luna Roja."),
    ("en", "The Expert Committee, the advisory body of the Nordic Council, works with the African Bank and "
           "the Red Crescent."),
])
def test_the_owner_named_in_an_apposition_is_no_side(lang, text):
    pairs = _pairs(text, lang)
    assert pairs == {("bank", "experts"), ("crescent", "experts")}


@pytest.mark.parametrize("lang, text", [
    # a qualifier noun not opening an apposition: the bodies after it are the cue's partners
    ("es", "El Comité de Expertos trabaja en varios países con el apoyo del Banco Africano."),
    ("fr", "Le Comité d'experts travaille dans plusieurs pays avec l'appui de la Banque africaine."),
])
def test_a_qualifier_noun_outside_an_apposition_keeps_the_bodies(lang, text):
    pairs = _pairs(text, lang)
    assert ("bank", "experts") in pairs


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Comité d'experts coopère étroitement avec le bureau du Conseil nordique à Oslo."),
    ("en", "The Expert Committee works with the mechanism of the Nordic Council on early warning."),
    ("es", "El Comité de Expertos colabora con la agencia del Consejo Nórdico en Oslo."),
])
def test_an_organ_noun_outside_an_apposition_leaves_the_body_after_it_a_side(lang, text):
    assert ("experts", "nordic") in _pairs(text, lang)
