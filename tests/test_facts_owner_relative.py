"""The body a relative of ownership joins to an operation (`X, whose programme Y`, `X, dont le
programme Y`, `X, cuyo programa Y`) leads it: the operation is the body's own."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples


@pytest.mark.parametrize("lang, text", [
    ("en", "We work closely with INTERPOL, whose Sahel Shield programme began in March 2023."),
    ("en", "We work closely with the International Criminal Police Organization (INTERPOL), whose Sahel Shield began in March 2023."),
    ("fr", "Nous travaillons avec INTERPOL, dont le programme Sahel Shield a débuté en mars 2023."),
    ("es", "Trabajamos con INTERPOL, cuyo programa Sahel Shield comenzó en marzo de 2023."),
])
def test_owner_of_an_operation_leads_it(lang, text):
    names = {**OPERATION_NAMES, "International Criminal Police Organization": ("ORG", "INTERPOL")}
    found = rule_tuples(text, lang, names, publisher="FFA")
    assert operation_values(found, "lead") == {"interpol"}
    assert "interpol" not in operation_values(found, "partner")


@pytest.mark.parametrize("lang, text", [
    ("en", "We work closely with INTERPOL, whose officers later took part in Sahel Shield in March 2023."),
    ("fr", "Nous travaillons avec INTERPOL, dont les agents ont ensuite rejoint Sahel Shield en mars 2023."),
])
def test_a_clause_of_its_own_is_no_ownership(lang, text):
    assert "interpol" not in operation_values(rule_tuples(text, lang, OPERATION_NAMES, publisher="FFA"), "lead")
