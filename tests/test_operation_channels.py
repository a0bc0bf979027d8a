"""The body through which a body or state taking part in an operation acts takes part too (`Germany
through the KfW`, `Alemania contribuyó por medio del banco de desarrollo KfW`, `financiado por la X a
través del Banco Y`: the channel words contracted with their article are channel words as well); a
body after a channel word that no one taking part stands right before is none of its partners."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_NAMES = {**OPERATION_NAMES, "Norway": ("COUNTRY", "NOR"), "Andean Union": ("ORG", "Andean Union"), "Unión Andina": ("ORG", "Andean Union"),
          "Regional Bank": ("ORG", "Regional Bank"), "Banco Regional": ("ORG", "Regional Bank"),
          "Germany": ("COUNTRY", "DEU"), "Alemania": ("COUNTRY", "DEU"), "Allemagne": ("COUNTRY", "DEU")}


@pytest.mark.parametrize("lang, text", [
    ("es", "El proyecto Sahel Shield, financiado por la Unión Andina a través del Banco Regional, comenzó en marzo de 2023."),
    ("es", "La operación Sahel Shield comenzó en marzo de 2023.\nAlemania contribuyó por medio del banco de desarrollo "
           "Banco Regional."),
    ("en", "Operation Sahel Shield began in March 2023.\nIts first donor was Norway, followed by Germany through the "
           "Regional Bank."),
    ("fr", "Le projet Sahel Shield, financé par l'Andean Union par l'intermédiaire du Regional Bank, a débuté en mars 2023."),
])
def test_the_body_a_participant_acts_through_takes_part(lang, text):
    assert "regional bank" in operation_values(rule_tuples(text, lang, _NAMES), "partner")


def test_a_body_after_a_channel_word_with_no_participant_before_it_takes_no_part():
    text = "Operation Sahel Shield began in March 2023.\nJournalists followed it through the Regional Bank."
    assert "regional bank" not in operation_values(rule_tuples(text, "en", _NAMES), "partner")
