"""Partners named after a colon that details a long noun phrase right after the cue (`nous travaillons
avec les services nationaux de protection civile des îles de la région : A, B et C`, `we work with the
national civil protection services of the island states of the region: A, B and C`; structure.py
`_noun_detailed`): the bodies after the colon are the cue's others however far the colon stands
from the cue, so the first person (the publisher) works with each of them."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"), "River Agency": ("ORG", "River")}
PUBLISHER = "Delta"
WITH_US = {("delta", "harbour"), ("delta", "coast"), ("delta", "river")}


def _pairs(text: str, lang: str, learned: bool = False) -> set:
    found = rule_tuples(text, lang, NAMES, PUBLISHER, learned=learned)
    return {tuple(sorted(t[1])) for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous travaillons étroitement avec les services nationaux de protection civile et de secours des îles "
           "de la région : la Harbour Police, la Coast Authority et la River Agency."),
    ("en", "We cooperate closely with the national civil protection and emergency services of the island states "
           "of the region: the Harbour Police, the Coast Authority and the River Agency."),
    ("es", "Colaboramos con los servicios nacionales de protección civil y de emergencias de los Estados insulares "
           "de la región: la Harbour Police, la Coast Authority y la River Agency."),
])
@pytest.mark.parametrize("learned", [False, True])
def test_the_bodies_after_the_colon_are_the_partners_of_the_first_person(lang, text, learned):
    pairs = _pairs(text, lang, learned)
    assert {tuple(sorted(p)) for p in WITH_US} <= pairs
    if not learned:  # the partners listed are no pair of their own
        assert not {("coast", "harbour"), ("coast", "river"), ("harbour", "river")} & pairs


@pytest.mark.parametrize("lang, text", [
    # a comma before the colon: the colon's list belongs to a clause of its own, not to the cue's object
    ("en", "We cooperate closely with the national civil protection services of the island states, and the "
           "region now counts three coordinated rescue agencies: the Harbour Police, the Coast Authority and the "
           "River Agency."),
])
def test_no_partners_past_a_comma_before_the_colon(lang, text):
    assert not {tuple(sorted(p)) for p in WITH_US} & _pairs(text, lang)
