"""A lead verb whose object, a pronoun right before it, stands for the operation leaves its subject
after it (`La coordina la X`, `y lo administra el X`, `Lo gestiona la empresa pública X`): that body
leads the operation its run speaks of; a pronoun standing for something else names no lead."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_NAMES = {**OPERATION_NAMES, "Agencia Andina de Rescate": ("ORG", "Agencia Andina de Rescate"),
          "AAR": ("ORG", "AAR")}


@pytest.mark.parametrize("text", [
    "La operación Sahel Shield comenzó en marzo de 2023.\nLa coordina la Agencia Andina de Rescate, con el apoyo de INTERPOL.",
    "El programa Sahel Shield financia la vigilancia.\nFue creado por decreto en marzo de 2023, y lo administra la Agencia Andina de Rescate.",
    "El programa Sahel Shield comenzó en marzo de 2023.\nLo gestiona la agencia pública AAR.",
])
def test_the_subject_after_a_lead_verb_with_the_operation_as_object_leads_it(text):
    found = operation_values(rule_tuples(text, "es", _NAMES), "lead")
    assert found & {"agencia andina de rescate", "aar"}, found


def test_a_verb_with_no_object_pronoun_before_it_keeps_its_subject_before():
    text = "El programa Sahel Shield comenzó en marzo de 2023.\nINTERPOL coordina las tareas con la Agencia Andina de Rescate."
    found = operation_values(rule_tuples(text, "es", _NAMES), "lead")
    assert "agencia andina de rescate" not in found, found
