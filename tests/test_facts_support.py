"""Support and funding as partnership (the shared conventions: the supporter is a partner of
the supported), and the publisher a page opens on twice."""

from __future__ import annotations

import pytest


def pairs(analysis, source: str = "") -> set:
    """The partnership pairs of an analysis (of the facts from `source` only, where given)."""
    from partex.facts.score import records

    rows = [r for r in analysis.facts if not source or r["source"] == source]
    return {t[1] for fact in records(rows) for t in fact.tuples if t[0] == "PARTNERSHIP" and len(t) == 2}


# under a title: a sentence alone is its own title, where the learned model keeps every pair
SECONDED = [
    ("en", "Regional news\n\nJamaica, the Bahamas and Benin have seconded personnel to UNODC, and the European Union has "
           "contributed funds to the programme."),
    ("es", "Noticias regionales\n\nJamaica, las Bahamas y Benín enviaron personal en apoyo a la UNODC, y la Unión Europea aportó "
           "fondos al programa."),
    ("fr", "Actualités régionales\n\nLa Jamaïque, les Bahamas et le Bénin ont annoncé l'envoi de personnel en appui à l'ONUDC, et "
           "l'Union européenne a versé des fonds au programme."),
]


@pytest.mark.parametrize("lang, text", SECONDED)
def test_states_supporting_a_body_are_its_partners(fast, lang, text):
    analysis = fast.analyse(text, doc_id="t", lang=lang)
    assert {("jam", "unodc"), ("bhs", "unodc"), ("ben", "unodc")} <= pairs(analysis)
    # the rule's fact of support stands as it reads: the supporters are no pair among themselves,
    # and the clause after the break is another's
    support = pairs(analysis, "rule:support")
    assert support == {("jam", "unodc"), ("bhs", "unodc"), ("ben", "unodc")}


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC supported two conventions ratified by Honduras."),
    ("es", "La UNODC apoyó dos convenciones ratificadas por Honduras."),
    ("fr", "L'ONUDC soutient deux conventions ratifiées par le Honduras."),
])
def test_the_agent_of_another_participle_is_not_supported(fast, lang, text):
    analysis = fast.analyse(text, doc_id="t", lang=lang)
    assert ("hnd", "unodc") not in pairs(analysis, "rule:support")
    assert not any(r["source"] == "rule:support" for r in analysis.facts)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC: working together in the region\n\nThe United Nations Office on Drugs and Crime (UNODC) "
           "supports the States of the region. Every day we work with Europol and UNODC."),
    ("es", "UNODC: trabajar juntos en la región\n\nLa Oficina de las Naciones Unidas contra la Droga y el "
           "Delito (UNODC) apoya a los Estados de la región. Cada día trabajamos con Europol y la UNODC."),
    ("fr", "ONUDC : travailler ensemble dans la région\n\nL'Office des Nations Unies contre la drogue et le "
           "crime (ONUDC) appuie les États de la région. Chaque jour, nous travaillons avec Europol et l'ONUDC."),
])
def test_the_body_opening_the_title_and_the_first_paragraph_publishes(fast, lang, text):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == "UNODC"


@pytest.mark.parametrize("lang, text", [
    ("en", "Under resolution 2396 (2017), INTERPOL supports the work of Europol."),
    ("fr", "En vertu de la résolution 2396 (2017), INTERPOL soutient le travail d'Europol."),
    ("es", "En virtud de la resolución 2396 (2017), INTERPOL apoya el trabajo de Europol."),
])
def test_a_support_the_model_already_kept_adds_no_fact_without_sides(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    sides = {}
    for row in rows:
        sides.setdefault(row["fact"], []).append(row["role"])
    assert sides and all({"party", "partner"} & set(roles) for roles in sides.values()), sides


@pytest.mark.parametrize("lang, text", [
    ("en", "Under resolution 2396 (2017), INTERPOL works with Europol."),
    ("fr", "INTERPOL travaille avec Europol. Cette coopération entre dans le champ de la résolution 1373 (2001)."),
    ("es", "En virtud de la resolución 2396 (2017), INTERPOL trabaja con Europol."),
])
def test_a_pair_and_its_framework_stated_once_are_one_fact(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    assert len({row["fact"] for row in rows}) == 1, rows
    assert {row["role"] for row in rows} >= {"party", "framework"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Japan and Germany support UNODC in the region."),
    ("en", "UNODC works in the region with technical assistance from Japan and Germany."),
    ("fr", "L'Allemagne et le Japon apporte un soutien à l'ONUDC dans la région."),
])
def test_support_and_assistance_wording_makes_each_supporter_a_partner(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {("jpn", "unodc"), ("deu", "unodc")} <= found
    assert ("deu", "jpn") not in found  # the supporters are one side, no pair of their own


# a list of supporters after a colon, one of them acting through two bodies of its own, and a
# subject the sentence leaves out (Spanish drops it; `it`/`il` stand inside the sentence)
SUPPORTERS = [
    ("en", "Regional news\n\nUNODC runs the programme in the region. To that end it acts with the support of "
           "partners: the European Union, Spain, through the Spanish Agency for International Development "
           "Cooperation (AECID) and the Fondo España-SICA, Germany and Japan."),
    ("es", "Noticias regionales\n\nLa UNODC ejecuta el programa en la región. Para ello cuenta además con el apoyo "
           "de socios: la Unión Europea, España, a través de la Agencia Española de Cooperación Internacional para "
           "el Desarrollo (AECID) y del Fondo España-SICA, Alemania y Japón."),
    ("fr", "Actualités régionales\n\nL'ONUDC met en œuvre le programme dans la région. Pour cela, il agit avec le "
           "soutien de partenaires : l'Union européenne, l'Espagne, par l'intermédiaire de l'Agence espagnole de "
           "coopération internationale pour le développement (AECID) et du Fondo España-SICA, l'Allemagne et le Japon."),
]


@pytest.mark.parametrize("lang, text", SUPPORTERS)
def test_every_supporter_of_a_list_after_a_colon_supports_the_subject_left_out(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {("eu", "unodc"), ("esp", "unodc"), ("deu", "unodc"), ("jpn", "unodc")} <= found, found
    assert ("aecid", "unodc") in found, found  # the body Spain acts through is of the list
    assert ("esp", "eu") not in found  # the supporters are one side


@pytest.mark.parametrize("lang, text", [
    ("en", "Regional news\n\nUNODC runs the programme. The notices were printed with the support of the European Union."),
    ("es", "Noticias regionales\n\nLa UNODC ejecuta el programa. Los avisos se imprimieron con el apoyo de la Unión Europea."),
    ("fr", "Actualités régionales\n\nL'ONUDC met en œuvre le programme. Les notices ont été imprimées avec le soutien de "
           "l'Union européenne."),
])
def test_a_sentence_with_a_subject_of_its_own_borrows_none(fast, lang, text):
    assert ("eu", "unodc") not in pairs(fast.analyse(text, doc_id="t", lang=lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "Regional news\n\nDevelopment partners, among them Australia, Germany and Japan, support UNODC in the region."),
    ("es", "Noticias regionales\n\nLos socios para el desarrollo, como Australia, Alemania y Japón, apoyan a la UNODC "
           "en la región."),
    ("fr", "Actualités régionales\n\nLes partenaires de développement, parmi lesquels l'Australie, l'Allemagne et le Japon, "
           "soutiennent l'ONUDC dans la région."),
])
def test_partners_a_noun_names_are_the_subject_of_the_support_after_them(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {("aus", "unodc"), ("deu", "unodc"), ("jpn", "unodc")} <= found, found
    assert not {("aus", "deu"), ("deu", "jpn"), ("aus", "jpn")} & found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Regional news\n\nThe World Health Organization works closely with the World Customs Organization, INTERPOL and "
           "OLAF, in particular on the exchange of information."),
    ("es", "Noticias regionales\n\nLa Organización Mundial de la Salud colabora estrechamente con la Organización Mundial de "
           "Aduanas, INTERPOL y la OLAF, en particular en el intercambio de información."),
    ("fr", "Actualités régionales\n\nL'Organisation mondiale de la santé travaille en étroite collaboration avec "
           "l'Organisation mondiale des douanes, INTERPOL et l'OLAF, notamment pour le partage d'informations."),
])
def test_a_later_cue_of_the_same_partners_pairs_them_not_among_themselves(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {("interpol", "who"), ("olaf", "who"), ("wco", "who")} <= found, found
    assert not {("interpol", "olaf"), ("interpol", "wco"), ("olaf", "wco")} & found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Regional news\n\nINTERPOL, Europol and UNODC signed an agreement on 17 March 2022. In October 2022, the "
           "three organizations jointly launched an action plan."),
    ("es", "Noticias regionales\n\nEl 17 de marzo de 2022, la FAO, el PNUMA y la OMS firmaron un memorando de "
           "entendimiento. En octubre de 2022, las tres organizaciones lanzaron conjuntamente un plan de acción."),
    ("fr", "Actualités régionales\n\nLe 17 mars 2022, la FAO, le PNUE et l'OMS ont signé un protocole d'accord. En "
           "octobre 2022, les trois organisations ont lancé ensemble un plan d'action."),
])
def test_the_parties_of_an_agreement_named_back_together_state_no_partnership(fast, lang, text):
    rows = fast.analyse(text, doc_id="t", lang=lang).facts
    assert {r["type"] for r in rows} == {"AGREEMENT"}, rows


@pytest.mark.parametrize("lang, text", [
    ("en", "Regional news\n\nThe World Health Organization works closely with the networks of the African Union: INTERPOL, "
           "Europol and OLAF."),
    ("es", "Noticias regionales\n\nLa Organización Mundial de la Salud colabora estrechamente con las redes de la Unión "
           "Africana: INTERPOL, Europol y la OLAF."),
    ("fr", "Actualités régionales\n\nL'Organisation mondiale de la santé travaille en étroite collaboration avec les "
           "réseaux de l'Union africaine : INTERPOL, Europol et l'OLAF."),
])
def test_the_list_a_colon_details_after_a_qualified_noun_are_the_partners(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {("interpol", "who"), ("europol", "who"), ("olaf", "who")} <= found, found
    assert not {("europol", "interpol"), ("interpol", "olaf"), ("europol", "olaf")} & found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Regional news\n\nThe World Health Organization works closely with INTERPOL and regional bodies such as "
           "Europol and AFRIPOL."),
    ("es", "Noticias regionales\n\nLa Organización Mundial de la Salud colabora con INTERPOL y organismos regionales como "
           "Europol y AFRIPOL."),
    ("fr", "Actualités régionales\n\nL'Organisation mondiale de la santé collabore avec INTERPOL et des organismes "
           "régionaux comme Europol et AFRIPOL."),
])
def test_examples_that_continue_a_list_of_partners_are_partners(fast, lang, text):
    found = pairs(fast.analyse(text, doc_id="t", lang=lang))
    assert {("interpol", "who"), ("europol", "who"), ("afripol", "who")} <= found, found
    assert ("afripol", "europol") not in found, found
