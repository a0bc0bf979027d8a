"""A joint act named in a relative or an apposition (`la Comisión X, creada por A y B`) and a cue
of cooperation of the sentence's own (`en coordinación con la Comisión X`): both partnerships
stand (relations.partnerships), not the joint doers' alone."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Seed Council": ("ORG", "Seed"), "Harbour Police": ("ORG", "Harbour"),
         "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    found = rule_tuples(text, lang, {n: v for n, v in NAMES.items() if n in text}, publisher="River", learned=learned)
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "We draft the standard in coordination with the Seed Council, created by the Harbour Police and the "
           "Coast Authority."),
    ("fr", "Nous rédigeons la norme en coordination avec le Seed Council, créé par la Harbour Police et la "
           "Coast Authority."),
    ("es", "Elaboramos la norma en coordinación con el Seed Council, creado por la Harbour Police y la "
           "Coast Authority."),
    ("en", "The River Agency works closely with the Seed Council, founded by the Harbour Police and the "
           "Coast Authority."),
])
def test_the_cue_and_the_joint_act_both_stand(lang, text, learned):
    assert _pairs(text, lang, learned) == {("river", "seed"), ("coast", "harbour")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police and the Coast Authority have worked together on the alerts of the River Agency."),
    ("fr", "La Harbour Police et la Coast Authority ont conduit ensemble les essais de la River Agency."),
])
def test_the_joint_word_names_no_partner_after_it(lang, text):
    assert _pairs(text, lang, True) == {("coast", "harbour")}
