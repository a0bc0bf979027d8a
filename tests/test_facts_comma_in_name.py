"""A comma inside a body's or an operation's name (`Programme for Ports, Harbours and Coasts`)
opens no clause: an operation so named in a relative clause after a partner (`…, whose Programme
for Ports, Harbours and Coasts (PPHC) trains …`) still stands aside, and the sentence states the
partnership beside it (clauses.in_relative, named_aside; FACTS.md)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Programme for Ports, Harbours and Coasts": ("OPERATION", "PPHC"),
         "Programa de Puertos, Bahías y Costas": ("OPERATION", "PPHC"),
         "Programme des ports, baies et côtes": ("OPERATION", "PPHC"),
         "PPHC": ("OPERATION", "PPHC")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police works closely with the Coast Authority, whose Programme for Ports, Harbours and "
           "Coasts (PPHC) trains pilots across the region."),
    ("fr", "La Harbour Police coopère avec la Coast Authority, dont le Programme des ports, baies et côtes "
           "(PPHC) forme des pilotes dans la région."),
    ("es", "La Harbour Police colabora con la Coast Authority, cuyo Programa de Puertos, Bahías y Costas "
           "(PPHC) forma pilotos en la región."),
])
def test_operation_with_a_comma_in_its_name_stands_aside(lang, text, learned):
    assert _pairs(text, lang, learned) == {("coast", "harbour")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police works closely with the Coast Authority on the Programme for Ports, Harbours and "
           "Coasts (PPHC), which trains pilots."),
    ("fr", "La Harbour Police coopère avec la Coast Authority au Programme des ports, baies et côtes (PPHC), "
           "qui forme des pilotes."),
])
def test_operation_outside_a_relative_clause_still_takes_the_bodies(lang, text):
    """The operation the bodies work on is no aside: its roles, no partnership of their own."""
    assert _pairs(text, lang, False) == set()
