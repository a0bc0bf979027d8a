"""French folds the definite article into `de`/`à` before a group named back (`les chefs d'État
des trois pays`, `aux trois pays`): the contracted articles are group determiners like `les`."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Bénin": ("COUNTRY", "BEN"), "Togo": ("COUNTRY", "TGO"), "Ghana": ("COUNTRY", "GHA"),
         "trois pays": ("FIGURE", "3 pays"), "mai 2019": ("DATE", "2019-05"),
         "Traité de Lomé": ("INSTRUMENT", "Traité de Lomé")}


@pytest.mark.parametrize("text", [
    "Le corridor traverse le Bénin, le Togo et le Ghana.\n"
    "En mai 2019, les chefs d'État des trois pays ont signé le Traité de Lomé.",
    "Le corridor traverse le Bénin, le Togo et le Ghana.\n"
    "Le Traité de Lomé a été signé en mai 2019 par les ministres des trois pays.",
])
def test_states_named_back_after_a_contracted_article_sign(text):
    found = rule_tuples(text, "fr", NAMES)
    assert {("AGREEMENT", pair, "date", "2019-05") for pair in (("ben", "gha"), ("ben", "tgo"), ("gha", "tgo"))} <= found
