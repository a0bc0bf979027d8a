"""`Our members include A and B, as well as states of Central America and the Caribbean such as C
and D`: the examples after the list are members too, the places that say where those states lie
not counted among the words between the two lists (rules alone, given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Red Cafetera": ("ORG", "RC"), "Coffee Network": ("ORG", "RC"), "Réseau du café": ("ORG", "RC"),
    "Colombia": ("COUNTRY", "COL"), "Colombie": ("COUNTRY", "COL"), "Brazil": ("COUNTRY", "BRA"),
    "Brasil": ("COUNTRY", "BRA"), "Brésil": ("COUNTRY", "BRA"), "Honduras": ("COUNTRY", "HND"),
    "Jamaica": ("COUNTRY", "JAM"), "Jamaïque": ("COUNTRY", "JAM"),
    "Central America": ("LOCATION", "Central America"), "Centroamérica": ("LOCATION", "Central America"),
    "Amérique centrale": ("LOCATION", "Central America"),
    "Caribbean": ("LOCATION", "Caribbean"), "Caribe": ("LOCATION", "Caribbean"), "Caraïbes": ("LOCATION", "Caribbean"),
}
MEMBERS = {("rc", "member", n) for n in ("col", "bra", "hnd", "jam")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Coffee Network was set up in 2001.\nIts members include Colombia and Brazil, as well as states of "
           "Central America and the Caribbean such as Honduras and Jamaica."),
    ("fr", "Le Réseau du café a été créé en 2001.\nSes membres comprennent la Colombie et le Brésil, ainsi que des "
           "États d'Amérique centrale et des Caraïbes comme le Honduras et la Jamaïque."),
    ("es", "La Red Cafetera se creó en 2001.\nSus miembros incluyen a Colombia y Brasil, así como Estados de "
           "Centroamérica y del Caribe como Honduras y Jamaica."),
])
def test_examples_after_places_are_members_too(lang, text):
    found = {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}
    assert MEMBERS <= found
