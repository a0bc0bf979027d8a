"""Agreements of those that followed the signatory of the agreement stated before
(`agreement_followers.py`): one per follower, with the other side of that agreement and the date
named after the follower. Made-up sentences."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

STATES = {"Kenya": ("COUNTRY", "KEN"), "Uganda": ("COUNTRY", "UGA"), "Rwanda": ("COUNTRY", "RWA"),
          "Tanzania": ("COUNTRY", "TZA"), "Ouganda": ("COUNTRY", "UGA"), "Tanzanie": ("COUNTRY", "TZA"),
          "Ruanda": ("COUNTRY", "RWA")}


def _agreements(text: str, lang: str, names: dict) -> set:
    return {(t[1], t[3]) for t in rule_tuples(text, lang, {**STATES, **names}) if t[0] == "AGREEMENT" and len(t) == 4}


@pytest.mark.parametrize("text, lang, names", [
    ("Kenya signed a fisheries agreement with the Ocean Fund in 2008.\n"
     "Uganda and Rwanda followed in 2010, then Tanzania in 2011.",
     "en", {"Ocean Fund": ("ORG", "Ocean Fund"), "2008": ("DATE", "2008"), "2010": ("DATE", "2010"),
            "2011": ("DATE", "2011")}),
    ("Le Kenya a été le premier pays à signer un accord avec le Fonds océanique en 2008.\n"
     "L'Ouganda et le Rwanda l'ont suivi en 2010, puis la Tanzanie en 2011.",
     "fr", {"Fonds océanique": ("ORG", "Ocean Fund"), "Kenya": ("COUNTRY", "KEN"), "Rwanda": ("COUNTRY", "RWA"),
            "2008": ("DATE", "2008"), "2010": ("DATE", "2010"), "2011": ("DATE", "2011")}),
    ("Kenia firmó un acuerdo con el Fondo Oceánico en 2008.\n"
     "Uganda y Ruanda lo siguieron en 2010, y luego Tanzania en 2011.",
     "es", {"Fondo Oceánico": ("ORG", "Ocean Fund"), "Kenia": ("COUNTRY", "KEN"),
            "2008": ("DATE", "2008"), "2010": ("DATE", "2010"), "2011": ("DATE", "2011")}),
])
def test_each_follower_signs_with_the_other_side_on_its_own_date(text: str, lang: str, names: dict) -> None:
    found = _agreements(text, lang, names)
    assert (("ocean fund", "uga"), "2010") in found
    assert (("ocean fund", "rwa"), "2010") in found
    assert (("ocean fund", "tza"), "2011") in found
    assert not any(pair in {("rwa", "uga"), ("tza", "uga")} for pair, _ in found)


@pytest.mark.parametrize("text, lang", [
    # the agreement followed is between two states: with whom the follower signed is not said
    ("Kenya signed a border agreement with Tanzania in 2008.\nUganda followed in 2010.", "en"),
    # the verb has an object of its own: no following of a signatory
    ("Kenya signed a fisheries agreement with the Ocean Fund in 2008.\nUganda followed the talks in 2010.", "en"),
    ("Le Kenya a signé un accord avec le Fonds océanique en 2008.\nL'Ouganda a suivi une formation en 2010.", "fr"),
])
def test_no_follower_where_the_other_side_or_the_following_is_unclear(text: str, lang: str) -> None:
    names = {"Ocean Fund": ("ORG", "Ocean Fund"), "Fonds océanique": ("ORG", "Ocean Fund"),
             "2008": ("DATE", "2008"), "2010": ("DATE", "2010")}
    found = _agreements(text, lang, names)
    assert not any("uga" in pair for pair, _ in found)
