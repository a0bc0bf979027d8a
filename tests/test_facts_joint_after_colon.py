"""The doers of a joint act whose subject only counts them, named in a list after a colon that closes
the sentence (`trois pays mettent en commun leurs avions : A, B et C`, `three agencies pool their
aircraft: A, B and C`, `tres servicios se reparten la vigilancia: A, B y C`; cosubjects.py): every two
of them are partners, stated as they are (`rule:joint`), whatever the learned model reads."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River"),
         "Delta Fund": ("ORG", "Delta"),
         # the subject that counts the doers is a figure, as the value finders read it
         "trois pays": ("FIGURE", "3 pays"), "trois services": ("FIGURE", "3 service"),
         "three agencies": ("FIGURE", "3 agency"), "tres servicios": ("FIGURE", "3 servicio"),
         "Three agencies": ("FIGURE", "3 agency"), "three workshops": ("FIGURE", "3 workshop"),
         "tres países": ("FIGURE", "3 país")}
ALL = {("coast", "harbour"), ("coast", "river"), ("harbour", "river")}


def _pairs(text: str, lang: str, learned: bool = True) -> set:
    return {t[1] for t in rule_tuples(text, lang, NAMES, learned=learned) if t[0] == "PARTNERSHIP" and len(t) == 2}


def _joint_sources(text: str, lang: str) -> list[str]:
    """The sources of the partnerships the rules find in a one-sentence text."""
    from partex.facts import Ref, find_facts

    mentions = sorted(Ref(text.find(name), text.find(name) + len(name), label, norm)
                      for name, (label, norm) in NAMES.items() if name in text)
    facts, _ = find_facts(text, lang, mentions, [(0, len(text))], [], models={})
    return [f.source for f in facts if f.type == "PARTNERSHIP"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Lorsqu'un cyclone frappe, trois pays mettent en commun leurs avions, leurs navires et leurs équipes : "
           "la Harbour Police, la Coast Authority et la River Agency."),
    ("fr", "Depuis 2011, trois services se partagent la surveillance du bassin : la Harbour Police, la Coast Authority "
           "et la River Agency."),
    ("en", "When a cyclone strikes, three agencies pool their aircraft and ships: the Harbour Police, the Coast "
           "Authority and the River Agency."),
    ("es", "Desde 2011, tres servicios se reparten la vigilancia de la cuenca: la Harbour Police, la Coast Authority "
           "y la River Agency."),
])
def test_the_doers_named_after_the_colon_are_partners_two_by_two(lang, text):
    assert _pairs(text, lang) == ALL
    assert _joint_sources(text, lang) == ["rule:joint"]  # stated as a joint act: no model decides it


@pytest.mark.parametrize("lang, text", [
    # the list goes on past the colon's doers: their supporter is no doer of the joint act
    ("en", "Three agencies coordinate their patrols: the Harbour Police and the Coast Authority, with support from "
           "the River Agency."),
    # a body before the word of jointness acts with those after the colon, who are not a pair of their own
    ("en", "The Delta Fund coordinates its work with three agencies: the Harbour Police, the Coast Authority and "
           "the River Agency."),
])
def test_no_joint_doers_where_the_list_does_not_close_the_sentence_or_a_body_opens_it(lang, text):
    assert not ALL <= _pairs(text, lang, learned=False)


@pytest.mark.parametrize("lang, text", [
    # where, or among whom, a thing is shared out: no doers
    ("es", "Los fondos del programa se reparten entre tres países: la Harbour Police, la Coast Authority y la "
           "River Agency."),
    ("fr", "Les fonds du programme se répartissent entre trois pays : la Harbour Police, la Coast Authority et la "
           "River Agency."),
    ("en", "Since 2019 three workshops were organized jointly in the following places: the Harbour Police, the "
           "Coast Authority and the River Agency."),
    # no figure counts the subject: the list is not its doers
    ("es", "Las ayudas se distribuyen cada año: la Harbour Police, la Coast Authority y la River Agency."),
])
def test_no_joint_doers_where_the_list_says_where_or_no_figure_counts_the_subject(lang, text):
    assert "rule:joint" not in _joint_sources(text, lang)
