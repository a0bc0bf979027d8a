"""Values of an operation's run that are context, not what it did, when or where it ran
(twenty-first session): the date its results were published or presented; the figures and dates of
a comparison with an earlier term (`up from 80 arrests in 2019`); a figure of the people living
somewhere (`a population of 40,000 people`); the values a sentence naming the operation back gives
another operation it names (`This operation follows Operation X, run in 2019 with Chile`); and the
subject of `levantar`, the verb of carrying out a census or a survey in Spanish."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, line_blocks, operation_values as _op, rule_tuples

_NAMES = {
    **OPERATION_NAMES,
    "Desert Gate": ("OPERATION", "Desert Gate"),
    "June 2024": ("DATE", "2024-06"),
    "juin 2024": ("DATE", "2024-06"),
    "junio de 2024": ("DATE", "2024-06"),
    "120 arrests": ("FIGURE", "120 arrest"),
    "80 arrests": ("FIGURE", "80 arrest"),
    "120 arrestations": ("FIGURE", "120 arrestation"),
    "80 arrestations": ("FIGURE", "80 arrestation"),
    "120 detenciones": ("FIGURE", "120 detención"),
    "80 detenciones": ("FIGURE", "80 detención"),
    "40,000 people": ("FIGURE", "40000 person"),
    "40 000 personnes": ("FIGURE", "40000 personne"),
    "40.000 personas": ("FIGURE", "40000 persona"),
    "35 victims": ("FIGURE", "35 victim"),
    "35 victimes": ("FIGURE", "35 victime"),
    "35 víctimas": ("FIGURE", "35 víctima"),
    "Chile": ("COUNTRY", "CHL"),
    "Chili": ("COUNTRY", "CHL"),
    "Instituto Nacional de Estadística": ("ORG", "INE"),
    "Encuesta Nacional de Hogares": ("OPERATION", "ENH"),
}
_PARTNERS = {"UNODC": ("ORG", "UNODC"), "WCO": ("ORG", "WCO")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, checked border posts.\n"
           "The results, presented in June 2024, were welcomed by the ministers."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a contrôlé des postes frontières.\n"
           "Les résultats ont été publiés en juin 2024."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, controló puestos fronterizos.\n"
           "Los resultados, presentados en junio de 2024, fueron bien recibidos."),
])
def test_the_date_results_were_published_or_presented_is_not_when_the_operation_ran(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2024-06" not in _op(found, "date"), found


@pytest.mark.parametrize("lang, text, now, then", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, led to 120 arrests, up from 80 arrests in May 2019.",
     "120 arrest", "80 arrest"),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a permis 120 arrestations, par rapport à "
           "80 arrestations en mai 2019.", "120 arrestation", "80 arrestation"),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, logró 120 detenciones, frente a "
           "80 detenciones en mayo de 2019.", "120 detención", "80 detención"),
])
def test_the_figures_and_dates_of_an_earlier_term_compared_are_not_the_operation_s(lang, text, now, then):
    found = rule_tuples(text, lang, _NAMES)
    assert now in _op(found, "result"), found
    assert then not in _op(found, "result"), found
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found


def test_a_word_of_comparison_with_no_figure_after_it_compares_nothing():
    text = ("Frente a la crisis, la operación Sahel Shield, dirigida por INTERPOL, logró 120 detenciones en marzo "
            "de 2023.")
    found = rule_tuples(text, "es", _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "120 detención" in _op(found, "result"), found


@pytest.mark.parametrize("lang, text, people, victims", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, reached districts with a population of 40,000 "
           "people and rescued 35 victims.", "40000 person", "35 victim"),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a couvert des districts d'une population de "
           "40 000 personnes et a secouru 35 victimes.", "40000 personne", "35 victime"),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, cubrió distritos con una población "
           "de 40.000 personas y rescató a 35 víctimas.", "40000 persona", "35 víctima"),
])
def test_a_figure_of_the_people_living_somewhere_is_no_result(lang, text, people, victims):
    found = rule_tuples(text, lang, _NAMES)
    assert victims in _op(found, "result"), found
    assert people not in _op(found, "result"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, trained judges.\n"
           "This operation follows Desert Gate, run in May 2019 with Chile."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a formé des juges.\n"
           "Cette opération prend la suite de Desert Gate, menée en mai 2019 avec le Chili."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, formó a jueces.\n"
           "Esta operación sucede a Desert Gate, realizada en mayo de 2019 con Chile."),
])
def test_what_a_sentence_naming_the_operation_back_says_of_another_one_is_not_its(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    shield = {t[3] for t in found if t[0] == "OPERATION" and t[1] == "sahel shield"}
    assert "2023-03" in shield, found
    assert "2019-05" not in shield and "chl" not in shield, found


def test_the_subject_of_levantar_carries_out_the_census_or_survey():
    text = "El Instituto Nacional de Estadística levanta la Encuesta Nacional de Hogares desde marzo de 2023."
    found = rule_tuples(text, "es", _NAMES)
    assert ("OPERATION", "enh", "lead", "ine") in found, found


def test_the_subject_of_levantar_lifting_a_thing_during_an_operation_leads_nothing():
    text = "El Instituto Nacional de Estadística levantó el cordón policial durante la Encuesta Nacional de Hogares."
    found = rule_tuples(text, "es", _NAMES)
    assert ("OPERATION", "enh", "lead", "ine") not in found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, trained judges.\n"
           "Our closest partners remain the customs agencies of our member states, such as the UNODC and the WCO."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a formé des juges.\n"
           "Nos partenaires les plus proches restent les agences douanières de nos États membres, comme "
           "l'UNODC et la WCO."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, formó a jueces.\n"
           "Nuestros socios más cercanos siguen siendo las agencias aduaneras de nuestros Estados miembros, "
           "como la UNODC y la WCO."),
])
def test_a_paragraph_on_the_first_person_s_partners_does_not_go_on_about_the_operation(lang, text):
    found = rule_tuples(text, lang, {**_NAMES, **_PARTNERS}, blocks=line_blocks(text))
    assert "2023-03" in _op(found, "date"), found
    assert not _op(found, "partner") & {"unodc", "wco"}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, trained judges.\n"
           "Its partners include the UNODC and the WCO."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a formé des juges.\n"
           "Ses partenaires sont l'UNODC et la WCO."),
])
def test_a_paragraph_on_the_operation_s_own_partners_still_goes_on_about_it(lang, text):
    found = rule_tuples(text, lang, {**_NAMES, **_PARTNERS}, blocks=line_blocks(text))
    assert {"unodc", "wco"} <= _op(found, "partner"), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, trained judges.\n"
           "The operation builds on an earlier programme run in May 2019 with Chile."),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a formé des juges.\n"
           "Cette opération a pris la suite d'un programme mené en mai 2019 avec le Chili."),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, formó a jueces.\n"
           "Esta operación tomó el relevo de un programa realizado en mayo de 2019 con Chile."),
])
def test_the_date_and_states_of_an_earlier_undertaking_the_operation_follows_are_not_its(lang, text):
    found = rule_tuples(text, lang, _NAMES)
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date") and "chl" not in _op(found, "country"), found


@pytest.mark.parametrize("lang, text, victims", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, counted 35 victims of trafficking.", "35 victim"),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a recensé 35 victimes de la traite.",
     "35 victime"),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, contó 35 víctimas de la trata.",
     "35 víctima"),
])
def test_a_verb_of_counting_before_the_operation_s_victims_counts_its_results_not_a_population(lang, text, victims):
    found = rule_tuples(text, lang, _NAMES)
    assert victims in _op(found, "result"), found


@pytest.mark.parametrize("lang, text, people", [
    ("en", "Operation Sahel Shield, led by INTERPOL in March 2023, reached districts where the census counted "
           "40,000 people.", "40000 person"),
    ("fr", "L'opération Sahel Shield, menée par INTERPOL en mars 2023, a couvert des districts où l'on a recensé "
           "40 000 personnes.", "40000 personne"),
    ("es", "La operación Sahel Shield, dirigida por INTERPOL en marzo de 2023, cubrió distritos donde el censo "
           "contó 40.000 personas.", "40000 persona"),
])
def test_a_verb_of_counting_before_a_figure_of_persons_still_counts_a_population(lang, text, people):
    found = rule_tuples(text, lang, _NAMES)
    assert people not in _op(found, "result"), found


@pytest.mark.parametrize("text", [
    "Operation Sahel Shield, led by INTERPOL, built on intelligence from the WCO and checked 40 posts in Chile in "
    "March 2023.",
    "Operation Sahel Shield, led by INTERPOL, succeeds in checking border posts in Chile since March 2023.",
])
def test_a_verb_of_succession_that_also_means_something_else_follows_no_undertaking_without_one(text):
    found = rule_tuples(text, "en", {**_NAMES, **_PARTNERS})
    shield = {t[3] for t in found if t[0] == "OPERATION" and t[1] == "sahel shield"}
    assert "2023-03" in shield and "chl" in shield, found


@pytest.mark.parametrize("text", [
    "Operation Sahel Shield, led by INTERPOL in March 2023, trained judges.\n"
    "This operation builds on a programme run in Chile in May 2019.",
    "Operation Sahel Shield, led by INTERPOL in March 2023, trained judges.\n"
    "This operation succeeds Desert Gate, run in Chile in May 2019.",
])
def test_a_verb_of_succession_before_an_undertaking_still_marks_the_earlier_one_s_values(text):
    found = rule_tuples(text, "en", _NAMES)
    shield = {t[3] for t in found if t[0] == "OPERATION" and t[1] == "sahel shield"}
    assert "2023-03" in shield, found
    assert "2019-05" not in shield and "chl" not in shield, found


@pytest.mark.parametrize("lang, text, later", [
    ("en", "Arrests rose to 120 arrests during Operation Sahel Shield, up from 80 arrests in May 2019 with INTERPOL "
           "rescuing 35 victims in March 2023.", "35 victim"),
    ("fr", "Les arrestations sont passées à 120 arrestations pendant l'opération Sahel Shield, par rapport à 80 "
           "arrestations en mai 2019 avec INTERPOL qui a secouru 35 victimes en mars 2023.", "35 victime"),
    ("es", "Las detenciones subieron a 120 detenciones durante la operación Sahel Shield, frente a 80 detenciones en "
           "mayo de 2019 con INTERPOL rescatando a 35 víctimas en marzo de 2023.", "35 víctima"),
])
def test_only_the_earlier_term_s_figure_and_its_date_are_compared_not_every_later_value(lang, text, later):
    found = rule_tuples(text, lang, _NAMES)
    assert later in _op(found, "result"), found
    assert "2023-03" in _op(found, "date"), found
    assert "2019-05" not in _op(found, "date"), found
