"""Two bodies that are only the agents of two participles of one thing (`run by A and funded by B`,
`financé par A, avec le concours de B`) are no partners of each other; with the shipped pair model,
given mentions, made-up sentences."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Alpha Agency": ("ORG", "AA"), "Bravo Board": ("ORG", "BB"), "Charlie Council": ("ORG", "CC")}


def _pairs(text: str, lang: str) -> set[tuple]:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=True) if t[0] == "PARTNERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Delta research network, run by the Alpha Agency and funded by the Bravo Board, links forty "
           "universities."),
    ("fr", "Le réseau de recherche Delta, coordonné par l'Alpha Agency et financé par le Bravo Board, relie quarante "
           "universités."),
    ("es", "La red de investigación Delta, gestionada por la Alpha Agency y financiada por el Bravo Board, une a "
           "cuarenta universidades."),
    ("en", "Funded mainly by the Alpha Agency, with the support of the Bravo Board, the programme works with schools "
           "and churches."),
    ("fr", "Financé principalement par l'Alpha Agency, avec le concours du Bravo Board, ce programme travaille avec "
           "les écoles et les églises."),
    ("es", "Financiado principalmente por la Alpha Agency, con el apoyo del Bravo Board, el programa trabaja con las "
           "escuelas y las iglesias."),
])
def test_the_agents_of_two_participles_of_one_thing_are_no_partners(lang, text):
    assert ("aa", "bb") not in _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The training was designed by the Alpha Agency and funded by the Bravo Board, which have cooperated "
           "closely since 2019."),
    ("fr", "La formation a été conçue par l'Alpha Agency et financée par le Bravo Board, qui coopèrent étroitement "
           "depuis 2019."),
    ("es", "La formación fue diseñada por la Alpha Agency y financiada por el Bravo Board, que colaboran "
           "estrechamente desde 2019."),
])
def test_the_agents_a_relative_clause_of_cooperation_then_links_stay_partners(lang, text):
    assert ("aa", "bb") in _pairs(text, lang)
