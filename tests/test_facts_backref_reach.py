"""A generic back-reference (`This cooperation …`, `Ces efforts …`) reaches the fact of its own
paragraph or of the paragraph just before, not one stated paragraphs earlier (facts/reach.py);
one naming the fact (`La coopération FRANZ`-like: a mention right after the words) still does."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_NAMES = {"RAA": ("ORG", "RAA"), "FAO": ("ORG", "FAO"), "OMM": ("ORG", "OMM"), "WMO": ("ORG", "WMO"),
          "Lima Charter": ("INSTRUMENT", "Lima Charter"), "Charte de Lima": ("INSTRUMENT", "Lima Charter"),
          "Carta de Lima": ("INSTRUMENT", "Lima Charter"), "Kappa": ("INSTRUMENT", "Kappa Accord")}

_TEXTS = {
    "en": ("The RAA works with the FAO on seed banks.",
           "The seed banks hold samples of maize and quinoa.",
           "Farmers visit the banks each spring to borrow seeds.",
           "This cooperation rests on the Lima Charter."),
    "fr": ("Le RAA travaille avec la FAO sur les banques de semences.",
           "Les banques conservent des échantillons de maïs et de quinoa.",
           "Les agriculteurs y empruntent des semences chaque printemps.",
           "Cette coopération s'appuie sur la Charte de Lima."),
    "es": ("El RAA trabaja con la FAO en los bancos de semillas.",
           "Los bancos conservan muestras de maíz y de quinua.",
           "Los agricultores piden semillas prestadas cada primavera.",
           "Esta cooperación se apoya en la Carta de Lima."),
}


def _run(lang: str, paragraphs: list[str]) -> set:
    text = "\n".join(paragraphs)
    blocks, start = [], 0
    for p in paragraphs:
        blocks.append((start, start + len(p), False))
        start += len(p) + 1
    return rule_tuples(text, lang, _NAMES, blocks=blocks)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_generic_back_reference_paragraphs_later_adds_no_framework(lang):
    found = _run(lang, list(_TEXTS[lang]))
    assert ("PARTNERSHIP", ("fao", "raa")) in found, found
    assert ("PARTNERSHIP", ("fao", "raa"), "framework", "lima charter") not in found, found


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_generic_back_reference_in_the_next_paragraph_adds_its_framework(lang):
    first, _, _, last = _TEXTS[lang]
    found = _run(lang, [first, last])
    assert ("PARTNERSHIP", ("fao", "raa"), "framework", "lima charter") in found, found


@pytest.mark.parametrize("lang, last", [
    ("en", "This cooperation Kappa rests on the Lima Charter."),
    ("fr", "La coopération Kappa s'appuie sur la Charte de Lima."),
    ("es", "La cooperación Kappa se apoya en la Carta de Lima."),
])
def test_a_back_reference_naming_the_fact_reaches_further(lang, last):
    found = _run(lang, list(_TEXTS[lang][:3]) + [last])
    assert any(t[:3] == ("PARTNERSHIP", ("fao", "raa"), "framework") for t in found), found
