"""A programme's acronym as its norm wherever the text names it (branch ops-15): a phrase after the
long name that gives the acronym (`acronym_given_phrase`), and the long name written again without
its parenthesis, before its definition too. Made-up names, shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def operations(extractor, text, lang):
    return [m for m in found(extractor, text, lang, fields=("label", "text", "norm")) if m[0] == "OPERATION"]


@pytest.mark.parametrize("lang, text, long_form", [
    ("en", 'The "Zorbal Water Link" programme, known by its acronym ZWL, pays for pumps.', "Zorbal Water Link"),
    ("fr", "Le programme « Liaison Zorbale des Eaux », connu sous le sigle LZE, finance des pompes.",
     "Liaison Zorbale des Eaux"),
    ("es", "El programa «Enlace Zorbal del Agua», conocido por su sigla EZA, financia bombas.",
     "Enlace Zorbal del Agua"),
])
def test_an_acronym_given_after_a_programme_name_is_its_norm(extractor, lang, text, long_form):
    acronym = text.split(",")[1].split()[-1]
    assert any(m[1] == long_form and m[2] == acronym for m in operations(extractor, text, lang))


@pytest.mark.parametrize("lang, text, acronym", [
    ("en", "The Water Efficient Maize for Zorbalia project\n\nThe Water Efficient Maize for Zorbalia (WEMZ) "
           "started in 2011. WEMZ grew.", "WEMZ"),
    ("fr", "Le projet Maïs Zorbal Économe\n\nLe Maïs Zorbal Économe (MZE) a commencé en 2011. Le MZE a grandi.",
     "MZE"),
    ("es", "El proyecto Maíz Zorbal Eficiente\n\nEl Maíz Zorbal Eficiente (MZE) empezó en 2011. El MZE creció.",
     "MZE"),
])
def test_a_programme_named_before_its_definition_takes_the_acronym(extractor, lang, text, acronym):
    """The heading names the programme with its keyword; the definition and the acronym's uses are
    the same programme (OPERATION), and the heading's norm is the acronym."""
    mentions = [m for m in found(extractor, text, lang, fields=("label", "text", "norm")) if m[0] != "DATE"]
    assert mentions and all(m[0] == "OPERATION" and m[2] == acronym for m in mentions)


@pytest.mark.parametrize("lang, text, span", [
    ("fr", "Les deux agences ont mené ensemble le programme conjoint Zorbo4U, qui a étudié les routes.",
     "programme conjoint Zorbo4U"),
    ("es", "Las dos agencias llevaron a cabo el programa conjunto Zorbo4U, que estudió las rutas.",
     "programa conjunto Zorbo4U"),
    ("en", "The two agencies ran the joint programme Zorbo4U, which studied the routes.", "joint programme Zorbo4U"),
])
def test_an_adjective_beside_a_programme_keyword_stays_in_the_span_not_the_norm(extractor, lang, text, span):
    assert ("OPERATION", span, "Zorbo4U") in operations(extractor, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Europe supplies coils to ZORTEK. ZORTEK, under construction in Cadarache (France), is the most "
           "ambitious science project."),
    ("fr", "L'Europe fournit des bobines à ZORTEK. ZORTEK, en construction à Cadarache (France), est le projet "
           "scientifique le plus ambitieux."),
    ("es", "Europa aporta bobinas a ZORTEK. ZORTEK, en construcción en Cadarache (Francia), es el proyecto de "
           "cooperación científica más ambicioso."),
])
def test_a_name_said_to_be_a_project_across_a_clause_and_named_again(extractor, lang, text):
    assert operations(extractor, text, lang) == [("OPERATION", "ZORTEK", "ZORTEK")] * 2


@pytest.mark.parametrize("lang, text", [
    ("en", "In Zorbia, under the new plan, is the largest rail project of the region."),
    ("es", "Según Zorbia, tras el acuerdo, es el proyecto más ambicioso."),
])
def test_no_name_across_a_clause_inside_a_sentence(extractor, lang, text):
    assert operations(extractor, text, lang) == []


def test_a_capitalised_keyword_and_adjective_open_a_title_not_a_name(extractor):
    """`Initiative conjointe X-Y pour …` is a title the rule leaves to the title stages."""
    text = "Les équipes s'appuient sur l'Initiative conjointe ZORB-ORBI pour la protection des migrants."
    assert not any(m[1] == "Initiative conjointe ZORB-ORBI" for m in operations(extractor, text, "fr"))
