"""The bodies an operation is shared between take part in it (`X is a partnership between A, B
and C`, `X est le fruit d'une coopération entre A et B`, `X nació de una alianza entre A y B`,
`X, un proyecto compartido entre España y México`); not the sides of a cooperation the sentence
says nothing of the operation about (`the cooperation between A and B` after another body)."""

from __future__ import annotations

import pytest

from facts_helpers import operation_values, rule_tuples

_NAMES = {
    "Blue Sky Array": ("OPERATION", "Blue Sky Array"),
    "Northern Observatory": ("ORG", "Northern Observatory"),
    "Andes Science Board": ("ORG", "Andes Science Board"),
    "Pacific Research Council": ("ORG", "Pacific Research Council"),
    "Kiribati": ("COUNTRY", "KIR"),
    "Perú": ("COUNTRY", "PER"),
}
_SIDES = {"northern observatory", "andes science board", "pacific research council"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Blue Sky Array is a partnership between the Northern Observatory, the Andes Science Board and "
           "the Pacific Research Council."),
    ("en", "The Blue Sky Array, a joint project between the Northern Observatory, the Andes Science Board "
           "and the Pacific Research Council, opened in 2020."),
    ("fr", "Le Blue Sky Array est le fruit d'une coopération internationale entre le Northern Observatory, "
           "l'Andes Science Board et le Pacific Research Council."),
    ("es", "El Blue Sky Array nació de una alianza entre el Northern Observatory, el Andes Science Board y "
           "el Pacific Research Council."),
])
def test_the_bodies_an_operation_is_shared_between_are_its_partners(lang, text):
    found = operation_values(rule_tuples(text, lang, _NAMES), "partner")
    assert _SIDES <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Blue Sky Array opened in 2020.\nThe project is a partnership between the Northern Observatory, "
           "the Andes Science Board and the Pacific Research Council."),
    ("fr", "Le Blue Sky Array a ouvert en 2020.\nLe projet est un partenariat entre le Northern Observatory, "
           "l'Andes Science Board et le Pacific Research Council."),
])
def test_a_word_referring_back_to_the_operation_may_stand_for_it(lang, text):
    found = operation_values(rule_tuples(text, lang, _NAMES), "partner")
    assert _SIDES <= found, found


def test_the_states_an_operation_is_shared_between_are_its_countries():
    text = "El Blue Sky Array, un proyecto compartido entre Kiribati y el Perú, se inauguró en 2020."
    found = operation_values(rule_tuples(text, "es", _NAMES), "country")
    assert {"kir", "per"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Blue Sky Array opened in 2020, and the Northern Observatory welcomed the cooperation between "
           "the Andes Science Board and the Pacific Research Council."),
    ("fr", "Le Blue Sky Array a ouvert en 2020 et le Northern Observatory salue la coopération entre "
           "l'Andes Science Board et le Pacific Research Council."),
    ("es", "El Blue Sky Array se inauguró en 2020.\nEl Northern Observatory destacó la cooperación entre el "
           "Andes Science Board y el Pacific Research Council."),
])
def test_a_cooperation_after_another_body_is_not_the_operations(lang, text):
    found = operation_values(rule_tuples(text, lang, _NAMES), "partner")
    assert not {"andes science board", "pacific research council"} & found, found


def test_a_body_that_leads_the_operation_stays_its_lead():
    text = ("Blue Sky Array is led by the Northern Observatory.\nThe project is a partnership between the "
            "Northern Observatory and the Andes Science Board.")
    tuples = rule_tuples(text, "en", _NAMES)
    assert "northern observatory" in operation_values(tuples, "lead")
    assert operation_values(tuples, "partner") == {"andes science board"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Thunder was led by INTERPOL in 2023. The project will deepen cooperation between the "
           "European Union and the African Union."),
    ("es", "La Operación Thunder fue dirigida por INTERPOL en 2023. El proyecto reforzará la cooperación entre la "
           "Unión Europea y la Unión Africana."),
])
def test_another_verb_between_the_operation_and_the_noun_shares_nothing(fast, lang, text):
    from partex.facts.score import records

    tuples = {t for fact in records(fast.analyse(text, doc_id="t", lang=lang).facts) for t in fact.tuples}
    assert not [t for t in tuples if t[0] == "OPERATION" and t[2] == "partner"], tuples
