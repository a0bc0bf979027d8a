"""The operation's own making is no other thing's (review of the creation-participle rule): its
launch place after a date stays its place; a participle that describes the operation, after a body
named in the operation's own apposition or clause, keeps its partners; a finite verb followed by
the operation's name is no participle; only bodies and places of another thing's making are
dropped, never the operation's results."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values as _op, rule_tuples

_NAMES = {
    **OPERATION_NAMES,
    "2019": ("DATE", "2019"),
    "World Customs Organization": ("ORG", "WCO"),
    "ONUDC": ("ORG", "UNODC"),
    "UNODC": ("ORG", "UNODC"),
    "Europol": ("ORG", "Europol"),
    "ministère de l'Intérieur": ("ORG", "Ministry of the Interior"),
    "Marine Fund": ("ORG", "Marine Fund"),
    "Fonds marin": ("ORG", "Marine Fund"),
    "Fondo Marino": ("ORG", "Marine Fund"),
    "300 kg": ("FIGURE", "300 kg"),
}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield was launched in March 2023 in Dakar."),
    ("fr", "L'opération Sahel Shield a été lancée en mars 2023 à Dakar."),
    ("es", "La operación Sahel Shield fue lanzada en marzo de 2023 en Dakar."),
    ("en", "Operation Sahel Shield, launched in March 2023 in Dakar, trained 300 officers."),
])
def test_the_operations_own_launch_place_after_a_date_stays_its_place(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "dakar" in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, coordinated by INTERPOL, launched in 2019 with the support of the World "
           "Customs Organization, seized 300 kg."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, lancée en 2019 avec l'appui de l'ONUDC, a saisi 300 kg."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, lanzada en 2019 con el apoyo de la ONUDC, incautó "
           "300 kg."),
])
def test_a_participle_after_the_operations_own_apposition_is_the_operations(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert {"wco", "unodc"} & _op(found, "partner"), found


def test_a_participle_after_the_operations_own_clause_is_the_operations():
    text = "L'opération Sahel Shield a été planifiée par le ministère de l'Intérieur, lancée en 2019 avec l'appui de l'ONUDC."
    found = rule_tuples(text, "fr", _NAMES)
    assert "unodc" in _op(found, "partner"), found


def test_a_finite_verb_followed_by_the_operations_name_is_no_participle():
    text = "Europol joined forces with INTERPOL, launched Operation Sahel Shield with UNODC and seized 300 kg."
    found = rule_tuples(text, "en", _NAMES)
    assert "unodc" in _op(found, "partner"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield was led by INTERPOL with the Marine Fund, launched in 2019 and seized 300 kg."),
    ("fr", "L'opération Sahel Shield a été menée par INTERPOL avec le Fonds marin, créé en 2019 et a saisi 300 kg."),
    ("es", "La operación Sahel Shield fue dirigida por INTERPOL con el Fondo Marino, creado en 2019 e incautó 300 kg."),
])
def test_a_participle_of_another_things_making_keeps_the_operations_result(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert _op(found, "result"), found
