"""Bodies named together after the words of an initiative (`fondé à l'initiative de A et de B`,
`founded on the initiative of A and B`, `se fundó por iniciativa de A, B y C`; class
`initiative_of`): they acted together, parties alike (initiatives.py). One body alone names no pair,
nor does the subject a comma opens after the phrase (`à l'initiative de A, le Centre …`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River"),
         "Norland": ("COUNTRY", "NOR"), "Sudland": ("COUNTRY", "SUD"), "Delta Centre": ("ORG", "Delta")}


def _pairs(text: str, lang: str, learned: bool = False) -> set:
    found = rule_tuples(text, lang, NAMES, learned=learned)
    return {tuple(sorted(t[1])) for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Delta Centre a été fondé en 2001 à l'initiative de Norland et de Sudland."),
    ("en", "The Delta Centre was founded in 2001 on the initiative of Norland and Sudland."),
    ("es", "El Delta Centre se fundó en 2001 por iniciativa de Norland y de Sudland."),
])
def test_states_on_whose_initiative_a_body_was_founded_are_partners(lang, text, learned):
    assert ("nor", "sud") in _pairs(text, lang, learned)


@pytest.mark.parametrize("lang, text", [
    ("es", "La red nació en 2010 por iniciativa de la Harbour Police, la Coast Authority y la River Agency."),
    ("fr", "Le réseau est né en 2010 à l'initiative de la Harbour Police, de la Coast Authority et de la River Agency."),
])
def test_a_list_of_three_gives_every_pair(lang, text):
    assert _pairs(text, lang) >= {("coast", "harbour"), ("coast", "river"), ("harbour", "river")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Créé en 2001 à l'initiative de Norland, le Delta Centre forme des pilotes."),
    ("en", "Set up in 2001 on the initiative of Norland, the Delta Centre trains pilots."),
    ("es", "Creado en 2001 por iniciativa de Norland, el Delta Centre forma pilotos."),
])
def test_one_body_and_the_subject_after_the_comma_are_no_pair(lang, text):
    assert ("delta", "nor") not in _pairs(text, lang)
