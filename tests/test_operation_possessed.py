"""The body a third-person possessive joins to an operation's name (`X … through its Y project`,
`X, à travers son programme Y`, `X aporta su programa Y`) leads it: the operation is the body's own;
not a state's programme, nor an operation further from the possessive."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

NAMES = {**OPERATION_NAMES, "Kenya": ("COUNTRY", "KEN"), "Kenia": ("COUNTRY", "KEN")}


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL trained customs officers in Kenya under its Sahel Shield project in March 2023."),
    ("en", "INTERPOL trained customs officers in Dakar through its Sahel Shield project in March 2023."),
    ("en", "The training was given by INTERPOL, through its programme Sahel Shield, in March 2023."),
    ("fr", "INTERPOL a formé des douaniers à Dakar dans le cadre de son projet Sahel Shield en mars 2023."),
    ("fr", "Les douaniers ont été formés par INTERPOL, à travers sa campagne Sahel Shield, en mars 2023."),
    ("es", "INTERPOL capacitó a aduaneros en Dakar a través de su proyecto Sahel Shield en marzo de 2023."),
    ("es", "INTERPOL aportará la experiencia de su Sahel Shield a los aduaneros en marzo de 2023."),
])
def test_the_owner_of_a_possessed_operation_leads_it(lang, text):
    found = rule_tuples(text, lang, NAMES)
    assert operation_values(found, "lead") == {"interpol"}
    assert "interpol" not in operation_values(found, "partner")


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya trained customs officers under its Sahel Shield project in March 2023."),
    ("en", "Patrol boats were provided by Kenya under its Sahel Shield programme in March 2023."),
    ("fr", "Le Kenya a formé des douaniers dans le cadre de son projet Sahel Shield en mars 2023."),
    ("es", "Kenia capacitó a aduaneros con su proyecto Sahel Shield en marzo de 2023."),
])
def test_a_state_named_last_is_no_lead(lang, text):
    assert operation_values(rule_tuples(text, lang, NAMES), "lead") == set()


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL described its work on Sahel Shield in March 2023."),
    ("fr", "INTERPOL a présenté ses résultats avant Sahel Shield en mars 2023."),
    ("es", "INTERPOL presentó sus primeras conclusiones sobre Sahel Shield en marzo de 2023."),
])
def test_words_between_the_possessive_and_the_operation_break_it(lang, text):
    assert operation_values(rule_tuples(text, lang, NAMES), "lead") == set()


BODIES = {"Orvane Bank": ("ORG", "Orvane Bank"), "Telmar Agency": ("ORG", "Telmar Agency"),
          "KESTREL": ("OPERATION", "KESTREL")}


@pytest.mark.parametrize("lang, text, lead", [
    ("en", "The Orvane Bank funds the Telmar Agency through its KESTREL programme.", {"orvane bank"}),
    ("fr", "L'Orvane Bank finance la Telmar Agency à travers son programme KESTREL.", {"orvane bank"}),
    ("es", "La Orvane Bank financia a la Telmar Agency mediante su programa KESTREL.", {"orvane bank"}),
    ("en", "With the support of the Telmar Agency, the Orvane Bank trains officers through its KESTREL programme.",
     {"orvane bank"}),
    ("es", "Con el apoyo de la Telmar Agency, la Orvane Bank capacita a aduaneros mediante su programa KESTREL.",
     {"orvane bank"}),
    ("fr", "La Telmar Agency est soutenue par des fondations et par l'Orvane Bank, à travers son programme KESTREL.",
     {"orvane bank"}),
    ("es", "La ministra agradeció el apoyo de la Orvane Bank, a través de su programa KESTREL.", {"orvane bank"}),
    ("en", "The Orvane Bank and the Telmar Agency train customs officers through their KESTREL programme.",
     {"orvane bank", "telmar agency"}),
    ("fr", "L'Orvane Bank et la Telmar Agency forment des douaniers dans le cadre de leur programme KESTREL.",
     {"orvane bank", "telmar agency"}),
    ("es", "La Orvane Bank y la Telmar Agency capacitan a aduaneros mediante su programa KESTREL.",
     {"orvane bank", "telmar agency"}),
])
def test_the_subject_of_the_clause_owns_the_possessed_operation_not_its_object(lang, text, lead):
    assert operation_values(rule_tuples(text, lang, BODIES), "lead") == lead


@pytest.mark.parametrize("lang, text", [
    ("en", "The Orvane Bank said that INTERPOL trained officers through its Sahel Shield project."),
    ("es", "La Orvane Bank señaló que INTERPOL capacitó a aduaneros a través de su proyecto Sahel Shield."),
    ("fr", "L'Orvane Bank a indiqué qu'INTERPOL a formé des douaniers à travers son projet Sahel Shield."),
    ("en", "The Orvane Bank reports INTERPOL trained officers through its Sahel Shield project."),
    ("en", "The Orvane Bank welcomed INTERPOL, which trained officers through its Sahel Shield project."),
    ("es", "La Orvane Bank felicitó a INTERPOL, que capacitó a aduaneros mediante su proyecto Sahel Shield."),
])
def test_a_body_heading_its_own_clause_owns_the_possessive(lang, text):
    """Reported speech and relatives: the body after `that`/`que`, or the one a comma, a relative or
    its own verb follows, is the possessive's, not the subject of the verb before it."""
    names = {**OPERATION_NAMES, "Orvane Bank": ("ORG", "Orvane Bank")}
    assert operation_values(rule_tuples(text, lang, names), "lead") == {"interpol"}
