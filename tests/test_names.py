"""Names no gazetteer holds: capitalised runs around a head noun in every language (Portuguese and
Italian names inside Spanish or English texts), long names across connectors, commas and
conjunctions, acronyms defined in apposition or spelled by a long form, programmes named again
without their keyword, people right after their office. The bodies here are made up, so that
no gazetteer knows them; runs the shipped patterns on rule-only pipelines."""

import pytest


def found(extractor, text, lang, label="ORG"):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == label]


@pytest.mark.parametrize("lang, text, expected", [
    # a head noun ends an English name; the complement after it belongs to the name
    ("en", "with the Northern Border Protection Agency on Monday",
     ["Northern Border Protection Agency"]),
    ("en", "with the Directorate for Coastal Surveillance of Ruritania today",
     ["Directorate for Coastal Surveillance of Ruritania"]),
    # hyphenated words and conjunctions inside a name
    ("en", "with the Anti-Fraud and Asset Recovery Council (AFARC)",
     ["Anti-Fraud and Asset Recovery Council", "AFARC"]),
    ("en", "the Border Investigation and Protection Agency of Ruritania said",
     ["Border Investigation and Protection Agency of Ruritania"]),
    # a list of single words qualifying the head
    ("en", "funded by the Home, Justice and Interior Office of Ruritania",
     ["Home, Justice and Interior Office of Ruritania"]),
    # a head noun starts a Spanish name; `y de` joins two complements
    ("es", "con la Superintendencia Nacional de Puertos y de Navegación Fluvial y el SENAP",
     ["Superintendencia Nacional de Puertos y de Navegación Fluvial", "SENAP"]),
    # Portuguese and Italian names inside Spanish and English texts
    ("es", "el apoyo de la Guardia di Finanza italiana", ["Guardia di Finanza"]),
    ("es", "en la sede de la Procuradoria da República e da Cidadania en Brasilia",
     ["Procuradoria da República e da Cidadania"]),
    ("en", "officers of the Polizia di Stato and the Polícia Federal met",
     ["Polizia di Stato", "Polícia Federal"]),
    ("es", "con el Istituto Italo-Latino Americano", ["Istituto Italo-Latino Americano"]),
    # a country's armed forces and government, the country inside
    ("en", "with the Ruritania Navy and the Ruritania Maritime Authority",
     ["Ruritania Navy", "Ruritania Maritime Authority"]),
    ("es", "entre el Gobierno de Colombia y la sociedad civil", ["Gobierno de Colombia"]),
    ("fr", "le Gouvernement du Niger et ses partenaires", ["Gouvernement du Niger"]),
    # a mechanism is a body's head noun in English and French
    ("en", "with the Regional Mechanism for Border Dialogue of Ruritania today",
     ["Regional Mechanism for Border Dialogue of Ruritania"]),
    ("fr", "le Mécanisme de Coordination Frontalière de Ruritanie a", ["Mécanisme de Coordination Frontalière de Ruritanie"]),
    # Portuguese and Italian names inside French texts, and a Portuguese fund
    ("fr", "des officiers de la Guarda Costeira cap-verdienne", ["Guarda Costeira"]),
    ("fr", "avec le Comando Carabinieri per la Tutela del Patrimonio Culturale, créé en 1969",
     ["Comando Carabinieri per la Tutela del Patrimonio Culturale"]),
    ("es", "con recursos del Fundo Cerrado Vivo.", ["Fundo Cerrado Vivo"]),
    # an ampersand joins the words of a name as a conjunction does (shared by every language)
    ("en", "worked with the Supreme Committee for Fisheries & Legacy ahead of the Cup.",
     ["Supreme Committee for Fisheries & Legacy"]),
    ("es", "con el Ministerio de Pesca & Acuicultura de Ruritania", ["Ministerio de Pesca & Acuicultura de Ruritania"]),
    ("fr", "avec le Ministère de la Pêche & des Forêts de Ruritanie", ["Ministère de la Pêche & des Forêts de Ruritanie"]),
    # heads of bodies: a trust, a plenary, a section; a society, a brigade, a command, a subdelegation
    ("en", "with the Northern Landmine Trust in the valley", ["Northern Landmine Trust"]),
    ("en", "adopted by the Ruritania Task Force Plenary in June", ["Ruritania Task Force Plenary"]),
    ("en", "Our Border Cooperation Section works with judges", ["Border Cooperation Section"]),
    ("es", "la Sociedad de Rescate y Seguridad Fluvial de Ruritania opera", ["Sociedad de Rescate y Seguridad Fluvial de Ruritania"]),
    ("es", "la Brigada de Ingenieros de Desminado informó", ["Brigada de Ingenieros de Desminado"]),
    ("es", "con la Comandancia de Ruritania y la Subdelegación de Costa Verde",
     ["Comandancia de Ruritania", "Subdelegación de Costa Verde"]),
    # a single capital that numbers a zone ends the name
    ("en", "held at the Maritime Coordination Centre for Zone F in Accra.", ["Maritime Coordination Centre for Zone F"]),
])
def test_names_around_a_head_noun(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a conjunction before a new head noun, an article, or a name already known, cuts
    ("es", "del Ministerio Público y la Superintendencia Nacional de Puertos",
     ["Ministerio Público", "Superintendencia Nacional de Puertos"]),
    ("es", "de la Policía Nacional del Sur y del Servicio Nacional de Puertos del Sur",
     ["Policía Nacional del Sur", "Servicio Nacional de Puertos del Sur"]),
    ("en", "the Ruritania Police Service and Customs Authority",
     ["Ruritania Police Service", "Customs Authority"]),
    ("es", "por la Unión Europea y Estados Unidos", ["Unión Europea"]),
    # a comma between names
    ("en", "the Ruritania Police Service, Interior Ministry and others",
     ["Ruritania Police Service", "Interior Ministry"]),
])
def test_names_are_cut_where_a_conjunction_or_comma_separates_two(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # after an indefinite article, what a body is to another one, not a name
    ("en", "Ruritania Becomes a Related Organization of the United Nations", ["United Nations"]),
    ("es", "la OIM, una Organización Conexa de las Naciones Unidas", ["OIM", "Naciones Unidas"]),
    # a name all the same when it holds no other
    ("en", "It was negotiated by an Ad Hoc Committee established in 2019.", ["Ad Hoc Committee"]),
])
def test_a_kind_after_an_indefinite_article_is_no_name(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an office's title is no body; a body inside it is
    ("en", "said Jane Doe, Executive Director of Police Services, in Lyon", []),
    ("en", "said Jane Doe, Director of the Ruritania Police Division.", ["Ruritania Police Division"]),
    ("es", "afirmó Ana Pérez, Secretaria General de la Comisión Andina de Puertos.",
     ["Comisión Andina de Puertos"]),
    # a head noun inside a complement does not end a name
    ("en", "the Mechanism for Police Cooperation was discussed", []),
])
def test_offices_and_complements_are_not_bodies(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a long form that spells its acronym goes back across a comma and a conjunction
    ("fr", "financée par le Foreign, Security and Defence Office (FSDO) du Royaume-Uni.",
     [("Foreign, Security and Defence Office", "FSDO"), ("FSDO", "FSDO")]),
    # an acronym followed by the name it stands for, and its other uses
    ("en", "convened by ABCD. ABCD, the Alpine Border Coordination Directorate, works with six states.",
     [("ABCD", "ABCD"), ("ABCD", "ABCD"), ("Alpine Border Coordination Directorate", "ABCD")]),
    ("es", "con la DNCP (Dirección Nacional de Control Portuario), que coordina",
     [("DNCP", "DNCP"), ("Dirección Nacional de Control Portuario", "DNCP")]),
    # not when the name does not start with the acronym's initial
    ("en", "XYZ, the Alpine Border Coordination Directorate, said", [
        ("Alpine Border Coordination Directorate", "Alpine Border Coordination Directorate")]),
    # a long form with no head noun of a body defines no body
    ("en", "trafficking of Small Arms and Light Weapons (SALW) in the region", []),
    # nor one read back to a word without the acronym's initial
    ("en", "We also supported the first Global Forum on Port Recovery (GFPR), held in Ruritania.", []),
])
def test_acronym_definitions(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a long form whose initials spell the acronym crosses a conjunction, a verb, a name found
    ("fr", "Organisé avec l'Agence nationale de lutte contre la contrebande et le trafic illicite de "
           "marchandises (ANLC/TIM), l'atelier",
     [("Agence nationale de lutte contre la contrebande et le trafic illicite de marchandises", "ANLC/TIM"),
      ("ANLC/TIM", "ANLC/TIM")]),
    ("en", "Founded as the Provisional Committee for the Resettlement of Workers from Ruritania (PCRWR), it grew.",
     [("Provisional Committee for the Resettlement of Workers from Ruritania", "PCRWR"), ("PCRWR", "PCRWR")]),
    ("en", "The Border Security Network-East Africa (BSN-EA) has members.",
     [("Border Security Network-East Africa", "BSN-EA"), ("BSN-EA", "BSN-EA")]),
    # the name the acronym spells, not the one before the verb
    ("es", "La Secretaría Técnica de la CICAD coordina el Comité de Revisión Portuaria (CRP).",
     [("Secretaría Técnica de la CICAD", "Secretaría Técnica de la CICAD"),
      ("Comité de Revisión Portuaria", "CRP"), ("CRP", "CRP")]),
    # a known body set as the complement of a longer name: the acronym is the longer name's
    ("fr", "Le Bureau du programme sur la piraterie du Conseil de l'Europe (P-PROC) a ouvert.",
     [("Bureau du programme sur la piraterie du Conseil de l'Europe", "P-PROC"), ("P-PROC", "P-PROC")]),
    # not the known body's own acronym
    ("fr", "la coopération avec le Conseil de l'Europe (CoE) se poursuit.",
     [("Conseil de l'Europe", "CoE"), ("CoE", "CoE")]),
])
def test_long_forms_spelled_by_their_initials(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a programme's long form describes rather than spells; it holds the bodies it names
    ("fr", "nous mettons en œuvre le Programme de soutien d'INTERPOL à la Ligue arabe en lien avec "
           "AFRIPOL (ISLA), financé depuis 2020.",
     [("Programme de soutien d'INTERPOL à la Ligue arabe en lien avec AFRIPOL", "OPERATION"),
      ("ISLA", "OPERATION")]),
    # the noun set after the acronym says what a long form with no head noun names
    ("es", "elaborado por el Sistema Integrado de Vigilancia de Puertos (SIVP), un proyecto que",
     [("Sistema Integrado de Vigilancia de Puertos", "OPERATION"), ("SIVP", "OPERATION")]),
    ("en", "the Stolen Goods Recovery Initiative (SGRI) said", [("Stolen Goods Recovery Initiative", "OPERATION"),
                                                                ("SGRI", "OPERATION")]),
    ("en", "under the Strategic Guidance Framework for Port Police Work (SGFP), states",
     [("Strategic Guidance Framework for Port Police Work", "INSTRUMENT"), ("SGFP", "INSTRUMENT")]),
    # still nothing for a thing
    ("es", "el tráfico de Armas Pequeñas y Ligeras (APL) en la región", []),
])
def test_what_a_long_form_names(extractor, lang, text, expected):
    rows = extractor.extract(text, doc_id="t", lang=lang)
    assert [(r["text"], r["label"]) for r in rows if r["label"] in ("ORG", "OPERATION", "INSTRUMENT")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "dans le cadre du projet ZEPHYR. Financé par l'UE, ZEPHYR est mis en œuvre",
     [("projet ZEPHYR", "ZEPHYR"), ("ZEPHYR", "ZEPHYR")]),
    ("en", "the KESTREL project helped. KESTREL IV ran in 2023.",
     [("KESTREL project", "KESTREL"), ("KESTREL IV", "KESTREL IV")]),
    ("fr", "dans le cadre de l'initiative ZEPHYR de lutte contre", [("initiative ZEPHYR", "ZEPHYR")]),
    ("es", "con el apoyo del programa ZEPHYR 2.0, financiado", [("programa ZEPHYR 2.0", "ZEPHYR 2.0")]),
    # a known body after the keyword stays that body
    ("fr", "l'initiative INTERPOL contre", []),
    # a name is looked for as written: capitalised, it is the operation again
    ("fr", "l'opération Brumaire a ciblé le brumaire", [("opération Brumaire", "Brumaire")]),
    ("fr", "L'opération Bouclier a été menée.\n\nBouclier a ciblé les ports.",
     [("opération Bouclier", "Bouclier"), ("Bouclier", "Bouclier")]),
    # names listed after a plural keyword
    ("fr", "après les opérations Tempête et Ouragan, menées en 2019", [("opérations Tempête", "Tempête"),
                                                                      ("Ouragan", "Ouragan")]),
    ("en", "the operations Jackal, Lionfish and Trigger ran", [("operations Jackal", "Jackal"),
                                                              ("Lionfish", "Lionfish"), ("Trigger", "Trigger")]),
    # a capitalised programme's name, without the body that runs it
    ("fr", "dans le cadre du Programme Sahel, l'atelier", [("Programme Sahel", "Programme Sahel")]),
    ("es", "en el Programa Regional de Vigilancia Portuaria de la ONUDD, que",
     [("Programa Regional de Vigilancia Portuaria", "Programa Regional de Vigilancia Portuaria")]),
])
def test_programmes_named_by_keyword_and_again_without(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "PDEA Director General Juan Dela Cruz said the unit", [("Juan Dela Cruz", "Juan Dela Cruz")]),
    ("es", "el presidente de la DNCD, vicealmirante José Luis Pérez Soto.",
     [("José Luis Pérez Soto", "José Luis Pérez Soto")]),
    # the office after a comma is the next name's, not this one's
    ("es", "con motivo del Día Mundial, Ana Pérez, Secretaria General de la CITES, destacó",
     [("Ana Pérez", "Ana Pérez")]),
    # a body right after an office is no person
    ("en", "the Director General Customs Administration said", []),
])
def test_people_beside_their_office(extractor, lang, text, expected):
    assert found(extractor, text, lang, "PERSON") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "CIUDAD DE PANAMÁ, 20 de junio de 2024 – La OIM", "Ciudad de Panamá"),
    ("en", "PORT OF SPAIN, 3 May 2024 – The", "Port of Spain"),
])
def test_a_dateline_in_capitals_is_written_as_the_place_is(extractor, lang, text, expected):
    places = found(extractor, text, lang, "LOCATION")
    assert places and places[0][1] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "and the EU Action Plan on Drug Trafficking 2021-2025.",
     [("EU Action Plan on Drug Trafficking 2021-2025", "EU Action Plan on Drug Trafficking 2021-2025")]),
    # a roadmap a rule found, then named again by its head noun
    ("en", "under the Sahel Border Control Roadmap. The Roadmap was adopted in London.",
     [("Sahel Border Control Roadmap", "Sahel Border Control Roadmap"),
      ("Roadmap", "Sahel Border Control Roadmap")]),    # a legal act of the European Union by its number; no Security Council in the Council's name
    ("en", "the Council of the European Union adopted Council Decision (CFSP) 2019/1234, which",
     [("Council Decision (CFSP) 2019/1234", "Council Decision (CFSP) 2019/1234")]),
    ("es", "según el Reglamento (UE) 2016/679 del Consejo", [("Reglamento (UE) 2016/679", "Reglamento (UE) 2016/679")]),
    # its head in lower case, an older number before the year, the legal basis after a slash
    ("fr", "le mandat repose sur le règlement (UE) n° 517/2009 et la directive 2011/42/Euratom.",
     [("règlement (UE) n° 517/2009", "règlement (UE) n° 517/2009"),
      ("directive 2011/42/Euratom", "directive 2011/42/Euratom")]),
    ("es", "según la directiva (UE) 2020/1120 y la Decisión Marco 2006/318/JAI del Consejo",
     [("directiva (UE) 2020/1120", "directiva (UE) 2020/1120"),
      ("Decisión Marco 2006/318/JAI", "Decisión Marco 2006/318/JAI")]),
    ("en", "teams set up under Council Framework Decision 2003/512/JHA and the regulation (EU) No 812/2011.",
     [("Council Framework Decision 2003/512/JHA", "Council Framework Decision 2003/512/JHA"),
      ("regulation (EU) No 812/2011", "regulation (EU) No 812/2011")]),
    # capitalised names no gazetteer holds, from their head noun; two joined by a conjunction
    ("es", "la aplicación de la Estrategia Regional sobre Puertos y del Plan de Acción Regional sobre "
           "Puertos 2021-2025.",
     [("Estrategia Regional sobre Puertos", "Estrategia Regional sobre Puertos"),
      ("Plan de Acción Regional sobre Puertos 2021-2025", "Plan de Acción Regional sobre Puertos 2021-2025")]),
    ("en", "under the Lisbon Declaration on Safe Ports for Coastal States, adopted",
     [("Lisbon Declaration on Safe Ports for Coastal States", "Lisbon Declaration on Safe Ports for Coastal States")]),
    # a body inside the name is part of it
    ("es", "España es Parte del Convenio del Consejo de Europa sobre la Protección de Puertos, y",
     [("Convenio del Consejo de Europa sobre la Protección de Puertos",
       "Convenio del Consejo de Europa sobre la Protección de Puertos")]),
    # a head noun alone names nothing new
    ("fr", "Le Protocole a donné naissance à un centre.", []),
])
def test_instruments_named_by_their_head(extractor, lang, text, expected):
    assert found(extractor, text, lang, "INSTRUMENT") == expected
    assert ("Council", "UNSC") not in found(extractor, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "elle s'est rendue au port de Tarfaya puis à Rosso", ["Tarfaya", "Rosso"]),
    ("es", "una unidad en el puerto de Haina Oriental, con el apoyo", ["Haina Oriental"]),
    ("en", "a unit at the Port of Subic, with support", ["Port of Subic"]),
    ("en", "patrols in the Sulu Sea and the Bohol Sea.", ["Sulu Sea", "Bohol Sea"]),
    # English names a river, a lake, a gulf … with the noun after the name
    ("en", "moved along the Ruritan River towards the Lake Ruri Basin and the Gulf of Ruri.",
     ["Ruritan River", "Lake Ruri Basin", "Gulf of Ruri"]),
    # a natural feature's noun before its name is part of it, in either case, the linker optional
    ("fr", "Les États riverains du fleuve Varonne, jusqu'au golfe de Marvelle et à la mer du Sudre.",
     ["fleuve Varonne", "golfe de Marvelle", "mer du Sudre"]),
    ("es", "Los municipios del río Tarpena y del lago Orvano, hasta la bahía de Solteria.",
     ["río Tarpena", "lago Orvano", "bahía de Solteria"]),
    ("en", "The countries around the Bay of Marvane met near Lake Orvano.", ["Bay of Marvane", "Lake Orvano"]),
    # a massif is a kind of place, its noun outside the name
    ("fr", "Les sources se trouvent au pied du massif du Korvan, en amont.", ["Korvan"]),
    # a body named after the feature is no place
    ("en", "The Gulf of Tiberne Commission met.", []),
    # a body after the noun is no place
    ("es", "la ciudad de Policía Nacional", []),
    # districts, villages, sites and seats; a valley is a feature
    ("es", "se ensayó en el distrito de Torvane, al pie del volcán de Monte Arrel y en el valle de la Quera.",
     ["Torvane", "Monte Arrel", "valle de la Quera"]),
    ("fr", "Les villages de Korvani, près du siège de Brevance.", ["Korvani", "Brevance"]),
    ("en", "a clinic in the district of Varendu and the town of Ostrelle.", ["Varendu", "Ostrelle"]),
    # the plural of a feature with two names is one place
    ("en", "boardings in the Straits of Korvan and Maltesse and in the Orla and Breva Seas.",
     ["Straits of Korvan and Maltesse", "Orla and Breva Seas"]),
])
def test_places_after_a_noun_for_a_kind_of_place(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "LOCATION")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a capitalised name nothing else reads, after the preposition that says where
    ("en", "On 9 May 2011 in Zurich, we signed an agreement.", ["Zurich"]),
    ("en", "Most of the drugs were produced in Shan State, and moved south.", ["Shan State"]),
    ("es", "La unidad, con sede en Foz do Iguaçu, frente a la frontera.", ["Foz do Iguaçu"]),
    ("es", "El convenio firmado en Mar del Plata el 3 de diciembre.", ["Mar del Plata"]),
    ("fr", "Le centre a ouvert à Rosso, près du fleuve.", ["Rosso"]),
    # not a month, an acronym, a body, a programme, nor the start of a longer name
    ("en", "The results were published in March by partners.", []),
    ("en", "Officers in INTERPOL and in Ruritania Border Police met.", []),
    ("en", "We set up the Integrity in Sport programme.", []),
    ("es", "Participó en Operación Relámpago con la policía.", []),
    # after a body's name the place is where the body is, no word of the name
    ("en", "Researchers of the Ruritania Border Police in Vellmar met. We set up the Integrity in Sport programme.",
     ["Vellmar"]),
    # two places sharing a head: the first alone is none
    ("en", "Authorities in East and Southeast Asia seized drugs.", ["Southeast Asia"]),
])
def test_places_after_a_preposition(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "LOCATION")] == expected


def test_a_head_noun_before_a_defined_acronym_takes_its_id(extractor):
    text = ("La Plataforma de Coordinación Portuaria (PCP) se creó en 2018. "
            "Según la Plataforma PCP, los puertos cooperan.")
    assert found(extractor, text, "es")[-1] == ("Plataforma PCP", "PCP")


@pytest.mark.parametrize("text, expected", [
    # an acronym is defined by the name after it only when it spells it
    ("with the PNP, the Philippine Coast Guard and the Bureau of Customs.", []),
    ("with the PCG, the Philippine Coast Guard and the Bureau of Customs.", [("PCG", "PCG")]),
])
def test_an_acronym_in_apposition_must_spell_the_name(extractor, text, expected):
    assert [(t, n) for t, n in found(extractor, text, "en") if t.isupper()] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Centre régional de veille portuaire (CRVP) a été créé en 2019. Notre Centre a signé.",
     ("Centre", "CRVP")),
    ("en", "The Regional Port Watch Centre (RPWC) opened in 2019. Our Centre signed it.", ("Centre", "RPWC")),
    ("es", "La Unidad Regional de Vigilancia Portuaria (URVP) abrió en 2019. Nuestra Unidad firmó.",
     ("Unidad", "URVP")),
])
def test_a_first_person_possessive_refers_back_to_a_body(extractor, lang, text, expected):
    assert found(extractor, text, lang)[-1] == expected


@pytest.mark.parametrize("lang, text, label, expected", [
    # an acronym no rule knows, listed with bodies or after the plural noun that announces them
    ("fr", "avec les organisations régionales, notamment l'EAPCCO, le ZZPCCO et le WAPCCO. Le ZZPCCO a signé.",
     "ORG", ["EAPCCO", "ZZPCCO", "WAPCCO", "ZZPCCO"]),
    ("en", "The centre links two regional centres, RUMAO and RUMAC, to the ports.", "ORG", ["RUMAO", "RUMAC"]),
    # not a common noun's acronym, nor a name of another kind
    ("fr", "selon l'ONUDC, l'OMD et des ONG, le PIB", "ORG", ["ONUDC", "OMD"]),
    # a capitalised name listed with places, or after a noun for a kind of place
    ("en", "located in Abidjan and Port-Gentil, the centres", "LOCATION", ["Abidjan", "Port-Gentil"]),
    ("es", "en los departamentos de Ríoverde, Cauca Alto, Monte de Oro y Santa Fe, mientras", "LOCATION",
     ["Ríoverde", "Cauca Alto", "Monte de Oro", "Santa Fe"]),
    # a title after a country is no place
    ("es", "Comisario de la Policía Federal de Brasil, el Sr. Urquiza es", "LOCATION", []),
])
def test_names_listed_with_names_of_their_kind(extractor, lang, text, label, expected):
    assert [t for t, _ in found(extractor, text, lang, label)] == expected


@pytest.mark.parametrize("text, expected", [
    # a French ministry written in lower case, with its complements' names and places
    ("financé par le ministère fédéral des Affaires étrangères de la Ruritanie. Puis", [
        "ministère fédéral des Affaires étrangères de la Ruritanie"]),
    ("avec le ministère des Ports et de la Pêche (MPP) du pays", ["ministère des Ports et de la Pêche", "MPP"]),
    # lower-case words only between its capitalised ones
    ("avec le ministère de la Justice afin d'accompagner la réforme.", ["ministère de la Justice"]),
    # a list of complements, the last after a conjunction
    ("avec le ministère ruritanien de la Culture, du Tourisme et des Musées, ainsi que", [
        "ministère ruritanien de la Culture, du Tourisme et des Musées"]),
    ("le ministère de l'Intérieur, de la Défense, et ses partenaires", ["ministère de l'Intérieur"]),
])
def test_a_body_named_from_a_lower_case_word(extractor, text, expected):
    assert [t for t, _ in found(extractor, text, "fr")] == expected


@pytest.mark.model
def test_a_model_name_across_a_lower_case_body_gives_way(model_extractor):
    text = "avec le ministère de la Justice afin d'accompagner l'harmonisation de la législation marocaine."
    rows = model_extractor.extract(text, doc_id="t", lang="fr")
    assert [r["text"] for r in rows if r["label"] == "ORG"] == ["ministère de la Justice"]


def test_a_figure_unit_keeps_the_text_apostrophe(extractor):
    rows = extractor.extract("dont 41 fusils d’assaut saisis", doc_id="t", lang="fr")
    assert [(r["text"], r["norm"]) for r in rows if r["label"] == "FIGURE"] == [("41 fusils d’assaut", "41 fusil d’assaut")]


@pytest.mark.parametrize("lang, text, expected", [
    # the people of a body opening a sentence are no part of its name
    ("en", "Officers of the Coastal Fraud Investigations Unit joined the operation.",
     ["Coastal Fraud Investigations Unit"]),
    ("en", "Investigators of Northern Border Investigations (NBI) joined. NBI said so.",
     ["Northern Border Investigations", "NBI", "NBI"]),
    ("es", "Agentes de la Dirección de Aduanas Fluviales de Ruritania (DAFR) participaron.",
     ["Dirección de Aduanas Fluviales de Ruritania", "DAFR"]),
    # inside a name they stay (`Senior Officials Meeting`)
    ("en", "the Ruritanian Senior Officials Meeting on Border Crime (RSOMBC) met.",
     ["Ruritanian Senior Officials Meeting on Border Crime", "RSOMBC"]),
])
def test_the_people_of_a_body_stay_out_of_its_name(extractor, lang, text, expected):
    assert [name for name, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Participó el canciller Rodrigo Paredes Lunar en la reunión.", ["Rodrigo Paredes Lunar"]),
    ("es", "La renuncia de la vicepresidenta Elena Quiroga Salas llegó en mayo.", ["Elena Quiroga Salas"]),
    ("fr", "Le maire Étienne Duvalier a accueilli la délégation.", ["Étienne Duvalier"]),
    ("en", "Governor Amelia Thornbury opened the centre.", ["Amelia Thornbury"]),
])
def test_people_after_more_offices(extractor, lang, text, expected):
    assert [name for name, _ in found(extractor, text, lang, label="PERSON")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a body no gazetteer holds, named again by its head noun after a determiner
    ("es", "La Armada de Ruritania coordina la campaña. Para la Armada, los resultados son buenos.",
     [("Armada de Ruritania", "Armada de Ruritania"), ("Armada", "Armada de Ruritania")]),
    ("en", "The Ruritania Maritime Agency led the campaign. The Agency said it would go on.",
     [("Ruritania Maritime Agency", "Ruritania Maritime Agency"), ("Agency", "Ruritania Maritime Agency")]),
    ("fr", "La Direction de la Surveillance Côtière de Ruritanie mène la campagne. Selon la Direction, tout va bien.",
     [("Direction de la Surveillance Côtière de Ruritanie", "Direction de la Surveillance Côtière de Ruritanie"),
      ("Direction", "Direction de la Surveillance Côtière de Ruritanie")]),
    # no body of that head named before: nothing
    ("es", "Para la Armada, los resultados son buenos.", []),
])
def test_a_head_noun_refers_back_to_a_body_no_gazetteer_holds(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a first-person possessive: the organ of the body the text names first, not the last body
    # named with that head
    ("en", "The Ruritania Fisheries Agency met. The Ruritania Fisheries Agency works with the "
           "Global Stability Board. Our Board is chaired by a minister.",
     ("Board", "Ruritania Fisheries Agency Board")),
    ("fr", "La Direction de la Pêche de Ruritanie se réunit. La Direction de la Pêche de Ruritanie "
           "coopère avec le Conseil de sécurité. Notre Conseil a adopté un plan.",
     ("Conseil", "Conseil de la Direction de la Pêche de Ruritanie")),
    ("es", "La Agencia de Pesca de Ruritania se reunió. La Agencia de Pesca de Ruritania coopera con "
           "la Comisión del Atlántico. Nuestra Comisión aprobó un plan.",
     ("Comisión", "Comisión de la Agencia de Pesca de Ruritania")),
    # the body itself when its own name has that head
    ("en", "The Ruritania Fisheries Agency met. The Ruritania Fisheries Agency works with the "
           "Global Stability Agency. Our Agency trains officers.",
     ("Agency", "Ruritania Fisheries Agency")),
])
def test_our_head_noun_is_the_speaking_body_or_its_organ(extractor, lang, text, expected):
    head = expected[0]
    assert [r for r in found(extractor, text, lang) if r[0] == head] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    # the body opening the lead after the dateline speaks, not the one the title names first
    ("en", "The Global Stability Board and us\n\nLONDON, 3 March 2024 – The Ruritania Fisheries "
           "Agency met the Global Stability Board. Our Board approved a plan.",
     ("Board", "Ruritania Fisheries Agency Board")),
    ("fr", "Le Conseil de sécurité et nous\n\nPARIS, 3 mars 2024 – La Direction de la Pêche de "
           "Ruritanie a rencontré le Conseil de sécurité. Notre Conseil a adopté un plan.",
     ("Conseil", "Conseil de la Direction de la Pêche de Ruritanie")),
    # ... or the body a first-person pronoun follows
    ("en", "We met the Global Stability Board. At the Ruritania Fisheries Agency, we train officers. "
           "Our Board approved a plan.",
     ("Board", "Ruritania Fisheries Agency Board")),
    ("es", "Trabajamos con la Comisión del Atlántico. En la Agencia de Pesca de Ruritania, nosotros "
           "formamos agentes. Nuestra Comisión aprobó un plan.",
     ("Comisión", "Comisión de la Agencia de Pesca de Ruritania")),
])
def test_the_speaking_body_is_read_from_the_lead_or_the_first_person(extractor, lang, text, expected):
    head = expected[0]
    assert [r for r in found(extractor, text, lang) if r[0] == head][-1:] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    # a body the text works with or through is a partner, not the speaker
    ("en", "The Ruritania Fisheries Agency met. Together with the Global Stability Bureau, we "
           "launched a plan. Our Board approved it.",
     ("Board", "Ruritania Fisheries Agency Board")),
    ("en", "The Ruritania Fisheries Agency works with the Global Stability Bureau. Through the Global "
           "Stability Bureau, we share data. Our Council met.",
     ("Council", "Ruritania Fisheries Agency Council")),
    ("es", "La Agencia de Pesca de Ruritania se reunió. Junto con la Oficina del Atlántico, nosotros "
           "lanzamos un plan. Nuestra Comisión lo aprobó.",
     ("Comisión", "Comisión de la Agencia de Pesca de Ruritania")),
    # the lead's body comes first after the dash; a partner before it does not speak
    ("en", "GENEVA, 3 May 2024 – With the Global Stability Bureau, the Ruritania Fisheries Agency "
           "launched a plan. Our Board approved it.",
     ("Board", "Ruritania Fisheries Agency Board")),
    ("fr", "GENÈVE, 3 mai 2024 – Avec l’Office de Ruritanie, la Direction de la Pêche de Ruritanie a "
           "lancé un plan. Notre Conseil l’a approuvé.",
     ("Conseil", "Conseil de la Direction de la Pêche de Ruritanie")),
])
def test_a_partner_is_not_the_speaking_body(extractor, lang, text, expected):
    head = expected[0]
    assert [r for r in found(extractor, text, lang) if r[0] == head][-1:] == [expected]


def test_an_organ_needs_a_body_named_before(extractor):
    text = "Our Board is chaired by a minister. The Ruritania Fisheries Agency met."
    assert [r for r in found(extractor, text, "en") if r[0] == "Board"] == []


@pytest.mark.parametrize("lang, text, expected", [
    # an instrument no gazetteer holds, named again by its head noun
    ("en", "They signed the Ruritania Memorandum of Understanding on Fisheries in 2020. The Memorandum sets out patrols.",
     [("Ruritania Memorandum of Understanding on Fisheries", "Ruritania Memorandum of Understanding on Fisheries"),
      ("Memorandum", "Ruritania Memorandum of Understanding on Fisheries")]),
    ("es", "Firmaron el Convenio Regional sobre Pesca Artesanal en 2020. El Convenio prevé patrullas.",
     [("Convenio Regional sobre Pesca Artesanal", "Convenio Regional sobre Pesca Artesanal"),
      ("Convenio", "Convenio Regional sobre Pesca Artesanal")]),
    ("fr", "Ils ont signé la Charte de Ruritanie en 2020. La Charte prévoit des patrouilles.",
     [("Charte de Ruritanie", "Charte de Ruritanie"), ("Charte", "Charte de Ruritanie")]),
])
def test_a_head_noun_refers_back_to_an_instrument_no_gazetteer_holds(extractor, lang, text, expected):
    assert found(extractor, text, lang, "INSTRUMENT") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a campaign is named as an operation is, its keyword out of the norm
    ("es", "La Campaña Naval Orión reunió a 60 instituciones.", [("Campaña Naval Orión", "Naval Orión")]),
    ("es", "Campaña Orión: una alianza naval", [("Campaña Orión", "Orión")]),
    ("en", "The Campaign Blue Heart raised awareness.", [("Campaign Blue Heart", "Blue Heart")]),
    # an acronym before the plural keyword
    ("en", "We coordinate the SOGA operations, whose name stands for soccer gambling.", [("SOGA operations", "SOGA")]),
    # an acronym inside a programme's capitalised name (the name keeps its first capitalised word)
    ("en", "Under the Regional RUFISH Programme, authorities seized boats.", [("Regional RUFISH Programme", "Regional RUFISH Programme")]),
])
def test_campaigns_and_operations_named_by_keyword(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the larger place a place lies in, in parentheses after it
    ("es", "encallado en la Ría de Aldán (Pontevedra) con unos 3.000 kilos", ["Ría de Aldán", "Pontevedra"]),
    ("en", "a unit in the port of Lamu (Coast Province) since May", ["Lamu", "Coast Province"]),
    ("fr", "au port de Tarfaya (Laâyoune) puis au large", ["Tarfaya", "Laâyoune"]),
    # an acronym in parentheses is no place
    ("en", "a unit in the port of Lamu (KPA) since May", ["Lamu"]),
    # kinds of place (language data): an archipelago, a forest
    ("es", "en el archipiélago de San Andrés y la selva del Darién.", ["San Andrés", "Darién"]),
    ("en", "patrols in the archipelago of Sulu, with support", ["Sulu"]),
])
def test_places_in_parentheses_and_after_more_kinds_of_place(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "LOCATION")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a name after a demonym in lower case, after an article or an office; the demonym stays out
    ("es", "Fueron el español Carlos Castresana, el costarricense Francisco Dall'Anese y otros.",
     ["Carlos Castresana", "Francisco Dall'Anese"]),
    ("es", "Nombró jefe al exprimer ministro peruano Juan Jiménez Mayor. Su mandato.", ["Juan Jiménez Mayor"]),
    ("fr", "Selon le ministre sénégalais Jean Dupont, la coopération progresse.", ["Jean Dupont"]),
    ("es", "Preside la chilena Marta Rojas Peña, con el esloveno Tomaž Novak.", ["Marta Rojas Peña", "Tomaž Novak"]),
    # a head noun of a body is no demonym, a body no person
    ("es", "La oficina Regional Andina apoya la labor.", []),
    ("es", "Con la colombiana Policía Fiscal Aduanera trabajó.", []),
])
def test_people_after_a_demonym(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "PERSON")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a short name in lower or mixed case that abbreviates the long form before it
    ("fr", "Avec la Direction Générale de la Police Ruritaine (dgpr), le bureau sert. dgpr collabore.",
     [("Direction Générale de la Police Ruritaine", "dgpr"), ("dgpr", "dgpr"), ("dgpr", "dgpr")]),
    ("es", "El Servicio Nacional de Pesca y Acuicultura (Sernapesca) y la Marina realizaron.",
     [("Servicio Nacional de Pesca y Acuicultura", "Sernapesca"), ("Sernapesca", "Sernapesca")]),
    ("en", "the Ruritania Federal Police Office (Rufedpol) said.",
     [("Ruritania Federal Police Office", "Rufedpol"), ("Rufedpol", "Rufedpol")]),
    # a word of the long form, or one it does not abbreviate, is no short name
    ("es", "La Policía Federal de Ruritania (Ruritania) opera.", [("Policía Federal de Ruritania", "Policía Federal de Ruritania")]),
    ("en", "the Ruritania Federal Police Office (Mondays) said.", [("Ruritania Federal Police Office", "Ruritania Federal Police Office")]),
])
def test_short_names_in_lower_or_mixed_case(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # English names a body's text with the body first: the whole is the text, not a body
    ("in line with the Council of Europe Convention on the Rights of Ruritanian Fishers, which opened.",
     [("INSTRUMENT", "Council of Europe Convention on the Rights of Ruritanian Fishers")]),
    # a body's office after its name stays a body
    ("the Council of Europe Secretariat said", [("ORG", "Council of Europe Secretariat")]),
])
def test_a_text_named_after_its_body(extractor, text, expected):
    assert [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang="en")
            if r["label"] in ("ORG", "INSTRUMENT")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a capitalised run starts after an elided article
    ("fr", "pilotée par l'Intellectual Ruritanian Crime Coordinated Coalition, une unité.",
     ["Intellectual Ruritanian Crime Coordinated Coalition"]),
    ("fr", "avec l'Agence Ruritanienne de Sécurité Maritime (ARSM) et la marine",
     ["Agence Ruritanienne de Sécurité Maritime", "ARSM"]),
    # not after a possessive's apostrophe: the owner is a name of its own
    ("en", "INTERPOL's Crime Analysis Unit said", ["INTERPOL", "Crime Analysis Unit"]),
])
def test_a_name_after_an_elided_article(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a list of complements of several words after a connector, its last item after `and the`
    ("en", "with the Department of Fisheries, Coastal Affairs and the Marine in Zenda",
     ["Department of Fisheries, Coastal Affairs and the Marine"]),
    ("es", "con el Ministerio de Justicia, Derechos Humanos y Cultos de Ruritania hoy",
     ["Ministerio de Justicia, Derechos Humanos y Cultos de Ruritania"]),
    # an item holding a head noun or a known name is a body of its own
    ("en", "with the Ministry of Fisheries, Europol and Frontex", ["Ministry of Fisheries", "Europol", "Frontex"]),
    ("es", "el Ministerio de Pesca, Guardia Civil y Aduanas", ["Ministerio de Pesca", "Guardia Civil"]),
    # `and the` between two names keeps them apart
    ("en", "the Coastal Protection Service and the Northern Border Agency met",
     ["Coastal Protection Service", "Northern Border Agency"]),
    # a conjunction never joins a head's own words to its complement (`y del`)
    ("es", "de la Policía Nacional y del Servicio de Vigilancia Aduanera (SVA)",
     ["Policía Nacional", "Servicio de Vigilancia Aduanera", "SVA"]),
])
def test_lists_of_complements_inside_a_name(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # well-known regions the gazetteer holds, in lower case too where the language writes them so
    ("es", "las fiscalías de Iberoamérica y del Cono Sur cooperan", [("Iberoamérica", "Iberoamérica"), ("Cono Sur", "Cono Sur")]),
    ("es", "coordinamos las búsquedas en el golfo de Vizcaya y las Azores", [("golfo de Vizcaya", "golfo de Vizcaya"), ("Azores", "Azores")]),
    ("en", "ports of the Iberian Peninsula and the Bay of Biscay", [("Iberian Peninsula", "Iberian Peninsula"), ("Bay of Biscay", "Bay of Biscay")]),
    ("fr", "les ports de la péninsule Ibérique et du golfe de Gascogne", [("péninsule Ibérique", "péninsule Ibérique"), ("golfe de Gascogne", "golfe de Gascogne")]),
])
def test_well_known_regions_are_places(extractor, lang, text, expected):
    assert found(extractor, text, lang, "LOCATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a purpose after a head noun goes on the name
    ("en", "The Regional Alliance to End Border Violence met in Vienna.",
     ["Regional Alliance to End Border Violence"]),
    ("en", "with the Coalition for Every Child's Right to a Name since 2019",
     ["Coalition for Every Child's Right to a Name"]),
    # a purpose towards a body, a name found or a generic word is no part of the name
    ("en", "reported by the Northern Border Protection Agency to Europol today",
     ["Northern Border Protection Agency", "Europol"]),
    ("en", "sent by the Northern Border Protection Agency to Member States",
     ["Northern Border Protection Agency"]),
    # a possessive outside a complement cuts: possessor and possession are two names
    ("en", "the Ruritania Task Force's Coastal Surveillance Unit said",
     ["Ruritania Task Force", "Coastal Surveillance Unit"]),
    # a possessor after a complement is left out (`Port of Spain for the Task Force's`)
    ("en", "met in Bosaso for the Ruritania Task Force's Plenary Session", []),
])
def test_a_purpose_or_a_possessive_inside_a_name(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang)] == expected


@pytest.mark.parametrize("text, body, place", [
    ("Engineers work with the Ruritania Meteorological Department on the Lower Volta Basin.",
     "Ruritania Meteorological Department", "Lower Volta Basin"),
    ("Funds went to the Coastal Fisheries Ministry on Saltmarsh Island last year.",
     "Coastal Fisheries Ministry", "Saltmarsh Island"),
])
def test_a_topic_connector_after_a_topicless_head_ends_the_name(extractor, text, body, place):
    names = [t for t, _ in found(extractor, text, "en")]
    assert body in names and not any(place in t for t in names)


def test_a_topic_connector_after_a_committee_stays_inside(extractor):
    text = "The Committee on Inland Fisheries met in June."
    assert "Committee on Inland Fisheries" in [t for t, _ in found(extractor, text, "en")]


@pytest.mark.parametrize("lang, text, expected", [
    # `and the` ending the run joins a second word to a complement of one word
    ("en", "the Council for Rivers and the Sea met on Monday", ["Council for Rivers and the Sea"]),
    ("fr", "la Commission Régionale des Rivières et la Mer s'est réunie", ["Commission Régionale des Rivières et la Mer"]),
    ("es", "el Consejo para el Suelo y la Montaña se reunió", ["Consejo para el Suelo y la Montaña"]),
    # not where the second word is a head noun, nor where more capitalised words follow it
    ("en", "the Council for Rivers and the Agency met", ["Council for Rivers"]),
])
def test_and_the_ends_a_complement_of_one_word(extractor, lang, text, expected):
    assert [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "ORG"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Portuguese and Italian associations and organisations cited in another language's text
    ("en", "works with the Associação Portuguesa de Normas Industriais on data",
     ["Associação Portuguesa de Normas Industriais"]),
    ("es", "con la Organização Portuguesa de Normas Industriais en datos", ["Organização Portuguesa de Normas Industriais"]),
    ("fr", "avec l'Associazione Italiana per le Piante Marine sur les données",
     ["Associazione Italiana per le Piante Marine"]),
    ("en", "the Organizzazione Italiana per le Piante Marine met", ["Organizzazione Italiana per le Piante Marine"]),
    # the Portuguese `em` (in) inside such a name
    ("en", "the Associação dos Produtores em Angola do Café Robusta met",
     ["Associação dos Produtores em Angola do Café Robusta"]),
    ("fr", "sous le nom de la Organização para o Desenvolvimento em Angola do Comércio Marítimo.",
     ["Organização para o Desenvolvimento em Angola do Comércio Marítimo"]),
    ("es", "junto a la Associação de Produtores em Angola do Café Robusta, en Luanda",
     ["Associação de Produtores em Angola do Café Robusta"]),
])
def test_a_cited_association_in_a_fourth_language(extractor, lang, text, expected):
    assert [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "ORG"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # each name of a list after a plural feature noun is a place of its own, the noun left out
    ("es", "En la zona nacen los ríos Tinto, Oscuro y Claro, de los que dependen.", ["Tinto", "Oscuro", "Claro"]),
    ("en", "The plain is fed by the rivers Tana and Athi, which flow east.", ["Tana", "Athi"]),
    ("fr", "La plaine est entre les fleuves Kouilou, Niari et Nyanga, qui coulent vers l'ouest.",
     ["Kouilou", "Niari", "Nyanga"]),
])
def test_names_after_a_plural_feature_noun_are_places(extractor, lang, text, expected):
    assert [r["text"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "LOCATION"] == expected
