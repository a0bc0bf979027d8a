"""Members named after the verb of a relative clause (facts19, issue 11): `…, del que son Estados
parte A, B y C`, `…, dont font partie A et B`, `…, à laquelle ont adhéré A et B`; and `of which A
remains a member`. Made-up sentences (no development text)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_NAMES = {
    "Tratado de Valdora": ("INSTRUMENT", "Tratado de Valdora"), "Convention de Valdora": ("INSTRUMENT", "Tratado de Valdora"),
    "Red Andina de Suelos": ("ORG", "RAS"), "Réseau andin des sols": ("ORG", "RAS"), "Andean Soil Network": ("ORG", "RAS"),
    "Chile": ("COUNTRY", "CHL"), "Perú": ("COUNTRY", "PER"), "Ecuador": ("COUNTRY", "ECU"),
    "Chili": ("COUNTRY", "CHL"), "Pérou": ("COUNTRY", "PER"), "Équateur": ("COUNTRY", "ECU"),
    "Peru": ("COUNTRY", "PER"), "INIA": ("ORG", "INIA"), "FAO": ("ORG", "FAO"), "PNUD": ("ORG", "UNDP"),
    "Banco Andino": ("ORG", "Banco Andino"),
}


def _members(found: set) -> set:
    return {(t[1], t[3]) for t in found if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("es", "La región cuenta con el Tratado de Valdora, en vigor desde 2012, del que son Estados parte Chile, Perú y Ecuador."),
    ("fr", "La région s'appuie sur la Convention de Valdora, en vigueur depuis 2012, à laquelle ont adhéré le Chili, "
           "le Pérou et l'Équateur."),
])
def test_states_after_the_verb_of_a_relative_clause_are_members(lang, text):
    members = _members(rule_tuples(text, lang, _NAMES))
    assert {("tratado de valdora", "chl"), ("tratado de valdora", "per"), ("tratado de valdora", "ecu")} <= members


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les chercheurs échangent au sein du Réseau andin des sols, dont font partie l'INIA et la FAO."),
    ("es", "Los investigadores trabajan en la Red Andina de Suelos, de la que forman parte el INIA y la FAO."),
])
def test_bodies_after_a_verb_of_membership_are_members(lang, text):
    assert {("ras", "inia"), ("ras", "fao")} <= _members(rule_tuples(text, lang, _NAMES))


def test_a_member_that_remains_one():
    text = "Peru helped found the Andean Soil Network, of which INIA remains a member, in 2015."
    assert ("ras", "inia") in _members(rule_tuples(text, "en", _NAMES))


@pytest.mark.parametrize("lang, text", [
    ("es", "El fondo nació de una alianza entre el PNUD y el Banco Andino, a la que se sumaron el INIA y la FAO."),
    ("fr", "Le fonds est né d'une alliance entre le PNUD et la FAO, à laquelle ont adhéré le Chili et le Pérou."),
])
def test_the_last_of_a_list_is_not_what_the_pronoun_stands_for(lang, text):
    members = _members(rule_tuples(text, lang, _NAMES))
    assert not {b for b, _ in members} & {"banco andino", "fao", "undp"}


def test_a_subject_pronoun_keeps_the_body_after_the_verb_its_object():
    text = "Andean farmers rely on INIA, which joined the FAO network in 2016, and on the Banco Andino."
    members = _members(rule_tuples(text, "en", _NAMES))
    assert ("inia", "fao") not in members  # INIA joined the network, not the network INIA
