"""Facts read from wording the corpus does not hold (found on texts written by others)."""

from __future__ import annotations

import pytest

from facts_helpers import tuples


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC supports the regional plan against drugs. The agreement was signed in 1993 by Cambodia, "
           "China and Thailand."),
    ("es", "La ONUDD apoya el plan regional contra las drogas. El acuerdo que lo creó fue firmado en Lisboa "
           "en 1993 por Camboya, China y Tailandia."),
    ("fr", "L'ONUDC soutient le plan régional contre les drogues. L'accord a été signé en 1993 par le "
           "Cambodge, la Chine et la Thaïlande."),
])
def test_an_agreement_opening_on_its_own_name_has_the_signatories_its_sentence_names(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "AGREEMENT"}
    assert {("AGREEMENT", ("chn", "khm"), "date", "1993"), ("AGREEMENT", ("khm", "tha"), "date", "1993"),
            ("AGREEMENT", ("chn", "tha"), "date", "1993")} <= found
    assert not any("unodc" in t[1] for t in found)


def test_an_agreement_approved_by_each_side_in_turn_is_no_new_agreement_between_approvers(fast):
    text = ("INTERPOL and Europol signed an agreement in 2001. The agreement was approved by the Council "
            "of Europe and by the European Union in 2002.")
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang="en")) if t[0] == "AGREEMENT"}
    assert not any(set(t[1]) == {"coe", "eu"} for t in found)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous travaillons en coordination avec l'ONUDC et Europol contre la traite."),
    ("es", "La OIM trabajará en coordinación con la UNODC y Europol contra la trata."),
    ("en", "Our work is made possible by contributions from UNODC and Europol."),
])
def test_words_of_coordination_and_contribution_name_a_subject_and_its_partners(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    subject = "iom" if lang == "es" else "interpol"
    assert {("PARTNERSHIP", tuple(sorted((subject, "unodc")))), ("PARTNERSHIP", tuple(sorted((subject, "europol"))))} <= found
    assert ("PARTNERSHIP", ("europol", "unodc")) not in found  # partners of one subject, not of each other


@pytest.mark.parametrize("lang, text, size", [
    ("en", "The Egmont Group today has more than 170 member jurisdictions.", "170 member jurisdiction"),
    ("es", "Hoy AMERIPOL reúne a 33 cuerpos de policía de la región.", "33 cuerpo de policía"),
])
def test_a_figure_of_member_jurisdictions_or_police_forces_is_a_size(fast, lang, text, size):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert size in {t[3] for t in found if t[0] == "MEMBERSHIP" and t[2] == "size"}


def test_members_listed_after_a_relative_of_inclusion_are_the_publishers(fast):
    text = "Facilitamos la formación entre nuestros miembros, entre los que figuran Europol y la UNODC."
    found = tuples(fast.analyse(text, doc_id="t", lang="es", publisher="AMERIPOL"))
    assert {("MEMBERSHIP", "ameripol", "member", "europol"), ("MEMBERSHIP", "ameripol", "member", "unodc")} <= found


@pytest.mark.parametrize("lang, text, supported, supporters", [
    ("es", "La ONUDD se financió con contribuciones voluntarias de la Unión Europea y de Suecia.", "unodc", ("eu", "swe")),
    ("fr", "La Jamaïque et le Belize ont annoncé l'envoi de personnel en appui à l'ONUDC.", "unodc", ("jam", "blz")),
])
def test_a_supporter_or_funder_is_a_partner_of_the_body_it_supports(fast, lang, text, supported, supporters):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert {("PARTNERSHIP", tuple(sorted((supported, s)))) for s in supporters} <= found
    assert ("PARTNERSHIP", tuple(sorted(supporters))) not in found  # one side, not a pair


def test_a_state_whose_body_a_possessive_names_is_no_side(fast):
    text = "The workshop was co-organized by Thailand's Office of the Narcotics Control Board (ONCB) and UNODC."
    found = tuples(fast.analyse(text, doc_id="t", lang="en"))
    assert ("PARTNERSHIP", ("oncb", "unodc")) in found
    assert not any(t[0] == "PARTNERSHIP" and "tha" in t[1] for t in found)


def test_respectively_pairs_operations_with_their_dates(fast):
    text = ("L'opération Thunderball a été coordonnée par INTERPOL en juin 2019. Thunderball fait suite aux "
            "opérations Thunderbird et Thunderstorm, menées respectivement en 2017 et en 2018.")
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang="fr")) if t[0] == "OPERATION" and t[2] == "date"}
    assert {("OPERATION", "thunderbird", "date", "2017"), ("OPERATION", "thunderstorm", "date", "2018")} <= found
    assert not {("OPERATION", "thunderbird", "date", "2018"), ("OPERATION", "thunderstorm", "date", "2017"),
                ("OPERATION", "thunderball", "date", "2017")} & found


def test_leave_one_out_scores_each_corpus_with_a_model_trained_on_the_others(fast):
    pytest.importorskip("sklearn")
    from partex.components.facts import fact_inputs
    from partex.facts.train import leave_one_out

    texts = {"a": "INTERPOL coopère avec l'ONUDC.", "b": "Europol coopère avec l'OMD.",
             "c": "L'ONUDC coopère avec Europol."}
    pairs = {"a": ("INTERPOL", "UNODC"), "b": ("Europol", "WCO"), "c": ("UNODC", "Europol")}
    corpora = []
    for name, text in texts.items():
        inputs = {name: {**fact_inputs(fast.pipeline("fr")(text), "fr"), "publisher": None}}
        party, partner = pairs[name]
        gold = [{"doc_id": name, "fact": "f1", "type": "PARTNERSHIP", "role": "party", "norm": party},
                {"doc_id": name, "fact": "f1", "type": "PARTNERSHIP", "role": "partner",
                 "norm": partner if name != "c" else "WCO"}]  # c: a gold the text does not state
        corpora.append((name, inputs, gold))
    found = {r["corpus"]: r for r in leave_one_out(corpora, folds=2)}
    assert set(found) == set(texts)
    assert found["a"]["rules"] == found["b"]["rules"] == 1.0
    assert found["c"]["rules"] == 0.0
    assert all(0.0 <= r["learned"] <= 1.0 and r["documents"] == 1 for r in found.values())


def test_the_joint_funders_of_a_named_project_are_its_partners(fast):
    text = ("L'atelier s'inscrit dans le projet GLACY-e, financé conjointement par l'Union européenne et le "
            "Conseil de l'Europe.")
    found = tuples(fast.analyse(text, doc_id="t", lang="fr"))
    assert {("OPERATION", "glacy-e", "partner", "eu"), ("OPERATION", "glacy-e", "partner", "coe")} <= found
    assert not any(t[0] == "PARTNERSHIP" for t in found)  # roles of the project, no partnership of their own


@pytest.mark.parametrize("lang, text", [
    ("fr", "Depuis 2020, nous mettons en œuvre le projet AIRCOP dans douze aéroports."),
    ("es", "Desde 2020 implementamos el proyecto AIRCOP en doce aeropuertos."),
    ("en", "Since 2020 we implement the AIRCOP project in twelve airports."),
])
def test_the_publisher_leads_an_operation_it_runs_in_the_first_person(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="UNODC"))
    assert ("OPERATION", "aircop", "lead", "unodc") in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Depuis 2016, nous appuyons l'opération Pandora, menée à l'échelle européenne."),
    ("es", "Desde 2016 apoyamos la operación Pandora en toda Europa."),
])
def test_the_publisher_supporting_an_operation_in_the_first_person_is_its_partner(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert ("OPERATION", "pandora", "partner", "interpol") in found


@pytest.mark.parametrize("lang, text, own, other", [
    ("fr", "INTERPOL a coordonné l'opération Thunderball en juin 2019 avec l'ONUDC, créé en novembre 1997.",
     "2019-06", "1997-11"),
    ("es", "Creada en 2007, AMERIPOL coordinó la operación Pandora en 2019.", "2019", "2007"),
    ("en", "UNODC, established in 1997, ran Operation Pandora in 2019.", "2019", "1997"),
])
def test_a_date_of_another_things_creation_is_no_date_of_the_operation(fast, lang, text, own, other):
    found = {t[3] for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "OPERATION" and t[2] == "date"}
    assert own in found
    assert other not in found


def test_the_operations_own_launch_keeps_its_date(fast):
    text = "Lancée en juin 2019, l'opération Thunderball a été coordonnée par INTERPOL et l'OMD."
    found = {t[3] for t in tuples(fast.analyse(text, doc_id="t", lang="fr")) if t[0] == "OPERATION" and t[2] == "date"}
    assert "2019-06" in found


@pytest.mark.parametrize("lang, text, subject, others", [
    ("es", "La OIM brinda apoyo técnico a la UNODC y la Europol.", "iom", ("unodc", "europol")),
    ("fr", "L'OIM apporte un appui technique à l'ONUDC depuis 2015.", "iom", ("unodc",)),
    ("en", "Kenya and Uganda have seconded officers to INTERPOL.", "interpol", ("ken", "uga")),
])
def test_giving_support_or_seconding_staff_makes_partners_of_the_two_sides(fast, lang, text, subject, others):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert {("PARTNERSHIP", tuple(sorted((subject, o)))) for o in others} <= found
    assert ("PARTNERSHIP", tuple(sorted(others))) not in found  # one side, not a pair


def test_the_articulation_between_bodies_makes_each_two_partners(fast):
    text = "El encuentro permitió revisar la articulación entre la UNODC, la OIM y Europol."
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang="es")) if t[0] == "PARTNERSHIP"}
    assert {("PARTNERSHIP", ("iom", "unodc")), ("PARTNERSHIP", ("europol", "iom")), ("PARTNERSHIP", ("europol", "unodc"))} <= found


@pytest.mark.parametrize("lang, text", [
    ("es", "En esas estaciones, la OIM distribuye agua y alimentos, y ofrece orientación sobre la trata, junto con "
           "el ACNUR y el UNICEF."),
    ("fr", "Dans ces centres, l'OIM distribue de l'eau, et donne des conseils sur la traite, en collaboration avec "
           "le HCR et l'UNICEF."),
    ("en", "At these stations, IOM distributes water and food, and offers advice on trafficking, in cooperation "
           "with UNHCR and UNICEF."),
])
def test_a_clause_opened_by_a_conjunction_shares_the_subject_of_the_clause_before(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "PARTNERSHIP"}
    assert {("PARTNERSHIP", ("iom", "unhcr")), ("PARTNERSHIP", ("iom", "unicef"))} <= found
    assert ("PARTNERSHIP", ("unhcr", "unicef")) not in found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'ONUDC régional, l'OIM et le HCR coopèrent étroitement sur la traite."),
    ("es", "La UNODC regional, la OIM y el ACNUR cooperan estrechamente en la lucha contra la trata."),
    ("en", "UNODC regional, IOM and UNHCR cooperate closely on trafficking."),
])
def test_an_adjective_left_out_of_a_name_does_not_cut_its_list(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "PARTNERSHIP"}
    assert {("PARTNERSHIP", ("iom", "unodc")), ("PARTNERSHIP", ("unhcr", "unodc"))} <= found


@pytest.mark.parametrize("lang, text, other", [
    ("en", "We work closely with UNODC and with the European Union, whose SEACOP project has supported information "
           "sharing since 2016.", "eu"),
    ("fr", "Nous coopérons étroitement avec l'OMI et avec l'ONUDC, dont le projet SEACOP forme les garde-côtes.", "imo"),
    ("es", "Colaboramos con la OMI y con la UNODC, cuyo proyecto SEACOP forma a los guardacostas.", "imo"),
])
def test_an_operation_named_in_a_relative_clause_leaves_the_partnership_of_its_sentence(fast, lang, text, other):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="INTERPOL"))
    assert {("PARTNERSHIP", ("interpol", "unodc")), ("PARTNERSHIP", tuple(sorted(("interpol", other))))} <= found


def test_a_membership_stated_in_a_relative_clause_leaves_the_partnership_of_its_sentence(fast):
    text = "La OMI, que cuenta con 175 Estados miembros, coopera estrechamente con la UNODC e INTERPOL."
    found = tuples(fast.analyse(text, doc_id="t", lang="es"))
    assert ("MEMBERSHIP", "imo", "size", "175 estado miembro") in found
    assert {("PARTNERSHIP", ("imo", "interpol")), ("PARTNERSHIP", ("imo", "unodc"))} <= found


@pytest.mark.parametrize("lang, text", [
    ("es", "La Comisión Europea, Europol y los Estados Unidos colaboran con el centro en calidad de observadores."),
    ("fr", "La Commission européenne, Europol et les États-Unis coopèrent avec le centre en tant qu'observateurs."),
    ("en", "The European Commission, Europol and the United States cooperate with the centre as observers."),
])
def test_bodies_working_with_a_side_named_by_no_body_are_no_pair_of_their_own(fast, lang, text):
    from test_facts import rule_tuples

    assert {m["norm"] for m in fast.analyse(text, doc_id="t", lang=lang).mentions} >= {"Europol", "USA"}
    assert not [t for t in rule_tuples(fast, "MAOC-N\n\n" + text, lang) if t[0] == "PARTNERSHIP"]


@pytest.mark.parametrize("lang, text", [
    ("en", "AMERIPOL, a body created in 2007 that brings together Europol and INTERPOL, met in Bogotá."),
    ("fr", "AMERIPOL, un organisme créé en 2007 qui réunit Europol et INTERPOL, s'est réuni à Bogota."),
    ("es", "AMERIPOL, un organismo creado en 2007 que reúne a Europol e INTERPOL, se reunió en Bogotá."),
])
def test_a_body_whose_apposition_gathers_others_has_them_as_members(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert {("MEMBERSHIP", "ameripol", "member", "europol"), ("MEMBERSHIP", "ameripol", "member", "interpol")} <= found


@pytest.mark.parametrize("text, member", [
    ("Our members include Europol, the UK's National Crime Agency and INTERPOL.", "nca"),
    ("Our members include the Financial Crimes Enforcement Network (FinCEN) of the United States, France's "
     "Tracfin and INTERPOL.", "tracfin"),
])
def test_a_state_owning_a_body_in_a_list_does_not_cut_it(fast, text, member):
    found = tuples(fast.analyse(text, doc_id="t", lang="en", publisher="Egmont Group"))
    assert {("MEMBERSHIP", "egmont group", "member", member), ("MEMBERSHIP", "egmont group", "member", "interpol")} <= found


def test_a_text_named_by_the_bodies_a_partnership_goes_on_with_is_not_its_framework(fast):
    text = ("INTERPOL coopère avec l'ONUDC et l'OIM contre la traite des personnes. "
            "Cette action se prolonge avec l'OSCE et avec le GRETA, chargé de suivre l'application "
            "de la Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains.")
    analysis = fast.analyse(text, doc_id="t", lang="fr")
    found = {t for t in tuples(analysis) if t[0] == "PARTNERSHIP"}
    assert any("osce" in t[1] for t in found)  # the partnership goes on with the OSCE
    assert not any(len(t) > 2 and t[2] == "framework" for t in found)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Working together to protect the EU budget\n\nThe European Public Prosecutor's Office (EPPO) is the "
           "independent prosecution office of the European Union. We work closely with Europol.", "EPPO"),
    ("fr", "Protéger ensemble le budget de l'UE\n\nLe Parquet européen (EPPO) est le parquet indépendant de "
           "l'Union européenne. Nous travaillons avec Europol.", "EPPO"),
    ("es", "Proteger juntos el presupuesto de la UE\n\nLa Fiscalía Europea (EPPO) es la fiscalía independiente "
           "de la Unión Europea. Trabajamos con Europol.", "EPPO"),
    # a body opening the title is the page's own even when the first paragraph opens on another
    ("fr", "INTERPOL et l'ONUDC : un partenariat\n\nL'Office des Nations Unies contre la drogue et le crime "
           "(ONUDC) est l'un des partenaires d'INTERPOL. Nos deux organisations mènent des projets.", "INTERPOL"),
])
def test_a_body_named_inside_the_title_yields_to_the_one_opening_the_first_paragraph(fast, lang, text, expected):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "We bring together three member forces: the Guardia Civil, the Gendarmerie nationale and the "
           "Arma dei Carabinieri."),
    ("fr", "Nous rassemblons trois forces membres : la Guardia Civil, la Gendarmerie nationale et l'Arma dei "
           "Carabinieri."),
    ("es", "Reunimos tres fuerzas miembros: la Guardia Civil, la Gendarmerie nationale y el Arma dei "
           "Carabinieri."),
])
def test_the_publisher_gathering_members_in_the_first_person_has_them_as_members(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="EUROGENDFOR"))
    assert ("MEMBERSHIP", "eurogendfor", "member", "guardia civil") in found
    assert any(t[:3] == ("MEMBERSHIP", "eurogendfor", "size") and t[3].startswith("3 ") for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "Poland joined us in February 2024."),
    ("fr", "La Pologne nous a rejoints en 2011."),
    ("es", "Polonia se nos unió en 2011."),
])
def test_a_state_joining_the_publisher_in_the_first_person_is_its_member(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="EUROGENDFOR"))
    assert ("MEMBERSHIP", "eurogendfor", "member", "pol") in found


@pytest.mark.parametrize("lang, text", [
    ("en", "Operation Boira ended on 14 November with eleven searches.\n\n"
           "The investigation was supported by the European Anti-Fraud Office (OLAF)."),
    ("fr", "L'opération Boira s'est achevée le 14 novembre par onze perquisitions.\n\n"
           "L'enquête a bénéficié de l'appui de l'Office européen de lutte antifraude (OLAF)."),
    ("es", "La operación Boira culminó el 14 de noviembre con once registros.\n\n"
           "La investigación contó con el apoyo de la Oficina Europea de Lucha contra el Fraude (OLAF)."),
])
def test_a_paragraph_opening_on_the_investigation_goes_on_about_the_operation(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert ("OPERATION", "boira", "partner", "olaf") in found


@pytest.mark.parametrize("lang, text", [
    ("en", "We place rapidly deployable units at the disposal of the European Union and NATO."),
    ("fr", "Nous mettons des unités rapidement déployables à la disposition de l'Union européenne et de l'OTAN."),
    ("es", "Ponemos unidades de despliegue rápido a disposición de la Unión Europea y de la OTAN."),
])
def test_putting_units_at_the_disposal_of_bodies_makes_them_partners(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang, publisher="EUROGENDFOR"))
    assert {("PARTNERSHIP", ("eu", "eurogendfor")), ("PARTNERSHIP", ("eurogendfor", "nato"))} <= found
    assert ("PARTNERSHIP", ("eu", "nato")) not in found


@pytest.mark.parametrize("lang, text", [
    ("en", "Border cooperation\n\nLYON, 22 August 2024 – The police and customs services signed today a "
           "protocol of joint work.\n\nThe document was signed by INTERPOL, Europol and the World Customs "
           "Organization."),
    ("es", "Cooperación fronteriza\n\nLYON, 22 de agosto de 2024 – Las fuerzas de policía y de aduanas firmaron "
           "hoy un protocolo de trabajo conjunto.\n\nEl documento fue suscrito por INTERPOL, Europol y la "
           "Organización Mundial de Aduanas."),
    ("fr", "Coopération aux frontières\n\nLYON, 22 août 2024 – Les services de police et de douane ont signé "
           "aujourd'hui un protocole de travail commun.\n\nLe document a été signé par INTERPOL, Europol et "
           "l'Organisation mondiale des douanes."),
])
def test_an_agreement_opening_on_a_reference_to_the_one_signed_before_takes_its_date(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "AGREEMENT"}
    assert ("AGREEMENT", ("europol", "interpol"), "date", "2024-08-22") in found
    # a sentence before that signed nothing gives no date
    unsigned = text.replace("signed today", "discussed").replace("firmaron hoy", "discutieron") \
        .replace("ont signé aujourd'hui", "ont discuté")
    found = {t for t in tuples(fast.analyse(unsigned, doc_id="t", lang=lang)) if t[0] == "AGREEMENT"}
    assert ("AGREEMENT", ("europol", "interpol"), "date", "") in found


@pytest.mark.parametrize("lang, text", [
    ("en", "INTERPOL led Operation Zorbax in 2017 and Operation Kalimex in 2018."),
    ("fr", "INTERPOL a mené l'opération Zorbax en 2017 puis l'opération Kalimex en 2018."),
    ("es", "INTERPOL dirigió la operación Zorbax en 2017 y la operación Kalimex en 2018."),
])
def test_operations_and_dates_in_turn_each_take_their_own_date(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "OPERATION" and t[2] == "date"}
    assert {("OPERATION", "zorbax", "date", "2017"), ("OPERATION", "kalimex", "date", "2018")} <= found
    assert not {("OPERATION", "zorbax", "date", "2018"), ("OPERATION", "kalimex", "date", "2017")} & found


def test_operations_named_before_one_date_share_it(fast):
    text = "INTERPOL led Operation Zorbax and Operation Kalimex in 2018."
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang="en")) if t[0] == "OPERATION" and t[2] == "date"}
    assert {("OPERATION", "zorbax", "date", "2018"), ("OPERATION", "kalimex", "date", "2018")} <= found
