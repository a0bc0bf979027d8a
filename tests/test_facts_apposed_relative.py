"""An operation named in the relative clause of a noun in apposition to a partner (`…, con la
Coast Authority, un organismo público que opera la red Blue Shield`, `…, a public body that
operates Blue Shield`, `…, une agence nationale qui exploite Blue Shield`) only describes the
partner, and so does a later name of it (`…, también conocida como BSI`, `known as BSI`): the sentence states the
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
    ("es", "La Harbour Police colabora estrechamente con la Coast Authority, un organismo público que opera la "
           "red Blue Shield, también conocida como BSI."),
    ("en", "The Harbour Police cooperates with the Coast Authority, a public body that operates Blue Shield, "
           "known as BSI."),
    ("fr", "La Harbour Police travaille avec la Coast Authority, une agence nationale qui exploite Blue Shield, "
           "connu sous le nom de BSI."),
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
