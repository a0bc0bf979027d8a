"""A word of agreement that is only part of the name of an instrument the sentence refers to (the
parties apply it, work thanks to it, follow its application) states no conclusion of it; the same
name with its sides after `between` or with a verb of signature still does (rules alone, given
mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {
    "Chile": ("COUNTRY", "CHL"), "Chili": ("COUNTRY", "CHL"), "Peru": ("COUNTRY", "PER"), "Pérou": ("COUNTRY", "PER"),
    "Perú": ("COUNTRY", "PER"),
    "Coastal Patrol Agreement": ("INSTRUMENT", "Coastal Patrol Agreement"),
    "Accord de patrouille côtière": ("INSTRUMENT", "Coastal Patrol Agreement"),
    "Convenio de Patrulla Costera": ("INSTRUMENT", "Coastal Patrol Agreement"),
    "5 May 2011": ("DATE", "2011-05-05"), "5 mai 2011": ("DATE", "2011-05-05"), "5 de mayo de 2011": ("DATE", "2011-05-05"),
}
PAIR = ("chl", "per")


def _agreements(text: str, lang: str) -> set[tuple]:
    return {t for t in rule_tuples(text, lang, NAMES) if t[0] == "AGREEMENT"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Grâce à l'Accord de patrouille côtière, le Chili et le Pérou échangent leurs relevés radar."),
    ("en", "Thanks to the Coastal Patrol Agreement, Chile and Peru exchange their radar records."),
    ("es", "Gracias al Convenio de Patrulla Costera, Chile y Perú intercambian sus registros de radar."),
    ("fr", "Le Chili et le Pérou appliquent l'Accord de patrouille côtière dans leurs eaux."),
    ("en", "Chile and Peru apply the Coastal Patrol Agreement in their waters."),
    ("es", "Chile y Perú aplican el Convenio de Patrulla Costera en sus aguas."),
])
def test_an_instrument_the_sides_only_apply_is_no_agreement(lang, text):
    assert _agreements(text, lang) == set()


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Accord de patrouille côtière entre le Chili et le Pérou fixe les zones de contrôle."),
    ("en", "The Coastal Patrol Agreement between Chile and Peru sets the control zones."),
    ("es", "El Convenio de Patrulla Costera entre Chile y Perú fija las zonas de control."),
    ("fr", "Le Chili et le Pérou ont signé l'Accord de patrouille côtière le 5 mai 2011."),
    ("en", "Chile and Peru signed the Coastal Patrol Agreement on 5 May 2011."),
    ("es", "Chile y Perú firmaron el Convenio de Patrulla Costera el 5 de mayo de 2011."),
])
def test_the_same_name_with_its_sides_or_a_signature_is_an_agreement(lang, text):
    assert any(t[1] == PAIR for t in _agreements(text, lang))

