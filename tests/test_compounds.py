"""Compound acronyms (`resolve/compounds.py`): a known body's acronym joined by a hyphen or a slash
to a part that names no body is one name; and a name that goes on over its purpose. Runs the shipped patterns on the rule-only pipeline."""

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


@pytest.mark.parametrize("lang, text, expected", [
    # a slash joins a known body to an office of it, with the office's seat after it
    ("es", "La REDLAC/UNICEF Lima publicó el informe.", [("ORG", "REDLAC/UNICEF Lima", "REDLAC/UNICEF Lima")]),
    ("fr", "le BRAC/UNESCO Dakar a signé", [("ORG", "BRAC/UNESCO Dakar", "BRAC/UNESCO Dakar")]),
    ("en", "the ROCA/UNODC office trains", [("ORG", "ROCA/UNODC", "ROCA/UNODC")]),
    # two known bodies joined by a slash stay two
    ("en", "the IMO/ILO working group", [("ORG", "IMO", "IMO"), ("ORG", "ILO", "ILO")]),
])
def test_a_slash_compound_is_one_name(extractor, lang, text, expected):
    assert names(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "La Oficina de Acceso a la Justicia Ambiental firmó.", [("ORG", "Oficina de Acceso a la Justicia Ambiental", "Oficina de Acceso a la Justicia Ambiental")]),
    ("es", "el Centro de Apoyo al Emprendimiento Rural", [("ORG", "Centro de Apoyo al Emprendimiento Rural", "Centro de Apoyo al Emprendimiento Rural")]),
    ("fr", "le Centre de Formation à la Gestion Locale", [("ORG", "Centre de Formation à la Gestion Locale", "Centre de Formation à la Gestion Locale")]),
])
def test_a_name_goes_on_over_its_purpose(extractor, lang, text, expected):
    assert names(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a body's acronym, a space, another acronym of four capitals or more: one body, its own norm
    ("en", "Among them are ASEAN FORESTA in Bogor and the UNESCO MARINEX centre.",
     [("ASEAN FORESTA", "ASEAN FORESTA"), ("UNESCO MARINEX", "UNESCO MARINEX")]),
    ("fr", "le centre ASEAN FORESTA de Bogor travaille avec l'Union africaine.",
     [("ASEAN FORESTA", "ASEAN FORESTA"), ("Union africaine", "AU")]),
    ("es", "el centro UNESCO MARINEX de Lima", [("UNESCO MARINEX", "UNESCO MARINEX")]),
    # not in a line written in capitals, nor before a roman numeral
    ("en", "WHO LAUNCHES NEW PLAN", [("WHO", "WHO")]),
    ("es", "la ASEAN XVII y la OEA", [("ASEAN", "ASEAN"), ("OEA", "OAS")]),
])
def test_a_known_acronym_and_a_spaced_acronym_are_one_body(extractor, lang, text, expected):
    assert [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "ORG"] == expected


@pytest.mark.parametrize("lang, text, name", [
    # the first acronym defined in the text (read after this stage)
    ("en", "The Forest Research Network (FORENET) met. Among its centres is FORENET BOGORA in Java.",
     "FORENET BOGORA"),
    ("fr", "Le Réseau de recherche forestière (FORENET) s'est réuni. Son centre FORENET BOGORA est à Java.",
     "FORENET BOGORA"),
    ("es", "La Red de Investigación Forestal (FORENET) se reunió. Su centro FORENET BOGORA está en Java.",
     "FORENET BOGORA"),
])
def test_a_defined_acronym_and_a_spaced_acronym_are_one_body(extractor, lang, text, name):
    assert (name, name) in [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
                            if r["label"] == "ORG"]
