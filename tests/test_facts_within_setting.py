"""The body a cooperation takes place within is where the partners work, no partner of theirs
(`A and B cooperate within X`, `au sein de`, `en el seno de`: `pair_settings`, facts20b, issue 11);
the partners named before it stay a pair, and a body an apposition gathers within stays the side
it stands for."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


def _pairs(fast, text: str, lang: str) -> set:
    return {t[1] for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "Since 2015, WHO and UNICEF have cooperated closely within the African Union on vaccination campaigns."),
    ("fr", "Depuis 2015, l'OMS et l'UNICEF coopèrent étroitement au sein de l'Union africaine sur les campagnes de vaccination."),
    ("es", "Desde 2015, la OMS y el UNICEF cooperan estrechamente en el seno de la Unión Africana en las campañas de vacunación."),
])
def test_the_body_cooperated_within_is_no_partner(fast, lang, text):
    pairs = _pairs(fast, text, lang)
    assert ("unicef", "who") in pairs
    assert not any("au" in p for p in pairs)


def test_a_body_gathering_the_partners_in_an_apposition_stays(fast):
    text = ("L'OMS salue le travail accompli avec les instituts nationaux de santé d'Afrique, "
            "réunis au sein de l'Union africaine.")
    assert ("au", "who") in _pairs(fast, text, "fr")


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: a `within` phrase opening the sentence holds the bodies after it
    ("en", "Within the African Union, UNICEF works closely with WHO on vaccination campaigns."),
    ("fr", "Au sein de l'Union africaine, l'UNICEF travaille étroitement avec l'OMS sur les campagnes de vaccination."),
    ("es", "En el seno de la Unión Africana, el UNICEF trabaja estrechamente con la OMS en las campañas de vacunación."),
])
def test_a_fronted_setting_is_no_partner_of_the_bodies_after_it(fast, lang, text):
    pairs = _pairs(fast, text, lang)
    assert ("unicef", "who") in pairs
    assert not any("au" in p for p in pairs)
