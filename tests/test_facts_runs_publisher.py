"""A first-person partnership after an operation, a lead opening on `Desde la …`/`At …`, and a
state in parentheses that only locates a place (found on texts written by others)."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Jackal ran in 2023 in Ghana.\nOur agents trained officers in Accra. We work closely "
           "with Europol and with the OSCE to trace the funds."),
    ("es", "La Operación Jackal se desarrolló en 2023 en Ghana.\nNuestros agentes formaron a policías en Accra. "
           "Trabajamos estrechamente con Europol y con la OSCE para rastrear los fondos."),
    ("fr", "L'opération Jackal s'est déroulée en 2023 au Ghana.\nNos agents ont formé des policiers à Accra. "
           "Nous travaillons en étroite collaboration avec Europol et avec l'OSCE pour suivre les fonds."),
])
def test_a_first_person_partnership_after_an_operation_is_the_publishers_not_the_operations(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert {("PARTNERSHIP", ("europol", "interpol")), ("PARTNERSHIP", ("interpol", "osce"))} <= found
    assert not any(t[0] == "OPERATION" and t[2] == "partner" for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Jackal ran in 2023 in Ghana.\nEuropol worked with the OSCE to trace the funds."),
    ("es", "La Operación Jackal se desarrolló en 2023 en Ghana.\nEuropol colaboró con la OSCE para rastrear los fondos."),
])
def test_a_named_subject_after_an_operation_stays_in_its_run(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert any(t[0] == "OPERATION" and t[2] == "partner" for t in found)


@pytest.mark.parametrize("lang, text, publisher", [
    ("es", "Europol celebra su aniversario\n\nMADRID, 25 de julio de 2024 – Desde la COMJIB celebramos los "
           "veinte años de IberRed y de nuestra cooperación con la OEA.", "COMJIB"),
    ("es", "Europol celebra su aniversario\n\nMADRID, 25 de julio de 2024 – Sobre la COMJIB celebramos los "
           "veinte años de IberRed y de nuestra cooperación con la OEA.", "Europol"),
    ("en", "Europol turns twenty\n\nVIENNA, 25 July 2024 – At the UNODC we celebrate twenty years of IberRed "
           "and of our cooperation with the OAS.", "UNODC"),
    ("fr", "Europol a vingt ans\n\nPARIS, 25 juillet 2024 – Chez INTERPOL nous célébrons les vingt ans "
           "d'IberRed et de notre coopération avec l'OEA.", "INTERPOL"),
])
def test_a_lead_opening_on_a_preposition_of_the_first_person_names_the_publisher(fast, lang, text, publisher):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == publisher


@pytest.mark.parametrize("lang, text", [
    ("es", "La ONUDD creó la red en Cartagena de Indias (Colombia), junto con la OEA y Europol."),
    ("en", "UNODC set up the network in Cartagena de Indias (Colombia), together with the OAS and Europol."),
    ("fr", "L'ONUDC a créé le réseau à Cartagena de Indias (Colombie), en collaboration avec l'OEA et Europol."),
])
def test_a_state_in_parentheses_after_a_place_only_locates_it(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert ("PARTNERSHIP", ("oas", "unodc")) in found or ("PARTNERSHIP", ("europol", "unodc")) in found
    assert not any(t[0] == "PARTNERSHIP" and "col" in t[1] for t in found)
