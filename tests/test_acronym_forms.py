"""The plural of an acronym is the same body, its norm the singular; `Name (Other Name, ACR)`
gives two more mentions of the body the name before the parenthesis names. Made-up sentences,
rule-only pipeline."""

from mention_helpers import found


def orgs(extractor, text, lang="en"):
    return found(extractor, text, lang, "ORG")


def test_a_plural_acronym_defined_takes_the_singular(extractor):
    got = orgs(extractor, "It joins Regional Liaison Offices (RLOs), small cells of officers. "
                          "Several RLOs share one analyst.")
    assert ("Regional Liaison Offices", "RLO") in got
    assert got.count(("RLOs", "RLO")) == 2
    got = orgs(extractor, "It joins Regional Liaison Offices (RLOs), small cells. The fund pays RLO posts.")
    assert ("RLO", "RLO") in got


def test_the_plural_of_a_defined_acronym_is_the_body(extractor):
    got = orgs(extractor, "The Joint Customs Unit (JCU) of Chile trains staff of other JCUs in the region.")
    assert ("JCUs", "JCU") in got
    got = orgs(extractor, "La Unidad de Análisis Fiscal (UAF) de Chile coopera con otras UAFs.", "es")
    assert ("UAFs", "UAF") in got


def test_a_plural_of_an_undefined_word_is_nothing(extractor):
    got = orgs(extractor, "Several CEOs and MPs attended a meeting of the Zembla Trade Agency.")
    assert not any(text in ("CEOs", "MPs") for text, _ in got)
    assert any(text == "Zembla Trade Agency" for text, _ in got)


def test_a_name_and_its_acronym_in_one_parenthesis(extractor):
    got = orgs(extractor, "Trabajamos con la Agencia Europea de Datos Marinos "
                          "(Sea Data for Europe, SD4E), y SD4E publicó el informe.", "es")
    assert ("Sea Data for Europe", "SD4E") in got and got.count(("SD4E", "SD4E")) == 2
    assert ("Agencia Europea de Datos Marinos", "SD4E") in got
    got = orgs(extractor, "We work with the European Marine Data Agency (Sea Data for Europe, SD4E).")
    assert ("Sea Data for Europe", "SD4E") in got and ("European Marine Data Agency", "SD4E") in got


def test_a_parenthesis_that_spells_neither_name_is_no_pair(extractor):
    got = orgs(extractor, "Data came from the Office of the Auditor (Phase One, XQZ) last year.")
    assert not any(text in ("Phase One", "XQZ") for text, _ in got)
    assert any(text == "Office of the Auditor" for text, _ in got)


def test_a_capitalised_word_before_the_plural_name_is_no_part_of_it(extractor):
    """`The Regional Crime Units (RCUs)` at a sentence's start: the name is the words the letters
    spell, not the `The` before them."""
    got = orgs(extractor, "The Regional Crime Units (RCUs) meet every month. Each RCU reports to the ministry.")
    assert ("Regional Crime Units", "RCU") in got and ("RCUs", "RCU") in got and ("RCU", "RCU") in got
