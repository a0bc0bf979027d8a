"""What a participle of creation or adoption says of another thing set before it after a comma
(`the Charter, adopted by the Organisation of Coastal Navies and Harbour Authorities`, `le Fonds
marin, créé en 2019 avec l'appui de la Banque régionale`) belongs to that thing: its makers are
none of the operation's partners, its place (a date between the participle and it) none of the
operation's places; the operation's own making stays its own."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values as _op, rule_tuples

_NAMES = {
    **OPERATION_NAMES,
    "Charter": ("INSTRUMENT", "Charter"),
    "Charte": ("INSTRUMENT", "Charter"),
    "Carta": ("INSTRUMENT", "Charter"),
    "Organisation of Coastal Navies and Harbour Authorities": ("ORG", "OCNHA"),
    "Organisation des marines côtières et des autorités portuaires": ("ORG", "OCNHA"),
    "Organización de Marinas Costeras y Autoridades Portuarias": ("ORG", "OCNHA"),
    "Marine Fund": ("ORG", "Marine Fund"),
    "Fonds marin": ("ORG", "Marine Fund"),
    "Fondo Marino": ("ORG", "Marine Fund"),
    "Regional Bank": ("ORG", "Regional Bank"),
    "Banque régionale": ("ORG", "Regional Bank"),
    "Banco Regional": ("ORG", "Regional Bank"),
}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'opération Sahel Shield est menée par INTERPOL.\nCes actions s'alignent avec la Charte, adoptée par "
           "l'Organisation des marines côtières et des autorités portuaires en 2019."),
    ("es", "La operación Sahel Shield es dirigida por INTERPOL.\nEstas acciones se alinean con la Carta, adoptada "
           "por la Organización de Marinas Costeras y Autoridades Portuarias en 2019."),
])
def test_the_makers_of_another_thing_adopted_are_not_the_operations_bodies(lang, text):
    found = rule_tuples(text, lang, {**_NAMES, "2019": ("DATE", "2019")})
    assert "interpol" in _op(found, "lead"), found
    assert "ocnha" not in _op(found, "partner") | _op(found, "lead"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, works with the Marine Fund, established in May 2019 in Lima."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, travaille avec le Fonds marin, créé en mai 2019 à Lima."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, trabaja con el Fondo Marino, creado en mayo de 2019 "
           "en Lima."),
])
def test_a_date_between_a_participle_of_creation_and_its_place_keeps_the_place_another_things(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "lima" not in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield is led by INTERPOL.\nThese officers work with the Marine Fund, established "
           "in 2019 with the support of the Regional Bank."),
    ("fr", "L'opération Sahel Shield est menée par INTERPOL.\nCes agents travaillent avec le Fonds marin, créé en "
           "2019 avec l'appui de la Banque régionale."),
    ("es", "La operación Sahel Shield es dirigida por INTERPOL.\nEstos agentes trabajan con el Fondo Marino, "
           "creado en 2019 con el apoyo del Banco Regional."),
])
def test_the_supporter_of_another_things_creation_is_not_the_operations_partner(lang, text):
    found = rule_tuples(text, lang, {**_NAMES, "2019": ("DATE", "2019")})
    assert "regional bank" not in _op(found, "partner"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, launched in 2019 with the support of the Regional Bank, trained 300 officers."),
    ("fr", "L'opération Sahel Shield, lancée en 2019 avec l'appui de la Banque régionale, a formé 300 agents."),
    ("es", "La operación Sahel Shield, lanzada en 2019 con el apoyo del Banco Regional, formó a 300 agentes."),
])
def test_the_supporter_of_the_operations_own_launch_stays_its_partner(lang, text):
    found = rule_tuples(text, lang, {**_NAMES, "2019": ("DATE", "2019")})
    assert "regional bank" in _op(found, "partner"), found



@pytest.mark.parametrize("lang, text", [
    ("en", "The largest national instrument remains the Coastal Fund (Fundo Costeiro), created in 2019 and managed by "
           "the Regional Bank."),
    ("es", "El mayor instrumento nacional sigue siendo el Fondo Costero (Fundo Costeiro), creado en 2019 y "
           "administrado por el Banco Regional."),
])
def test_the_operations_other_name_in_parentheses_is_the_operation_itself(lang, text):
    names = {**_NAMES, "2019": ("DATE", "2019"), "Coastal Fund": ("OPERATION", "Coastal Fund"),
             "Fondo Costero": ("OPERATION", "Coastal Fund"), "Fundo Costeiro": ("ORG", "Fundo Costeiro")}
    assert "regional bank" in _op(rule_tuples(text, lang, names), "lead")
