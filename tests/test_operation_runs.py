"""How far an operation's run of sentences goes: a paragraph about something else pauses it, and
only words that refer back to the operation resume it."""

from __future__ import annotations

import pytest

from facts_helpers import operation_tuples


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'opération Sirius a été menée par INTERPOL en mars 2022.\n\nLe trafic de cocaïne finance depuis "
           "longtemps des groupes armés dans plusieurs pays.\n\nLa conférence des donateurs, organisée par la "
           "Commission européenne, a permis de réunir 7 milliards d'euros."),
    ("en", "Operation Sirius was led by INTERPOL in March 2022.\n\nCocaine trafficking has long financed armed "
           "groups in several countries.\n\nThe donors' conference, organised by the European Commission, "
           "resulted in pledges of 7 billion euros."),
])
def test_results_after_a_paragraph_about_something_else_are_not_the_operations(fast, lang, text):
    found = operation_tuples(fast, text, lang)
    assert ("sirius", "lead", "interpol") in found
    assert not any(t[1] in ("result", "lead") and t[2] != "interpol" for t in found)


def test_a_word_for_a_campaign_that_names_a_new_one_does_not_resume_the_run(fast):
    text = ("La Policía Nacional coordina la operación Pandora.\n\nEl tráfico de bienes culturales financia a grupos "
            "armados en varias regiones.\n\nEn México, la Secretaría de Cultura trabaja con la Fiscalía General de "
            "la República (FGR). Con la campaña #MiPatrimonio, lanzada en 2021, el Gobierno ha protestado en París.")
    found = operation_tuples(fast, text, "es")
    assert not any(t[0] == "pandora" and t[1] in ("partner", "date", "location") for t in found)
