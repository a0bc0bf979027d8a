"""Organisation norms: canonical ids for every alias in French, English and Spanish, acronyms
defined in the text, short back-references. Runs the shipped patterns on rule-only pipelines."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, expected", [
    # the same body, every language, every usual name
    ("fr", "l'Office des Nations Unies contre la drogue et le crime", [("Office des Nations Unies contre la drogue et le crime", "UNODC")]),
    ("fr", "avec l'ONUDC", [("ONUDC", "UNODC")]),
    ("en", "the United Nations Office on Drugs and Crime", [("United Nations Office on Drugs and Crime", "UNODC")]),
    ("es", "la Oficina de las Naciones Unidas contra la Droga y el Delito", [("Oficina de las Naciones Unidas contra la Droga y el Delito", "UNODC")]),
    ("fr", "l’Organisation mondiale des douanes", [("Organisation mondiale des douanes", "WCO")]),
    ("fr", "l'OMD", [("OMD", "WCO")]),
    ("en", "the World Customs Organization", [("World Customs Organization", "WCO")]),
    ("es", "la Organización Mundial de Aduanas", [("Organización Mundial de Aduanas", "WCO")]),
    ("es", "la OMA", [("OMA", "WCO")]),
    ("fr", "le Conseil de sécurité", [("Conseil de sécurité", "UNSC")]),
    ("en", "the Security Council", [("Security Council", "UNSC")]),
    ("es", "el Consejo de Seguridad", [("Consejo de Seguridad", "UNSC")]),
    ("fr", "l'Assemblée générale des Nations Unies", [("Assemblée générale des Nations Unies", "UNGA")]),
    ("fr", "l’ONU", [("ONU", "UN")]),
    ("fr", "l'Organisation des Nations Unies", [("Organisation des Nations Unies", "UN")]),
    ("en", "the United Nations", [("United Nations", "UN")]),
    ("es", "las Naciones Unidas", [("Naciones Unidas", "UN")]),
    ("fr", "l'Union européenne", [("Union européenne", "EU")]),
    ("fr", "l'UE et l'UA", [("UE", "EU"), ("UA", "AU")]),
    ("es", "la Unión Africana", [("Unión Africana", "AU")]),
    ("fr", "l'Organisation internationale pour les migrations", [("Organisation internationale pour les migrations", "IOM")]),
    ("en", "the International Organization for Migration", [("International Organization for Migration", "IOM")]),
    ("fr", "le Haut-Commissariat des Nations Unies pour les réfugiés", [("Haut-Commissariat des Nations Unies pour les réfugiés", "UNHCR")]),
    ("es", "el ACNUR", [("ACNUR", "UNHCR")]),
    ("fr", "la Direction exécutive du Comité contre le terrorisme", [("Direction exécutive du Comité contre le terrorisme", "CTED")]),
    ("en", "INTERPOL and Europol", [("INTERPOL", "INTERPOL"), ("Europol", "Europol")]),
    ("es", "la Organización de los Estados Americanos", [("Organización de los Estados Americanos", "OAS")]),
    ("fr", "le Groupe d'action financière", [("Groupe d'action financière", "FATF")]),
    # an acronym a text defines for a body the gazetteer does not hold, both ways
    ("fr", "le Réseau des procureurs du Sahel (RPS) se réunit ; le RPS adopte un plan.",
     [("Réseau des procureurs du Sahel", "RPS"), ("RPS", "RPS"), ("RPS", "RPS")]),
    ("en", "the Sahel Prosecutors Network (SPN) met; the SPN adopted a plan.",
     [("Sahel Prosecutors Network", "SPN"), ("SPN", "SPN"), ("SPN", "SPN")]),
    # a known acronym gives its id to a long form the gazetteer does not spell that way
    ("fr", "le Comité spécial contre le terrorisme (CCT) du Conseil", [("Comité spécial contre le terrorisme", "CTC"), ("CCT", "CTC")]),
    # short back-references to a body just named
    ("fr", "le CCT et sa Direction exécutive", [("CCT", "CTC"), ("Direction exécutive", "CTED")]),
    ("en", "the World Customs Organization said the Organization would help.",
     [("World Customs Organization", "WCO"), ("Organization", "WCO")]),
    ("es", "INTERPOL publicó un informe. La Organización cuenta con 196 países miembros.",
     [("INTERPOL", "INTERPOL"), ("Organización", "INTERPOL")]),
    ("fr", "La CEDEAO protège la libre circulation dans les États de la Communauté.",
     [("CEDEAO", "ECOWAS"), ("Communauté", "ECOWAS")]),
    ("es", "AMERIPOL reúne a 33 policías. La Comunidad promueve el intercambio.",
     [("AMERIPOL", "AMERIPOL"), ("Comunidad", "AMERIPOL")]),
    # bodies no gazetteer holds, read from their capitalised names where no model runs
    ("en", "the Jamaica Constabulary Force met the Financial Intelligence Unit of Trinidad and Tobago",
     [("Jamaica Constabulary Force", "Jamaica Constabulary Force"),
      ("Financial Intelligence Unit of Trinidad and Tobago", "Financial Intelligence Unit of Trinidad and Tobago")]),
    ("en", "the Security Council Counter-Terrorism Committee", [("Security Council Counter-Terrorism Committee", "CTC")]),
    ("en", "INTERPOL and the Security Council", [("INTERPOL", "INTERPOL"), ("Security Council", "UNSC")]),
    ("es", "la Unidad de Inteligencia Financiera y la Fiscalía General de la Nación",
     [("Unidad de Inteligencia Financiera", "Unidad de Inteligencia Financiera"),
      ("Fiscalía General de la Nación", "Fiscalía General de la Nación")]),
    ("es", "la Policía Nacional de Colombia", [("Policía Nacional de Colombia", "Policía Nacional de Colombia")]),
    # a long form read back to a lower-case ministry, across a conjunction inside a name
    ("fr", "le ministère des Forêts et de la Faune (MINFOF) ; le MINFOF agit.",
     [("ministère des Forêts et de la Faune", "MINFOF"), ("MINFOF", "MINFOF"), ("MINFOF", "MINFOF")]),
    ("es", "la Plataforma de Coordinación para Refugiados y Migrantes (R4V)",
     [("Plataforma de Coordinación para Refugiados y Migrantes", "R4V"), ("R4V", "R4V")]),
    # not from right after a comma, not a roman numeral
    ("en", "the Convention against Trafficking in Persons, Especially Women and Children (ACTIP)", []),
    ("fr", "La phase de mise en oeuvre (II) commence.", []),
    # a body named after another: `Asamblea General de la OEA` is the OAS's assembly, not the UN's
    ("es", "la Asamblea General de la OEA", [("Asamblea General de la OEA", "OAS General Assembly")]),
    # an office named with the region it serves is one name
    ("fr", "le Bureau régional de l'ONUDC pour l'Afrique de l'Ouest et du Centre, à Dakar",
     [("Bureau régional de l'ONUDC pour l'Afrique de l'Ouest et du Centre",
       "Bureau régional de l'ONUDC pour l'Afrique de l'Ouest et du Centre")]),
    ("en", "the UNODC Regional Office for Southeast Asia and the Pacific",
     [("UNODC Regional Office for Southeast Asia and the Pacific",
       "UNODC Regional Office for Southeast Asia and the Pacific")]),
    ("fr", "l'appui d'INTERPOL pour l'Afrique", [("INTERPOL", "INTERPOL")]),
    # well-known bodies whose names no rule reads whole: a head noun inside (`Guard`), no head
    # noun at all, a body's former name
    ("en", "the Arctic Coast Guard Forum met", [("Arctic Coast Guard Forum", "ACGF")]),
    ("en", "and the North Atlantic Coast Guard Forum", [("North Atlantic Coast Guard Forum", "NACGF")]),
    ("en", "with the Regional Security System in Barbados", [("Regional Security System", "RSS")]),
    ("es", "con The HALO Trust y Plan International", [("The HALO Trust", "HALO Trust"), ("Plan International", "Plan International")]),
    ("es", "la Sociedad de Salvamento y Seguridad Marítima, conocida como Salvamento Marítimo",
     [("Sociedad de Salvamento y Seguridad Marítima", "SASEMAR"), ("Salvamento Marítimo", "SASEMAR")]),
    ("es", "y la Comunidad Económica Europea", [("Comunidad Económica Europea", "EU")]),
    # what must not be an organisation: lower-case words, generic nouns
    ("fr", "les nations unies ont des bureaux", []),
    ("fr", "les États membres et le secrétaire général", []),
])
def test_organisation_norms(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a short name after a longer name it heads is that body's
    ("fr", "L'Assemblée générale d'INTERPOL s'est réunie. L'Assemblée générale a voté.",
     [("Assemblée générale d'INTERPOL", "INTERPOL General Assembly"),
      ("Assemblée générale", "INTERPOL General Assembly")]),
    ("en", "The INTERPOL General Assembly met. The General Assembly voted.",
     [("INTERPOL General Assembly", "INTERPOL General Assembly"),
      ("General Assembly", "INTERPOL General Assembly")]),
    # ... unless its own body is the latest named: the UN just before keeps the UN's assembly
    ("fr", "L'Assemblée générale d'INTERPOL s'est réunie. L'Organisation est observatrice auprès "
           "de l'ONU et de son Assemblée générale.",
     [("Assemblée générale d'INTERPOL", "INTERPOL General Assembly"), ("Organisation", "INTERPOL"),
      ("ONU", "UN"), ("Assemblée générale", "UNGA")]),
    # ... and a body that belongs to none names itself after a longer name ending with its own
    ("en", "The Caribbean Financial Action Task Force met with the Financial Action Task Force.",
     [("Caribbean Financial Action Task Force", "CFATF"), ("Financial Action Task Force", "FATF")]),
    # a possessor that the gazetteer gives such a body; shorter uses follow it
    ("en", "INTERPOL's 90th General Assembly opened. He was elected at the previous Assembly.",
     [("INTERPOL", "INTERPOL"), ("General Assembly", "INTERPOL General Assembly"),
      ("Assembly", "INTERPOL General Assembly")]),
    ("en", "The INTERPOL General Assembly met. INTERPOL observes the UN and its General Assembly.",
     [("INTERPOL General Assembly", "INTERPOL General Assembly"), ("INTERPOL", "INTERPOL"),
      ("UN", "UN"), ("General Assembly", "UNGA")]),
    # with no longer name before it, the short name keeps its gazetteer id
    ("fr", "INTERPOL salue la décision de l'Assemblée générale.",
     [("INTERPOL", "INTERPOL"), ("Assemblée générale", "UNGA")]),
    ("es", "La Asamblea General de las Naciones Unidas aprobó el texto; la Asamblea General lo votó.",
     [("Asamblea General de las Naciones Unidas", "UNGA"), ("Asamblea General", "UNGA")]),
])
def test_a_short_name_refers_to_the_longer_name_it_heads(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the year an instrument's name ends with is part of it, not a DATE
    ("es", "la Convención de las Naciones Unidas contra el Tráfico Ilícito de Estupefacientes y "
           "Sustancias Sicotrópicas de 1988 y",
     [("INSTRUMENT", "Convención de las Naciones Unidas contra el Tráfico Ilícito de Estupefacientes "
                     "y Sustancias Sicotrópicas de 1988", "1988 Drug Convention")]),
    ("es", "el Marco de Sendai para la Reducción del Riesgo de Desastres 2015-2030, adoptado en 2015",
     [("INSTRUMENT", "Marco de Sendai para la Reducción del Riesgo de Desastres 2015-2030",
       "Sendai Framework"), ("DATE", "2015", "2015")]),
    ("en", "the Palermo Convention of 2000 entered into force in 2003",
     [("INSTRUMENT", "Palermo Convention of 2000", "UNTOC"), ("DATE", "2003", "2003")]),
])
def test_an_instrument_keeps_the_year_its_name_ends_with(extractor, lang, text, expected):
    assert [(r["label"], r["text"], r["norm"])
            for r in extractor.extract(text, doc_id="t", lang=lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the keyword before a known operation or programme is in the span, not in the norm
    ("es", "con el apoyo del programa EL PAcCTO de la Unión Europea",
     [("programa EL PAcCTO", "EL PAcCTO")]),
    ("fr", "le projet AIRCOP relie les aéroports", [("projet AIRCOP", "AIRCOP")]),
    # an English programme named in capitals, with what it is on, for or against
    ("en", "UNODC's Global Programme for Combating Wildlife and Forest Crime helps.",
     [("Global Programme for Combating Wildlife and Forest Crime",
       "Global Programme for Combating Wildlife and Forest Crime")]),
    ("en", "INTERPOL's Environmental Security Programme presented.",
     [("Environmental Security Programme", "Environmental Security Programme")]),
    ("en", "The Programme starts in May.", []),
    # a capitalised programme word is the programme's own name
    ("fr", "le Programme mondial de contrôle des conteneurs",
     [("Programme mondial de contrôle des conteneurs", "Programme mondial de contrôle des conteneurs")]),
])
def test_operation_keywords_are_in_the_span_and_out_of_the_norm(extractor, lang, text, expected):
    assert [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "OPERATION"] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the name in quotation marks after the word that introduces it, marks and keyword left out
    ("fr", "le projet « Drogues et droits humains en prison », lancé en 2022",
     [("Drogues et droits humains en prison", "Drogues et droits humains en prison")]),
    ("fr", "le projet de formation « Déchets tracés » pour 45 agents", [("Déchets tracés", "Déchets tracés")]),
    ("es", "La operación, denominada «Boira», se desarrolló", [("Boira", "Boira")]),
    ("es", "nuestro programa regional «Justicia para Ellas», financiado", [("Justicia para Ellas", "Justicia para Ellas")]),
    # named again later without marks
    ("en", 'the joint action day "Amber Tide" ended. A second Amber Tide action day follows.',
     [("Amber Tide", "Amber Tide"), ("Amber Tide", "Amber Tide")]),
    # a quotation that is not a name, or marks with no keyword before them
    ("en", 'the project "was a success", he said', []),
    ("fr", "il a parlé de « Drogues et prison » hier", []),
    # a quotation after a word of topic is what the campaign is about, not its name
    ("en", 'The campaign against "Fake News" was launched in May.', []),
    ("fr", "une campagne contre « Fausses Nouvelles » lancée en mai", []),
    ("es", "una campaña contra «Noticias Falsas» lanzada en mayo", []),
])
def test_a_quoted_name_after_its_keyword_is_an_operation(extractor, lang, text, expected):
    assert [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "OPERATION"] == expected


@pytest.mark.parametrize("lang, text", [
    # acronyms and short names that often mean something else are no alias of the bodies the
    # gazetteer holds under them (their long names are; aliases apply in every language)
    ("en", "The boat sank on Lake Garda last week."),
    ("en", "The attackers flooded the server with ICMP packets."),
    ("en", "The vessel was located by the RCC in Falmouth."),
])
def test_ambiguous_short_names_are_not_taken_for_a_listed_body(extractor, lang, text):
    norms = {r["norm"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "ORG"}
    assert not norms & {"An Garda Síochána", "ICMP", "RCC"}


@pytest.mark.parametrize("lang, text, expected", [
    # regional and specialised bodies the gazetteer holds: their id in every language
    ("fr", "le Groupe Pompidou", [("ORG", "Groupe Pompidou", "Pompidou Group")]),
    ("fr", "sous l'égide de l'Organisation de l'unité africaine", [("ORG", "Organisation de l'unité africaine", "OAU")]),
    ("es", "la Organización Panamericana de la Salud", [("ORG", "Organización Panamericana de la Salud", "PAHO")]),
    ("es", "aportes del Banco de Desarrollo de América Latina y el Caribe",
     [("ORG", "Banco de Desarrollo de América Latina y el Caribe", "CAF")]),
    ("fr", "Nous, le Secrétariat des conventions de Bâle, de Rotterdam et de Stockholm, administré",
     [("ORG", "Secrétariat des conventions de Bâle, de Rotterdam et de Stockholm", "BRS Secretariat")]),
    ("en", "the Council of the Baltic Sea States", [("ORG", "Council of the Baltic Sea States", "CBSS")]),
    # instruments: the official title with its year, and the usual short name
    ("en", "the Maritime Labour Convention, 2006 (MLC, 2006)",
     [("INSTRUMENT", "Maritime Labour Convention, 2006", "MLC, 2006"), ("INSTRUMENT", "MLC, 2006", "MLC, 2006")]),
    ("es", "la Convención de Belém do Pará", [("INSTRUMENT", "Convención de Belém do Pará", "Belém do Pará Convention")]),
    ("es", "las Reglas de Bangkok", [("INSTRUMENT", "Reglas de Bangkok", "Bangkok Rules")]),
])
def test_regional_bodies_and_instruments_take_their_id(extractor, lang, text, expected):
    assert [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "INSTRUMENT")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a capitalised head noun alone, after a body whose name has it: that body
    ("en", "the Baltic Sea Task Force on Organised Crime met. The Task Force was set up in 1996.",
     [("Baltic Sea Task Force on Organised Crime", "Baltic Sea Task Force on Organised Crime"),
      ("Task Force", "Baltic Sea Task Force on Organised Crime")]),
    ("en", "The World Bank helps. The Bank's tool is used.", [("World Bank", "World Bank"), ("Bank", "World Bank")]),
    ("en", "the OSCE Border Management Staff College opened. The College has trained officers.",
     [("OSCE Border Management Staff College", "BMSC"), ("College", "BMSC")]),
    # with no body named before it, the head alone stays what it was
    ("en", "The Task Force was set up in 1996.", [("Task Force", "Task Force")]),
])
def test_a_capitalised_head_alone_refers_back_to_the_body(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a body's former names and its names in the other languages take its id
    ("fr", "l'Office international des épizooties (OIE), devenu l'OMSA",
     [("Office international des épizooties", "WOAH"), ("OIE", "WOAH"), ("OMSA", "WOAH")]),
    ("es", "la Organización Mundial de Sanidad Animal", [("Organización Mundial de Sanidad Animal", "WOAH")]),
    ("en", "the World Organisation for Animal Health", [("World Organisation for Animal Health", "WOAH")]),
    ("en", "the Committee on Payment and Settlement Systems, since renamed",
     [("Committee on Payment and Settlement Systems", "CPMI")]),
    ("en", "the Economic Commission for Asia and the Far East", [("Economic Commission for Asia and the Far East", "ESCAP")]),
    ("fr", "le BNUUA à Addis-Abeba", [("BNUUA", "UNOAU")]),
    ("en", "the Africa Centres for Disease Control and Prevention", [("Africa Centres for Disease Control and Prevention", "Africa CDC")]),
    ("en", "with the Pacific Community", [("Pacific Community", "SPC")]),
    ("es", "la Secretaria-Geral Ibero-Americana", [("Secretaria-Geral Ibero-Americana", "SEGIB")]),
    ("fr", "avec Unitaid", [("Unitaid", "Unitaid")]),
])
def test_former_and_other_language_names_take_the_body_id(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a gazetteer name cut by the acronym the text sets inside it: the long form takes its id
    ("fr", "le Conseil de paix et de sécurité (CPS) de l’UA se réunit ; le CPS a décidé.",
     [("Conseil de paix et de sécurité", "PSC"), ("CPS", "PSC"), ("UA", "AU"), ("CPS", "PSC")]),
    ("es", "el Consejo de Paz y Seguridad (CPS) de la Unión Africana se reunió.",
     [("Consejo de Paz y Seguridad", "PSC"), ("CPS", "PSC"), ("Unión Africana", "AU")]),
    # the name after the parenthesis must be the rest of the gazetteer's name, to its end
    ("fr", "le Conseil de paix et de sécurité (CPS) de l’UAX se réunit.",
     [("Conseil de paix et de sécurité", "CPS"), ("CPS", "CPS")]),
])
def test_a_gazetteer_name_cut_by_its_acronym_keeps_its_id(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a group of banks is not its bank; a bank's group is the bank
    ("en", "The World Bank Group and the World Bank signed.", [("World Bank Group", "World Bank Group"), ("World Bank", "World Bank")]),
    ("fr", "le Groupe de la Banque mondiale et la Banque mondiale", [("Groupe de la Banque mondiale", "World Bank Group"), ("Banque mondiale", "World Bank")]),
    ("es", "el Grupo del Banco Mundial y el Banco Mundial", [("Grupo del Banco Mundial", "World Bank Group"), ("Banco Mundial", "World Bank")]),
    ("en", "loans from the African Development Bank Group", [("African Development Bank Group", "AfDB")]),
    # CEI names the IEC and the CIS in French and Spanish: only a definition decides
    ("fr", "La Commission électrotechnique internationale (CEI) publie; la CEI vote.",
     [("Commission électrotechnique internationale", "IEC"), ("CEI", "IEC"), ("CEI", "IEC")]),
    ("es", "la Comunidad de Estados Independientes (CEI) y la CEI",
     [("Comunidad de Estados Independientes", "CIS"), ("CEI", "CIS"), ("CEI", "CIS")]),
    ("en", "the Islamic Development Bank, WWF and Euratom", [("Islamic Development Bank", "IsDB"), ("WWF", "WWF"), ("Euratom", "Euratom")]),
    ("es", "el Departamento de Agricultura de los Estados Unidos y ONU-Hábitat",
     [("Departamento de Agricultura de los Estados Unidos", "USDA"), ("ONU-Hábitat", "UN-Habitat")]),
    ("fr", "la Communauté européenne de l'énergie atomique et la Communauté européenne",
     [("Communauté européenne de l'énergie atomique", "Euratom"), ("Communauté européenne", "EU")]),
    ("fr", "le Contrôleur européen de la protection des données et la CEPT",
     [("Contrôleur européen de la protection des données", "EDPS"), ("CEPT", "CEPT")]),
])
def test_bodies_added_for_unseen_texts(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Firmaron Nueva Zelandia y la Unión Soviética.", [("Nueva Zelandia", "NZL"), ("Unión Soviética", "SUN")]),
    ("en", "Serbia and Montenegro, Czechoslovakia and the German Democratic Republic",
     [("Serbia and Montenegro", "SCG"), ("Czechoslovakia", "CSK"), ("German Democratic Republic", "DDR")]),
    ("fr", "l'URSS, la Yougoslavie et la Serbie-et-Monténégro", [("URSS", "SUN"), ("Yougoslavie", "YUG"), ("Serbie-et-Monténégro", "SCG")]),
])
def test_former_states_are_countries(extractor, lang, text, expected):
    found = [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang) if r["label"] == "COUNTRY"]
    assert found == expected


def test_a_former_state_as_a_region_stays_a_place(extractor):
    found = [(r["label"], r["text"]) for r in extractor.extract("les guerres en ex-Yougoslavie", doc_id="t", lang="fr")]
    assert found == [("LOCATION", "ex-Yougoslavie")]


@pytest.mark.parametrize("lang, text, expected", [
    # an organ of a known body, named with it, is one body (a body with two aliases is still one)
    ("es", "El Instituto Cultural del MERCOSUR abrió.", [("Instituto Cultural del MERCOSUR", "Instituto Cultural del MERCOSUR")]),
    ("fr", "Le Haut-Commissariat de l'OMVS a publié.", [("Haut-Commissariat de l'OMVS", "Haut-Commissariat de l'OMVS")]),
    ("en", "The Parliament of the Andean Community met.", [("Parliament of the Andean Community", "Parliament of the Andean Community")]),
    # a state's government or a body's presidency is a body
    ("en", "signed with the Government of Peru", [("Government of Peru", "Government of Peru")]),
    ("fr", "avec le Gouvernement du Niger", [("Gouvernement du Niger", "Gouvernement du Niger")]),
    ("es", "con el Gobierno de Panamá", [("Gobierno de Panamá", "Gobierno de Panamá")]),
    ("en", "the G7 Presidency announced", [("G7 Presidency", "G7 Presidency")]),
    ("fr", "la Présidence du Conseil de l'Union européenne", [("Présidence du Conseil de l'Union européenne", "Présidence du Conseil de l'Union européenne")]),
    # the climate convention's Conference of the Parties, by name and by number
    ("en", "the Conference of the Parties to the UNFCCC at COP29", [("Conference of the Parties to the UNFCCC", "UNFCCC COP"), ("COP29", "UNFCCC COP")]),
    ("fr", "lors de la COP22 à Marrakech", [("COP22", "UNFCCC COP")]),
    ("es", "antes de la COP25", [("COP25", "UNFCCC COP")]),
])
def test_organs_governments_and_conferences_are_bodies(extractor, lang, text, expected):
    assert orgs(extractor, text, lang) == expected
