"""Where the words of an initiative name no joint act (initiatives.py): a body after the comma that
closes an aside (`A, set up on the initiative of B, and C, founded by D`) is no co-initiator, and
bodies each on its own initiative (`respectively`) acted apart. A phrase of initiative that opens
the sentence, or one whose subject is an event noun, still names the bodies that acted together."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River"),
         "Norland": ("COUNTRY", "NOR"), "Sudland": ("COUNTRY", "SUD"), "Delta Centre": ("ORG", "Delta")}


def _pairs(text: str, lang: str, learned: bool = False) -> set:
    found = rule_tuples(text, lang, NAMES, learned=learned)
    return {tuple(sorted(t[1])) for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Delta Centre, opened on the initiative of Norland, and the River Agency, created by Sudland, "
           "share a dock."),
    ("fr", "Le Delta Centre, ouvert à l'initiative de Norland, et la River Agency, créée par Sudland, "
           "partagent un quai."),
    ("es", "El Delta Centre, abierto por iniciativa de Norland, y la River Agency, creada por Sudland, "
           "comparten un muelle."),
])
def test_a_body_past_the_comma_that_closes_an_aside_is_no_co_initiator(lang, text):
    assert ("nor", "river") not in _pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Two schools opened in 1998 and 2004, on the initiative of Norland and Sudland respectively."),
    ("fr", "Deux écoles ont ouvert à l'initiative de Norland et de Sudland, respectivement en 1998 et 2004."),
    ("es", "Dos escuelas abrieron por iniciativa de Norland y de Sudland respectivamente, en 1998 y 2004."),
])
def test_bodies_each_on_its_own_initiative_are_no_pair(lang, text):
    assert ("nor", "sud") not in _pairs(text, lang)


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "At the initiative of Norland and Sudland, the Delta Centre opened its doors in 2005."),
    ("en", "In 2005, on the initiative of Norland and Sudland, the Delta Centre opened a school."),
    ("fr", "À l'initiative de Norland et de Sudland, le Delta Centre a ouvert ses portes en 2005."),
    ("es", "Por iniciativa de Norland y de Sudland, el Delta Centre abrió sus puertas en 2005."),
])
def test_a_phrase_of_initiative_opening_the_sentence_names_a_pair(lang, text, learned):
    assert ("nor", "sud") in _pairs(text, lang, learned)


@pytest.mark.parametrize("lang, text", [
    ("en", "The meeting was held at the initiative of Norland and the Coast Authority."),
    ("fr", "La conférence s'est tenue à l'initiative de Norland et de la Coast Authority."),
    ("es", "La conferencia se celebró por iniciativa de Norland y de la Coast Authority."),
])
def test_an_event_held_at_the_initiative_of_two_bodies_names_them_as_partners(lang, text):
    assert ("coast", "nor") in _pairs(text, lang)
