"""A sentence opening on a list that a third-person possessive calls its partners or donors (`A y B
figuran entre sus donantes más constantes`, `A and B are among its partners`, `A et B figurent parmi ses
donateurs`; `our_partners`, class `partner_noun`): each is a partner of the body the sentence before
speaks of, not of one another. Where the mentions stage named the words that open that sentence
(`La Misión no se financia …`, the Mission's own name), they are that body, no reference back."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Delta Fund": ("ORG", "Delta"), "Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Ruritania": ("COUNTRY", "RUR"), "Ruritanie": ("COUNTRY", "RUR"),
         "Freedonia": ("COUNTRY", "FRE"), "Freedonie": ("COUNTRY", "FRE")}
OWNED = {("delta", "fre"), ("delta", "rur")}


def _pairs(text: str, lang: str, names: dict = NAMES, learned: bool = False) -> set:
    return {t[1] for t in rule_tuples(text, lang, names, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("es", "El Delta Fund apoya la paz en la región.\nRuritania y Freedonia figuran entre sus donantes más constantes."),
    ("es", "El Delta Fund apoya la paz en la región.\nRuritania y Freedonia figuran entre sus socios."),
    ("en", "The Delta Fund supports peace in the region.\nRuritania and Freedonia are among its most steady donors."),
    ("fr", "Le Delta Fund soutient la paix dans la région.\nLa Ruritanie et la Freedonie figurent parmi ses donateurs."),
])
def test_the_listed_are_partners_of_the_body_spoken_of(lang, text, learned):
    assert _pairs(text, lang, learned=learned) == OWNED


def test_an_opening_word_the_mentions_named_is_that_body():
    names = {**NAMES, "Misión": ("ORG", "Delta")}
    text = ("La Harbour Police trabaja con la Coast Authority en la frontera.\n"
            "La Misión no se financia con el presupuesto ordinario.\n"
            "Ruritania y Freedonia figuran entre sus donantes más constantes.")
    pairs = _pairs(text, "es", names)
    assert OWNED <= pairs and not {p for p in pairs if "harbour" in p and ("rur" in p or "fre" in p)}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Delta Fund's Sahel Shield project supports task forces in Dakar.\nThe project has since been extended "
           "to the Sahel.\nRuritania is among its donors, with one contribution of USD 2 million."),
    ("fr", "Le projet Sahel Shield du Delta Fund appuie des cellules à Dakar.\nLe projet a depuis été étendu au Sahel.\n"
           "La Ruritanie figure parmi ses donateurs."),
])
def test_the_donors_of_an_operation_named_back_are_no_body_s_partners(lang, text):
    names = {**NAMES, "Sahel Shield": ("OPERATION", "Sahel Shield")}
    assert not {p for p in _pairs(text, lang, names) if "rur" in p}


@pytest.mark.parametrize("lang, text", [
    # a possessive that may stand for several, after a sentence naming several: theirs, not the body's
    ("en", "The Delta Fund thanked the Harbour Police and the Coast Authority for the visit.\nRuritania and "
           "Freedonia are among their donors."),
    ("fr", "Le Delta Fund a remercié la Harbour Police et la Coast Authority de leur visite.\nLa Ruritanie et la "
           "Freedonie figurent parmi leurs donateurs."),
])
def test_a_plural_possessive_after_several_bodies_is_not_the_first_ones(lang, text):
    assert not _pairs(text, lang) & OWNED
