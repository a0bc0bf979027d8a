"""Members listed after a noun of membership that names its body (member_copula.py): `The
signatories of X are A, B and C`, `Les États membres de X sont …`, `Los Estados parte de X son …`;
after a possessive or relative and a copula, present or past (member_nouns.py), where only what
introduces a list stands between the copula and the members (member_lists.opens_list), and the
possessive stands for no event named the sentence before (event_antecedent.py); the same copulas
before partners and after signatories (possessors.py, agreement_facts.py)."""

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


@pytest.mark.parametrize("lang, text", [
    ("en", "The Organization of American States, whose members were Chile, Peru and Uruguay, met in Lima in 1950."),
    ("es", "En 1950, la Organización de los Estados Americanos, cuyos miembros eran Chile, Perú y Uruguay, se reunió "
           "en Lima."),
    ("fr", "En 1950, l'Organisation des États américains, dont les membres étaient le Chili, le Pérou et l'Uruguay, "
           "s'est réunie à Lima."),
])
def test_members_after_a_past_copula_in_a_relative_after_the_body_are_its_members(fast, lang, text):
    """Another shape than the possessive opening a sentence: the relative right after the body's name."""
    found = {t[2] for t in members(fast, text, lang) if t[0] == "oas" and t[1] == "member"}
    assert {"chl", "per", "ury"} <= found, found


_FOUNDED = {"en": "The Organization of American States was founded in 1948. ",
            "es": "La Organización de los Estados Americanos se fundó en 1948. ",
            "fr": "L'Organisation des États américains a été fondée en 1948. "}


@pytest.mark.parametrize("lang, text", [
    ("en", "Its members were meeting in Chile, Peru and Uruguay."),
    ("en", "Its members are informed that Chile, Peru and Uruguay will vote first."),
    ("es", "Sus miembros eran invitados por Chile, Perú y Uruguay."),
    ("es", "Sus miembros fueron recibidos en Chile, Perú y Uruguay."),
    ("fr", "Ses membres étaient accueillis par le Chili, le Pérou et l'Uruguay."),
    ("fr", "Ses membres sont informés que le Chili, le Pérou et l'Uruguay voteront."),
])
def test_a_participle_preposition_or_verb_between_a_copula_and_a_list_makes_no_members(fast, lang, text):
    assert not members(fast, _FOUNDED[lang] + text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Its members were the following: Chile, Peru and Uruguay."),
    ("en", "Its three founding members were the Andean states: Chile, Peru and Uruguay."),
    ("es", "Sus miembros fueron los siguientes: Chile, Perú y Uruguay."),
    ("fr", "Ses membres étaient les suivants : le Chili, le Pérou et l'Uruguay."),
])
def test_words_that_announce_a_list_may_stand_between_a_copula_and_the_members(fast, lang, text):
    found = {t[2] for t in members(fast, _FOUNDED[lang] + text, lang) if t[0] == "oas" and t[1] == "member"}
    assert {"chl", "per", "ury"} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Organization of American States held a workshop in Lima in 2019. Its participants were Chile, Peru "
           "and Uruguay."),
    ("es", "La Organización de los Estados Americanos organizó un taller en Lima en 2019. Sus participantes fueron "
           "Chile, Perú y Uruguay."),
    ("fr", "L'Organisation des États américains a organisé un atelier à Lima en 2019. Ses participants étaient le "
           "Chili, le Pérou et l'Uruguay."),
    ("en", "The Organization of American States sent a mission to Haiti in 2019. Its members were Chile, Peru and "
           "Uruguay."),
])
def test_a_possessive_after_a_sentence_naming_an_event_stands_for_the_event_no_body(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Organization of American States was founded at a conference in Bogotá in 1948. Its members were "
           "Chile, Peru and Uruguay."),
    ("en", "The Organization of American States held its annual session in Lima. Its members are Chile, Peru and "
           "Uruguay."),
    ("es", "La Organización de los Estados Americanos se fundó en 1948. Su misión es promover la democracia. Sus "
           "miembros son Chile, Perú y Uruguay."),
])
def test_an_event_named_as_a_complement_a_session_or_the_bodys_mission_leaves_the_body_its_members(fast, lang, text):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "oas" and t[1] == "member"}
    assert {"chl", "per", "ury"} <= found, found


def _typed(fast, text: str, lang: str, kind: str) -> set:
    from partex.facts.score import records

    return {t for fact in records(fast.analyse(text, doc_id="t", lang=lang).facts) for t in fact.tuples if t[0] == kind}


@pytest.mark.parametrize("lang, text, kind", [
    ("en", "The Colombo Plan was founded in 1950. Its partners were informed by Chile, Peru and Uruguay.",
     "PARTNERSHIP"),
    ("fr", "La Convention de Ramsar a été signée en 1971. Les signataires furent accueillis par le Chili, le Pérou et "
           "l'Uruguay.", "AGREEMENT"),
    ("es", "La Convención de Ramsar se firmó en 1971. Los signatarios fueron invitados por Chile, Perú y Uruguay.",
     "AGREEMENT"),
])
def test_a_participle_after_the_copula_of_partners_or_signatories_gives_no_partnership_or_agreement(
        fast, lang, text, kind):
    assert not _typed(fast, text, lang, kind)


@pytest.mark.parametrize("lang, text, kind, pair", [
    ("en", "The Colombo Plan was founded in 1950. Its partners were Chile, Peru and Uruguay.", "PARTNERSHIP",
     {"colombo plan", "per"}),
    ("es", "La Convención de Ramsar se firmó en 1971. Los signatarios fueron Chile, Perú y Uruguay.", "AGREEMENT",
     {"chl", "per"}),
])
def test_partners_and_signatories_after_a_past_copula_give_partnerships_and_agreements(fast, lang, text, kind, pair):
    """The past copulas (class `including`) reach these readings too (docs/facts.md, memberships)."""
    found = _typed(fast, text, lang, kind)
    assert any(set(t[1]) == pair for t in found), found
