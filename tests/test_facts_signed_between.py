"""Agreements and partnerships of wordings the rules did not know (facts-40): an agreement a
sentence opening on it says was signed `between` named sides (`The Accord was signed … between
five states: A, B …`); `concluded that` reports a finding, no agreement; the agents of a joint act
are the one list after `by`; bodies listed as the one side of an unnamed speaker (`Agencies, among
them A, B and C, share their results with us`) each work with the speaker, not with each other."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


def _tuples(fast, text: str, lang: str, publisher: str | None = None) -> set:
    return tuples(fast.analyse(text, doc_id="t", lang=lang, publisher=publisher))


@pytest.mark.parametrize("lang, text", [
    ("en", "Regional fisheries\n\nThe agreement was signed in Lima on 3 May 2011 between four states: "
           "Chile, Peru, Ecuador and Colombia."),
    ("es", "Pesca regional\n\nEl acuerdo se firmó en Lima el 3 de mayo de 2011 entre cuatro Estados: "
           "Chile, Perú, Ecuador y Colombia."),
])
def test_an_agreement_signed_between_named_sides(fast, lang, text):
    found = _tuples(fast, text, lang)
    assert ("AGREEMENT", ("chl", "per"), "date", "2011-05-03") in found
    assert ("AGREEMENT", ("col", "ecu"), "date", "2011-05-03") in found


@pytest.mark.parametrize("lang, text", [
    ("en", "After two years, the review concluded that WHO, UNICEF and FAO had met every standard."),
    ("fr", "Après deux ans, l'évaluation a conclu que l'OMS, l'UNICEF et la FAO avaient respecté chaque norme."),
    ("es", "Tras dos años, los evaluadores concluyeron que la OMS, el UNICEF y la FAO habían cumplido cada norma."),
])
def test_concluding_that_is_no_agreement(fast, lang, text):
    assert not any(t[0] == "AGREEMENT" for t in _tuples(fast, text, lang))


def test_the_agents_of_a_joint_act_are_the_list_after_by(fast):
    text = ("At the summit, co-hosted by France and Germany in Paris in May 2019, Chile was one of four "
            "guest countries, with Peru, Kenya and Ghana.")
    pairs = {t[1] for t in _tuples(fast, text, "en") if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert ("deu", "fra") in pairs
    assert not any("per" in p or "ken" in p for p in pairs)


@pytest.mark.parametrize("lang, text", [
    ("en", "National agencies, among them WHO, UNICEF, FAO and WFP, verify the reports and share their "
           "results with us."),
    ("es", "Los organismos nacionales, entre ellos la OMS, el UNICEF, la FAO y el PMA, verifican los informes "
           "y comparten sus resultados con nosotros."),
    ("fr", "Les agences nationales, parmi lesquelles l'OMS, l'UNICEF, la FAO et le PAM, vérifient les rapports "
           "et partagent leurs résultats avec nous."),
])
def test_a_list_beside_the_speaker_is_no_pairs_of_its_own(fast, lang, text):
    pairs = {t[1] for t in _tuples(fast, text, lang, publisher="IOM") if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert ("iom", "who") in pairs
    assert not {("fao", "who"), ("unicef", "who"), ("fao", "wfp")} & pairs


@pytest.mark.parametrize("lang, text", [
    ("es", "El programa nació de una alianza entre la OMS y el UNICEF, a la que se sumaron la FAO y el PMA."),
    ("fr", "Le programme est né d'un partenariat entre l'OMS et l'UNICEF, rejoint par la FAO et le PAM."),
])
def test_those_who_joined_a_partnership_are_its_parties(fast, lang, text):
    pairs = {t[1] for t in _tuples(fast, text, lang) if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert {("unicef", "who"), ("fao", "who"), ("fao", "wfp"), ("unicef", "wfp")} <= pairs


@pytest.mark.parametrize("lang, text", [
    ("en", "In May 2019, the authorities of Chile and Peru set up a joint task force with the support of UNODC."),
    ("fr", "En mai 2019, les autorités du Chili et du Pérou ont mis en place une équipe conjointe avec l'appui de l'ONUDC."),
    ("es", "En mayo de 2019, las autoridades de Chile y del Perú crearon un equipo conjunto con el apoyo de la UNODC."),
])
def test_a_state_acts_through_its_authorities(fast, lang, text):
    pairs = {t[1] for t in _tuples(fast, text, lang) if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert ("chl", "unodc") in pairs


def test_the_states_a_joint_team_is_made_of_are_its_parties(fast):
    text = "A joint team of Chile, Peru and Ecuador, supported by UNODC, seized the cargo."
    pairs = {t[1] for t in _tuples(fast, text, "en") if t[0] == "PARTNERSHIP" and len(t) == 2}
    assert ("chl", "unodc") in pairs


def test_agreements_with_unnamed_sides_take_no_bodies_from_the_next_clause(fast):
    text = ("UNODC has cooperation agreements with many states, and liaison officers from countries "
            "such as Chile, Peru and Kenya work at its seat.")
    assert not any(t[0] == "AGREEMENT" for t in _tuples(fast, text, "en"))


@pytest.mark.parametrize("lang, text, publisher", [
    ("fr", "Un réseau douanier\n\nBRUXELLES, 3 mars 2024 – La Commission européenne a lancé aujourd'hui un réseau "
           "douanier. Nous, la Direction générale des douanes (DGD) du ministère des Finances du Sénégal, saluons "
           "cette initiative et travaillons avec l'OMD.\n", "DGD"),
    ("en", "A customs network\n\nBRUSSELS, 3 March 2024 – The European Commission today launched a customs network. "
           "We, the Customs Department (CD) of the Ministry of Finance of Ghana, welcome this initiative and work "
           "with the WCO.\n", "CD"),
])
def test_the_first_person_names_itself_with_the_body_it_belongs_to(fast, lang, text, publisher):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == publisher
