"""The bodies listed as the agents of a founding or organising word (`founders.founding_bodies`):
partners two by two, unless named as alternatives."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

O = "ORG"


def _p(a, b):
    return ("PARTNERSHIP", tuple(sorted((a.casefold(), b.casefold()))))


def _pairs(found):
    return {t for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le Forum Zed, créé en 2011 par l'Agence Kilo et l'Office Lima, se réunit chaque année.",
     {"Agence Kilo": (O, "AK"), "Office Lima": (O, "OL"), "Forum Zed": (O, "FZ")}),
    ("en", "The Zed Forum, established in 2011 by the Kilo Agency and the Lima Office, meets every year.",
     {"Kilo Agency": (O, "AK"), "Lima Office": (O, "OL"), "Zed Forum": (O, "FZ")}),
    ("es", "El Foro Zed, creado en 2011 por la Agencia Kilo y la Oficina Lima, se reúne cada año.",
     {"Agencia Kilo": (O, "AK"), "Oficina Lima": (O, "OL"), "Foro Zed": (O, "FZ")}),
])
def test_bodies_that_founded_one_body_are_partners(lang, text, names):
    assert _p("AK", "OL") in _pairs(rule_tuples(text, lang, names))


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "La réunion Zed, organisée chaque année par l'Agence Kilo ou l'Office Lima, aura lieu en mai.",
     {"Agence Kilo": (O, "AK"), "Office Lima": (O, "OL")}),
    ("en", "The Zed meeting, organised each year by the Kilo Agency or the Lima Office, takes place in May.",
     {"Kilo Agency": (O, "AK"), "Lima Office": (O, "OL")}),
    ("es", "La reunión Zed, organizada cada año por la Agencia Kilo o la Oficina Lima, tendrá lugar en mayo.",
     {"Agencia Kilo": (O, "AK"), "Oficina Lima": (O, "OL")}),
])
def test_organisers_named_as_alternatives_are_no_partners(lang, text, names):
    assert _p("AK", "OL") not in _pairs(rule_tuples(text, lang, names))
