"""A place fronted before a list of states (`En Afrique de l'Ouest, le Ghana, le Togo et le Bénin
ont signé …`): the first state opens the list of signatories, it does not say where the place
lies (as `signé à Lomé, Togo, le 3 mai` does) (rules alone, given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Afrique de l'Ouest": ("LOCATION", "West Africa"), "West Africa": ("LOCATION", "West Africa"),
    "África Occidental": ("LOCATION", "West Africa"), "Lomé": ("LOCATION", "Lome"),
    "Ghana": ("COUNTRY", "GHA"), "Togo": ("COUNTRY", "TGO"), "Bénin": ("COUNTRY", "BEN"), "Benin": ("COUNTRY", "BEN"),
    "Traité de la lagune": ("INSTRUMENT", "Lagoon Treaty"), "Lagoon Treaty": ("INSTRUMENT", "Lagoon Treaty"),
    "Tratado de la Laguna": ("INSTRUMENT", "Lagoon Treaty"),
}


@pytest.mark.parametrize("lang, text", [
    ("fr", "En Afrique de l'Ouest, le Ghana, le Togo et le Bénin ont signé le Traité de la lagune."),
    ("en", "In West Africa, Ghana, Togo and Benin signed the Lagoon Treaty."),
    ("es", "En África Occidental, Ghana, Togo y Benin firmaron el Tratado de la Laguna."),
])
def test_the_first_state_after_a_fronted_place_signs(lang, text):
    pairs = {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "AGREEMENT"}
    assert {("gha", "tgo"), ("ben", "gha"), ("ben", "tgo")} <= pairs


def test_a_state_after_a_place_of_signature_stays_a_place():
    text = "Le Ghana et le Bénin ont signé le Traité de la lagune à Lomé, Togo, en présence des ministres."
    pairs = {t[1] for t in rule_tuples(text, "fr", NAMES) if t[0] == "AGREEMENT"}
    assert pairs == {("ben", "gha")}


CITY_NAMES = {**NAMES, "Dakar": ("LOCATION", "Dakar"), "Sénégal": ("COUNTRY", "SEN"), "Senegal": ("COUNTRY", "SEN"),
              "France": ("COUNTRY", "FRA"), "Francia": ("COUNTRY", "FRA")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le bureau régional à Dakar, Sénégal, et la France ont signé un accord de siège."),
    ("en", "The regional office in Dakar, Senegal, and France signed a host agreement."),
    ("es", "La oficina regional en Dakar, Senegal, y Francia firmaron un acuerdo de sede."),
])
def test_the_state_of_a_city_before_one_partner_stays_a_place(lang, text):
    pairs = {t[1] for t in rule_tuples(text, lang, CITY_NAMES) if t[0] == "AGREEMENT"}
    assert ("fra", "sen") not in pairs


@pytest.mark.parametrize("lang, text", [
    ("fr", "En Afrique de l'Ouest, le Ghana et le Togo ont signé le Traité de la lagune."),
    ("en", "In West Africa, Ghana, Togo and Benin signed the Lagoon Treaty."),
])
def test_a_short_list_after_a_fronted_place_still_signs(lang, text):
    pairs = {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "AGREEMENT"}
    assert ("gha", "tgo") in pairs
