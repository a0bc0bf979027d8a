"""A first possessive right before a body's name (`notre Bureau du Procureur`, `our Regional
Office`, `nuestra Dirección de Puertos`) only says the body is the publisher's own: the body named
is the side, the first person no side of its own beside it (document.first_person), so `une
opération conjointe de notre Bureau X et de l'Office Y` pairs X with Y."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Regional Office": ("ORG", "Regional Office"), "Bureau régional": ("ORG", "Regional Office"),
         "Oficina Regional": ("ORG", "Regional Office"), "Harbour Police": ("ORG", "Harbour"),
         "Coast Authority": ("ORG", "Coast")}


def _pairs(text: str, lang: str, learned: bool = False) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, publisher="Agency", learned=learned)
            if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le suspect a été arrêté au terme d'une opération conjointe de notre Bureau régional et de la "
           "Harbour Police."),
    ("en", "The suspect was arrested after a joint operation of our Regional Office and the Harbour Police."),
    ("es", "El sospechoso fue detenido tras una operación conjunta de nuestra Oficina Regional y de la "
           "Harbour Police."),
])
def test_the_body_a_possessive_owns_is_the_side(lang, text):
    assert _pairs(text, lang) == {("harbour", "regional office")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous coopérons avec la Harbour Police et la Coast Authority."),
    ("en", "Our experts work closely with the Harbour Police."),
    ("es", "Nuestros equipos colaboran con la Harbour Police."),
])
def test_a_possessive_before_common_words_still_stands_for_the_publisher(lang, text):
    """`nos experts`, `our experts`: no body named after the possessive, the publisher acts."""
    assert ("agency", "harbour") in _pairs(text, lang)
