"""The publisher from a closing `About X` heading, and from `At X, the Y, we` (made-up texts)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, publisher", [
    ("en", "Three new laboratories for Kivu\n\nGOMA, 3 May 2025 – The Ministry of Health of Kivu opened three "
           "laboratories this week. Our engineers equipped them, and we will train their staff with the World "
           "Health Organization (WHO).\n\nAbout the Vandor Health Foundation\n\nThe Vandor Health Foundation "
           "(VHF) supports public health institutions in the Great Lakes.", "VHF"),
    ("fr", "Le Kivu déclare la fin de l'épidémie\n\nGOMA, 3 mai 2025 – Le Ministère de la Santé du Kivu a "
           "déclaré aujourd'hui la fin de l'épidémie. Nous avons déployé des experts aux côtés de "
           "l'Organisation mondiale de la santé (OMS).\n\nÀ propos de la Fondation Vandor\n\nLa Fondation "
           "Vandor (FV) soutient les institutions de santé publique.", "FV"),
    ("es", "Kivu declara el fin del brote\n\nGOMA, 3 de mayo de 2025 – El Ministerio de Salud de Kivu declaró "
           "hoy el fin del brote. Desplegamos a nuestros expertos junto a la Organización Mundial de la Salud (OMS)."
           "\n\nAcerca de la Fundación Vandor\n\nLa Fundación Vandor (FV) apoya a las instituciones de salud "
           "pública.", "FV"),
])
def test_a_closing_about_heading_names_the_publisher_before_the_leads_subject(fast, lang, text, publisher):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == publisher


@pytest.mark.parametrize("lang, text", [
    ("en", "Two agencies, one network\n\nLISBON, 3 May 2025 – The Ruritanian Port Authority (RPA) opened a "
           "new terminal.\n\nAbout the RPA and the Vandor Health Foundation\n\nBoth work on ports. We help.", ),
])
def test_an_about_heading_naming_two_bodies_names_no_publisher_of_its_own(fast, lang, text):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == "RPA"


@pytest.mark.parametrize("lang, text", [
    ("en", "Ten years of analysis\n\nFrontex hosted 300 of our officers in 2024. At Europol, the European "
           "Union Agency for Law Enforcement Cooperation, we share this work with Eurojust."),
    ("fr", "Dix ans d'analyse\n\nFrontex a accueilli 300 de nos agents en 2024. Chez Europol, l'Agence de "
           "l'Union européenne pour la coopération des services répressifs, nous partageons ce travail avec "
           "Eurojust."),
])
def test_a_body_named_again_in_apposition_before_the_pronoun_is_the_publisher(fast, lang, text):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == "Europol"
