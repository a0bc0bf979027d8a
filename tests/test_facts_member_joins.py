"""Members that take part in a body, bodies joined to a cue of membership, and members listed
after `Parmi ses membres figurent` (member_joins.py)."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Chili participe au Groupe d'action financière, qui réunit des pays du monde entier."),
    ("en", "Chile takes part in the Financial Action Task Force, which gathers states of the whole world."),
    ("es", "Chile participa en el Grupo de Acción Financiera Internacional, que reúne a países de todo el mundo."),
])
def test_the_subject_of_a_verb_of_taking_part_is_a_member_of_the_body_after_it(fast, lang, text):
    found = members(fast, text, lang)
    assert any(t[1:] == ("member", "chl") for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Chili participe à la réunion du GAFI à Paris."),
    ("en", "Chile takes part in the FATF plenary meeting in Paris."),
])
def test_taking_part_in_a_meeting_of_a_body_makes_no_member(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Chili est membre du GAFI et de la communauté mondiale Egmont Group."),
    ("en", "Chile is a member of the FATF and of the global Egmont Group."),
])
def test_a_conjunction_and_the_preposition_again_join_a_further_body_of_the_same_member(fast, lang, text):
    found = {(t[0], t[2]) for t in members(fast, text, lang) if t[1] == "member"}
    assert {("fatf", "chl"), ("egmont group", "chl")} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Organisation des États américains, fondée en 1948 à Bogota, réunit les pays du continent. "
           "Parmi ses membres figurent le Chili, le Pérou et l'Uruguay."),
    ("es", "La Organización de los Estados Americanos, fundada en 1948 en Bogotá, reúne a los países del continente. "
           "Entre sus miembros figuran Chile, Perú y Uruguay."),
    ("en", "The Organization of American States, founded in 1948 in Bogotá, gathers the states of the continent. "
           "Among its members are Chile, Peru and Uruguay."),
])
def test_members_listed_after_among_its_members_are_those_of_the_body_the_last_sentence_opens_on(fast, lang, text):
    found = members(fast, text, lang)
    assert {("oas", "member", "chl"), ("oas", "member", "per"), ("oas", "member", "ury")} <= found, found
