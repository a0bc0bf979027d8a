"""A sentence of an operation's run that neither names it, nor refers back to it, nor opens on a
possessive that may stand for it gives it no place and no date: the places and dates of the
background it tells (`Farmers in Lima expanded their orchards in May 2019`) are not where or
when the operation ran (FACTS.md). Its bodies still take part."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_NAMES = dict(OPERATION_NAMES, **{
    "Green Valley": ("OPERATION", "Green Valley"),
    "Valle Verde": ("OPERATION", "Green Valley"),
    "Vallée verte": ("OPERATION", "Green Valley"),
})


@pytest.mark.parametrize("lang, text", [
    ("en", "The Green Valley programme began in March 2023 in Dakar.\nFarmers in Lima expanded their orchards in May 2019."),
    ("fr", "Le programme Vallée verte a débuté en mars 2023 à Dakar.\nEn mai 2019, la pêche a repris autour de Lima et les usines ont rouvert."),
    ("es", "El programa Valle Verde comenzó en marzo de 2023 en Dakar.\nLos agricultores de Lima ampliaron sus huertos en mayo de 2019."),
])
def test_a_sentence_that_does_not_speak_of_the_operation_gives_it_no_place_or_date(lang, text):
    tuples = rule_tuples(text, lang, _NAMES)
    assert "dakar" in operation_values(tuples, "location")
    assert "lima" not in operation_values(tuples, "location")
    assert "2019-05" not in operation_values(tuples, "date")


@pytest.mark.parametrize("lang, text, op", [
    ("en", "The Green Valley programme began in March 2023 in Dakar.\nIts second phase took place in Lima in May 2019.", "green valley"),
    ("fr", "Le programme Vallée verte a débuté en mars 2023 à Dakar.\nSa deuxième phase s'est déroulée à Lima en mai 2019.", "green valley"),
    ("es", "El programa Valle Verde comenzó en marzo de 2023 en Dakar.\nSu segunda fase tuvo lugar en Lima en mayo de 2019.", "green valley"),
])
def test_a_sentence_opening_on_a_possessive_refers_back_to_the_operation(lang, text, op):
    tuples = rule_tuples(text, lang, _NAMES)
    assert ("OPERATION", op, "location", "lima") in tuples
    assert ("OPERATION", op, "date", "2019-05") in tuples
