"""The body an opening participle of founding names after its comma is no side of the instrument
that founded it (`agreement_parts.founded_phrase_end`): `Créée par un protocole signé en 1987 par
A, l'Organisation X …` states no agreement between A and X, `Established by a treaty signed in
1991 by A and B, the X …` one between A and B. Made-up sentences."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Communauté des lacs": ("ORG", "Lakes Community"), "Agence des eaux": ("ORG", "Water Agency"),
         "Comunidad de los Lagos": ("ORG", "Lakes Community"), "Agencia del Agua": ("ORG", "Water Agency"),
         "Consejo Fluvial": ("ORG", "River Council"), "Lakes Community": ("ORG", "Lakes Community"),
         "Water Agency": ("ORG", "Water Agency"), "Kenya": ("COUNTRY", "KEN"), "Uganda": ("COUNTRY", "UGA"),
         "Ouganda": ("COUNTRY", "UGA"), "1987": ("DATE", "1987")}


def _agreement_pairs(text: str, lang: str) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "AGREEMENT"}


@pytest.mark.parametrize("text, lang", [
    ("Créée par un protocole signé en 1987 par les chefs d'État et de gouvernement de la Communauté des lacs, l'Agence des eaux a son siège à Kisumu.", "fr"),
    ("Founded in 1987 by a protocol signed by the heads of state of the Lakes Community, the Water Agency has its seat in Kisumu.", "en"),
    ("Creada en 1987 con la firma del Acuerdo de los Lagos, la Agencia del Agua tiene su sede en Kisumu y forma, con el Consejo Fluvial, el sistema regional.", "es"),
])
def test_the_body_founded_is_no_side_of_the_instrument_that_founded_it(text: str, lang: str) -> None:
    assert not any("water agency" in pair for pair in _agreement_pairs(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Established by a treaty signed in 1987 by Kenya and Uganda, the Water Agency sits in Kisumu.", "en"),
    ("Créée par un traité signé en 1987 par le Kenya et l'Ouganda, l'Agence des eaux siège à Kisumu.", "fr"),
])
def test_the_signatories_inside_the_opening_participle_still_signed(text: str, lang: str) -> None:
    pairs = _agreement_pairs(text, lang)
    assert ("ken", "uga") in pairs
    assert not any("water agency" in pair for pair in pairs)
