"""The agents of a participle of promoting or driving a work (`promovida por A y B`, `negociaciones
impulsadas por A, B y C`, `promue par A et B`, `promoted by A and B`; class `made_by`) did it together,
as the makers of `construite par A, B et C` (cosubjects.py): every two of them are partners."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Delta Fund": ("ORG", "Delta"), "Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Ruritania": ("COUNTRY", "RUR"), "Freedonia": ("COUNTRY", "FRE"), "Sylvania": ("COUNTRY", "SYL")}


def _pairs(text: str, lang: str) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("es", "La fundación, promovida por la Harbour Police y la Coast Authority, resuelve cada día dudas de periodistas."),
    ("fr", "La fondation, promue par la Harbour Police et la Coast Authority, répond chaque jour aux journalistes."),
    ("en", "The foundation, promoted by the Harbour Police and the Coast Authority, answers questions from journalists."),
])
def test_the_promoters_are_partners(lang, text):
    assert _pairs(text, lang) == {("coast", "harbour")}


def test_the_states_driving_a_negotiation_are_partners_two_by_two():
    text = "El tratado se adoptó en 2009, tras tres años de negociaciones impulsadas por Ruritania, Freedonia y Sylvania."
    assert _pairs(text, "es") == {("fre", "rur"), ("fre", "syl"), ("rur", "syl")}


@pytest.mark.parametrize("lang, text", [
    ("es", "La fundación, promovida por la Harbour Police o por la Coast Authority, resuelve dudas."),  # alternatives
    ("en", "The foundation, promoted by the Harbour Police, answers questions from the Coast Authority."),  # one agent
])
def test_alternatives_and_a_single_promoter_are_no_joint_act(lang, text):
    assert ("coast", "harbour") not in _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    # the promoter is one body: the agents of a second participle are not the promoters
    ("en", "The summit was promoted by the Delta Fund and boycotted by the Harbour Police and the Coast Authority."),
    ("es", "La cumbre fue promovida por el Delta Fund y boicoteada por la Harbour Police y la Coast Authority."),
])
def test_the_agents_of_another_participle_are_not_promoters(lang, text):
    assert ("coast", "harbour") not in _pairs(text, lang)
