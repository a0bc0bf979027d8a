"""The state a border runs with is no partner (`le long de la frontière avec la Grèce`, `land border
with Russia`, `las fronteras de Chile con Bolivia`; class `border_noun`): the `with` after a border's
noun says where a thing lies, not with whom it is done. A `with` after another noun still links
(`cooperates on border security with`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "Freedonia": ("COUNTRY", "FRE"), "Freedonie": ("COUNTRY", "FRE"),
         "Ruritania": ("COUNTRY", "RUR"), "Ruritanie": ("COUNTRY", "RUR"),
         "Sylvania": ("COUNTRY", "SYL"), "Sylvanie": ("COUNTRY", "SYL")}


def _pairs(text: str, lang: str, learned: bool = False) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "The first joint patrol of the Harbour Police began in May along the land border with Ruritania."),
    ("fr", "La première patrouille conjointe de la Harbour Police a débuté en mai, le long de la frontière avec la Ruritanie."),
    ("es", "La primera patrulla conjunta de la Harbour Police comenzó en mayo a lo largo de la frontera terrestre con Ruritania."),
])
def test_the_state_across_a_border_is_no_partner(lang, text, learned):
    assert not {p for p in _pairs(text, lang, learned) if "rur" in p}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "The Harbour Police works with the Coast Authority and with the other centres set up on the borders "
           "of Freedonia with Ruritania and Sylvania."),
    ("fr", "La Harbour Police travaille avec la Coast Authority et avec les autres centres installés aux frontières "
           "de la Freedonie avec la Ruritanie et la Sylvanie."),
    ("es", "La Harbour Police trabaja con la Coast Authority y con los demás centros instalados en las fronteras "
           "de Freedonia con Ruritania y Sylvania."),
])
def test_a_partner_before_the_border_stays_and_the_states_across_it_do_not_join(lang, text, learned):
    assert _pairs(text, lang, learned) == {("coast", "harbour")}


def test_a_with_after_another_noun_still_links():
    assert ("harbour", "rur") in _pairs("The Harbour Police cooperates on border security with Ruritania.", "en")


@pytest.mark.parametrize("lang, text", [
    # a body, not a state or a place, after the `with` that follows a border: a partner
    ("en", "The Harbour Police works at the border with the Coast Authority to protect refugees."),
    ("es", "La Harbour Police trabaja en la frontera con la Coast Authority para proteger a los refugiados."),
    ("fr", "La Harbour Police travaille à la frontière avec la Coast Authority pour protéger les réfugiés."),
])
def test_a_body_after_a_borders_with_is_a_partner(lang, text):
    assert ("coast", "harbour") in _pairs(text, lang, learned=True)
