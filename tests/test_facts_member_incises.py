"""The body whose members a clause counts or gathers when its name and acronym in parentheses open
an incise (facts/member_subjects.py), with made-up sentences in fr/en/es: a participle clause naming
another body (`La Ligue des ports (LDP), fondée par le Traité X, compte 14 membres`) or an apposition
naming the body's parent before the relative that holds the cue (`l'Office (OMP), l'agence des Nations
Unies qui réunit 150 États membres`) leaves the first body the subject; a relative after a later clause
with a verb of its own (`…, coopère avec …, adopté … et qui compte`) is the last body's. A figure of
associate members (`nine associate members`, `membres associés`, `miembros asociados`) is a size too."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_BODIES = {"Ligue des ports maritimes": "LPM", "Maritime Ports League": "LPM", "Liga de Puertos Marítimos": "LPM",
           "LPM": "LPM", "Traité de Tarente": "Taranto Treaty", "Taranto Treaty": "Taranto Treaty",
           "Tratado de Tarento": "Taranto Treaty", "Office mondial des phares": "WLO", "World Lighthouse Office": "WLO",
           "Oficina Mundial de Faros": "WLO", "OMP": "WLO", "WLO": "WLO", "Nations Unies": "UN",
           "United Nations": "UN", "Naciones Unidas": "UN", "Code des phares": "Lighthouse Code",
           "Lighthouse Code": "Lighthouse Code", "Código de Faros": "Lighthouse Code"}
_FIGURES = {"14 membres": "14 membre", "14 members": "14 member", "14 miembros": "14 miembro",
            "150 États membres": "150 état membre", "150 member states": "150 member state",
            "150 Estados miembros": "150 estado miembro", "120 États parties": "120 état partie",
            "120 States Parties": "120 state party", "120 Estados partes": "120 estado parte"}


def _sizes(text: str, lang: str) -> set:
    names = {**{k: ("ORG", v) for k, v in _BODIES.items() if k in text and "Tra" not in k and "Code" not in k
                and "Código" not in k},
             **{k: ("INSTRUMENT", v) for k, v in _BODIES.items() if k in text and ("Tra" in k or "Cod" in k or "Cód" in k)},
             **{k: ("FIGURE", v) for k, v in _FIGURES.items() if k in text}}
    return {(t[1], t[3]) for t in rule_tuples(text, lang, names, longest_first=True)
            if t[0] == "MEMBERSHIP" and t[2] == "size"}


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "La Ligue des ports maritimes (LPM), fondée en 1990 par le Traité de Tarente, compte 14 membres.", "14 membre"),
    ("en", "The Maritime Ports League (LPM), founded in 1990 by the Taranto Treaty, has 14 members.", "14 member"),
    ("es", "La Liga de Puertos Marítimos (LPM), fundada en 1990 por el Tratado de Tarento, cuenta con 14 miembros.",
     "14 miembro"),
])
def test_a_participle_incise_after_the_acronym_leaves_the_first_body_the_subject(lang, text, size):
    assert _sizes(text, lang) == {("lpm", size)}


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "Nous coopérons avec l'Office mondial des phares (OMP), l'agence des Nations Unies qui réunit "
           "150 États membres.", "150 état membre"),
    ("en", "We work with the World Lighthouse Office (WLO), the agency of the United Nations that brings together "
           "150 member states.", "150 member state"),
    ("es", "Trabajamos con la Oficina Mundial de Faros (OMP), el organismo de las Naciones Unidas que reúne a "
           "150 Estados miembros.", "150 estado miembro"),
])
def test_an_apposition_naming_the_parent_leaves_the_first_body_the_subject(lang, text, size):
    assert _sizes(text, lang) == {("wlo", size)}


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "L'Office mondial des phares (OMP), créé en 1950, coopère avec la Ligue des ports maritimes pour "
           "appliquer le Code des phares, adopté en 2001 et qui compte 120 États parties.", "120 état partie"),
    ("es", "La Oficina Mundial de Faros (OMP), creada en 1950, coopera con la Liga de Puertos Marítimos para "
           "aplicar el Código de Faros, adoptado en 2001 y que cuenta con 120 Estados partes.", "120 estado parte"),
])
def test_a_relative_after_a_later_clause_counts_the_last_body(lang, text, size):
    assert ("wlo", size) not in _sizes(text, lang)


@pytest.mark.parametrize("lang, text, sizes", [
    ("en", "Today the World Lighthouse Office has 60 member states and four associate members.",
     {"60 member state", "4 associate member"}),
    ("fr", "L'Office mondial des phares compte aujourd'hui 60 États membres et quatre membres associés.",
     {"60 état membre", "4 membre associé"}),
    ("es", "Hoy la Oficina Mundial de Faros cuenta con 60 Estados miembros y cuatro miembros asociados.",
     {"60 estado miembro", "4 miembro asociado"}),
])
def test_a_figure_of_associate_members_is_a_size_too(lang, text, sizes):
    figures = {"60 member states": "60 member state", "four associate members": "4 associate member",
               "60 États membres": "60 état membre", "quatre membres associés": "4 membre associé",
               "60 Estados miembros": "60 estado miembro", "cuatro miembros asociados": "4 miembro asociado"}
    names = {**{k: ("ORG", v) for k, v in _BODIES.items() if k in text},
             **{k: ("FIGURE", v) for k, v in figures.items() if k in text}}
    found = {(t[1], t[3]) for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "size"}
    assert found == {("wlo", s) for s in sizes}


@pytest.mark.parametrize("lang, text, size", [
    ("en", "The Maritime Ports League was founded by the Taranto Treaty, signed in 1990, and today has 14 members.",
     "14 member"),
    ("fr", "La Ligue des ports maritimes a été fondée par le Traité de Tarente en 1990 et compte aujourd'hui "
           "14 membres.", "14 membre"),
    ("es", "La Liga de Puertos Marítimos fue fundada por el Tratado de Tarento en 1990 y hoy cuenta con 14 miembros.",
     "14 miembro"),
])
def test_a_counting_verb_joined_after_today_counts_the_opening_body(lang, text, size):
    assert _sizes(text, lang) == {("lpm", size)}


_ENVOYS = {"Maritime Ports League": ("ORG", "LPM"), "Ghana": ("COUNTRY", "GHA"), "Togo": ("COUNTRY", "TGO"),
           "Beacon Agency": ("ORG", "AB"), "Tide Service": ("ORG", "SM")}


def test_representatives_a_body_brought_together_make_their_states_members():
    text = "The Maritime Ports League brought together representatives of Ghana, Togo and the Beacon Agency."
    found = {(t[1], t[3]) for t in rule_tuples(text, "en", _ENVOYS) if t[0] == "MEMBERSHIP" and t[2] == "member"}
    assert found == {("lpm", "gha"), ("lpm", "tgo"), ("lpm", "ab")}


_ENVOYS_FR_ES = {"Ligue des ports maritimes": ("ORG", "LPM"), "Liga de Puertos Marítimos": ("ORG", "LPM"),
                 "Agence des balises": ("ORG", "AB"), "Agencia de Balizas": ("ORG", "AB")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Maritime Ports League brings together representatives from Ghana, Togo and the Beacon Agency."),
    ("fr", "La Ligue des ports maritimes a réuni des représentants du Ghana, du Togo et de l'Agence des balises."),
    ("es", "La Liga de Puertos Marítimos reunió a representantes de Ghana, Togo y la Agencia de Balizas."),
])
def test_representatives_gathered_make_their_bodies_members_in_each_language_and_tense(lang, text):
    names = {**_ENVOYS, **_ENVOYS_FR_ES}
    found = {(t[1], t[3]) for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "member"}
    assert found == {("lpm", "gha"), ("lpm", "tgo"), ("lpm", "ab")}


def test_bodies_a_body_brought_together_in_the_past_are_no_members():
    text = "The Maritime Ports League brought together two agencies: the Beacon Agency and the Tide Service."
    found = {(t[1], t[3]) for t in rule_tuples(text, "en", _ENVOYS) if t[0] == "MEMBERSHIP" and t[2] == "member"}
    assert found == set()
