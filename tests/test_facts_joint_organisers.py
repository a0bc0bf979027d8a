"""Bodies listed as the subject of a verb of organising or creating (`A y B organizan talleres`, `A et
B ont créé un fichier commun`, `A and B set up a centre`; class `joint_act`) did it together, as the
agents of `organisé par A et B` do (cosubjects.py): every two of them are partners."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River")}


def _pairs(text: str, lang: str) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("es", "La Harbour Police y la Coast Authority organizan talleres sobre la seguridad fronteriza."),
    ("fr", "En 2005, la Harbour Police et la Coast Authority ont créé un fichier commun des navires."),
    ("en", "The Harbour Police and the Coast Authority set up a regional centre in 2019."),
])
def test_joint_organisers_and_creators_are_partners(lang, text):
    assert _pairs(text, lang) == {("coast", "harbour")}


def test_three_organisers_are_partners_two_by_two():
    text = "The Harbour Police, the Coast Authority and the River Agency organised a workshop on border security."
    assert _pairs(text, "en") == {("coast", "harbour"), ("coast", "river"), ("harbour", "river")}


@pytest.mark.parametrize("lang, text", [
    ("es", "La Harbour Police o la Coast Authority organizan cada año la reunión."),  # alternatives
    ("fr", "La réunion a été préparée avec la Harbour Police, puis la Coast Authority a créé un groupe de travail."),
])
def test_alternatives_and_a_single_creator_are_no_joint_act(lang, text):
    assert ("coast", "harbour") not in _pairs(text, lang)
