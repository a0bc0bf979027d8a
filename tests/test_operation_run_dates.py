"""An operation's dates come from the sentences of its run that speak of it (name it, announce it,
or refer back to it by a word for an operation); a sentence that only goes on after it may give
its partners, but the dates it holds are another event's (`operations._speaks_of`)."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values as _op, rule_tuples

_NAMES = {**OPERATION_NAMES, "Europol": ("ORG", "Europol")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The coastal road was rebuilt in May 2019 after the floods."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "La route côtière a été reconstruite en mai 2019 après les inondations."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La carretera costera fue reconstruida en mayo de 2019 tras las inundaciones."),
])
def test_a_date_of_a_sentence_that_only_goes_on_after_the_operation_is_not_its_own(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Dakar in March 2023.\n"
           "The operation resumed in May 2019 with Europol."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Dakar en mars 2023.\n"
           "Cette opération a repris en mai 2019 avec Europol."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Dakar en marzo de 2023.\n"
           "La operación se reanudó en mayo de 2019 con Europol."),
])
def test_a_sentence_referring_back_to_the_operation_still_dates_it(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert {"2023-03", "2019-05"} <= _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Sahel Shield ran in Dakar in March 2023.\nIn May 2019, Sahel Shield was extended with Europol."),
    ("fr", "Sahel Shield s'est déroulée à Dakar en mars 2023.\nEn mai 2019, Sahel Shield a été prolongée avec Europol."),
    ("es", "Sahel Shield se desarrolló en Dakar en marzo de 2023.\nEn mayo de 2019, Sahel Shield se amplió con Europol."),
])
def test_a_sentence_naming_the_operation_again_still_dates_it(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert {"2023-03", "2019-05"} <= _op(found, "date"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield is led by INTERPOL every year.\nThis edition ran in Dakar in May 2019."),
    ("fr", "L'opération Sahel Shield est menée chaque année par INTERPOL.\n"
           "Cette édition s'est déroulée à Dakar en mai 2019."),
    ("es", "La operación Sahel Shield es dirigida cada año por INTERPOL.\n"
           "Esta edición se desarrolló en Dakar en mayo de 2019."),
])
def test_an_edition_of_a_recurring_operation_refers_back_to_it(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2019-05" in _op(found, "date"), found
