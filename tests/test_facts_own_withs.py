"""Two bodies that each follow a `with` word of their own are partners of the body that works with
them, not of one another (FACTS.md, pairs): `X coordinates with A and with B` gives X–A and X–B,
never A–B (own_withs.py, a guard of the pair candidates)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_document, rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast"),
         "River Agency": ("ORG", "River")}


@pytest.mark.parametrize("lang, text", [
    ("es", "La Harbour Police coordina además su labor con la Coast Authority en la costa y con la River "
           "Agency, que apoya proyectos productivos."),
    ("fr", "La Harbour Police coordonne aussi son travail avec la Coast Authority sur la côte et avec la "
           "River Agency, qui appuie des projets locaux."),
])
def test_bodies_each_after_their_own_with_are_not_paired(lang, text):
    pairs = {t[1] for t in rule_tuples(text, lang, NAMES, learned=True) if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert ("coast", "river") not in pairs
    assert {("coast", "harbour"), ("harbour", "river")} <= pairs


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Harbour Police coordinates its patrols with the Coast Authority and with the River Agency.",
     {("Coast", "River")}),
    ("fr", "Avec la Coast Authority et avec la River Agency, la Harbour Police échange des données.",
     {("Coast", "River")}),
    # one `with` only: its list is `_with_lists`' business, and the subjects are no pair of this kind
    ("en", "The Harbour Police and the Coast Authority work with the River Agency.", set()),
    # the second `with` opens a relative clause about the first body: its own partner
    ("en", "The Harbour Police works with the Coast Authority, which cooperates closely with the River Agency.",
     set()),
    ("es", "La Harbour Police trabaja con la Coast Authority, que coopera estrechamente con la River Agency.",
     set()),
])
def test_own_withs_names_the_pairs_of_two_with_phrases(lang, text, expected):
    from partex.facts.own_withs import own_withs

    doc, _ = rule_document(text, lang, NAMES)
    s = doc.sentences[0]
    assert own_withs(doc, s, doc.actors(s)) == expected
