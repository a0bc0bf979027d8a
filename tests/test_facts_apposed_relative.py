"""An operation named in the relative clause of a noun in apposition to a partner (`…, con la
Coast Authority, una agencia civil que desarrolló el sistema Blue Shield`, `…, an independent
agency that runs Blue Shield`, `…, un organisme public qui gère Blue Shield`) only describes the
partner, and so does a later name of it (`…, conocido como BSI`): the sentence states the
partnership beside it (clauses.in_apposed_relative, named_aside; FACTS.md)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Blue Shield": ("OPERATION", "Blue Shield"), "BSI": ("OPERATION", "Blue Shield")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("es", "La Harbour Police trabaja de la mano con la Coast Authority, una agencia civil que desarrolló el "
           "sistema Blue Shield, conocido como BSI."),
    ("en", "The Harbour Police works closely with the Coast Authority, an independent agency that runs Blue Shield."),
    ("fr", "La Harbour Police coopère étroitement avec la Coast Authority, un organisme public qui gère Blue Shield."),
])
def test_operation_in_an_apposed_relative_stands_aside(lang, text, learned):
    assert _pairs(text, lang, learned) == {("coast", "harbour")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police works closely with the Coast Authority, and together they run Blue Shield."),
    ("es", "La Harbour Police trabaja con la Coast Authority, y juntas dirigen la operación Blue Shield."),
])
def test_operation_in_a_clause_of_its_own_still_takes_the_bodies(lang, text):
    """No noun in apposition and its relative word: the operation is what they do (its roles)."""
    assert _pairs(text, lang, False) == set()
