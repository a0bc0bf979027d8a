"""A place a noun for a body's seat or offices stands a few words before is where the body sits,
not where the operation ran (`ses bureaux régionaux, notamment ceux de Dakar et de Lima`, `le
bureau régional qu'INTERPOL a ouvert à Dakar`, `Its headquarters are in Dakar`, `su sede está en
Dakar`); the operation's own places stay."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'opération Sahel Shield a débuté en mars 2023.\nDans le cadre de Sahel Shield, INTERPOL a mobilisé ses "
           "bureaux régionaux, notamment ceux de Dakar et de Lima, pour former les enquêteurs."),
    ("fr", "L'opération Sahel Shield a débuté en mars 2023.\nLes enquêteurs de Sahel Shield ont travaillé avec le "
           "bureau régional qu'INTERPOL a ouvert à Dakar."),
    ("en", "Operation Sahel Shield began in March 2023.\nFor Sahel Shield, INTERPOL drew on its regional offices, "
           "among them those of Dakar and Lima."),
    ("es", "La operación Sahel Shield comenzó en marzo de 2023.\nSahel Shield contó con INTERPOL, cuya sede "
           "regional está en Dakar."),
])
def test_a_place_after_a_noun_for_a_seat_is_no_place_of_the_operation(lang, text):
    found = operation_values(rule_tuples(text, lang, OPERATION_NAMES), "location")
    assert "dakar" not in found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'opération Sahel Shield a débuté en mars 2023 à Dakar, où INTERPOL a son siège régional."),
    ("en", "Operation Sahel Shield ran in Dakar in March 2023, and INTERPOL's office coordinated it."),
    ("es", "La operación Sahel Shield se desarrolló en Dakar en marzo de 2023, bajo la dirección de la sede de INTERPOL."),
])
def test_the_place_where_the_operation_ran_stays(lang, text):
    found = operation_values(rule_tuples(text, lang, OPERATION_NAMES), "location")
    assert "dakar" in found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "En 2023, l'opération Thunder a contrôlé les conteneurs au bureau des douanes de Mombasa."),
    ("es", "En 2023, la operación Thunder controló los contenedores en la oficina de aduanas de Mombasa."),
])
def test_an_office_that_no_body_owns_is_where_the_operation_ran(fast, lang, text):
    from partex.facts.score import records

    tuples = {t for fact in records(fast.analyse(text, doc_id="t", lang=lang).facts) for t in fact.tuples}
    assert ("OPERATION", "thunder", "location", "mombasa") in tuples, tuples
