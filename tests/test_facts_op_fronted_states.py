"""Two wordings of operation facts (made-up sentences, three languages):

- the subject of a lead verb set apart from it by an insertion between commas that holds clauses
  of its own (`La Comisión Velmar, creada en 1990 por Orvania, y a la que Tessia se adhirió en
  1995, coordina el programa KESTREL`): it leads the operation; not where another body stands in
  the insertion, nor where the body does not open the sentence, nor with no insertion;
- the states a linker ties to the bodies taking part, a roster of at least two (`el Instituto
  Dorno de Orvania y el Instituto Peral de Tessia`): states of the operation where the run names
  none of its own; where it does, the bodies' home states are not where it ran; one body's state
  alone only says where it is from.
"""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Velmar Commission": ("ORG", "Velmar Commission"), "Comisión Velmar": ("ORG", "Velmar Commission"),
         "Commission Velmar": ("ORG", "Velmar Commission"), "Telmar Agency": ("ORG", "Telmar Agency"),
         "Instituto Dorno": ("ORG", "Dorno Institute"), "Dorno Institute": ("ORG", "Dorno Institute"),
         "Institut Dorno": ("ORG", "Dorno Institute"), "Instituto Peral": ("ORG", "Peral Institute"),
         "Peral Institute": ("ORG", "Peral Institute"), "Institut Peral": ("ORG", "Peral Institute"),
         "Orvania": ("COUNTRY", "ORV"), "Tessia": ("COUNTRY", "TES"), "Brandia": ("COUNTRY", "BRD"),
         "KESTREL": ("OPERATION", "KESTREL")}


def _roles(text: str, lang: str, role: str) -> set:
    return {t[3] for t in rule_tuples(text, lang, NAMES) if t[0] == "OPERATION" and t[1] == "kestrel" and t[2] == role}


@pytest.mark.parametrize("lang, text", [
    ("es", "La Comisión Velmar, creada en 1990 por Orvania, y a la que Tessia se adhirió en 1995, coordina desde 1996 el programa KESTREL."),
    ("en", "The Velmar Commission, founded in 1990 by Orvania, and which Tessia joined in 1995, runs since 1996 the KESTREL programme."),
    ("fr", "La Commission Velmar, créée en 1990 par Orvania, et à laquelle Tessia a adhéré en 1995, coordonne depuis 1996 le programme KESTREL."),
])
def test_a_subject_an_insertion_sets_apart_leads(lang, text):
    assert _roles(text, lang, "lead") == {"velmar commission"}


@pytest.mark.parametrize("lang, text", [
    ("es", "La Comisión Velmar, creada en 1990 por la Telmar Agency, y a la que Tessia se adhirió en 1995, coordina desde 1996 el programa KESTREL."),
    ("es", "Según la Comisión Velmar, creada en 1990 por Orvania, y a la que Tessia se adhirió en 1995, coordina desde 1996 el programa KESTREL."),
    ("fr", "Selon la Commission Velmar, créée en 1990 par Orvania, et à laquelle Tessia a adhéré en 1995, coordonne depuis 1996 le programme KESTREL."),
    ("en", "The Velmar Commission was founded in 1990 by Orvania, and since 1996 runs the KESTREL programme."),
])
def test_no_lead_across_another_body_nor_from_a_body_that_does_not_open_the_sentence(lang, text):
    assert "velmar commission" not in _roles(text, lang, "lead")


@pytest.mark.parametrize("lang, text", [
    ("es", "Participan en el programa KESTREL el Instituto Dorno de Orvania y el Instituto Peral de Tessia."),
    ("en", "The KESTREL programme brings together the Dorno Institute of Orvania and the Peral Institute of Tessia."),
    ("fr", "Le programme KESTREL réunit l'Institut Dorno d'Orvania et l'Institut Peral de Tessia."),
])
def test_the_states_of_the_bodies_taking_part(lang, text):
    assert {"dorno institute", "peral institute"} <= _roles(text, lang, "partner")
    assert _roles(text, lang, "country") == {"orv", "tes"}


@pytest.mark.parametrize("lang, text", [
    ("es", "El programa KESTREL se desarrolla en Brandia.\nParticipan en él el Instituto Dorno de Orvania y el Instituto Peral de Tessia."),
    ("en", "The KESTREL programme runs in Brandia.\nThe programme brings together the Dorno Institute of Orvania and the Peral Institute of Tessia."),
    ("fr", "Le programme KESTREL se déroule en Brandia.\nLe programme réunit l'Institut Dorno d'Orvania et l'Institut Peral de Tessia."),
])
def test_no_home_states_where_the_run_names_where_it_ran(lang, text):
    assert _roles(text, lang, "country") == {"brd"}


def test_no_state_of_a_body_that_does_not_take_part():
    text = "El programa KESTREL recibe datos del Instituto Dorno de Orvania."
    assert "orv" not in _roles(text, "es", "country")


@pytest.mark.parametrize("lang, text", [
    ("es", "Participan en el programa KESTREL el Instituto Dorno de Orvania y el Instituto Peral."),
    ("en", "The KESTREL programme brings together the Dorno Institute of Orvania and the Peral Institute."),
    ("fr", "Le programme KESTREL réunit l'Institut Dorno d'Orvania et l'Institut Peral."),
])
def test_one_body_of_a_state_alone_says_where_it_is_from(lang, text):
    assert "dorno institute" in _roles(text, lang, "partner")
    assert "orv" not in _roles(text, lang, "country")


@pytest.mark.parametrize("lang, text", [
    # bodies that only fund the operation: their states took no part
    ("es", "La Operación KESTREL, coordinada por la Comisión Velmar, fue financiada por el Instituto Dorno de "
           "Orvania y el Instituto Peral de Tessia."),
    ("en", "Operation KESTREL, coordinated by the Velmar Commission, was funded by the Dorno Institute of Orvania "
           "and the Peral Institute of Tessia."),
])
def test_the_states_of_funders_took_no_part(lang, text):
    assert not _roles(text, lang, "country") & {"orv", "tes"}
