"""Bodies listed after `with` are partners of the body before it, not of one another; the bodies
of a list right before such a `with` are not partners of one another either (FACTS.md, "Pairs");
with the shipped pair model, given mentions, made-up sentences."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {
    "Alpha Agency": ("ORG", "AA"), "Bravo Board": ("ORG", "BB"), "Charlie Council": ("ORG", "CC"),
    "Delta Directorate": ("ORG", "DD"), "Echo Office": ("ORG", "EO"), "Foxtrot Fund": ("ORG", "FF"),
}


def _pairs(text: str, lang: str) -> set[tuple]:
    return {t[1] for t in rule_tuples(text, lang, NAMES, publisher="DD", learned=True) if t[0] == "PARTNERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous travaillons avec les sociétés nationales de secours et de protection civile de toute la région "
           "de l'océan : l'Alpha Agency, le Bravo Board et le Charlie Council."),
    ("en", "We work with the national relief and civil protection societies of the whole ocean region and beyond "
           "it: the Alpha Agency, the Bravo Board and the Charlie Council."),
    ("es", "Trabajamos con las sociedades nacionales de socorro y de protección civil de toda la región del océano "
           "y de su entorno: la Alpha Agency, el Bravo Board y el Charlie Council."),
])
def test_the_bodies_a_colon_lists_far_after_with_are_no_partners_of_one_another(lang, text):
    found = _pairs(text, lang)
    assert not {("aa", "bb"), ("aa", "cc"), ("bb", "cc")} & found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Du côté nord, l'Alpha Agency, le Bravo Board et le Charlie Council y travaillent avec leurs partenaires "
           "du sud : l'Echo Office et le Foxtrot Fund."),
    ("en", "On the northern side, the Alpha Agency, the Bravo Board and the Charlie Council work there with their "
           "southern partners: the Echo Office and the Foxtrot Fund."),
    ("es", "Del lado norte, la Alpha Agency, el Bravo Board y el Charlie Council trabajan allí con sus socios del "
           "sur: la Echo Office y el Foxtrot Fund."),
])
def test_the_bodies_of_the_list_before_with_are_no_partners_of_one_another(lang, text):
    found = _pairs(text, lang)
    assert not {("aa", "bb"), ("aa", "cc"), ("bb", "cc"), ("eo", "ff")} & found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Alpha Agency works with the police forces of the region on several issues since the agreement of "
           "2019: the Bravo Board funded the training."),
    ("fr", "L'Alpha Agency travaille avec les forces de police de la région sur plusieurs questions depuis l'accord "
           "de 2019 : le Bravo Board a financé la formation."),
    ("es", "La Alpha Agency trabaja con las fuerzas policiales de la región en varios temas desde el acuerdo de "
           "2019: el Bravo Board financió la formación."),
])
def test_a_body_after_a_colon_that_opens_a_clause_of_its_own_is_no_other_of_the_cue(lang, text):
    found = _pairs(text, lang)
    assert ("aa", "bb") not in found, found
