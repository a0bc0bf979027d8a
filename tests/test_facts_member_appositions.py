"""Memberships stated around an apposition (issue 11): members whose apposition counts them
(`A, B et C, ses trois pays riverains, sont membres de X`), a body that is a noun phrase after a
copula (`X es un consorcio integrado por A, B`), states that cooperate within a body in a relative
clause (`A, B and C, which cooperate within X`), `brings in`; and a body after a preposition is no
body formed (`a commission created under the X Protocol`)."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Ghana, le Togo et le Mali, ses trois pays voisins, sont membres de la CEDEAO."),
    ("en", "Ghana, Togo and Mali, the three riparian states, are members of ECOWAS."),
    ("es", "Ghana, Togo y Malí, sus tres países vecinos, son miembros de la CEDEAO."),
])
def test_an_apposition_counting_the_members_may_stand_before_the_cue_and_gives_no_size(fast, lang, text):
    found = members(fast, text, lang)
    assert {("ecowas", "member", "gha"), ("ecowas", "member", "tgo"), ("ecowas", "member", "mli")} <= found, found
    assert not any(t[1] == "size" for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Ghana, le Togo et le Mali, deux pays voisins, sont membres de la CEDEAO."),
    ("en", "Ghana, Togo and Mali, the two riparian states, are members of ECOWAS."),
    ("es", "Ghana, Togo y Malí, sus cuatro países vecinos, son miembros de la CEDEAO."),
])
def test_an_apposition_counting_others_keeps_the_members_apart(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("es", "El Instituto Nacional de Estadística es un consorcio público integrado por la Universidad de "
           "Zaragoza, el Gobierno de Aragón y UNICEF."),
    ("en", "The Pacific Data Institute is a public consortium made up of the University of Fiji, the "
           "Government of Samoa and UNICEF."),
    ("fr", "L'Institut de Recherche du Sahel est un consortium public composé de l'Université de Dakar, "
           "du Gouvernement du Mali et de l'UNICEF."),
])
def test_a_body_that_is_a_noun_made_up_of_others_has_them_as_members(fast, lang, text):
    found = members(fast, text, lang)
    assert len({t[2] for t in found if t[1] == "member"}) == 3 and "unicef" in {t[2] for t in found}, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Pacific Data Institute is a member of a network that brings together the University of Fiji, "
           "the Government of Samoa and UNICEF."),
    ("es", "El Instituto Nacional de Estadística es socio de una red integrada por la Universidad de Zaragoza, "
           "el Gobierno de Aragón y UNICEF."),
])
def test_a_noun_with_a_complement_of_its_own_keeps_the_subject_out(fast, lang, text):
    found = members(fast, text, lang)
    assert not any(t[0] in ("pacific data institute", "instituto nacional de estadística") for t in found), found


@pytest.mark.parametrize("lang, text, body", [
    ("en", "The basin is shared by Mali, Niger and Guinea, which cooperate within the Niger Basin Authority "
           "(NBA), set up in 1980.", "abn"),
    ("fr", "Le bassin est partagé par le Mali, le Niger et la Guinée, qui coopèrent au sein de l'Autorité du "
           "bassin du Niger (ABN).", "abn"),
    ("es", "La cuenca es compartida por Bolivia, Perú y Chile, que cooperan en el seno de la Comunidad Andina.",
     "andean community"),
])
def test_states_that_cooperate_within_a_body_in_a_relative_clause_are_its_members(fast, lang, text, body):
    found = {t for t in members(fast, text, lang) if t[0] == body and t[1] == "member"}
    assert len(found) == 3, members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL and Europol, which cooperate within the United Nations, met in Lyon."),
    ("en", "Ghana and Togo, which border Benin, trade within the African Union."),
    ("fr", "Le Ghana et le Togo, qui commercent au sein de l'Union africaine, ont signé un accord."),
])
def test_bodies_or_another_verb_before_within_make_no_member(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang))


def test_a_body_that_brings_in_others_has_them_as_members(fast):
    found = members(fast, "The Joint Border Unit was set up in 2015. It brings in Interpol, the National Crime "
                          "Agency (NCA) and Frontex.", "en")
    assert {("joint border unit", "member", "interpol"), ("joint border unit", "member", "frontex")} <= found, found


@pytest.mark.parametrize("text", [
    "The Joint Border Unit brings in funding from Ghana and Togo.",
    "The Joint Border Unit brings together experts from Ghana and Togo.",
])
def test_bringing_in_what_states_give_makes_no_member(fast, text):
    assert not members(fast, text, "en")


@pytest.mark.parametrize("lang, text", [
    ("en", "Ghana, Togo and Mali run a basin commission created under the ECOWAS Protocol on Shared Watercourses."),
    ("en", "Ghana, Togo and Mali set up a commission, the first body created under the Abuja Treaty."),
])
def test_a_body_after_a_preposition_is_no_body_formed(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("es", "UNICEF participa en la Alianza Mundial para la Educación, junto con la UNESCO y el Banco Mundial."),
    ("en", "UNICEF takes part in the Global Partnership for Education, together with UNESCO and the World Bank."),
])
def test_bodies_listed_with_one_that_takes_part_in_a_body_take_part_too(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "gpe" and t[1] == "member"}
    assert {"unicef", "unesco", "world bank"} <= found, members(fast, text, lang)


@pytest.mark.parametrize("text", [
    "La Alianza del Pacífico incluye a la UNESCO y a la OMS.",
    "La Alianza del Pacífico reúne a la UNESCO y la OMS.",
])
def test_a_personal_a_and_an_article_before_the_members_are_no_noun_of_their_own(fast, text):
    found = {t[2] for t in members(fast, text, "es") if t[1] == "member"}
    assert {"unesco", "who"} <= found, members(fast, text, "es")


def test_the_experts_of_states_gathered_are_still_no_members(fast):
    assert not any(t[1] == "member" for t in members(fast, "La Alianza del Pacífico reunió a los expertos de "
                                                               "Bolivia y Perú.", "es"))


@pytest.mark.parametrize("lang, text, member", [
    ("en", "The Met Office represents the United Kingdom in the World Meteorological Organization (WMO).", "met office"),
    ("fr", "Météo-France représente la France au sein de l'Organisation météorologique mondiale (OMM).", "météo-france"),
    ("es", "El Centro Español de Metrología (CEM) representa a España en la Organización Mundial de la Salud, "
           "y coopera con la UNESCO.", "cem"),
])
def test_a_body_representing_its_state_inside_another_is_its_member(fast, lang, text, member):
    found = members(fast, text, lang)
    assert any(t[1:] == ("member", member) for t in found), found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Met Office represents the United Kingdom in talks with the World Meteorological Organization."),
    ("fr", "Météo-France représente la France lors des réunions de l'Organisation météorologique mondiale."),
])
def test_a_body_representing_its_state_at_a_meeting_of_another_is_no_member(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Commission de la Mer du Nord regroupe la Belgique, la France au titre de la Guyane, les Pays-Bas "
           "et la Norvège."),
    ("en", "The North Sea Commission groups Belgium, France on behalf of French Guiana, the Netherlands and Norway."),
    ("es", "La Comisión del Mar del Norte agrupa a Bélgica, Francia en nombre de la Guayana Francesa, los Países "
           "Bajos y Noruega."),
])
def test_the_territory_a_member_acts_for_keeps_the_list_whole_and_is_no_member(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[1] == "member"}
    assert found == {"bel", "fra", "nld", "nor"}, found


@pytest.mark.parametrize("lang, text, body, member", [
    ("es", "El Banco Central de Chile forma parte de una red internacional, la Red de Bancos Centrales Verdes.",
     "red de bancos centrales verdes", "banco central de chile"),
    ("en", "The Pacific Data Institute is part of a wider network, the Global Partnership for Education.", "gpe",
     "pacific data institute"),
    ("fr", "La Banque africaine de développement fait partie d'un réseau mondial, le Partenariat mondial pour "
           "l'éducation.", "gpe", "afdb"),
])
def test_the_body_an_apposition_names_after_a_noun_of_membership_has_the_member(fast, lang, text, body, member):
    assert (body, "member", member) in members(fast, text, lang), members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Pacific Data Institute is part of a wider network of universities, the Global Partnership for "
           "Education."),
    ("es", "El Banco Interamericano de Desarrollo forma parte de un grupo de bancos, el Grupo BID."),
])
def test_a_noun_with_a_complement_before_the_apposition_names_no_body(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "UNICEF is a partner that brings together Kenya and Chile."),
    ("en", "UNICEF is a global leader that gathers Kenya and Chile."),
])
def test_a_noun_after_the_copula_that_names_no_body_of_others_makes_no_members(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang)), members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya is part of a wider effort, the UNICEF campaign against measles."),
    ("en", "Kenya is part of a wider network, the UNICEF campaign against measles."),
    ("fr", "Le Kenya fait partie d'un réseau plus large, la campagne de l'UNICEF contre la rougeole."),
])
def test_a_body_that_does_not_end_the_apposition_or_a_noun_of_no_body_has_no_member(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang)), members(fast, text, lang)
