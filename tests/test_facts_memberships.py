"""Memberships read from wording found on texts written by others (possessives, pronouns, lists)."""

from __future__ import annotations

import pytest
from facts_helpers import member_tuples as members


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le SELEC a été institué en 2009 par une convention. Ses membres sont l'Albanie, la Grèce et la Serbie."),
    ("en", "The SELEC was established in 2009 by a convention. Its members are Albania, Greece and Serbia."),
    ("es", "El SELEC fue creado en 2009 por un convenio. Sus miembros son Albania, Grecia y Serbia."),
])
def test_members_a_possessive_lists_are_those_of_the_body_the_last_sentence_speaks_of(fast, lang, text):
    found = members(fast, text, lang)
    assert {("selec", "member", "alb"), ("selec", "member", "grc"), ("selec", "member", "srb")} <= found


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "Le SELEC a présenté les résultats d'une opération menée par neuf de ses onze États membres.",
     "11 état membre"),
    ("en", "The SELEC presented the results of an operation run by nine of its eleven member states.",
     "11 member state"),
    ("es", "El SELEC presentó los resultados de una operación realizada por nueve de sus once Estados miembros.",
     "11 estado miembro"),
])
def test_a_figure_of_members_after_a_possessive_is_the_size_of_the_sentences_subject(fast, lang, text, size):
    assert ("selec", "size", size) in members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Conseil de l'Europe a été créé en 1949. Il réunissait alors dix pays : la Belgique, la France et l'Italie."),
    ("en", "The Council of Europe was created in 1949. It brings together ten countries: Belgium, France and Italy."),
    ("es", "El Consejo de Europa fue creado en 1949. El organismo reunía entonces diez países: Bélgica, Francia e Italia."),
])
def test_a_body_a_pronoun_stands_for_gathers_the_states_listed(fast, lang, text):
    found = members(fast, text, lang)
    assert {("coe", "member", "bel"), ("coe", "member", "ita")} <= found


def test_a_pronoun_that_brought_people_together_once_gathers_no_members(fast):
    text = ("L'ONUDC a organisé un atelier à Dakar. Il a rassemblé 42 officiers venus de 14 pays, dont des "
            "officiers de la Police nationale du Sénégal.")
    assert not any(t[1] == "member" for t in members(fast, text, "fr"))


@pytest.mark.parametrize("lang, text, body", [
    ("fr", "Nous comptons aujourd'hui 41 États membres, dont plusieurs pays hors d'Europe, comme le Maroc et le "
           "Mexique.", "pompidou group"),
    ("en", "We bring together 41 member states, including several countries outside Europe, such as Morocco and "
           "Mexico.", "pompidou group"),
    ("es", "Hoy la OEA cuenta con 41 Estados miembros, entre ellos varios países del Caribe, como Jamaica y "
           "México.", "oas"),
])
def test_members_named_after_a_later_word_of_inclusion_are_the_bodys(fast, lang, text, body):
    found = members(fast, text, lang, publisher="Pompidou Group")
    assert {(body, "member", "mex")} <= found
    assert any(t[:2] == (body, "size") and t[2].startswith("41 ") for t in found)


@pytest.mark.parametrize("lang, text, size", [
    ("en", "Since 2022, the Council of the Baltic Sea States (CBSS) has had eleven members: ten states and the "
           "European Union.", "11 member"),
    ("fr", "Depuis 2022, le Conseil des États de la mer Baltique (CBSS) a onze membres : dix États et l'Union "
           "européenne.", "11 membre"),
    ("es", "Desde 2022, el Consejo de los Estados del Mar Báltico (CBSS) tiene once miembros: diez Estados y la "
           "Unión Europea.", "11 miembro"),
])
def test_a_colon_after_a_figure_of_members_lists_them(fast, lang, text, size):
    assert {("cbss", "size", size), ("cbss", "member", "eu")} <= members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Convention on Biological Diversity has been ratified by 196 countries."),
    ("fr", "La Convention sur la diversité biologique, ratifiée par 196 pays, protège les espèces."),
    ("es", "El Convenio sobre la Diversidad Biológica, ratificado por 196 países, protege las especies."),
])
def test_a_figure_of_states_that_ratified_an_instrument_is_its_size(fast, lang, text):
    assert any(t[1] == "size" and t[2].startswith("196 ") for t in members(fast, text, lang))


def test_states_ratifying_treaties_no_instrument_names_make_no_membership_of_the_subject(fast):
    text = "El trabajo de la MACCIH se apoyó en dos tratados ratificados por Honduras."
    assert not members(fast, text, "es")


@pytest.mark.parametrize("lang, text", [
    ("en", "The ESAAMLG was launched in 1999. It is one of the nine regional bodies that form the network of "
           "the FATF, and has been an associate member of the FATF since 2010."),
    ("fr", "Le GABAC a été créé en 2000. Il est l'un des neuf organismes régionaux du réseau du GAFI, et est "
           "membre associé du GAFI depuis 2015."),
    ("es", "El GAFILAT fue creado en 2000. El organismo es uno de los nueve organismos regionales de la red del GAFI, y es "
           "miembro asociado del GAFI desde 2006."),
])
def test_a_clause_without_subject_shares_the_sentences_first_body_as_member(fast, lang, text):
    found = members(fast, text, lang)
    assert any(t[0] == "fatf" and t[1] == "member" and t[2] != "fatf" for t in found)


def test_a_list_going_on_after_a_figure_of_members_names_no_members_of_it(fast):
    text = ("El Acuerdo cuenta con 79 Partes, entre ellas la Unión Europea, que lo aprobó en nombre de sus 27 "
            "Estados miembros, así como Chile y Uruguay.")
    assert ("eu", "member", "chl") not in members(fast, text, "es")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Créée en 1975 par le Nigeria, le Ghana et le Sénégal, la CEDEAO compte aujourd'hui quinze États membres."),
    ("en", "Founded in 1975 by Nigeria, Ghana and Senegal, ECOWAS now has fifteen member states."),
    ("es", "La Comunidad Económica de los Estados de África Occidental (CEDEAO), creada por el Tratado de Lagos "
           "firmado en 1975 por Nigeria, Ghana y Senegal, cuenta hoy con quince Estados miembros."),
])
def test_the_states_that_founded_a_body_are_its_members(fast, lang, text):
    assert {("ecowas", "member", "nga"), ("ecowas", "member", "gha"), ("ecowas", "member", "sen")} <= members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le réseau ENFORCE, créé par la Conférence des Parties en 2013, réunit des experts."),
    ("en", "The ECOWAS fund, set up by Nigeria in 1975, finances projects."),
    ("es", "La CEDEAO, creada por Nigeria en 1975, financia proyectos."),
])
def test_one_founder_or_a_body_founding_makes_no_members(fast, lang, text):
    assert not any(t[1] == "member" for t in members(fast, text, lang))


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "Avec 57 États participants, l'OSCE est la plus grande organisation régionale de sécurité.", "57 état"),
    ("en", "With 57 participating States, the OSCE is the world's largest regional security organization.",
     "57 participating state"),
    ("es", "Con 57 Estados participantes, la OSCE es la mayor organización regional de seguridad.", "57 estado"),
])
def test_a_figure_of_members_opening_the_sentence_after_with_is_the_size_of_its_subject(fast, lang, text, size):
    assert ("osce", "size", size) in members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Avec 40 pays, INTERPOL a lancé une opération mondiale."),
    ("en", "With 40 countries taking part, INTERPOL launched a global operation."),
    ("es", "Con 40 países, INTERPOL lanzó una operación mundial."),
])
def test_a_figure_of_countries_opening_the_sentence_is_no_size(fast, lang, text):
    assert not members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Force multinationale mixte (FMM) réunit des contingents du Bénin, du Cameroun et du Tchad."),
    ("en", "The Multinational Joint Task Force (MNJTF) brings together contingents of Benin, Cameroon and Chad."),
    ("es", "La Fuerza Multinacional Conjunta (FMM) reúne contingentes de Benín, Camerún y Chad."),
])
def test_the_states_whose_contingents_a_force_gathers_are_its_members(fast, lang, text):
    assert {("mnjtf", "member", "ben"), ("mnjtf", "member", "cmr"), ("mnjtf", "member", "tcd")} <= members(fast, text, lang)


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "Le SELEC est une organisation régionale. Basés à Bucarest, nous comptons trois membres : l'Albanie, "
           "la Grèce et la Serbie.", "3 membre"),
    ("en", "The SELEC is a regional organisation. Based in Bucharest, we serve three members: Albania, Greece "
           "and Serbia.", "3 member"),
    ("es", "El SELEC es una organización regional. Con sede en Bucarest, contamos con tres miembros: Albania, "
           "Grecia y Serbia.", "3 miembro"),
])
def test_a_figure_of_members_after_the_first_person_and_a_verb_counts_the_publishers(fast, lang, text, size):
    found = members(fast, text, lang, publisher="SELEC")
    assert {("selec", "size", size), ("selec", "member", "alb"), ("selec", "member", "srb")} <= found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des navires fournis pour l'Opération Kurukuru, dirigée par le SELEC, travaillent avec l'OTAN, qui "
           "réunit l'Australie, la France et le Japon."),
    ("en", "Ships provided for Operation Kurukuru, led by the SELEC, work alongside NATO, which brings together "
           "Australia, France and Japan."),
    ("es", "Los buques aportados para la Operación Kurukuru, dirigida por el SELEC, trabajan junto con la OTAN, "
           "que reúne a Australia, Francia y Japón."),
])
def test_a_relative_right_after_a_body_gathers_its_members_past_an_earlier_incise(fast, lang, text):
    found = {(b, n) for b, r, n in members(fast, text, lang) if r == "member"}
    assert found == {("nato", "aus"), ("nato", "fra"), ("nato", "jpn")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le GAFIC, dont les membres sont la Jamaïque, la Barbade et le Belize, ainsi que des territoires "
           "d'outre-mer comme les Bermudes et Aruba, se réunit en mai."),
    ("en", "The CFATF, whose members include Jamaica, Barbados and Belize, as well as overseas territories "
           "such as the Cayman Islands and Aruba, met in May."),
    ("es", "El GAFIC, cuyos miembros son Jamaica, Barbados y Belice, así como territorios de ultramar como "
           "las Islas Caimán y Aruba, se reúne en mayo."),
])
def test_examples_going_on_from_a_list_of_members_are_members_too(fast, lang, text):
    found = members(fast, text, lang)
    territory = ("cfatf", "member", "bmu" if lang == "fr" else "cym")
    assert {("cfatf", "member", "jam"), ("cfatf", "member", "abw"), territory} <= found


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Europol is the EU agency for law enforcement cooperation. Its members include the Bundeskriminalamt (BKA) "
           "in Germany, the National Crime Agency (NCA) in the United Kingdom and other police forces.", {"bka", "nca"}),
    ("fr", "Europol est l'agence de l'UE pour la coopération policière. Ses membres sont l'Office central pour la "
           "répression du trafic illicite des stupéfiants (OCRTIS) en France, le Bundeskriminalamt (BKA) en "
           "Allemagne, la Guardia Civil et les Carabinieri.", {"ocrtis", "bka", "guardia civil", "carabinieri"}),
    ("es", "Europol es la agencia de la UE para la cooperación policial. Sus miembros son la Guardia Civil en "
           "España, el Bundeskriminalamt (BKA) en Alemania, la National Crime Agency (NCA) y los Carabinieri.",
     {"guardia civil", "bka", "nca", "carabinieri"}),
])
def test_a_state_placing_a_member_does_not_end_the_list_of_members(fast, lang, text, expected):
    found = {t[2] for t in members(fast, text, lang) if t[0] == "europol" and t[1] == "member"}
    assert expected <= found


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'OCDE publie ce rapport. Notre travail s'appuie sur les agences désignées par nos pays membres, comme "
           "l'Agence française de développement (AFD) ou la Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)."),
    ("en", "The OECD publishes this report. Our work relies on the agencies chosen by our member countries, such as "
           "the Agence française de développement (AFD) or the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)."),
    ("es", "La OCDE publica este informe. Nuestro trabajo se apoya en los organismos designados por nuestros países "
           "miembros, como la Agence française de développement (AFD) o la Deutsche Gesellschaft für Internationale "
           "Zusammenarbeit (GIZ)."),
])
def test_bodies_given_as_examples_after_member_states_are_no_members(fast, lang, text):
    found = members(fast, text, lang, publisher="OECD")
    assert not {m for body, role, m in found if role == "member"} & {"afd", "giz"}


def test_states_given_as_examples_after_member_countries_stay_members(fast):
    text = "The OECD publishes this report. Our member countries, such as France and Germany, fund the work."
    assert {("oecd", "member", "fra"), ("oecd", "member", "deu")} <= members(fast, text, "en", publisher="OECD")


@pytest.mark.parametrize("lang, text, body", [
    ("fr", "La Convention de Minamata sur le mercure est entrée en vigueur en 2017. Le Ghana, le Kenya et le Pérou "
           "l'avaient déjà ratifiée.", "convention de minamata sur le mercure"),
    ("en", "The Minamata Convention on Mercury entered into force in 2017. Ghana, Kenya and Peru had already "
           "ratified it.", "minamata convention on mercury"),
    ("es", "El Convenio de Minamata sobre el Mercurio entró en vigor en 2017. Ghana, Kenia y Perú ya lo habían "
           "ratificado.", "convenio de minamata sobre el mercurio"),
])
def test_states_that_ratified_the_convention_a_pronoun_stands_for_are_its_parties(fast, lang, text, body):
    found = members(fast, text, lang)
    assert {(body, "member", "gha"), (body, "member", "ken"), (body, "member", "per")} <= found


@pytest.mark.parametrize("lang, text, body", [
    ("fr", "Ce traité a donné naissance à la Commission du fleuve Ourthe (CFO), à laquelle la Moldavie a adhéré en 1998.", "cfo"),
    ("en", "The treaty gave birth to the Ourthe River Commission (ORC), which Moldova joined in 1998.", "orc"),
    ("es", "El tratado dio origen a la Comisión del Río Ourthe (CRO), a la que Moldavia se incorporó en 1998.", "cro"),
])
def test_states_joining_the_body_a_relative_pronoun_stands_for_are_its_members(fast, lang, text, body):
    assert (body, "member", "mda") in members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le projet est géré par la Société du Rail Balte (SRB), dont les actionnaires sont l'Estonie, la Lettonie "
           "et la Lituanie."),
    ("en", "The project is run by the Baltic Rail Company (BRC), whose shareholders are Estonia, Latvia and Lithuania."),
    ("es", "El proyecto lo gestiona la Sociedad del Riel Báltico (SRB), cuyos accionistas son Estonia, Letonia y "
           "Lituania."),
])
def test_shareholders_of_a_body_are_its_members(fast, lang, text):
    found = members(fast, text, lang)
    body = "brc" if lang == "en" else "srb"
    assert {(body, "member", "est"), (body, "member", "lva"), (body, "member", "ltu")} <= found


@pytest.mark.parametrize("lang, text, body", [
    ("fr", "L'Estonie, la Lettonie et la Lituanie, États parties à la Convention de Tallinn, ont présenté un rapport.",
     "convention de tallinn"),
    ("en", "Estonia, Latvia and Lithuania, States Parties to the Tallinn Convention, presented a report.",
     "tallinn convention"),
    ("es", "Estonia, Letonia y Lituania, Estados Partes del Convenio de Tallin, presentaron un informe.",
     "convenio de tallin"),
])
def test_states_in_apposition_to_states_parties_of_a_body_are_its_members(fast, lang, text, body):
    assert {(body, "member", "est"), (body, "member", "lva"), (body, "member", "ltu")} <= members(fast, text, lang)


@pytest.mark.parametrize("lang, text, body", [
    ("fr", "La Norvège et l'Islande sont des pays associés de la Convention de Tallinn depuis 2004.", "convention de tallinn"),
    ("en", "Norway and Iceland are associated countries of the Tallinn Convention since 2004.", "tallinn convention"),
    ("es", "Desde 2004, Noruega e Islandia son países asociados del Convenio de Tallin.", "convenio de tallin"),
])
def test_associated_countries_of_a_body_are_its_members(fast, lang, text, body):
    assert {(body, "member", "nor"), (body, "member", "isl")} <= members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "El SELEC es uno de los foros más antiguos de la región. Nació en 2009 en Bucarest y reúne hoy a "
           "3 Estados miembros: Albania, Grecia y Serbia."),
    ("es", "El SELEC es uno de los foros más antiguos de la región. Fue creado en 2009 y agrupa a Albania, "
           "Grecia y Serbia."),
])
def test_a_gathering_verb_without_a_subject_of_its_own_speaks_of_the_body_of_the_sentence_before(fast, lang, text):
    found = members(fast, text, lang)
    assert {("selec", "member", "alb"), ("selec", "member", "grc"), ("selec", "member", "srb")} <= found


def test_a_gathering_verb_after_a_subject_of_its_own_gives_no_member_to_the_body_before(fast):
    found = members(fast, "El SELEC organizó un taller en Bucarest. El taller reúne a expertos de Albania y Grecia.", "es")
    assert not any(t[0] == "selec" for t in found)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le SELEC a été institué en 2009 par une convention. Parmi ses membres figurent l'Albanie, la Grèce "
           "et la Serbie."),
    ("fr", "Le SELEC a été institué en 2009 par une convention. Au nombre de ses membres figure l'Albanie."),
    ("es", "El SELEC fue creado en 2009 por un convenio. Entre sus miembros figura Albania."),
])
def test_members_a_verb_of_appearing_introduces_after_a_possessive(fast, lang, text):
    assert ("selec", "member", "alb") in members(fast, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "El SELEC fue creado en 2009. Sus 3 Estados miembros —Albania, Grecia y Serbia— firmaron el texto."),
    ("en", "The SELEC was established in 2009. Its three member states (Albania, Greece and Serbia) signed the text."),
    ("fr", "Le SELEC a été institué en 2009. Ses trois États membres, l'Albanie, la Grèce et la Serbie, ont signé le texte."),
])
def test_members_an_apposition_lists_after_a_figure_of_members(fast, lang, text):
    found = members(fast, text, lang)
    assert {("selec", "member", "alb"), ("selec", "member", "grc"), ("selec", "member", "srb")} <= found


def test_a_list_that_goes_on_after_a_figure_of_members_is_no_apposition(fast):
    found = members(fast, "The SELEC was established in 2009. Its three member states, Albania and Greece signed the text.", "en")
    assert not any(t[1] == "member" for t in found)


@pytest.mark.parametrize("text", [
    "El SELEC es el órgano político del programa. Lo integran Albania, Grecia y Serbia.",
    "El SELEC es el órgano político del programa. Reúne a 3 Estados miembros: Albania, Grecia y Serbia.",
])
def test_a_sentence_opening_on_its_gathering_verb_speaks_of_the_body_of_the_sentence_before(fast, text):
    found = members(fast, text, "es")
    assert {("selec", "member", "alb"), ("selec", "member", "grc"), ("selec", "member", "srb")} <= found


@pytest.mark.parametrize("lang, text", [
    ("es", "El Consejo del Río Azul es el órgano político del programa. Lo integran representantes de los gobiernos "
           "de Bolivia, Chile y Perú."),
    ("en", "The Blue River Council is the political body of the programme. It is made up of representatives of the "
           "governments of Bolivia, Chile and Peru."),
    ("fr", "Le Comité du bassin Bleu (CBB) est l'organe politique du programme. Il rassemble des représentants "
           "des gouvernements de la Bolivie, du Chili et du Pérou."),
])
def test_representatives_of_governments_make_their_states_members(fast, lang, text):
    found = members(fast, text, lang)
    assert {("bol", "chl", "per")} <= {tuple(sorted(t[2] for t in found if t[1] == "member"))}


@pytest.mark.parametrize("lang, text", [
    ("en", "For twenty years, the Danube Trade Facilitation Programme (DTFP) has helped its members. DTFP brings "
           "together Austria, Hungary, Romania and Serbia."),
    ("fr", "Depuis vingt ans, le Programme de facilitation du commerce danubien (PFCD) aide ses membres. Le PFCD "
           "réunit l'Autriche, la Hongrie, la Roumanie et la Serbie."),
])
def test_a_programme_that_brings_states_together_is_their_body(fast, lang, text):
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    tuples = {t for fact in records(analysis.facts) for t in fact.tuples}
    members_of = {t[3] for t in tuples if t[0] == "MEMBERSHIP" and t[2] == "member"}
    assert {"aut", "hun", "rou", "srb"} <= members_of
    assert not any(t[0] == "OPERATION" and t[2] == "country" for t in tuples)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "INTERPOL's members include the Bundeskriminalamt (BKA) for Germany, the Central Bureau of Investigation "
           "(CBI) for India, the Australian Federal Police and the Royal Canadian Mounted Police.",
     {"bka", "cbi", "afp", "rcmp"}),
    ("fr", "Le réseau ENFORCE réunit la Police judiciaire fédérale (PJF) pour la Belgique, le Bundeskriminalamt "
           "(BKA) pour l'Allemagne et la Police fédérale australienne.", {"pjf", "bka"}),
])
def test_the_state_a_member_acts_for_does_not_break_the_list(fast, lang, text, expected):
    found = {t[2] for t in members(fast, text, lang) if t[1] == "member"}
    assert expected <= found
    assert not found & {"deu", "ind", "bel"}
