"""Several bodies that launch an instrument together (`A et B ont lancé en 1999 la Charte X`)
conclude it: an agreement between them with its date and the instrument; a single body launching
one does not (rules alone, given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {
    "Alpha Agency": ("ORG", "AA"), "Bravo Board": ("ORG", "BB"),
    "Coastal Data Charter": ("INSTRUMENT", "Coastal Data Charter"),
    "Charte des données côtières": ("INSTRUMENT", "Coastal Data Charter"),
    "Carta de Datos Costeros": ("INSTRUMENT", "Coastal Data Charter"),
    "1999": ("DATE", "1999"),
}


def _agreements(text: str, lang: str) -> set[tuple]:
    return {t for t in rule_tuples(text, lang, NAMES) if t[0] == "AGREEMENT"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Alpha Agency et le Bravo Board ont lancé en 1999 la Charte des données côtières."),
    ("en", "The Alpha Agency and the Bravo Board jointly launched the Coastal Data Charter in 1999."),
    ("es", "La Alpha Agency y el Bravo Board lanzaron en 1999 la Carta de Datos Costeros."),
])
def test_bodies_that_launch_an_instrument_together_conclude_it(lang, text):
    found = _agreements(text, lang)
    assert ("AGREEMENT", ("aa", "bb"), "date", "1999") in found
    assert ("AGREEMENT", ("aa", "bb"), "instrument", "coastal data charter") in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Alpha Agency a lancé en 1999 la Charte des données côtières, et le Bravo Board publie ses cartes."),
    ("en", "The Alpha Agency launched the Coastal Data Charter in 1999, and the Bravo Board publishes its maps."),
    ("es", "La Alpha Agency lanzó en 1999 la Carta de Datos Costeros, y el Bravo Board publica sus mapas."),
])
def test_one_body_launching_an_instrument_concludes_nothing(lang, text):
    assert _agreements(text, lang) == set()
