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
         "Ouganda": ("COUNTRY", "UGA"), "Tanzania": ("COUNTRY", "TZA"), "Tanzanie": ("COUNTRY", "TZA"),
         "Kenia": ("COUNTRY", "KEN"), "Banque mondiale": ("ORG", "World Bank"), "1987": ("DATE", "1987"),
         "2003": ("DATE", "2003")}


def _agreement_pairs(text: str, lang: str) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "AGREEMENT"}


@pytest.mark.parametrize("text, lang", [
    ("Créée en 2003 par une convention que la Communauté des lacs avait adoptée, l'Agence des eaux suit les crues du bassin.", "fr"),
    ("Set up under a charter the Lakes Community adopted in 2003, the Water Agency monitors floods across the basin.", "en"),
    ("Creada en 2003 por un convenio que aprobó la Comunidad de los Lagos, la Agencia del Agua vigila las crecidas junto al Consejo Fluvial.", "es"),
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


@pytest.mark.parametrize("text, lang", [
    ("Established by a treaty signed in 1987 by Kenya, Uganda and Tanzania, the Water Agency sits in Kisumu.", "en"),
    ("Créée par un traité signé en 1987 par le Kenya, l'Ouganda et la Tanzanie, l'Agence des eaux siège à Kisumu.", "fr"),
    ("Creada por un tratado firmado en 1987 por Kenia, Uganda y Tanzania, la Agencia del Agua tiene su sede en Kisumu.", "es"),
])
def test_a_list_of_three_signatories_is_not_cut_at_its_first_comma(text: str, lang: str) -> None:
    """The review's case: the comma after the first signatory is a joint of the list, not the
    end of the opening participle."""
    pairs = _agreement_pairs(text, lang)
    assert {("ken", "uga"), ("ken", "tza"), ("tza", "uga")} <= pairs
    assert not any("water agency" in pair for pair in pairs)
