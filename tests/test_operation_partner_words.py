"""Partners of an operation that a word for partners lists in its run (`its partners include A and
B`, `les partenaires nationaux ont conduit les essais : A ; B`, `Sus socios: A y B`), or that do part
of its work (`A atiende a …`, `A y B y engagent leurs sections`, `A anchors the water pillar`); not
the publisher's close partners named as such (`… are also close partners, as is the FAO`)."""

from __future__ import annotations

import pytest


def _partners(fast, text, lang):
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t[3].lower() for fact in records(analysis.facts) for t in fact.tuples
            if t[0] == "OPERATION" and t[2] == "partner"}


@pytest.mark.parametrize("lang, text, partners", [
    ("en", "The Clean Rivers Project started in Ghana in 2019. In Ghana, its partners include the Water "
           "Resources Commission (WRC) and the Environmental Protection Agency (EPA), which test the water.",
     {"wrc", "epa"}),
    ("fr", "Le projet Rivières propres a démarré au Bénin en 2019. Les partenaires nationaux ont conduit "
           "les prélèvements : l'Agence nationale des ressources hydriques (ANRH) ; la Direction générale de "
           "l'eau (DGEau).",
     {"anrh", "dgeau"}),
    ("es", "El proyecto Ríos Limpios comenzó en Bolivia en 2019. Sus socios son el Servicio Nacional de "
           "Meteorología e Hidrología (SENAMHI) y la Autoridad Plurinacional de la Madre Tierra (APMT).",
     {"senamhi", "apmt"}),
])
def test_the_bodies_a_word_for_partners_lists_are_partners(fast, lang, text, partners):
    assert partners <= _partners(fast, text, lang)


@pytest.mark.parametrize("lang, text, partners", [
    ("es", "La Operación Verano Seguro comenzó en junio de 2023. En los puertos, la Cruz Roja Mexicana "
           "atiende a los viajeros.", {"cruz roja mexicana"}),
    ("fr", "L'opération Sentinelle verte a débuté en 2022 en Guyane. Le 2e régiment de parachutistes "
           "y engage régulièrement ses sections.", {"2e régiment de parachutistes"}),
    ("en", "The Green Growth Programme started in Egypt in 2022. The World Bank anchors the water "
           "pillar of the programme.", {"world bank"}),
])
def test_the_subject_of_a_verb_doing_part_of_the_work_is_a_partner(fast, lang, text, partners):
    assert partners <= _partners(fast, text, lang)


def test_close_partners_of_the_publisher_are_no_partners(fast):
    text = ("The Blue Pacific Project runs in Fiji. The Pacific Community (SPC) is also a close "
            "partner, as is the Food and Agriculture Organization (FAO), which trains inspectors.")
    assert "fao" not in _partners(fast, text, "en")


@pytest.mark.parametrize("lang, text, partners", [
    ("en", "The Clean Rivers Project started in Ghana in 2019 to monitor water quality.\n\n"
           "Its partners include the Water Resources Commission (WRC) and the Volta River Authority (VRA).",
     {"wrc", "vra"}),
    ("fr", "Le projet Rivières propres a démarré au Bénin en 2019 pour suivre la qualité de l'eau.\n\n"
           "Ses partenaires sont la Direction générale de l'eau (DGEau) et l'Agence nationale des "
           "ressources hydriques (ANRH).", {"dgeau", "anrh"}),
])
def test_a_paragraph_opening_on_a_word_for_partners_goes_on_about_the_operation(fast, lang, text, partners):
    assert partners <= _partners(fast, text, lang)


_SEMI_NAMES = {"Sahel Shield": ("OPERATION", "Sahel Shield"), "INTERPOL": ("ORG", "INTERPOL"),
               "UNODC": ("ORG", "UNODC"), "WCO": ("ORG", "WCO"), "RIVCO": ("ORG", "RIVCO"),
               "Lima": ("LOCATION", "Lima")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Lima.\nIts partners include UNODC and WCO; RIVCO seized "
           "drugs in Lima."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Lima.\nSes partenaires sont UNODC et "
           "WCO ; RIVCO a saisi de la drogue à Lima."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL, se desarrolló en Lima.\nSus socios son UNODC y WCO; "
           "RIVCO incautó drogas en Lima."),
])
def test_a_clause_after_a_semicolon_that_closes_a_list_of_partners_names_no_partner(lang, text):
    from facts_helpers import operation_values, rule_tuples

    found = operation_values(rule_tuples(text, lang, _SEMI_NAMES), "partner")
    assert "rivco" not in found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL, ran in Lima.\nThe national partners ran the trials: UNODC; "
           "the WCO; and Peru's RIVCO."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL, s'est déroulée à Lima.\nLes partenaires nationaux ont mené "
           "les contrôles : UNODC ; la WCO ; et RIVCO."),
])
def test_each_semicolon_item_opening_on_its_body_names_a_partner(lang, text):
    from facts_helpers import operation_values, rule_tuples

    found = operation_values(rule_tuples(text, lang, {**_SEMI_NAMES, "Peru": ("COUNTRY", "PER")}), "partner")
    assert {"unodc", "wco", "rivco"} <= found, found
