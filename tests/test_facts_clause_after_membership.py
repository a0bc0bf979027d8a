"""A partnership stated in a clause of its own after a membership's, in one sentence (`España lo
ratificó en 2014, y el Ministerio X coordina su aplicación junto con la Delegación Y`): both stand, as
after an agreement's (`rule:partnership_after_agreement`); not where that clause names an agreement
(`…, et coopère avec le Canada dans le cadre d'un accord de coopération`: the agreement's sides)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Ruritania": ("COUNTRY", "RUR"), "Ruritanie": ("COUNTRY", "RUR"),
         "Delta Convention": ("INSTRUMENT", "Delta Convention"), "Convenio Delta": ("INSTRUMENT", "Delta Convention"),
         "Convention Delta": ("INSTRUMENT", "Delta Convention")}


def _tuples(text: str, lang: str, learned: bool) -> set:
    return rule_tuples(text, lang, NAMES, learned=learned)


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("es", "El Convenio Delta entró en vigor en 2014.\nRuritania lo ratificó en 2014, y la Harbour Police coordina hoy "
           "su aplicación junto con la Coast Authority."),
    ("en", "The Delta Convention entered into force in 2014.\nRuritania ratified it in 2014, and the Harbour Police now "
           "coordinates its implementation together with the Coast Authority."),
    ("fr", "La Convention Delta est entrée en vigueur en 2014.\nLa Ruritanie l'a ratifiée en 2014, et la Harbour Police "
           "assure aujourd'hui sa mise en œuvre conjointement avec la Coast Authority."),
])
def test_the_membership_and_the_partnership_after_it_both_stand(lang, text, learned):
    found = _tuples(text, lang, learned)
    assert ("MEMBERSHIP", "delta convention", "member", "rur") in found
    assert ("PARTNERSHIP", ("coast", "harbour")) in found


def test_no_partnership_where_the_clause_after_names_an_agreement():
    text = ("La Harbour Police compte 22 États membres, parmi lesquels la Ruritanie, et coopère avec la Coast Authority "
            "dans le cadre d'un accord de coopération.")
    assert ("PARTNERSHIP", ("coast", "harbour")) not in _tuples(text, "fr", False)


def test_no_partnership_with_a_body_far_past_the_cue_of_the_clause_after():
    names = {**NAMES, "River Council": ("ORG", "River"), "Delta Fund": ("ORG", "Delta")}
    text = ("El Harbour Police, miembro asociado del Delta Fund, evalúa a sus miembros según las normas, y el Comité "
            "Coast Authority apoya a los países de la región en la aplicación de las resoluciones del River Council.")
    assert ("PARTNERSHIP", ("coast", "river")) not in rule_tuples(text, "es", names)
