"""An operation's places and dates less a meeting's (`celebrada en Lima en mayo de 2019`), and
the bodies that joined it as its partners (`a la que se sumaron A y B`, `rejointe par A`)."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values as _op, rule_tuples

_NAMES = {
    **OPERATION_NAMES,
    "Blue Reef": ("OPERATION", "Blue Reef"),
    "Europol": ("ORG", "Europol"),
    "Frontex": ("ORG", "Frontex"),
    "OMD": ("ORG", "WCO"),
    "OMA": ("ORG", "WCO"),
    "WCO": ("ORG", "WCO"),
    "Nairobi": ("LOCATION", "Nairobi"),
    "Kenya": ("COUNTRY", "KEN"),
    "Kenia": ("COUNTRY", "KEN"),
}



@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, grew out of a summit held in Lima in May 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, est issue d'un sommet tenu à Lima en mai 2019."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, nació de una cumbre celebrada en Lima "
           "en mayo de 2019."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, suit une conférence réunie à Lima en mai 2019."),
])
def test_the_place_and_date_of_a_meeting_are_not_the_operation_s(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found
    assert "lima" not in _op(found, "location"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield followed a meeting hosted in Nairobi, Kenya, in May 2019."),
    ("es", "La operación Sahel Shield siguió a un encuentro celebrado en Nairobi (Kenia) en mayo de 2019."),
])
def test_a_meeting_s_state_after_its_place_is_not_the_operation_s(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert not _op(found, "country") & {"ken"}, found
    assert not _op(found, "location") & {"nairobi"}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Blue Reef, held in Dakar in May 2019, was led by INTERPOL."),
    ("fr", "L'opération Blue Reef, tenue à Dakar en mai 2019, a été menée par INTERPOL."),
    ("es", "La operación Blue Reef, celebrada en Dakar en mayo de 2019, fue dirigida por INTERPOL."),
])
def test_an_operation_held_somewhere_keeps_its_place_and_date(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "dakar" in _op(found, "location"), found
    assert "2019-05" in _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("es", "La operación Blue Reef nació de una alianza entre INTERPOL y la OMA, a la que se sumaron Europol y Frontex."),
    ("fr", "L'opération Blue Reef, lancée par INTERPOL avec l'OMD, a été rejointe par Europol et Frontex."),
])
def test_the_bodies_that_joined_an_operation_are_its_partners(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert {"europol", "frontex"} <= _op(found, "partner"), found
