"""Members named after `among`, in a description or by a figure (sixteenth session): `Entre los
miembros de X figuran A, B`, `Parmi eux figurent A, B` after a gathering verb (member_copula.py), a
possessive figure of members and a colon, the publisher describing itself, a second verb's figure,
figures of states of a body (member_sizes.py), and the first person of the cues of membership."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members


def _members(fast, text, lang, body, publisher=None):
    return {t[2] for t in members(fast, text, lang, publisher) if t[0] == body and t[1] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Among the members of the Andean Community are Bolivia, Colombia and Peru."),
    ("fr", "Parmi les membres de la Communauté andine figurent la Bolivie, la Colombie et le Pérou."),
    ("es", "Entre los miembros de la Comunidad Andina figuran Bolivia, Colombia y Perú."),
])
def test_among_the_members_of_a_body_opening_a_sentence(fast, lang, text):
    assert _members(fast, text, lang, "andean community") == {"bol", "col", "per"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Andean Community brings together several South American countries. Among them are Bolivia, "
           "Colombia and Peru."),
    ("fr", "La Communauté andine rassemble plusieurs pays d'Amérique du Sud. Parmi eux figurent la Bolivie, la "
           "Colombie et le Pérou."),
    ("es", "La Comunidad Andina agrupa a varios países sudamericanos. Entre ellos figuran Bolivia, Colombia y Perú."),
])
def test_among_them_after_a_gathering_verb_names_its_members(fast, lang, text):
    assert _members(fast, text, lang, "andean community") == {"bol", "col", "per"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Andean Community met in Lima. Among them are Bolivia, Colombia and Peru."),
    ("es", "La Comunidad Andina celebró su cumbre en Lima. Entre ellos figuran Bolivia, Colombia y Perú."),
    ("en", "Each year, the Andean Community brings together delegations in Lima. Among them are Bolivia, Colombia "
           "and Peru."),
    ("fr", "Chaque année, la Communauté andine réunit des délégations à Lima. Parmi elles figurent la Bolivie et "
           "le Pérou."),
])
def test_among_them_with_no_gathering_verb_before_makes_no_members(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Andean Community was created in 1969. It links the ministries of its four member countries: "
           "Bolivia, Colombia, Ecuador and Peru."),
    ("fr", "La Communauté andine a été créée en 1969. Elle relie les ministères de ses quatre pays membres : la "
           "Bolivie, la Colombie, l'Équateur et le Pérou."),
    ("es", "La Comunidad Andina se creó en 1969. Vincula a los ministerios de sus cuatro países miembros: Bolivia, "
           "Colombia, Ecuador y Perú."),
])
def test_a_possessive_figure_of_members_and_a_colon_lists_them(fast, lang, text):
    assert _members(fast, text, lang, "andean community") == {"bol", "col", "ecu", "per"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous faisons partie de la Communauté andine depuis 1969."),
    ("es", "Formamos parte de la Comunidad Andina desde 1969."),
])
def test_the_first_person_of_a_cue_of_membership_makes_the_publisher_a_member(fast, lang, text):
    assert _members(fast, text, lang, "andean community", publisher="INTERPOL") == {"interpol"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Today we are a regional body with four member states: Bolivia, Colombia, Ecuador and Peru."),
    ("fr", "Nous sommes aujourd'hui une organisation régionale avec quatre États membres : la Bolivie, la "
           "Colombie, l'Équateur et le Pérou."),
    ("es", "Hoy somos un organismo regional con cuatro Estados miembros: Bolivia, Colombia, Ecuador y Perú."),
])
def test_the_publisher_describing_itself_with_a_figure_of_members_lists_its_members(fast, lang, text):
    found = members(fast, text, lang, "INTERPOL")
    assert {t[2] for t in found if t[:2] == ("interpol", "member")} == {"bol", "col", "ecu", "per"}
    assert {t[1] for t in found if t[0] == "interpol"} == {"member", "size"}


@pytest.mark.parametrize("lang, text", [
    ("en", "We work with a regional body with four member states."),
    ("en", "We support a regional body with four member states."),
    ("fr", "Nous travaillons avec une organisation régionale avec quatre États membres."),
    ("es", "Apoyamos a un organismo regional con cuatro Estados miembros."),
    ("en", "We are the secretariat of a network with four member states."),
    ("es", "Somos el socio principal de una red con cuatro Estados miembros."),
    ("fr", "Nous sommes un partenaire d'une organisation avec quatre pays membres."),
])
def test_a_body_the_publisher_works_with_or_supports_is_not_the_publisher_described(fast, lang, text):
    assert not members(fast, text, lang, "INTERPOL")


@pytest.mark.parametrize("lang, text", [
    ("en", "The Caribbean Community joined the Association of Caribbean States in 1994 and has 15 member states."),
    ("fr", "La Communauté des Caraïbes a rejoint l'Association des États de la Caraïbe en 1994 et compte 15 États "
           "membres."),
    ("es", "La Comunidad del Caribe se unió a la Asociación de Estados del Caribe en 1994 y cuenta con 15 Estados "
           "miembros."),
])
def test_a_second_verb_joined_by_a_conjunction_counts_the_members_of_the_clause_opener(fast, lang, text):
    sizes = {t[0] for t in members(fast, text, lang) if t[1] == "size"}
    assert sizes == {"caricom"}


@pytest.mark.parametrize("lang, text", [
    ("en", "IOM joined the Association of Caribbean States, which has 25 member states, in 1994."),
    ("fr", "L'OIM a rejoint l'Association des États de la Caraïbe, qui compte 25 États membres, en 1994."),
])
def test_a_relative_after_the_object_counts_the_objects_members(fast, lang, text):
    sizes = {t[0] for t in members(fast, text, lang) if t[1] == "size"}
    assert sizes == {"acs"}


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL signed an agreement with the Andean Community in 2019 and trained 54 member states."),
    ("es", "INTERPOL firmó un acuerdo con la Comunidad Andina en 2019 y formó a 54 Estados miembros."),
])
def test_a_second_verb_that_neither_counts_nor_gathers_gives_the_opener_no_size(fast, lang, text):
    assert not [t for t in members(fast, text, lang) if t[0] == "interpol"]


@pytest.mark.parametrize("lang, text, size", [
    ("en", "The 10 countries of ASEAN adopted the plan.", "10 country"),
    ("fr", "Les 27 pays de l'Union européenne ont adopté le plan.", "27 pays"),
    ("es", "El plan fue elaborado por los 15 Estados del SICA.", "15 estado"),
])
def test_a_figure_of_states_of_a_body_is_its_size(fast, lang, text, size):
    assert {t[2] for t in members(fast, text, lang) if t[1] == "size"} == {size}


@pytest.mark.parametrize("lang, text", [
    ("en", "Experts from 5 countries of the region met with UNODC."),
    ("es", "Expertos de 5 países de la región se reunieron con la UNODC."),
    ("en", "Three countries of the African Union signed the protocol."),
    ("en", "UNODC trained 40 officers from 5 countries of ECOWAS."),
    ("fr", "L'ONUDC a formé 40 agents de 5 pays de la CEDEAO."),
])
def test_a_figure_of_states_of_a_region_is_no_size(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The WCO and the African Union brought together 40 customs officers from six countries: Ghana, Kenya, "
           "Senegal and Zambia."),
    ("fr", "L'OMD et l'Union africaine ont réuni 40 douaniers venus de six pays : le Ghana, le Kenya, le Sénégal et "
           "la Zambie."),
    ("es", "La OMA y la Unión Africana reunieron a 40 aduaneros procedentes de seis países: Ghana, Kenia, Senegal y "
           "Zambia."),
])
def test_states_the_people_gathered_come_from_are_no_members(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La CEDEAO rassemble 15 pays : le Bénin, le Mali, le Niger et le Togo."),
    ("es", "La CEDEAO reúne a 15 países: Benín, Malí, Níger y Togo."),
])
def test_states_a_body_gathers_after_a_colon_are_its_members(fast, lang, text):
    assert {t[2] for t in members(fast, text, lang) if t[:2] == ("ecowas", "member")} == {"ben", "mli", "ner", "tgo"}


@pytest.mark.parametrize("lang, text, body, size", [
    ("en", "The 27 member states that make up the European Union adopted the plan.", "eu", "27 member state"),
    ("fr", "Les 15 pays qui sont membres de la CEDEAO ont adopté le plan.", "ecowas", "15 pays"),
    ("es", "Los 15 países que conforman la CEDEAO aprobaron el plan.", "ecowas", "15 país"),
])
def test_a_figure_of_states_that_make_up_a_body_is_its_size(fast, lang, text, body, size):
    assert (body, "size", size) in members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The 5 countries that signed the agreement with the European Union met."),
    ("fr", "Les 5 pays qui travaillent avec la CEDEAO se sont réunis."),
    ("en", "The 5 countries that joined the European Union in 2004 signed the plan."),
    ("fr", "Les 5 pays qui ont rejoint la CEDEAO ont signé le plan."),
])
def test_a_figure_of_states_before_another_verb_is_no_size(fast, lang, text):
    assert not [t for t in members(fast, text, lang) if t[1] == "size"]


@pytest.mark.parametrize("text", [
    "La Comunidad Andina tiene su sede en Lima. Forma parte del Sistema Andino de Integración desde 1997.",
    "La Comunidad Andina tiene su sede en Lima. Desde 1997 forma parte del Sistema Andino de Integración.",
    "La Comunidad Andina tiene su sede en Lima. Se unió al Sistema Andino de Integración en 1997.",
])
def test_a_cue_of_membership_whose_subject_spanish_leaves_out_has_the_body_spoken_of(fast, text):
    found = members(fast, text, "es")
    assert {(t[1], t[2]) for t in found} == {("member", "andean community")}, found


def test_a_noun_phrase_before_the_cue_is_its_own_subject_no_body_spoken_of(fast):
    text = "La Comunidad Andina tiene su sede en Lima. Sus expertos forman parte del Sistema Andino de Integración."
    assert not members(fast, text, "es")
