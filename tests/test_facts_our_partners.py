"""A sentence opening on a list of bodies that the first person calls its partners (`A, B and C
are among our closest partners`, `A et B figurent parmi nos partenaires`, `A y B son nuestros
socios`) pairs the publisher with each of them, and no two of them with each other."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"INTERPOL": ("ORG", "INTERPOL"), "Europol": ("ORG", "Europol"), "UNODC": ("ORG", "UNODC"),
         "ONUDC": ("ORG", "UNODC"), "Kenya": ("COUNTRY", "KEN"), "Kenia": ("COUNTRY", "KEN")}
OURS = {("PARTNERSHIP", ("europol", "wco")), ("PARTNERSHIP", ("interpol", "wco")), ("PARTNERSHIP", ("unodc", "wco"))}


def _pairs(text: str, lang: str, learned: bool = False) -> set:
    return {t for t in rule_tuples(text, lang, NAMES, publisher="WCO", learned=learned)
            if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL, Europol and UNODC are among our closest partners."),
    ("en", "INTERPOL, Europol and UNODC remain some of our oldest partners."),
    ("fr", "INTERPOL, Europol et l'ONUDC figurent parmi nos partenaires les plus proches."),
    ("fr", "INTERPOL, Europol et l'ONUDC sont nos partenaires."),
    ("es", "INTERPOL, Europol y la UNODC se cuentan entre nuestros principales socios."),
    ("es", "INTERPOL, Europol y la UNODC son nuestros socios."),
])
@pytest.mark.parametrize("learned", [False, True])
def test_a_list_called_our_partners_pairs_each_with_the_publisher(lang, text, learned):
    assert _pairs(text, lang, learned) == OURS


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL, Europol and UNODC trained our partners in Kenya."),
    ("fr", "INTERPOL, Europol et l'ONUDC ont formé nos partenaires au Kenya."),
    ("es", "INTERPOL, Europol y la UNODC capacitaron a nuestros socios en Kenia."),
    ("en", "In Kenya, INTERPOL, Europol and UNODC are partners of the police."),
])
def test_a_verb_or_no_first_person_is_no_such_list(lang, text):
    assert not _pairs(text, lang) & OURS
