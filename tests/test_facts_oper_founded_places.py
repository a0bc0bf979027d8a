"""A place where another thing was created, with the date of its creation between (`the Council,
created in May 2019 in Dakar`, `le Conseil, créé en mai 2019 à Dakar`, `el Consejo, creado en mayo
de 2019 en Dakar`), is that thing's birthplace, not where the operation ran, as it is with no date
between (`set up in Dakar`)."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_NAMES = {**OPERATION_NAMES, "Coastal Council": ("ORG", "Coastal Council"), "Conseil côtier": ("ORG", "Conseil côtier"),
          "Consejo Costero": ("ORG", "Consejo Costero")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Operation Sahel Shield trained customs officers.\nIt supported the Coastal Council, created in May 2019 in Dakar "
           "by five states."),
    ("fr", "L'opération Sahel Shield a formé des douaniers.\nElle a appuyé le Conseil côtier, créé en mai 2019 à Dakar "
           "par cinq États."),
    ("es", "La operación Sahel Shield formó a aduaneros.\nApoyó al Consejo Costero, creado en mayo de 2019 en Dakar "
           "por cinco Estados."),
])
def test_a_place_of_creation_after_its_date_is_no_place_of_the_operation(lang, text):
    assert "dakar" not in operation_values(rule_tuples(text, lang, _NAMES), "location")


@pytest.mark.parametrize("lang,text", [
    ("en", "Operation Sahel Shield, launched by INTERPOL, ran in May 2019 in Dakar."),
    ("fr", "L'opération Sahel Shield, lancée par INTERPOL, s'est déroulée en mai 2019 à Dakar."),
    ("es", "La operación Sahel Shield, lanzada por INTERPOL, se desarrolló en mayo de 2019 en Dakar."),
])
def test_a_place_a_body_named_after_the_creation_word_stays(lang, text):
    assert "dakar" in operation_values(rule_tuples(text, lang, _NAMES), "location")
