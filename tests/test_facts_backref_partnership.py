"""A back-reference sentence that states a partnership of its own and names members too
(facts/__init__.py): both facts, the partnership dropped only where its sides are the members
read as partners."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_NAMES = {"RAA": ("ORG", "RAA"), "UNESCO": ("ORG", "UNESCO"), "FAO": ("ORG", "FAO"),
          "Chile": ("COUNTRY", "CHL"), "Peru": ("COUNTRY", "PER"), "Bolivia": ("COUNTRY", "BOL"),
          "Chili": ("COUNTRY", "CHL"), "Pérou": ("COUNTRY", "PER"), "Bolivie": ("COUNTRY", "BOL"),
          "Perú": ("COUNTRY", "PER")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The RAA works with the FAO.\nThis cooperation between the RAA and UNESCO covers Chile, Peru and "
           "Bolivia, all members of the RAA."),
    ("en", "The RAA works with the FAO.\nThis cooperation between the RAA and UNESCO involves the RAA states, "
           "Chile, Peru and Bolivia, in the Andes."),
    ("fr", "Le RAA travaille avec la FAO.\nCette coopération entre le RAA et l'UNESCO associe les États membres "
           "du RAA, le Chili, le Pérou et la Bolivie, dans les Andes."),
])
def test_a_back_reference_naming_members_keeps_its_own_partnership(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert ("PARTNERSHIP", ("raa", "unesco")) in found, found
    assert ("MEMBERSHIP", "raa", "member", "chl") in found, found
