"""Facts of sentences that hold an agreement and more: the signatories an agent names, and a
partnership in a clause of its own after the agreement's."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def fast():
    from partex.extractor import Extractor

    return Extractor(fast=True)


def tuples(analysis) -> set:
    from partex.facts.score import records

    return {t for fact in records(analysis.facts) for t in fact.tuples}


APPLIED = [
    ("en", "We apply the Lisbon Agreement, signed on 17 October 1990 by Spain, France and Portugal, and we "
           "work closely with Europol."),
    ("es", "Aplicamos el Acuerdo de Lisboa, firmado el 17 de octubre de 1990 por España, Francia y Portugal, y "
           "colaboramos con Europol."),
    ("fr", "Nous appliquons l'Accord de Lisbonne, signé le 17 octobre 1990 par l'Espagne, la France et le "
           "Portugal, et nous coopérons avec Europol."),
]


@pytest.mark.parametrize("lang, text", APPLIED)
def test_the_publisher_applying_an_agreement_signed_by_others_is_no_party(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
             if t[0] == "AGREEMENT"}
    pairs = {t[1] for t in found}
    assert {("esp", "fra"), ("esp", "prt"), ("fra", "prt")} <= pairs
    assert not any("interpol" in p or "europol" in p for p in pairs)


@pytest.mark.parametrize("lang, text", APPLIED)
def test_a_partnership_in_a_clause_after_an_agreement_is_stated_too(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("europol", "interpol")) in found
    # the signatories are no partners of the clause after theirs
    assert not any(t[0] == "PARTNERSHIP" and "esp" in t[1] for t in found)
    # without a clause break, the sentence states the agreement alone
    joined = text.replace(", and we work closely with", " closely with").replace(", y colaboramos con", " con") \
        .replace(", et nous coopérons avec", " avec")
    found = tuples(fast.analyse(joined, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("PARTNERSHIP", ("europol", "interpol")) not in found
