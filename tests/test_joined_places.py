"""Places joined by a hyphen and listed together where a word for a crossing or a route stands
near (routes, border crossings) are mentions of their own; a place whose own name holds a hyphen
keeps it, as do chains listed with no such word. Rule-only pipeline, made-up sentences."""

import pytest

from partex.mention import Mention
from partex.resolve.joined_places import _split


def places(fast, text, lang):
    return [r["text"] for r in fast.extract(text, doc_id="t", lang=lang) if r["label"] == "LOCATION"]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Los pasos fronterizos están situados en Villorba-Montesur y en Castro Nerio-Aldealta.",
     ["Villorba", "Montesur", "Castro Nerio", "Aldealta"]),
    ("fr", "Les postes frontières sont installés à Kessou-Dranko et à Vellan-Orbise depuis 2019.",
     ["Kessou", "Dranko", "Vellan", "Orbise"]),
    ("es", "La frontera se cruza por dos pasos.\nLos centros están situados en Villorba-Montesur y en Castro "
           "Nerio-Aldealta.", ["Villorba", "Montesur", "Castro Nerio", "Aldealta"]),
    # three chains listed together, no word for a crossing
    ("en", "The centres stand in Villorba-Montesur, Castro Nerio-Aldealta and Torrelar-Vadera.",
     ["Villorba", "Montesur", "Castro Nerio", "Aldealta", "Torrelar", "Vadera"]),
])
def test_places_joined_by_a_hyphen_near_a_crossing_are_each_a_place(fast, lang, text, expected):
    found = places(fast, text, lang)
    for place in expected:
        assert place in found, found
    assert not any("-" in p for p in found)


@pytest.mark.parametrize("lang, text, whole", [
    # no word for a crossing or a route: two towns' own names
    ("fr", "Les bureaux sont installés à Kessou-Dranko et à Vellan-Orbise depuis 2019.",
     ["Kessou-Dranko", "Vellan-Orbise"]),
    # a word that opens a place's own name keeps it whole, beside a chain
    ("fr", "Les postes frontières sont installés à Saint-Vadieu et à Vellan-Orbise depuis 2019.", ["Saint-Vadieu"]),
    # a chain alone in its sentence may be one place's name
    ("fr", "Le poste frontière est installé à Kessou-Dranko depuis 2019.", ["Kessou-Dranko"]),
])
def test_a_hyphen_inside_one_place_name_stays(fast, lang, text, whole):
    found = places(fast, text, lang)
    for place in whole:
        assert place in found, found


@pytest.mark.parametrize("name, small, parts", [
    ("Kessou-Dranko", frozenset(), 2),
    ("Castro Nerio-Aldealta", frozenset(), 2),
    # a small word in lower case, a part of two letters, a part in capitals (an acronym)
    ("Port-au-Vadieu", frozenset({"au"}), None),
    ("Sharm El-Vadieh", frozenset(), None),
    ("ZKA-Mid", frozenset(), None),
])
def test_which_chains_are_places_joined(name, small, parts):
    spans = _split(name, Mention(0, len(name), "LOCATION", "", "test"), set(), small, set())
    assert (None if spans is None else len(spans)) == parts
