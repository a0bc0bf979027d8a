"""Bodies and states that only say what another is or where it lies: the body a predicate noun
belongs to (`It is a specialised institution of the AU and cooperates with WHO`: not the AU's
cooperation), and a state in apposition after a place, closing its clause (`based in Pohnpei,
Micronesia.`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Africa CDC": ("ORG", "Africa CDC"), "AU": ("ORG", "AU"), "UA": ("ORG", "AU"), "UE": ("ORG", "AU"),
         "WHO": ("ORG", "WHO"), "OMS": ("ORG", "WHO"), "Pohnpei": ("LOCATION", "Pohnpei"),
         "Micronesia": ("COUNTRY", "FSM"), "Micronésie": ("COUNTRY", "FSM"), "WCPFC": ("ORG", "WCPFC")}


def _pairs(found: set) -> set:
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "Africa CDC opened its new offices.\nIt is a specialised institution of the AU and cooperates closely with WHO."),
    ("fr", "Africa CDC a ouvert ses nouveaux bureaux.\nElle est une institution de l'UA et coopère étroitement avec l'OMS."),
    ("es", "Africa CDC abrió sus nuevas oficinas.\nEs una institución de la UE y coopera estrechamente con la OMS."),
])
def test_the_owner_of_a_predicate_noun_is_no_subject(lang, text):
    # (an adjective after the noun, `une institution spécialisée de l'UA`, is not read yet)
    pairs = _pairs(rule_tuples(text, lang, NAMES))
    assert not {p for p in pairs if "au" in p}


@pytest.mark.parametrize("lang, text", [
    ("en", "We work closely with the WCPFC, based in Pohnpei, Micronesia."),
    ("en", "We work closely with the WCPFC, based in Pohnpei, the Micronesia; its staff is small."),
    ("fr", "Nous travaillons avec la WCPFC, installée à Pohnpei, en Micronésie."),
])
def test_a_state_after_a_place_only_locates_it(lang, text):
    pairs = _pairs(rule_tuples(text, lang, NAMES, publisher="FFA"))
    assert ("ffa", "wcpfc") in pairs
    assert not {p for p in pairs if "fsm" in p}
