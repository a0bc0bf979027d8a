"""Members named in an aside or after `among` (sixteenth session): states in parentheses after a
body (member_brackets.py), `Entre los miembros de X figuran A, B`, `Parmi eux figurent A, B` after a
gathering verb (member_copula.py), a possessive figure of members and a colon (member_sizes.py),
and the first person of the cues of membership (facts.jsonl)."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members


def _members(fast, text, lang, body, publisher=None):
    return {t[2] for t in members(fast, text, lang, publisher) if t[0] == body and t[1] == "member"}


@pytest.mark.parametrize("lang, text, body", [
    ("en", "The Andean Community (Bolivia, Colombia, Ecuador and Peru) met in Lima.", "andean community"),
    ("fr", "La Communauté andine (Bolivie, Colombie, Équateur et Pérou) s'est réunie à Lima.", "andean community"),
    ("es", "La Comunidad Andina (Bolivia, Colombia, Ecuador y Perú) se reunió en Lima.", "andean community"),
])
def test_states_in_parentheses_after_a_body_are_its_members(fast, lang, text, body):
    assert _members(fast, text, lang, body) == {"bol", "col", "ecu", "per"}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Andean Community (Bolivia, Colombia, Ecuador and Peru) signed an agreement with the European Union."),
    ("fr", "La Communauté andine (Bolivie, Colombie, Équateur et Pérou) a signé un accord avec l'Union européenne."),
    ("es", "La Comunidad Andina (Bolivia, Colombia, Ecuador y Perú) firmó un acuerdo con la Unión Europea."),
])
def test_states_in_parentheses_are_an_aside_the_body_still_acts(fast, lang, text):
    from partex.facts.score import records

    tuples = {t for fact in records(fast.analyse(text, doc_id="t", lang=lang).facts) for t in fact.tuples}
    sides = {t[1] for t in tuples if t[0] == "AGREEMENT"}
    assert ("andean community", "eu") in sides or ("eu", "andean community") in sides, tuples
    assert not any("bol" in pair for pair in sides)


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL (Lyon, France) works with Kenya."),
    ("en", "The UNODC office (Kenya) works with Uganda."),
    ("fr", "L'ONUDC (Kenya et Ouganda, depuis 2019) travaille avec la Tanzanie."),
    ("es", "La UNODC (Kenia y Uganda, desde 2019) trabaja con Tanzania."),
])
def test_a_place_one_state_or_other_words_in_parentheses_make_no_members(fast, lang, text):
    assert not members(fast, text, lang)


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
])
def test_a_body_the_publisher_works_with_or_supports_is_not_the_publisher_described(fast, lang, text):
    assert not members(fast, text, lang, "INTERPOL")


@pytest.mark.parametrize("lang, text", [
    ("en", "IOM joined the United Nations system in 2016 and has 175 member states."),
    ("fr", "L'OIM a rejoint le système des Nations Unies en 2016 et compte plus de 170 États membres."),
    ("es", "La OIM se unió al sistema de las Naciones Unidas en 2016 y cuenta con más de 170 Estados miembros."),
])
def test_a_second_verb_joined_by_a_conjunction_counts_the_members_of_the_clause_opener(fast, lang, text):
    sizes = {t[0] for t in members(fast, text, lang) if t[1] == "size"}
    assert sizes == {"iom"}


@pytest.mark.parametrize("lang, text", [
    ("en", "IOM joined the United Nations, which has 193 member states, in 2016."),
    ("fr", "L'OIM a rejoint l'Organisation des Nations Unies, qui compte 193 États membres, en 2016."),
])
def test_a_relative_after_the_object_counts_the_objects_members(fast, lang, text):
    sizes = {t[0] for t in members(fast, text, lang) if t[1] == "size"}
    assert sizes == {"un"}


@pytest.mark.parametrize("lang, text, size", [
    ("en", "The 10 countries of ASEAN adopted the plan.", "10 country"),
    ("fr", "Les 27 pays de l'Union européenne ont adopté le plan.", "27 pays"),
    ("es", "El plan fue elaborado por los 15 Estados de la CARICOM.", "15 estado"),
])
def test_a_figure_of_states_of_a_body_is_its_size(fast, lang, text, size):
    assert {t[2] for t in members(fast, text, lang) if t[1] == "size"} == {size}


@pytest.mark.parametrize("lang, text", [
    ("en", "Experts from 5 countries of the region met with UNODC."),
    ("es", "Expertos de 5 países de la región se reunieron con la UNODC."),
])
def test_a_figure_of_states_of_a_region_is_no_size(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC and GIABA brought together 60 investigators from eight countries: Benin, Mali, Niger and Togo."),
    ("fr", "L'ONUDC et le GIABA ont réuni 60 enquêteurs venus de huit pays : le Bénin, le Mali, le Niger et le Togo."),
    ("es", "La UNODC y el GIABA reunieron a 60 investigadores procedentes de ocho países: Benín, Malí, Níger y Togo."),
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
    ("es", "Los 15 países que integran la CEDEAO aprobaron el plan.", "ecowas", "15 país"),
])
def test_a_figure_of_states_that_make_up_a_body_is_its_size(fast, lang, text, body, size):
    assert (body, "size", size) in members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The 5 countries that signed the agreement with the European Union met."),
    ("fr", "Les 5 pays qui travaillent avec la CEDEAO se sont réunis."),
])
def test_a_figure_of_states_before_another_verb_is_no_size(fast, lang, text):
    assert not [t for t in members(fast, text, lang) if t[1] == "size"]
