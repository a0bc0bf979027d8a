"""Lead and partner wording of operations: `executed`, `managed by`/`géré par`/`gestionado por`,
`an initiative of`/`une initiative de`/`una iniciativa de`, and `financing from`."""

from __future__ import annotations

import pytest


def _tuples(fast, text, lang):
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[1:] for fact in records(analysis.facts) for t in fact.tuples if t[0] == "OPERATION"}


@pytest.mark.parametrize("lang, text", [
    ("en", "In 2021, INTERPOL executed the Blue Shield Programme, with financing from the African Union."),
    ("fr", "Le programme Bouclier bleu, exécuté par INTERPOL avec l'aide de l'Union africaine, couvre le Sahel."),
    ("es", "El programa Escudo Azul, administrado por INTERPOL con la ayuda de la Unión Africana, cubre el Sahel."),
])
def test_an_executing_body_leads_and_a_funder_takes_part(fast, lang, text):
    tuples = _tuples(fast, text, lang)
    leads = {t[2] for t in tuples if t[1] == "lead"}
    partners = {t[2] for t in tuples if t[1] == "partner"}
    assert leads == {"interpol"} and "au" in partners


@pytest.mark.parametrize("lang, text", [
    ("en", "The Blue Shield Programme, an initiative of INTERPOL and the African Union, started in 2021."),
    ("fr", "Le programme Bouclier bleu, une initiative de l'Union africaine et d'INTERPOL, a débuté en 2021."),
    ("es", "El programa Escudo Azul, una iniciativa de INTERPOL y la Unión Africana, comenzó en 2021."),
])
def test_the_bodies_whose_initiative_it_is_lead_it(fast, lang, text):
    leads = {t[2] for t in _tuples(fast, text, lang) if t[1] == "lead"}
    assert {"interpol", "au"} <= leads


@pytest.mark.parametrize("lang, text", [
    ("en", "In 2023 INTERPOL coordinated, together with Europol, Operation Pangea in Nigeria."),
    ("fr", "En 2023, INTERPOL a coordonné, conjointement avec Europol, l'opération Pangea au Nigeria."),
    ("es", "En 2023, INTERPOL coordinó, junto con Europol, la operación Pangea en Nigeria."),
])
def test_bodies_named_with_a_lead_verb_lead_with_its_subject(fast, lang, text):
    leads = {t[2] for t in _tuples(fast, text, lang) if t[1] == "lead"}
    assert leads == {"interpol", "europol"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The European Union finances the AIRCOP project, which UNODC implements in Senegal."),
    ("fr", "La Banque mondiale finance le projet AIRCOP, que l'ONUDC met en œuvre au Sénégal."),
    ("es", "La Unión Europea financia el proyecto AIRCOP, que la UNODC ejecuta en Senegal."),
])
def test_the_subject_funding_an_operation_takes_part_in_it(fast, lang, text):
    tuples = _tuples(fast, text, lang)
    assert ("aircop", "lead", "unodc") in tuples
    assert {t[2] for t in tuples if t[1] == "partner"} & {"eu", "world bank"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Fisheries news\n\nEach year the FFA coordinates Operation Kurukuru. During these operations, vessels provided "
           "under the Pacific Maritime Security Program inspect fishing boats.\n\nThese operations depend on the "
           "Pacific Community. The United States Coast Guard has taken part in our operations."),
    ("fr", "Actualités\n\nChaque année, INTERPOL coordonne l'opération Pangea. Pendant ces opérations, des navires fournis "
           "dans le cadre du programme AIRCOP contrôlent les ports.\n\nCes opérations reposent sur l'Organisation mondiale "
           "des douanes. Europol a pris part à nos opérations."),
])
def test_a_sentence_opening_on_the_operations_named_back_goes_on_about_them(fast, lang, text):
    tuples = _tuples(fast, text, lang)
    name = "kurukuru" if lang == "en" else "pangea"
    partners = {t[2] for t in tuples if t[0] == name and t[1] == "partner"}
    assert len(partners) >= 2, tuples
