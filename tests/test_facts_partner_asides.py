"""A partnership stated before a membership that an aside about the partner adds (`Nous travaillons avec
la Coast Authority, l'organisme régional qui réunit 14 États membres`; partner_asides.py): the sentence
states both, the partner's size and the partnership of the cue before it."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River"),
         "14 États membres": ("FIGURE", "14 état membre"), "14 member states": ("FIGURE", "14 member state"),
         "14 Estados miembros": ("FIGURE", "14 estado miembro"), "Norland": ("COUNTRY", "NOR"),
         "Sudland": ("COUNTRY", "SUD")}


def _tuples(text: str, lang: str) -> set:
    return rule_tuples(text, lang, NAMES, "Delta", learned=True)


def _pairs(found: set) -> set:
    return {tuple(sorted(t[1])) for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Harbour Police coopère avec la Coast Authority, l'organisme régional qui réunit 14 États membres."),
    ("en", "The Harbour Police cooperates with the Coast Authority, the regional body that brings together "
           "14 member states."),
    ("es", "La Harbour Police coopera con la Coast Authority, el organismo regional que reúne a 14 Estados miembros."),
])
def test_the_partnership_before_the_partners_size_stands(lang, text):
    found = _tuples(text, lang)
    assert ("coast", "harbour") in _pairs(found)
    assert any(t[0] == "MEMBERSHIP" for t in found)  # and the size of the partner


@pytest.mark.parametrize("lang, text", [
    # the second side is named in the relative clause only: no partnership of the cue before it
    ("en", "The Harbour Police briefed the delegates on the network, which links the Coast Authority members "
           "such as Norland and Sudland."),
])
def test_no_partnership_with_a_body_named_in_the_aside(lang, text):
    assert ("coast", "harbour") not in _pairs(_tuples(text, lang))
