"""Members listed after a noun of membership that names its body (member_copula.py): `The
signatories of X are A, B and C`, `Les États membres de X sont …`, `Los Estados parte de X son …`."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members


@pytest.mark.parametrize("lang, text, body", [
    ("en", "The signatories of the Ramsar Convention are Chile, Peru and Uruguay.", "ramsar convention"),
    ("en", "The Parties to the Ramsar Convention include Chile, Peru and Uruguay.", "ramsar convention"),
    ("en", "The participating States of the Bali Process are Chile, Peru and Uruguay.", "bali process"),
    ("fr", "Les signataires de la Convention de Ramsar sont le Chili, le Pérou et l'Uruguay.", "convention de ramsar"),
    ("fr", "Les États participants du Processus de Bali sont le Chili, le Pérou et l'Uruguay.", "bali process"),
    ("es", "Los Estados parte de la Convención de Ramsar son Chile, Perú y Uruguay.", "convención de ramsar"),
    ("es", "Los miembros del Grupo Egmont incluyen a Chile, Perú y Uruguay.", "egmont group"),
])
def test_a_list_after_a_noun_of_membership_of_a_body_and_a_copula_are_its_members(fast, lang, text, body):
    found = {t[2] for t in members(fast, text, lang) if t[0] == body and t[1] == "member"}
    assert {"chl", "per", "ury"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Organization of American States was founded in 1948. Its founding partners are Chile, Peru and Uruguay."),
    ("es", "La Organización de los Estados Americanos se fundó en 1948. Sus socios fundadores son Chile, Perú y Uruguay."),
    ("fr", "L'Organisation des États américains a été fondée en 1948. Ses partenaires fondateurs sont le Chili, "
           "le Pérou et l'Uruguay."),
])
def test_founding_partners_are_members_and_no_partners(fast, lang, text):
    from partex.facts.score import records

    found = {t[2] for t in members(fast, text, lang) if t[0] == "oas" and t[1] == "member"}
    assert {"chl", "per", "ury"} <= found, found
    analysis = fast.analyse(text, doc_id="t", lang=lang)
    assert not [t for fact in records(analysis.facts) for t in fact.tuples if t[0] == "PARTNERSHIP"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The Organization of American States was founded in 1948. Its members were Chile, Peru and Uruguay."),
    ("en", "The members of the Organization of American States were Chile, Peru and Uruguay."),
    ("es", "La Organización de los Estados Americanos se fundó en 1948. Sus tres miembros fundadores fueron Chile, "
           "Perú y Uruguay."),
    ("es", "La Organización de los Estados Americanos se fundó en 1948. Sus miembros eran Chile, Perú y Uruguay."),
    ("fr", "L'Organisation des États américains a été fondée en 1948. Ses membres étaient le Chili, le Pérou et "
           "l'Uruguay."),
    ("fr", "L'Organisation des États américains a été fondée en 1948. Ses membres fondateurs furent le Chili, "
           "le Pérou et l'Uruguay."),
])
def test_members_listed_after_a_copula_in_the_past_are_members(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "oas" and t[1] == "member"}
    assert {"chl", "per", "ury"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Colombo Plan was founded in 1950. Its partners were Chile, Peru and Uruguay."),
    ("en", "UNODC organised a workshop in Accra. Participants were Ghana, Togo and Benin."),
    ("es", "La OEA organizó un taller en Lima. Los participantes fueron Chile, Perú y Uruguay."),
    ("es", "El proyecto de la OEA se lanzó en 2002. Los países beneficiarios fueron Chile, Perú y Uruguay."),
    ("fr", "Le projet de l'OEA a été lancé en 2002. Ses bénéficiaires étaient le Chili, le Pérou et l'Uruguay."),
    ("fr", "Les membres de l'OEA étaient réunis avec le Chili, le Pérou et l'Uruguay."),
])
def test_partners_participants_or_beneficiaries_after_a_copula_in_the_past_are_no_members(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Colombo Plan was founded in 1950. Its partners are Chile, Peru and Uruguay."),
    ("es", "El Plan Colombo se fundó en 1950. Sus socios son Chile, Perú y Uruguay."),
    ("fr", "Le Plan de Colombo a été fondé en 1950. Ses partenaires sont le Chili, le Pérou et l'Uruguay."),
])
def test_partners_without_a_rank_of_founding_are_no_members(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The officers of INTERPOL include Chile, Peru and Uruguay."),
    ("en", "Participants of the INTERPOL workshop included Chile, Peru and Uruguay."),
    ("en", "The members of the Egmont Group are committed to sharing data with Chile, Peru and Uruguay."),
    ("es", "Los expertos de la OEA son de Chile, Perú y Uruguay."),
    ("fr", "Les partenaires de l'OEA sont le Chili, le Pérou et l'Uruguay."),
])
def test_no_noun_of_membership_or_no_list_right_after_the_copula_makes_no_member(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Bali Process was launched in 2002. Its members: Chile, Peru and Uruguay."),
    ("en", "The Bali Process was launched in 2002. Bali Process members: Chile, Peru and Uruguay."),
    ("fr", "Le Processus de Bali a été lancé en 2002. Ses membres : le Chili, le Pérou et l'Uruguay."),
    ("es", "El Proceso de Bali se creó en 2002. Estados participantes: Chile, Perú y Uruguay."),
    ("en", "The Bali Process was launched in 2002. Member States: Chile, Peru and Uruguay."),
])
def test_a_noun_of_membership_and_a_colon_opening_a_sentence_list_the_members(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "bali process" and t[1] == "member"}
    assert {"chl", "per", "ury"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC organised a workshop in Accra. Participants: Ghana, Togo and Benin."),
    ("en", "UNODC organised a workshop in Accra. Participating countries: Ghana, Togo and Benin."),
    ("en", "UNODC organised a workshop in Accra. Participating: Ghana, Togo and Benin."),
    ("fr", "L'ONUDC a organisé un atelier à Dakar. Participants : le Ghana, le Togo et le Bénin."),
    ("es", "La UNODC organizó un taller en Lima. Participantes: Chile, Perú y Uruguay."),
    ("en", "Key facts: Ghana, Togo and Benin."),
])
def test_the_participants_of_a_meeting_after_a_colon_are_no_members(fast, lang, text):
    assert not members(fast, text, lang)
