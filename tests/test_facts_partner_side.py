"""Bodies a rule names together on the partner side of one party (`Its founding partners are A, B, C
and D`, `the RAA's support to A and B`, `with the support of A and B`) are that party's partners, not
partners of one another: the learned model adds no pair between them (issue 11)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"RAA": ("ORG", "RAA"), "UNESCO": ("ORG", "UNESCO"), "FAO": ("ORG", "FAO"), "PNUD": ("ORG", "UNDP"),
         "UNDP": ("ORG", "UNDP"), "Banque mondiale": ("ORG", "World Bank"), "World Bank": ("ORG", "World Bank"),
         "Banco Mundial": ("ORG", "World Bank"), "Andean Water Network": ("ORG", "RAA"),
         "Red Andina del Agua": ("ORG", "RAA"), "Réseau andin de l'eau": ("ORG", "RAA"),
         "Chile": ("COUNTRY", "CHL"), "Peru": ("COUNTRY", "PER")}
AMONG = {("fao", "unesco"), ("fao", "world bank"), ("unesco", "world bank"), ("fao", "undp"),
         ("undp", "unesco"), ("undp", "world bank")}


def _pairs(text: str, lang: str) -> set:
    found = rule_tuples(text, lang, NAMES, publisher="", learned=True, longest_first=True)
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("es", "La Red Andina del Agua (RAA) apoya a los organismos de cuenca de la región.\n"
           "Sus socios son la UNESCO, la FAO, el Banco Mundial y el PNUD."),
    ("en", "The Andean Water Network (RAA) supports the basin agencies of the region.\n"
           "Its partners are UNESCO, the FAO, the World Bank and the UNDP."),
    ("fr", "Le Réseau andin de l'eau (RAA) appuie les agences de bassin de la région.\n"
           "Ses partenaires sont l'UNESCO, la FAO, la Banque mondiale et le PNUD."),
])
def test_listed_partners_of_a_possessor_are_no_pair(lang, text):
    pairs = _pairs(text, lang)
    assert ("raa", "unesco") in pairs
    assert not pairs & AMONG, pairs & AMONG


@pytest.mark.parametrize("lang, text", [
    ("en", "Water dialogues in the Andes: the RAA's support to UNESCO and the FAO"),
    ("fr", "Dialogues sur l'eau dans les Andes : le soutien du RAA à l'UNESCO et à la FAO"),
])
def test_bodies_on_the_partner_side_of_support_are_no_pair(lang, text):
    pairs = _pairs(text, lang)
    assert ("fao", "unesco") not in pairs, pairs


def test_the_object_of_an_act_and_its_supporters_are_no_pair():
    """`A and B set up a team into C, with the support of D and E`: the doers' partners, C among
    them, are no pair of one another."""
    text = ("In May 2021, the water authorities of Chile and Peru set up a joint team into the RAA, "
            "with the support of UNESCO and the FAO.")
    pairs = _pairs(text, "en")
    assert ("chl", "unesco") in pairs
    assert not pairs & {("raa", "unesco"), ("fao", "raa")}, pairs
