"""The bodies that made the operation itself lead it where the wording ties the making to its name
(made-up sentences, three languages): a participle of making apposed to the operation before its
agent (`ORIOLE, the field exercise developed by A`), a list right before a verb of founding whose
object is the operation (`A and B set up the ORIOLE project`); a body that made a thing the
operation only uses does not (`test_facts_op_creation`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Dunmore Agency": ("ORG", "Dunmore Agency"), "Agencia Dunmore": ("ORG", "Dunmore Agency"),
         "Agence Dunmore": ("ORG", "Dunmore Agency"), "Pellin Institute": ("ORG", "Pellin Institute"),
         "Instituto Pellin": ("ORG", "Pellin Institute"), "Institut Pellin": ("ORG", "Pellin Institute"),
         "ORIOLE": ("OPERATION", "ORIOLE")}


def _leads(text: str, lang: str) -> set:
    return {t[3] for t in rule_tuples(text, lang, NAMES) if t[:3] == ("OPERATION", "oriole", "lead")}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Most courses draw on ORIOLE (Open Response Incident Exercise), the field exercise developed by the Dunmore Agency.",
     {"dunmore agency"}),
    ("en", "Teams train in ORIOLE, a yearly drill sponsored by the Dunmore Agency and the Pellin Institute.",
     {"dunmore agency", "pellin institute"}),
    ("en", "The city joined the ORIOLE network, pioneered by the Pellin Institute in 2011.", {"pellin institute"}),
    ("es", "Los equipos usan el ORIOLE, desarrollado por la Agencia Dunmore y el Instituto Pellin.",
     {"dunmore agency", "pellin institute"}),
    ("fr", "Les équipes suivent le programme ORIOLE, développé par l'Agence Dunmore.", {"dunmore agency"}),
])
def test_an_apposed_participle_of_making_names_the_lead(lang, text, expected):
    assert _leads(text, lang) >= expected


@pytest.mark.parametrize("lang, text", [
    # the participle belongs to another thing, in the operation's clause or its own
    ("en", "ORIOLE relies on a register developed by the Dunmore Agency."),
    ("en", "ORIOLE, which trains pilots, relies on a register developed by the Dunmore Agency."),
    ("es", "El ORIOLE emplea un registro desarrollado por la Agencia Dunmore."),
    ("fr", "ORIOLE s'appuie sur un registre développé par l'Agence Dunmore."),
])
def test_a_participle_of_another_thing_names_no_lead(lang, text):
    assert "dunmore agency" not in _leads(text, lang)


def test_the_subjects_of_founding_the_operation_lead_it():
    text = "In 2003 the Dunmore Agency and the Pellin Institute set up the ORIOLE project to watch the coast."
    assert _leads(text, "en") >= {"dunmore agency", "pellin institute"}


@pytest.mark.parametrize("text", [
    "The Dunmore Agency set up a hotline for ORIOLE.",           # the object is another thing
    "The Dunmore Agency set up, with partners, the ORIOLE project.",  # not right after the verb
])
def test_founding_another_thing_names_no_lead(text):
    assert "dunmore agency" not in _leads(text, "en")


@pytest.mark.parametrize("lang, text", [
    ("es", "En 2010 pusimos en marcha el ORIOLE en la costa norte."),
    ("fr", "En 2010 nous avons mis en place le programme ORIOLE sur la côte nord."),
])
def test_the_publisher_that_set_up_the_operation_leads_it(lang, text):
    leads = {t[3] for t in rule_tuples(text, lang, NAMES, publisher="Harbour Authority")
             if t[:3] == ("OPERATION", "oriole", "lead")}
    assert "harbour authority" in leads, leads
