"""Who works with whom: sides read from wording found on texts written by others (a possessive
after `between`, a subject inside a relative clause, bodies working within a network)."""

from __future__ import annotations

import pytest


def tuples(fast, text: str, lang: str, kind: str, publisher: str | None = None) -> set:
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang, publisher=publisher)
    return {t[1:] for fact in records(analysis.facts) for t in fact.tuples if t[0] == kind}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Argentine et le Brésil se sont engagés à renforcer la coopération entre leurs polices aux frontières."),
    ("en", "Argentina and Brazil agreed to strengthen the cooperation between their police forces at the border."),
    ("es", "Argentina y Brasil se comprometieron a reforzar la cooperación entre sus policías de tránsito."),
])
def test_cooperation_between_their_services_pairs_the_states_of_the_subject(fast, lang, text):
    assert (("arg", "bra"),) in tuples(fast, text, lang, "PARTNERSHIP")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Ces résultats reposent sur l'identification par l'ADN, que la Commission internationale pour les "
           "personnes disparues a introduite dès 2001, et sur une coopération étroite avec l'OSCE et l'OIM."),
    ("en", "These results rest on DNA identification, which the International Commission on Missing Persons "
           "introduced in 2001, and on close cooperation with the OSCE and IOM."),
    ("es", "Estos resultados se basan en la identificación por ADN, que la Comisión Internacional sobre Personas "
           "Desaparecidas introdujo en 2001, y en una cooperación estrecha con la OSCE y la OIM."),
])
def test_the_one_body_of_a_relative_clause_is_the_subject_of_a_cooperation_without_one(fast, lang, text):
    assert {(("icmp", "osce"),), (("icmp", "iom"),)} <= tuples(fast, text, lang, "PARTNERSHIP")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous travaillons avec INTERPOL et l'Organisation mondiale des douanes au sein du réseau ENFORCE."),
    ("en", "We work with INTERPOL and the World Customs Organization within the ENFORCE network."),
    ("es", "Trabajamos con INTERPOL y la Organización Mundial de Aduanas en el seno de la red ENFORCE."),
])
def test_bodies_working_within_a_network_are_its_members_and_still_partners(fast, lang, text):
    found = tuples(fast, text, lang, "MEMBERSHIP", publisher="UNODC")
    assert {("enforce", "member", "interpol"), ("enforce", "member", "wco"), ("enforce", "member", "unodc")} <= found
    assert (("interpol", "unodc"),) in tuples(fast, text, lang, "PARTNERSHIP", publisher="UNODC")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous travaillons avec INTERPOL et l'Organisation mondiale des douanes au sein de l'ONU."),
    ("en", "We work with INTERPOL and the World Customs Organization within the United Nations."),
    ("es", "Trabajamos con INTERPOL y la Organización Mundial de Aduanas en el seno de las Naciones Unidas."),
])
def test_working_within_a_body_that_is_no_network_makes_no_members(fast, lang, text):
    assert not tuples(fast, text, lang, "MEMBERSHIP", publisher="UNODC")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le HCR ne travaille pas seul. Avec le Fonds des Nations Unies pour l'enfance (UNICEF), il a lancé "
           "en 2017 une coalition. Avec l'Union interparlementaire (UIP), l'agence publie des guides depuis 2005."),
    ("en", "UNHCR has not worked alone. Together with the United Nations Children's Fund (UNICEF), it launched "
           "a coalition in 2017. With the Inter-Parliamentary Union (IPU), the agency has published handbooks since 2005."),
    ("es", "El ACNUR no trabaja solo. Junto con el Fondo de las Naciones Unidas para la Infancia (UNICEF), la agencia "
           "lanzó una coalición en 2017. Con la Unión Interparlamentaria (UIP), la agencia publica manuales desde 2005."),
])
def test_a_pronoun_after_an_opening_with_phrase_is_the_body_the_sentence_before_opened_with(fast, lang, text):
    found = tuples(fast, text, lang, "PARTNERSHIP")
    assert {(("unhcr", "unicef"),), (("ipu", "unhcr"),)} <= found
    assert (("ipu", "unicef"),) not in found  # the pronoun, not the partner of the sentence before


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le HCR ne travaille pas seul. Avec l'UNICEF, l'OIM a lancé une coalition en 2017."),
    ("en", "UNHCR has not worked alone. With UNICEF, IOM launched a coalition in 2017."),
    ("es", "El ACNUR no trabaja solo. Con el UNICEF, la OIM lanzó una coalición en 2017."),
])
def test_a_body_named_after_an_opening_with_phrase_is_its_subject_not_the_body_before(fast, lang, text):
    found = tuples(fast, text, lang, "PARTNERSHIP")
    assert (("iom", "unicef"),) in found and (("unhcr", "unicef"),) not in found


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC works in Asia. Together with UNICEF, the Office launched a plan. It also cooperates with UNDP."),
    ("fr", "L'ONUDC travaille en Asie. Avec l'UNICEF, l'Office a lancé un plan. Il coopère aussi avec le PNUD."),
    ("es", "La UNODC trabaja en Asia. Junto con UNICEF, la Oficina lanzó un plan. Ella también coopera con el PNUD."),
])
def test_a_title_that_is_a_mention_after_an_opening_with_phrase_is_the_body_the_next_pronoun_stands_for(fast, lang, text):
    from partex.facts.score import records

    facts = [fact.tuples for fact in records(fast.analyse(text, doc_id="t", lang=lang).facts)]
    found = [t[1:] for tuples_ in facts for t in tuples_ if t[0] == "PARTNERSHIP"]
    assert sorted(found) == [(("undp", "unodc"),), (("unicef", "unodc"),)], found  # not UNICEF with UNDP, nor twice


@pytest.mark.parametrize("lang, agreement, aside, later", [
    ("en", "UNODC and UNICEF signed a memorandum of understanding in 2019.", "The report covers many topics.",
     "In 2022, the two organisations launched a joint plan against trafficking."),
    ("fr", "L'ONUDC et l'UNICEF ont signé un protocole d'accord en 2019.", "Le rapport couvre de nombreux sujets.",
     "En 2022, les deux organisations ont lancé ensemble un plan contre la traite."),
    ("es", "La UNODC y UNICEF firmaron un memorando de entendimiento en 2019.", "El informe abarca muchos temas.",
     "En 2022, las dos organizaciones lanzaron conjuntamente un plan contra la trata."),
])
def test_the_parties_of_an_agreement_named_back_restate_it_only_in_its_paragraph_or_the_next(
        fast, lang, agreement, aside, later):
    pair = (("unicef", "unodc"),)
    assert pair not in tuples(fast, f"{agreement} {later}", lang, "PARTNERSHIP")
    assert pair not in tuples(fast, f"{agreement}\n\n{later}", lang, "PARTNERSHIP")
    assert pair in tuples(fast, f"{agreement}\n\n{aside}\n\n{later}", lang, "PARTNERSHIP")
