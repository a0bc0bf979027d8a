"""An operation named only as the setting of a cooperation, right after a word of framing (`dans le
cadre de l'initiative X`, `in the framework of X`, `en el marco del programa X`; class `frame_of`),
with its acronym in parentheses: the sentence states the partnership beside it (clauses.named_aside,
FACTS.md). An operation that is the sentence's subject still takes the bodies as its roles."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Blue Shield": ("OPERATION", "Blue Shield"), "BSI": ("OPERATION", "Blue Shield")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("fr", "La Harbour Police coopère avec la Coast Authority dans le cadre de l'initiative Blue Shield (BSI)."),
    ("en", "The Harbour Police works closely with the Coast Authority in the framework of Blue Shield."),
    ("es", "La Harbour Police trabaja con la Coast Authority en el marco del programa Blue Shield."),
    ("es", "En el marco de la iniciativa Blue Shield, la Harbour Police colabora con la Coast Authority."),
])
def test_cooperation_framed_by_an_operation_is_a_partnership(lang, text, learned):
    assert _pairs(text, lang, learned) == {("coast", "harbour")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Blue Shield, coordinated by the Harbour Police with the Coast Authority, targeted smugglers."),
    ("fr", "L'opération Blue Shield, menée par la Harbour Police en coopération avec la Coast Authority, a visé "
           "les passeurs."),
])
def test_an_operation_opening_the_sentence_takes_the_bodies_as_roles(lang, text):
    assert _pairs(text, lang, True) == set()


def test_under_an_operation_is_no_framing_word():
    """`under Operation X` names the operation the bodies take part in (FACTS.md: its roles), not a
    framework beside a partnership (`under` is no word of the class `frame_of`)."""
    text = "The Harbour Police works with the Coast Authority under Blue Shield."
    assert not _pairs(text, "en", False)
