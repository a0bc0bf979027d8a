"""A body that a sentence framing an operation (`As part of X, …`) names as the object of a verb
saying no cooperation (class `hostile_verb`: criticised, condamne, acusó) is not the operation's
partner: `operation_framed` keeps the bodies that act within it, not the ones they oppose."""

from __future__ import annotations

import pytest

from facts_helpers import operation_values, rule_tuples

NAMES = {
    "Green Harbour": ("OPERATION", "Green Harbour"),
    "Oxfam": ("ORG", "Oxfam"),
    "UNICEF": ("ORG", "UNICEF"),
    "UNESCO": ("ORG", "UNESCO"),
}


@pytest.mark.parametrize("lang, text", [
    ("en", "As part of the Green Harbour programme, Oxfam strongly criticised UNESCO for the delays."),
    ("en", "Within the framework of the Green Harbour project, Oxfam has accused UNESCO of waste."),
    ("fr", "Dans le cadre du programme Green Harbour, Oxfam a vivement critiqué l'UNESCO pour les retards."),
    ("fr", "Au titre du projet Green Harbour, Oxfam accuse l'UNESCO de gaspillage."),
    ("es", "En el marco del programa Green Harbour, Oxfam criticó duramente a la UNESCO por los retrasos."),
    ("es", "Como parte del proyecto Green Harbour, Oxfam acusó a la UNESCO de derroche."),
])
def test_the_object_of_a_hostile_verb_is_no_partner(lang, text):
    partners = operation_values(rule_tuples(text, lang, NAMES), "partner")
    assert "unesco" not in {p.casefold() for p in partners}, partners


@pytest.mark.parametrize("lang, text", [
    ("en", "As part of the Green Harbour programme, Oxfam criticised the delays and UNICEF trains UNESCO staff."),
    ("fr", "Dans le cadre du programme Green Harbour, Oxfam a critiqué les retards et l'UNICEF forme le personnel de "
           "l'UNESCO."),
    ("es", "En el marco del programa Green Harbour, Oxfam criticó los retrasos y UNICEF capacita al personal de la "
           "UNESCO."),
])
def test_a_hostile_verb_reaches_only_its_object(lang, text):
    partners = {p.casefold() for p in operation_values(rule_tuples(text, lang, NAMES), "partner")}
    assert {"unicef", "unesco"} <= partners, partners


@pytest.mark.parametrize("lang, text", [
    ("en", "As part of the Green Harbour programme, Oxfam supports UNESCO in the ports."),
    ("fr", "Dans le cadre du programme Green Harbour, Oxfam appuie l'UNESCO dans les ports."),
    ("es", "En el marco del programa Green Harbour, Oxfam apoya a la UNESCO en los puertos."),
])
def test_the_object_of_a_verb_of_support_stays_a_partner(lang, text):
    partners = {p.casefold() for p in operation_values(rule_tuples(text, lang, NAMES), "partner")}
    assert {"oxfam", "unesco"} <= partners, partners


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: `critique` is also a noun and an adjective, `demandó` also asked for
    ("fr", "Dans le cadre du programme Green Harbour, Oxfam a réalisé une évaluation critique de l'UNESCO."),
    ("es", "En el marco del programa Green Harbour, Oxfam demandó el apoyo de la UNESCO."),
])
def test_words_that_also_say_no_hostility_leave_the_partner(lang, text):
    partners = {p.casefold() for p in operation_values(rule_tuples(text, lang, NAMES), "partner")}
    assert "unesco" in partners, partners
