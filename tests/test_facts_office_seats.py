"""The places where a body's offices sit (`ses bureaux de Lima et de Dakar`, `its regional offices in
Lima and Dakar`, `sus oficinas de Lima y Dakar`), and the places listed with such a place, are not
where an operation ran."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples


@pytest.mark.parametrize("lang, text", [
    ("fr", "INTERPOL a mené Sahel Shield en mars 2023.\n"
           "Les analystes d'INTERPOL, depuis ses bureaux de Lima et de Dakar, ont contribué à Sahel Shield."),
    ("en", "INTERPOL led Sahel Shield in March 2023.\n"
           "INTERPOL's analysts, from its regional offices in Lima and Dakar, contributed to Sahel Shield."),
    ("es", "INTERPOL dirigió Sahel Shield en marzo de 2023.\n"
           "Los analistas de INTERPOL, desde sus oficinas de Lima y Dakar, contribuyeron a Sahel Shield."),
])
def test_office_seats_are_no_operation_places(lang, text):
    found = rule_tuples(text, lang, OPERATION_NAMES)
    assert operation_values(found, "lead") == {"interpol"}
    assert not operation_values(found, "location") & {"lima", "dakar"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "INTERPOL a mené Sahel Shield en mars 2023 à Lima et à Dakar."),
    ("en", "INTERPOL led Sahel Shield in March 2023 in Lima and Dakar."),
])
def test_places_of_the_operation_stay(lang, text):
    assert {"lima", "dakar"} <= operation_values(rule_tuples(text, lang, OPERATION_NAMES), "location")
