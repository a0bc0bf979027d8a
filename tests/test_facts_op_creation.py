"""The body that sets up or develops an operation leads it (made-up sentences, three languages):
an active verb of creation with the body as its subject (`In 2004 the Velmar Agency set up the
KESTREL project`, `la Agencia Velmar puso en marcha el proyecto KESTREL`, `l'Agence Velmar a mis en
place le projet KESTREL`), and the agent of `developed by` (`the KESTREL exercise, developed by the
Velmar Agency`); not a body the sentence names only as the object of another verb. The bodies
of a joint operation lead it (`En una operación conjunta de A y de B, …`, `a joint operation by A
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
    ("en", "In 2004 the Velmar Agency and the Telmar Institute set up the KESTREL project to train inspectors."),
    ("en", "In 2004 the Velmar Agency and the Telmar Institute created the KESTREL network of inspectors."),
    ("es", "En 2004, la Agencia Velmar y el Instituto Telmar pusieron en marcha el proyecto KESTREL para formar inspectores."),
    ("es", "En 2004, la Agencia Velmar y el Instituto Telmar crearon la red KESTREL de inspectores."),
    ("fr", "En 2004, l'Agence Velmar et l'Institut Telmar ont mis en place le projet KESTREL pour former des inspecteurs."),
    ("fr", "En 2004, l'Agence Velmar et l'Institut Telmar ont créé le réseau KESTREL d'inspecteurs."),
])
def test_the_bodies_that_set_it_up_lead_it(lang, text):
    assert _leads(text, lang) == {"velmar agency", "telmar institute"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Much of the course draws on KESTREL, the inspection exercise developed by the Velmar Agency."),
    ("es", "Gran parte del curso se basa en KESTREL, el ejercicio de inspección desarrollado por la Agencia Velmar."),
    ("fr", "Une grande partie du cours s'appuie sur KESTREL, l'exercice d'inspection développé par l'Agence Velmar."),
])
def test_the_body_that_developed_it_leads_it(lang, text):
    assert _leads(text, lang) == {"velmar agency"}


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
