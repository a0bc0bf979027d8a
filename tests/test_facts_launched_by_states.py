"""States that launched a body (`Lancée en 2017 par le Bénin, le Ghana et le Togo, l'Initiative
de Lomé …`) are its members, as those that founded or created it are (rules alone, given mentions;
made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Initiative de Lomé": ("ORG", "IL"), "Lomé Initiative": ("ORG", "IL"), "Iniciativa de Lomé": ("ORG", "IL"),
    "Bénin": ("COUNTRY", "BEN"), "Benin": ("COUNTRY", "BEN"), "Ghana": ("COUNTRY", "GHA"), "Togo": ("COUNTRY", "TGO"),
    "ONUDC": ("ORG", "UNODC"), "UNODC": ("ORG", "UNODC"),
}
MEMBERS = {("il", "member", n) for n in ("ben", "gha", "tgo")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Lancée en 2017 par le Bénin, le Ghana et le Togo, l'Initiative de Lomé est née d'un constat partagé."),
    ("en", "Launched in 2017 by Benin, Ghana and Togo, the Lomé Initiative grew out of a shared concern."),
    ("es", "Lanzada en 2017 por Benin, Ghana y Togo, la Iniciativa de Lomé nació de una preocupación compartida."),
])
def test_states_that_launched_a_body_are_its_members(lang, text):
    assert MEMBERS <= {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}


def test_a_body_launched_by_one_agency_has_no_member_by_it():
    text = "Launched in 2017 by UNODC, the Lomé Initiative grew out of a shared concern."
    assert not any(t[0] == "MEMBERSHIP" for t in rule_tuples(text, "en", NAMES))


FUND_NAMES = {
    **NAMES, "Fonds mondial": ("ORG", "GF"), "Global Fund": ("ORG", "GF"), "Fondo Mundial": ("ORG", "GF"),
    "France": ("COUNTRY", "FRA"), "Francia": ("COUNTRY", "FRA"), "Allemagne": ("COUNTRY", "DEU"),
    "Germany": ("COUNTRY", "DEU"), "Alemania": ("COUNTRY", "DEU"), "Japon": ("COUNTRY", "JPN"),
    "Japan": ("COUNTRY", "JPN"), "Japón": ("COUNTRY", "JPN"),
}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'appel pour le Fonds mondial, lancé par la France, l'Allemagne et le Japon, a réuni un milliard."),
    ("en", "The appeal for the Global Fund, launched by France, Germany and Japan, raised $1 billion."),
    ("es", "El Fondo Mundial, lanzado por Francia, Alemania y Japón, financia programas de salud."),
])
def test_the_launchers_of_a_fund_or_an_appeal_are_no_members(lang, text):
    assert not any(t[0] == "MEMBERSHIP" for t in rule_tuples(text, lang, FUND_NAMES))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Ce programme s'appuie sur l'Initiative de Lomé, lancée par le Bénin, le Ghana et le Togo en 2017."),
    ("en", "This programme builds on the Lomé Initiative, launched by Benin, Ghana and Togo in 2017."),
    ("es", "Este programa se apoya en la Iniciativa de Lomé, lanzada por Benin, Ghana y Togo en 2017."),
])
def test_states_that_launched_a_grouping_named_before_are_its_members(lang, text):
    assert MEMBERS <= {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}
