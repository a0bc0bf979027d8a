"""A clause about bodies' own things (`A and B run their own patrols`, `the Regional Bank's own
experts`, `leurs propres patrouilles`, `sus propias patrullas`) speaks of those things, not of the
operation of the run: its bodies neither lead nor take part in it, unless the clause names the
operation."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values as _op, rule_tuples

_NAMES = {
    **OPERATION_NAMES,
    "Coastal Survey Agency": ("ORG", "Coastal Survey Agency"),
    "Agence côtière": ("ORG", "Coastal Survey Agency"),
    "Agencia Costera": ("ORG", "Coastal Survey Agency"),
    "Harbour Police": ("ORG", "Harbour Police"),
    "Police portuaire": ("ORG", "Harbour Police"),
    "Policía Portuaria": ("ORG", "Harbour Police"),
}


def _bodies(found: set) -> set[str]:
    return _op(found, "lead") | _op(found, "partner")


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield is led by INTERPOL.\nThe Coastal Survey Agency and the Harbour Police run their "
           "own patrols."),
    ("fr", "L'opération Sahel Shield est menée par INTERPOL.\nL'Agence côtière et la Police portuaire mènent leurs "
           "propres patrouilles."),
    ("es", "La operación Sahel Shield es dirigida por INTERPOL.\nLa Agencia Costera y la Policía Portuaria coordinan "
           "sus propias patrullas."),
])
def test_bodies_running_their_own_things_do_not_lead_the_operation(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "interpol" in _op(found, "lead"), found
    assert not {"coastal survey agency", "harbour police"} & _bodies(found), found


def test_a_body_named_as_the_owner_of_its_own_thing_is_no_partner():
    text = ("Operation Sahel Shield is led by INTERPOL.\nIt was carried out with customs officers and with the Harbour "
            "Police's own divers.")
    assert "harbour police" not in _bodies(rule_tuples(text, "en", _NAMES))


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL runs Operation Sahel Shield with its own analysts and with the Harbour Police."),
    ("fr", "INTERPOL mène l'opération Sahel Shield avec ses propres analystes et avec la Police portuaire."),
    ("es", "INTERPOL dirige la operación Sahel Shield con sus propios analistas y con la Policía Portuaria."),
])
def test_a_clause_naming_the_operation_keeps_its_bodies(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "interpol" in _op(found, "lead"), found
    assert "harbour police" in _bodies(found), found
