"""The publisher leads the operation it says it builds, develops or designs in the first person
(`We built the X railway`, `Nous construisons le télescope X`, `Construimos el reactor X`: class
`object_lead_verb`, first-person forms only, the operation their object); a body named building something an operation uses does not
lead it (`A developed a toolkit used by the X project`)."""

from __future__ import annotations

import pytest

from facts_helpers import operation_values, rule_tuples

NAMES = {"Blue Corridor": ("OPERATION", "Blue Corridor"), "Orvane Council": ("ORG", "Orvane Council")}


@pytest.mark.parametrize("lang, text", [
    ("en", "We built the Blue Corridor railway between 2015 and 2019."),
    ("en", "Since 2012 we have developed the Blue Corridor scheme with the ports."),
    ("fr", "Nous construisons le télescope Blue Corridor dans le désert."),
    ("fr", "Nous avons conçu le programme Blue Corridor pour les ports."),
    ("es", "Construimos el reactor Blue Corridor en la costa."),
    ("es", "Hemos desarrollado el programa Blue Corridor con los puertos."),
])
def test_the_publisher_leads_what_it_builds(lang, text):
    leads = operation_values(rule_tuples(text, lang, NAMES, publisher="Harbour Authority"), "lead")
    assert "harbour authority" in leads, leads


@pytest.mark.parametrize("lang, text", [
    ("en", "The Orvane Council developed a toolkit used by the Blue Corridor project."),
    ("fr", "L'Orvane Council a développé un outil utilisé par le projet Blue Corridor."),
    ("es", "El Orvane Council desarrolló una herramienta que utiliza el proyecto Blue Corridor."),
])
def test_a_body_building_a_tool_does_not_lead(lang, text):
    leads = operation_values(rule_tuples(text, lang, NAMES, publisher="Harbour Authority"), "lead")
    assert "orvane council" not in leads, leads


@pytest.mark.parametrize("lang, text", [
    # review, twentieth session: the first person builds a tool for the operation, not the operation
    ("en", "We developed a training module for the Blue Corridor operation."),
    ("en", "We developed a toolkit used by the Blue Corridor project, which the Orvane Council leads."),
    ("fr", "Nous avons développé un outil de formation pour le programme Blue Corridor."),
    ("es", "Hemos desarrollado una herramienta de formación para el programa Blue Corridor."),
])
def test_the_publisher_building_a_tool_for_the_operation_does_not_lead(lang, text):
    leads = operation_values(rule_tuples(text, lang, NAMES, publisher="Harbour Authority"), "lead")
    assert "harbour authority" not in leads, leads
