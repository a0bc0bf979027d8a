"""Two clauses of one sentence, each with its own subject (facts19, issue 11).

A cue's partners stop at a clause break where the list after it is the subject of a later cue
in its own clause (`A et B soutiennent le programme, et nous travaillons avec C`: we work with C,
A and B do not). And the clauses of an operation's sentence that hold none of the operation's
values state their own partnership (`Nous travaillons avec C …, et nous menons l'opération X`).
Made-up sentences (no development text)."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, rule_tuples

_NAMES = {
    "FAO": ("ORG", "FAO"), "PAM": ("ORG", "WFP"), "WFP": ("ORG", "WFP"), "PMA": ("ORG", "WFP"),
    "UNICEF": ("ORG", "UNICEF"), "Banque mondiale": ("ORG", "World Bank"), "World Bank": ("ORG", "World Bank"),
    "Banco Mundial": ("ORG", "World Bank"), "Sahel Shield": ("OPERATION", "Sahel Shield"),
    "Niger": ("COUNTRY", "NER"),
}


def _pairs(found: set) -> set:
    return {t[1] for t in found if t[0] == "PARTNERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La FAO et le PAM soutiennent le programme, et nous travaillons avec l'UNICEF sur la nutrition."),
    ("en", "FAO and WFP support the programme, and we work with UNICEF on nutrition."),
    ("es", "La FAO y el PMA apoyan el programa, y nosotros trabajamos con el UNICEF en la nutrición."),
])
def test_the_next_clause_subject_is_no_partner_of_the_first_cue(lang, text):
    pairs = _pairs(rule_tuples(text, lang, _NAMES, publisher="ILO"))
    assert ("ilo", "unicef") in pairs
    assert ("fao", "unicef") not in pairs and ("unicef", "wfp") not in pairs
    assert ("fao", "ilo") not in pairs


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous travaillons avec la Banque mondiale sur la sécurité alimentaire, et nous menons l'opération "
           "Sahel Shield au Niger."),
    ("en", "We work with the World Bank on food security, and we run Operation Sahel Shield in Niger."),
    ("es", "Trabajamos con el Banco Mundial en la seguridad alimentaria, y dirigimos la operación Sahel Shield "
           "en Niger."),
])
def test_a_free_clause_of_an_operation_sentence_states_its_partnership(lang, text):
    found = rule_tuples(text, lang, _NAMES, publisher="ILO", learned=True)
    assert any(t[0] == "OPERATION" for t in found)  # the sentence is the operation's too
    assert ("ilo", "world bank") in _pairs(found)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La FAO et le PAM comptent avec des équipes propres, et la FAO mène l'opération Sahel Shield au Niger."),
    ("es", "La FAO y el PMA cuentan con equipos propios, y la FAO dirige la operación Sahel Shield en Niger."),
    ("en", "Operation Sahel Shield: FAO, WFP and UNICEF in Niger."),
])
def test_an_operation_sentence_gives_no_pair_of_one_list(lang, text):
    found = rule_tuples(text, lang, _NAMES, learned=True)
    assert not _pairs(found) & {("fao", "wfp"), ("fao", "unicef"), ("unicef", "wfp")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La FAO mène l'opération Sahel Shield au Niger, et le PAM travaille avec l'UNICEF pendant l'opération."),
    ("en", "FAO runs Operation Sahel Shield in Niger, and WFP works with UNICEF throughout the operation."),
    ("es", "La FAO dirige la operación Sahel Shield en Niger, y el PMA trabaja con el UNICEF durante la operación."),
])
def test_a_clause_naming_the_operation_back_is_not_free(lang, text):
    """`… throughout the operation`: the clause speaks of the operation (class operation_reference)."""
    found = rule_tuples(text, lang, _NAMES, learned=True)
    assert ("unicef", "wfp") not in _pairs(found)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La FAO mène l'opération Sahel Shield au Niger, et le PAM travaille avec l'UNICEF sur le projet de cantines."),
    ("en", "FAO runs Operation Sahel Shield in Niger, and WFP works with UNICEF on the project of school meals."),
])
def test_words_naming_another_project_leave_the_clause_free(lang, text):
    """`le projet de cantines`: a project of its own, not the operation named back."""
    found = rule_tuples(text, lang, _NAMES, learned=True)
    assert ("unicef", "wfp") in _pairs(found)
