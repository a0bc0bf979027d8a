"""Verbs of creating or developing are no lead cues (made-up sentences, three languages): the
thing a body sets up or develops is as often a tool the operation uses as the operation itself
(`The Velmar Agency developed a toolkit that is used by Operation KESTREL`; tried and left out in
December 2026). The bodies of a joint operation lead it (`En una operación conjunta de A y de B, …`, `a joint operation by A
and B`, `une opération conjointe de A et de B`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Velmar Agency": ("ORG", "Velmar Agency"), "Agencia Velmar": ("ORG", "Velmar Agency"),
         "Agence Velmar": ("ORG", "Velmar Agency"), "Telmar Institute": ("ORG", "Telmar Institute"),
         "Instituto Telmar": ("ORG", "Telmar Institute"), "Institut Telmar": ("ORG", "Telmar Institute"),
         "KESTREL": ("OPERATION", "KESTREL")}


def _leads(text: str, lang: str) -> set:
    return {t[3] for t in rule_tuples(text, lang, NAMES) if t[:3] == ("OPERATION", "kestrel", "lead")}


@pytest.mark.parametrize("lang, text", [
    # a body that creates or develops something else the operation uses does not lead it
    ("en", "The Velmar Agency developed a toolkit that is used by Operation KESTREL in the north."),
    ("es", "La Agencia Velmar desarrolló una guía que utiliza la Operación KESTREL en el norte."),
    ("en", "The Velmar Agency set up a database during Operation KESTREL."),
    ("en", "Operation KESTREL uses a database developed by the Velmar Agency."),
    ("es", "La Operación KESTREL utiliza un sistema desarrollado por la Agencia Velmar."),
])
def test_no_lead_for_a_body_that_made_something_else(lang, text):
    assert "velmar agency" not in _leads(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The KESTREL project, set up in 2004, trains inspectors of the Velmar Agency."),
    ("es", "El proyecto KESTREL, puesto en marcha en 2004, forma inspectores de la Agencia Velmar."),
    ("fr", "Le projet KESTREL, mis en place en 2004, forme des inspecteurs de l'Agence Velmar."),
])
def test_no_lead_for_a_body_named_otherwise(lang, text):
    assert "velmar agency" not in _leads(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "En una operación conjunta de la Agencia Velmar y del Instituto Telmar, fueron detenidas ayer doce personas.\nLa acción, denominada Operación KESTREL, fue anunciada por el ministro."),
    ("en", "In a joint operation by the Velmar Agency and the Telmar Institute, twelve people were arrested yesterday.\nThe action, called Operation KESTREL, was announced by the minister."),
    ("fr", "Une opération conjointe de l'Agence Velmar et de l'Institut Telmar a permis hier d'arrêter douze personnes.\nBaptisée KESTREL, elle a été annoncée par le ministre."),
])
def test_the_bodies_of_a_joint_operation_lead_it(lang, text):
    assert _leads(text, lang) == {"velmar agency", "telmar institute"}
