"""Compound acronyms (`resolve/compounds.py`): a known body's acronym joined by a hyphen to a part
that names no body is one name. Runs the shipped patterns on the rule-only pipeline."""

import pytest


def names(extractor, text, lang):
    return [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "OPERATION")]


@pytest.mark.parametrize("lang, text, expected", [
    # the known acronym inside is not the name
    ("es", "La SG-SICA ejecuta la Estrategia.", [("ORG", "SG-SICA", "SG-SICA")]),
    ("en", "the AU-IBAR trains veterinarians", [("ORG", "AU-IBAR", "AU-IBAR")]),
    ("fr", "le BR-UEMOA siège à Ouagadougou", [("ORG", "BR-UEMOA", "BR-UEMOA")]),
    # labelled from the noun of its apposition
    ("en", "Through ASEAN-Australia Counter Trafficking (ASEAN-ACT), a long-term program, we work.",
     [("ORG", "ASEAN", "ASEAN"), ("OPERATION", "ASEAN-ACT", "ASEAN-ACT")]),
    # two known bodies joined stay two
    ("fr", "le Cadre commun ONU-UA", [("ORG", "ONU", "UN"), ("ORG", "UA", "AU")]),
    # a compound the gazetteer holds whole keeps its id
    ("en", "the MAOC-N in Lisbon", [("ORG", "MAOC-N", "MAOC-N")]),
])
def test_a_compound_acronym_is_one_name(extractor, lang, text, expected):
    assert names(extractor, text, lang) == expected
