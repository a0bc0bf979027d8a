"""A body named back by the head noun of its name (facts19, issue 11): `L'agence conseille …` speaks
of the agency named before (`l'Agence andine de l'eau`), not of the bodies the sentence right
before opens on; a noun that heads no name named before names nothing. Made-up sentences (no
development text)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_NAMES = {
    "Agence andine de l'eau": ("ORG", "AAE"), "Andean Water Agency": ("ORG", "AAE"), "Agencia Andina del Agua": ("ORG", "AAE"),
    "Fonds vert": ("ORG", "Green Fund"), "Green Fund": ("ORG", "Green Fund"), "Fondo Verde": ("ORG", "Green Fund"),
    "FAO": ("ORG", "FAO"),
    "Banque andine": ("ORG", "Andean Bank"), "Andean Bank": ("ORG", "Andean Bank"), "Banco Andino": ("ORG", "Andean Bank"),
}


def _pairs(found: set) -> set:
    return {t[1] for t in found if t[0] == "PARTNERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Agence andine de l'eau a été créée en 2010.\nLe Fonds vert et la FAO financent ses travaux.\n"
           "L'agence travaille avec la Banque andine sur ses projets."),
    ("en", "The Andean Water Agency was set up in 2010.\nThe Green Fund and FAO finance its work.\n"
           "The agency works with the Andean Bank on its projects."),
    ("es", "La Agencia Andina del Agua fue creada en 2010.\nEl Fondo Verde y la FAO financian su trabajo.\n"
           "La agencia trabaja con el Banco Andino en sus proyectos."),
])
def test_the_head_noun_names_back_the_body_whose_name_holds_it(lang, text):
    pairs = _pairs(rule_tuples(text, lang, _NAMES))
    assert ("aae", "andean bank") in pairs
    assert ("andean bank", "fao") not in pairs and ("andean bank", "green fund") not in pairs


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Fonds vert et la FAO financent le projet.\nLa commission travaille avec la Banque andine sur ses projets."),
    ("en", "The Green Fund and FAO finance the project.\nThe commission works with the Andean Bank on its projects."),
    ("es", "El Fondo Verde y la FAO financian el proyecto.\nLa comisión trabaja con el Banco Andino en sus proyectos."),
])
def test_a_head_noun_no_name_holds_names_no_body(lang, text):
    pairs = _pairs(rule_tuples(text, lang, _NAMES))
    assert ("andean bank", "fao") not in pairs and ("andean bank", "green fund") not in pairs


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Agence andine de l'eau a été créée en 2010.\nL'agence de voyages travaille avec la Banque andine."),
    ("en", "The Andean Water Agency was set up in 2010.\nThe agency of tourism works with the Andean Bank."),
    ("es", "La Agencia Andina del Agua fue creada en 2010.\nLa agencia de viajes trabaja con el Banco Andino."),
])
def test_the_head_noun_with_a_complement_names_no_body_back(lang, text):
    """`L'agence de voyages`: a common noun and its complement, not the agency named before."""
    assert ("aae", "andean bank") not in _pairs(rule_tuples(text, lang, _NAMES))
