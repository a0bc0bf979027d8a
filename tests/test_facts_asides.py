"""A body named in an apposition that tells who founded, hosts, runs or funds the body before it
(`X, hosted by A, works with B`) is no partner of the sentence's other bodies (facts/asides.py):
the pair model is not offered A with B; X keeps its pair with B."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_NAMES = {"KORA": ("ORG", "KORA"), "OCDE": ("ORG", "OECD"), "OECD": ("ORG", "OECD"),
          "BAfD": ("ORG", "AfDB"), "AfDB": ("ORG", "AfDB"), "BAD": ("ORG", "AfDB"),
          "SADC": ("ORG", "SADC"), "UNICEF": ("ORG", "UNICEF")}


@pytest.mark.parametrize("lang, text", [
    ("en", "KORA, hosted by the OECD in Paris, works with the SADC on regional seed statistics."),
    ("en", "KORA, set up by the AfDB in 2015, cooperates with UNICEF on school meals."),
    ("fr", "KORA, créée en 2015 et hébergée par l'OCDE à Paris, travaille avec la SADC sur les statistiques."),
    ("fr", "KORA, financée par la BAfD, coopère avec l'UNICEF sur les cantines scolaires."),
    ("es", "KORA, financiada por el BAD desde 2015, colabora con la SADC en las estadísticas de semillas."),
    ("es", "KORA, creada en 2015 y alojada por la OCDE en París, trabaja con UNICEF en los comedores escolares."),
])
def test_a_body_of_an_apposition_is_no_partner_of_the_other_bodies(lang, text):
    found = rule_tuples(text, lang, _NAMES, learned=True)
    pairs = {t[1] for t in found if t[0] == "PARTNERSHIP"}
    assert not pairs & {("oecd", "sadc"), ("afdb", "unicef"), ("afdb", "sadc"), ("oecd", "unicef")}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The OECD, the AfDB and the SADC work together on regional seed statistics."),
    ("fr", "L'OCDE, la BAfD et la SADC travaillent ensemble sur les statistiques de semences."),
    ("es", "La OCDE, el BAD y la SADC trabajan juntos en las estadísticas de semillas."),
])
def test_a_plain_list_of_bodies_is_no_apposition(lang, text):
    found = rule_tuples(text, lang, _NAMES, learned=True)
    assert ("PARTNERSHIP", ("oecd", "sadc")) in found, found



@pytest.mark.parametrize("lang, text", [
    ("en", "The meeting was convened by the OECD, the AfDB and UNICEF, and hosted by the SADC."),
])
def test_a_participle_after_a_conjunction_goes_on_with_the_agents(lang, text):
    found = rule_tuples(text, lang, _NAMES, learned=True)
    assert ("PARTNERSHIP", ("oecd", "sadc")) in found, found
