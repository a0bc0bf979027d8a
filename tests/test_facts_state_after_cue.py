"""A state right after a cue of support or cooperation that ends on a linker (`avec le soutien de
la Norvège`, `with the support of Norway`, `con el apoyo de Noruega`, `aux côtés de la Jamaïque`)
is the cue's side, not the owner of the cue's noun (qualifiers.py, `_cued`): the first state of the
list is a partner as the others are."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Norvège": ("COUNTRY", "NOR"), "Norway": ("COUNTRY", "NOR"),
         "Noruega": ("COUNTRY", "NOR"), "Kenya": ("COUNTRY", "KEN"), "Jamaïque": ("COUNTRY", "JAM"),
         "Belize": ("COUNTRY", "BLZ")}


def _pairs(text: str, lang: str) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Harbour Police forme des pilotes avec le soutien de la Norvège et du Kenya."),
    ("en", "The Harbour Police trains pilots with the support of Norway and Kenya."),
    ("es", "La Harbour Police forma pilotos con el apoyo de Noruega y de Kenya."),
])
def test_the_first_state_after_a_cue_of_support_is_a_partner(lang, text):
    assert _pairs(text, lang) == {("harbour", "nor"), ("harbour", "ken")}


def test_the_first_state_after_aux_cotes_de_is_a_partner():
    assert _pairs("Le Kenya travaille aux côtés de la Jamaïque et du Belize.", "fr") == {("jam", "ken"), ("blz", "ken")}


def test_a_state_owning_a_noun_still_qualifies_it():
    # `les garde-côtes de la Norvège`: the state only says whose coast guards they are
    assert _pairs("La Harbour Police coopère avec les garde-côtes de la Norvège.", "fr") == set()


def test_a_state_owning_the_noun_after_it_is_no_side():
    text = "The Harbour Police trains pilots with the support of Norway's coast guard and of Kenya."
    pairs = _pairs(text, "en")
    assert not any("NOR" in p for p in pairs), pairs
