"""Partners listed after a possessive noun of partnership (`Its partners include A, B and C`) are
the partners of the body the possessive stands for, not of one another; bodies named alike as the
agents of a launch (`launched by A, B and C`) did it together."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"RAA": ("ORG", "RAA"), "UNESCO": ("ORG", "UNESCO"), "FAO": ("ORG", "FAO"),
         "Banque mondiale": ("ORG", "World Bank"), "World Bank": ("ORG", "World Bank"),
         "Banco Mundial": ("ORG", "World Bank")}
OWNED = {("raa", "unesco"), ("fao", "raa"), ("raa", "world bank")}


def _tuples(text: str, lang: str, models: dict | None) -> set:
    # the rules alone infer the publisher; the model's runs name none
    return rule_tuples(text, lang, NAMES, publisher=None if models == {} else "", learned=models != {})


def _pairs(found: set) -> set:
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("models", [{}, None], ids=["rules", "model"])
@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Réseau andin de l'eau (RAA) appuie les agences de bassin de la région.\n"
           "Ses principaux partenaires sont l'UNESCO, la FAO et la Banque mondiale."),
    ("en", "The Andean Water Network (RAA) supports the basin agencies of the region.\n"
           "Its development partners include UNESCO, the FAO and the World Bank."),
    ("es", "La Red Andina del Agua (RAA) apoya a los organismos de cuenca de la región.\n"
           "Sus socios son la UNESCO, la FAO y el Banco Mundial."),
])
def test_partners_after_a_possessive_are_the_possessors(lang, text, models):
    pairs = _pairs(_tuples(text, lang, models))
    assert OWNED <= pairs
    assert not pairs & {("fao", "unesco"), ("fao", "world bank"), ("unesco", "world bank")}


@pytest.mark.parametrize("models", [{}, None], ids=["rules", "model"])
@pytest.mark.parametrize("lang, text", [
    ("fr", "Le rapport annuel est paru.\nLe programme a été lancé en 2015 par l'UNESCO, la FAO et la Banque mondiale."),
    ("en", "The annual report is out.\nThe programme was launched in 2015 by UNESCO, the FAO and the World Bank."),
    ("es", "El informe anual ha salido.\nEl programa fue lanzado en 2015 por la UNESCO, la FAO y el Banco Mundial."),
])
def test_bodies_launching_together_are_partners_two_by_two(lang, text, models):
    pairs = _pairs(_tuples(text, lang, models))
    assert pairs == {("fao", "unesco"), ("fao", "world bank"), ("unesco", "world bank")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Blue Basin, led by the RAA, ran along the rivers of the region in 2024.\n"
           "Its partners include UNESCO and the FAO."),
    ("fr", "L'opération Blue Basin, menée par le RAA, s'est déroulée le long des fleuves de la région en 2024.\n"
           "Ses partenaires sont l'UNESCO et la FAO."),
    ("es", "La operación Blue Basin, dirigida por la RAA, se desarrolló en los ríos de la región en 2024.\n"
           "Sus socios son la UNESCO y la FAO."),
])
def test_a_possessive_after_a_sentence_opening_on_an_operation_is_the_operations(lang, text):
    """`Its` stands for the operation the sentence before opens on, not for the body that led it."""
    pairs = _pairs(rule_tuples(text, lang, {**NAMES, "Blue Basin": ("OPERATION", "Blue Basin")}))
    assert not {("raa", "unesco"), ("fao", "raa")} & pairs, pairs
