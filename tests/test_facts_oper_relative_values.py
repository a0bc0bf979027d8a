"""A place or date in a relative clause opened right after another body's name (`the Coastal
Survey Agency, which has mapped the coast since May 2019`, `l'Agence côtière, qui cartographie
le littoral depuis mai 2019`, `la Agencia Costera, que empezó a operar en mayo de 2019`) describes that body,
not where or when the operation ran; where the clause names the operation, or the operation is
named before it, the value stays."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_NAMES = {**OPERATION_NAMES, "Coastal Survey Agency": ("ORG", "Coastal Survey Agency"),
          "Agence côtière": ("ORG", "Agence côtière"), "Agencia Costera": ("ORG", "Agencia Costera")}


def _values(text, lang):
    tuples = rule_tuples(text, lang, _NAMES)
    return operation_values(tuples, "location") | operation_values(tuples, "date")


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Operation Sahel Shield targeted smugglers.\nIt drew on the Coastal Survey Agency, which has mapped "
           "the coast since May 2019, and on customs officers.", "2019-05"),
    ("fr", "L'opération Sahel Shield visait les passeurs.\nElle s'est appuyée sur l'Agence côtière, qui cartographie "
           "le littoral depuis mai 2019, et sur les douaniers.", "2019-05"),
    ("es", "La operación Sahel Shield se dirigió contra los traficantes.\nContó con la Agencia Costera, que empezó "
           "a operar en mayo de 2019, y con los aduaneros.", "2019-05"),
])
def test_a_value_in_a_relative_clause_about_another_body_is_not_the_operations(lang, text, value):
    assert value not in _values(text, lang)


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The Coastal Survey Agency, which ran Operation Sahel Shield in Dakar, trained officers.", "dakar"),
    ("fr", "Le programme Sahel Shield, lancé avec l'Agence côtière, qui appuie des unités à Dakar, a formé 300 agents.",
     "dakar"),
    ("es", "La Agencia Costera, que dirigió la operación Sahel Shield en Lima, formó a los agentes.", "lima"),
])
def test_a_value_in_a_relative_clause_naming_the_operation_or_after_it_stays(lang, text, value):
    assert value in _values(text, lang)
