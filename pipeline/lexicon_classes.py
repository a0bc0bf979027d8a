"""The names of the lexicon's word classes and what each holds (see `lexicon.py`, which reads
them from `patterns/<lang>/lexicon.jsonl`)."""

from __future__ import annotations

# Classes read for the document's language.
OWN_CLASSES = {
    "leading": "words that never start a mention: articles, prepositions, elided forms",
    "contracted_article": "a preposition fused with an article before a place (au, al): the "
                          "place's norm takes the article back (au Cap → Le Cap)",
    "trailing": "words that never end a mention",
    "title": "titles before a person's name, kept out of the PERSON span",
    "backref_determiner": "determiners before a short back-reference (le Comité, its Directorate)",
    "speaker_pronoun": "first-person pronouns after the name of the body a text speaks for "
                       "(At the X (ACR), we …)",
    "backref_own": "first-person possessives: the head after one is the body the text speaks "
                   "for, or its organ (our Board)",
    "channel_word": "words before a body a text works with or through, never the speaker "
                    "(Together with INTERPOL, we …; a través de)",
    "common_acronym": "acronyms of common nouns, never a body's (ONG, PIB, GDP)",
    "indefinite_article": "articles before a common noun, never before a name (a Related Organization)",
    "backref_org_head": "capitalised head nouns that refer back to a body just named",
    "backref_instrument_head": "capitalised head nouns that refer back to an instrument",
    "backref_operation_head": "capitalised keywords that refer back to a programme named with "
                              "them (la Iniciativa after la Iniciativa Spotlight)",
    "acronym_stop": "words that cut an acronym's long form read back from the parenthesis",
    "acronym_relative": "relative pronouns that even a long form spelling its acronym does not "
                        "cross (the World Bank, whose Rapid Damage Estimation (RDE))",
    "founding_title": "the opening words of a text's title that founds a body, up to the body's "
                      "name (charter of, convenio constitutivo del): the acronym after the title "
                      "that spells the name is the body's",
    "generic": "words that make a name generic when a span holds nothing else",
    "role_noun": "nouns of an office held by a person",
    "people_noun": "plural nouns for the people of a body (officers, agentes), or of two words for "
                   "its members (member states): a capitalised run opening on one names the body "
                   "after its connector (Officers of the X Unit, Member States of the X Union)",
    "complement_head": "head nouns of a body named after another (Secrétariat de la CITES)",
    "complement_not_after": "words after which a complement's head names people, not a body "
                            "(`Heads of [Government of the Caribbean Community]`)",
    "complement_linker": "words linking such a head to the name (de la, of the)",
    "bare_linker": "complement linkers without an article (de, d', of): a head noun after one "
                   "names no particular body (chefs d'État et de gouvernement)",
    "organ_word": "head nouns of a body's organ that follow the body's acronym in parentheses "
                  "(the Caribbean Community (CARICOM) Secretariat)",
    "organ_head": "heads of an organ that names a body only with the known body it belongs "
                  "to (Conférence générale de l'UNESCO; not Conférence de Paris, nor a conference "
                  "the body holds: Conferencia de las Naciones Unidas sobre …)",
    "org_head": "head nouns of bodies, for names no gazetteer holds where no model runs",
    "capitalised_article": "an article a capitalised name may start with (The)",
    "capitalised_connector": "small words inside a run of capitalised words (of the, de la)",
    "topic_connector": "connectors that open a name's topic (on, on the): after a topicless_head "
                       "they end the name instead",
    "topicless_head": "head nouns of bodies named with no topic after them: a topic_connector "
                      "after one ends the name (Meteorological Department on the Upper Basin)",
    "demonym_article": "articles before a demonym the model reads as a place (le Brésilien)",
    "demonym_ending": "endings of demonyms",
    "unit_head": "kinds of unit named by a number and an ordinal (3e régiment, 11e brigade)",
    "unit_ordinal_suffix": "ordinal suffixes after a unit's number (e, er; .ª; st, nd)",
    "participle_ending": "endings of past participles that open a clause after a body's name "
                         "(chargé de, creado por, established by): a model name that runs on "
                         "over one ends before it",
    "unit_adjective_ending": "endings of further adjectives after a unit's head (étranger, parachutiste)",
    "name_adjective_ending": "endings of the adjectives in lower case that follow a body's head noun "
                             "in a name of its own (Conseil présidentiel de, Consejo Nacional de)",
    "not_adjective": "words in lower case that end as a `name_adjective_ending` and are no adjective "
                     "(hier, demain, mañana): a name in sentence case ends before them",
    "plural_head": "head nouns of bodies in the plural (Centres, Oficinas): a network's name in "
                   "capitals, never the head of a name in sentence case (Centres commerciaux de …)",
    "demonym": "demonyms in lower case (française, belge, española): after a body's name they "
               "say whose body it is and stay out of the name",
    "possessive_ordinal": "ordinal suffixes after a possessive (INTERPOL's 90th)",
    "cited_org_head": "head nouns starting the names of bodies this language's texts cite in a "
                      "language partex does not read (Portuguese, Italian: Ministério, Guardia)",
    "cited_org_head_last": "head nouns ending the names of bodies cited in a language that puts "
                           "the head last (Turkish: Afet ve Acil Durum Yönetimi Başkanlığı)",
    "cited_connector": "small words inside such names (di, da, della, e)",
    "body_keyword": "lower-case nouns that say what kind of body the name right after them is "
                    "(la empresa X, the company X, l'entreprise X): the capitalised words are a body",
    "body_keyword_qualifier": "words between such a noun and the name (pública, de desarrollo)",
    "cited_conjunction": "conjunctions of such names that the text's own names never hold (Dutch "
                         "en, Polish i, Romanian și): a cited name goes on across them",
    "cited_compound_ending": "last parts of German and Dutch compounds that name a body alone "
                             "(Zollfahndung, Wetterdienst, Bundeskriminalamt, Belastingdienst); "
                             "the part alone names one after a cited adjective (Openbaar Ministerie)",
    "cited_adjective_ending": "endings of the German and Dutch adjectives before such a compound "
                              "(Deutscher Wetterdienst, Openbaar Ministerie, Statistisches Bundesamt)",
    "legal_form": "legal forms that end the name of a company or public enterprise (AS, OÜ, SIA, "
                  "GmbH, S.A., Ltd, Inc.)",
    "national_society_name": "names of movements of national societies (Red Cross, Red Crescent, "
                             "Caritas): with a demonym (after it in Romance names, before it in "
                             "English) they name a national society (Cruz Roja Japonesa, Croix-Rouge "
                             "française, British Red Cross, Cáritas Brasileira)",
    "alias_phrase": "phrases after which a text gives another name to the body or instrument just "
                    "named (known as, sous le nom de, conocida como; * is any one word)",
    "acronym_note": "words after an acronym and a comma inside its parentheses that say it is the "
                    "acronym, in another language too (CPP, por sus siglas en inglés)",
    "programme_word_after_coined": "programme words after a name (programme_word_after) that make "
                                   "a single word a programme only when it is coined or an acronym "
                                   "(the NWFE platform, not the Earth system)",
    "programme_word_before_coined": "programme words before a name (programme_word_before) that "
                                    "make a programme only of a coined name or an acronym (el "
                                    "sistema PRODES, not el sistema Interamericano)",
    "body_apposition": "nouns of an apposition that calls the name before it a network of "
                       "members, a body (X (ACR), una red de institutos; a network of agencies)",
    "programme_head_complemented": "capitalised programme heads (programme_head) that open a "
                                   "programme's name only with a complement (Sistema de Alerta "
                                   "Sísmica Mexicano), not with adjectives alone (el Sistema "
                                   "Arrecifal Mesoamericano, a place)",
    "place_noun": "common nouns of a kind of place before its name (port of Mombasa, puerto de "
                  "Caucedo); capitalised, the noun is part of the name (Port of Manila)",
    "place_noun_apposed": "common nouns of a kind of place its name follows right after, with no "
                          "linker (el volcán Popocatépetl, el barrio Santa Ana, la región Piura, le "
                          "volcan Karthala): the name is a place, the noun part of it only capitalised",
    "place_noun_after": "common nouns of a kind of place written after its name in lower case "
                        "(the Howrah district, our Mona campus): the name before them is a place",
    "country_qualifier": "capitalised words that qualify a country right before it and make no "
                         "body's name with it (Greater, Mainland; a language's name: Bahasa): "
                         "country_bodies reads none there",
    "crossing_noun": "words for a border crossing, a route or a corridor (poste frontière, border, "
                     "paso, corredor): joined_places splits chains of places only this close",
    "place_compound_opening": "words that open a place's own name joined by a hyphen (Saint-Louis, "
                              "Port-Vila): joined_places keeps such a name whole",
    "place_position_before": "words naming a part of a place, written before a place or country "
                             "(northern Indian Ocean, western Cambodia): one LOCATION with it",
    "place_position_after": "words naming a part of a place, written after a place or country "
                            "(África occidental, América del Sur, Afrique de l'Ouest): one LOCATION with it",
    "country_after_comma_preposition": "prepositions between a comma and a country that put the "
                                       "name before the comma in it (El Tule, en Guatemala)",
    "apposition_not_body": "heads of bodies' names that, in lower case in an apposition after an acronym, "
                           "name no body (a process, un proceso)",
    "organ_title": "an organ's title that, alone and known to no gazetteer, names the organ of the "
                   "body the text speaks for (Secretaría Permanente, Secrétariat exécutif, Foundation Board)",
    "organ_noun": "nouns that make a name an organ of some body (Board, Consejo, Comité): such a short "
                  "name may be any body's organ, so it never takes a whole name's norm",
    "organ_link_form": "the links written before a body's name in an organ's name (du, de la, de l', "
                       "del): the one the text writes before the body goes into the organ's norm",
    "organ_link_contraction": "an article and the link it is contracted into before a body's "
                              "name, as `article link` (el del, le du)",
    "attributive_place": "place names that are adjectives too (Caribbean, Pacific): with no article "
                         "before them and a common noun in lower case after, they describe and name "
                         "no place (Caribbean governments, Pacific cooperation)",
    "attributive_place_noun": "capitalised nouns between an attributive_place and the common noun "
                              "it describes that leave it describing (Pacific Island countries)",
    "feature_noun": "nouns of a natural feature before its name, part of the name in either case "
                    "(fleuve Sénégal, golfe de Guinée, río Lempa, Bay of Bengal)",
    "feature_plural": "plural nouns of a natural feature before a list of their names, each "
                      "name a place of its own without the noun (los ríos Lempa, Motagua y Ulúa)",
    "text_linker": "small words linking the complements of an instrument's name written in lower "
                   "case (de, d', la, sur, relatif, en matière de)",
    "text_topic": "words that say what an instrument is about, without which a head noun and a "
                  "lower-case complement name nothing (sur, relatif, contre, sobre)",
    "text_stop": "words that end an instrument's name written in lower case: relatives, verbs "
                 "and participles of this genre (qui, est, signée, adoptada)",
    "place_in_preposition": "prepositions after which a capitalised name nothing else reads is a "
                            "place, where no model runs (in Zurich, en Manaos)",
    "title_action_noun": "lower-case nouns of action an instrument's title may go on with, after a "
                         "title_connector and before a connector and a capitalised run (relating to "
                         "the implementation of Part XI)",
    "place_to_preposition": "prepositions after which one place alone is where an instrument went, "
                            "not the rest of its title (the Charter to Nigeria, el Tratado por Chile)",
    "seat_link": "the preposition between an office's name and the place it sits in, which its "
                 "name holds (OSCE Programme Office in Dushanbe, Subdelegación del Gobierno en Lleida)",
    "superior_link": "the words between a body's name and the higher body it is placed under, "
                     "which its name holds (Customs Service under the Government of …)",
    "superior_head": "first words of that higher body (Government, President)",
    "launch_verb": "verbs whose object, a lone acronym no gazetteer holds, names a programme "
                   "(we co-led COVAX, lanzamos la ZORBA, a lancé le ZORBA)",
    "body_evidence": "words only a body follows: a lone acronym no rule reads after them is a "
                     "body's, and so is every use of it (hosted by CINECA, en coordinación con "
                     "ENAIRE, en partenariat avec X)",
    "complement_preposition": "prepositions that, with an article, open a complement of a name in "
                              "sentence case after its first (lutte contre la pollution par les "
                              "hydrocarbures)",
    "place_body_head": "heads of bodies named after the place they serve, which the model reads as "
                       "that place (Port autonome de Lomé, Grand port maritime de Marseille)",
    "sentence_case_purpose": "linkers that open the first complement of a name in sentence case "
                             "as a complement linker does (Office central pour la répression de …, "
                             "Comisión nacional para el desarrollo …)",
    "not_complement_noun": "ordinals and nouns of time (première, troisième, fois, année, "
                           "temporada, vez) and determiners (plusieurs, notre) that open no complement of a "
                           "name in sentence case: Marine française pour la première fois is no "
                           "body, nor UEMOA et de notre Comité",
    "report_head": "first words of the name of a report or an index, which names no body: a model "
                   "span opening on one is none (Indice de la criminalité organisée, Informe …)",
    "list_opener": "words that open a list: an unknown acronym right after them, then a conjunction "
                   "or a comma and a body found, is a body's (bodies including BIMCO and the …, "
                   "notamment X et la …, como X y la …)",
    "about_heading": "words that open a heading line about a body (About F4E, Sobre X, À propos de X)",
    "programme_body_owner": "phrases, consecutive words in a name, naming inside a name a programme word "
                            "heads or ends the body system that makes it a body (United Nations "
                            "Development Programme, Programme des Nations Unies pour l'environnement)",
    "programme_joint": "words that make a programme_body_owner's programme one it runs with others, "
                       "a programme still (Joint Programme, Programa Conjunto de las Naciones Unidas)",
    "programme_end_head": "programme_head words that make a programme of a name ending on them "
                          "past a complement, where names end with their head (Bay of Korvel Large "
                          "Marine Ecosystem Project); not system or week (Port of X Community "
                          "System, International Day of the Seafarer Week)",
    "programme_body_word": "words that make a name opened by a programme word a body, not a "
                           "programme (Sistema Nacional de Protección Civil, Sistema Andino de "
                           "Integración)",
    "programme_word_before": "lower-case words before the name of a programme, mission, platform or "
                             "study no gazetteer holds (la mission SWOT, el estudio PISA 2018): in "
                             "the OPERATION's span, out of its norm",
    "programme_word_after": "lower-case words after such a name (the Desert to Power initiative, its "
                            "mDiabetes programme): in the span, out of the norm; after a defined "
                            "acronym they make the body a programme (… (ETAF) platform)",
    "lowercase_text_head": "heads that name a text written in lower case too, its complement read as a "
                           "capitalised head's (la directive-cadre sur l'eau)",
    "programme_title_linker": "words that join a lower-case programme keyword to the title its acronym defines (`programme de Surveillance … (SURVA)`, `programme for Coastal …`)",
    "programme_name_inner": "small words of a name in English or title case after a programme word, between its "
                            "capitalised words (programme Saving Lives and Livelihoods)",
    "programme_name_connector": "small words inside a programme's name before such a word (Desert "
                                "to Power)",
    "coinage_noun": "nouns beside which a coinage (a lower-case start then a capital) names a "
                    "programme (its rescEU reserve, le service eSanté)",
    "programme_plural": "plural programme words that open a list of programmes after a colon "
                        "(cuatro estudios regionales: el PERCE en 1997, el SERCE …)",
    "programme_apposition_of": "words after an article and a programme_apposition noun that say whose "
                               "it is (, el programa de la Unión Europea; , the programme of)",
    "programme_apposition": "nouns of an apposition that says the name before it is a programme "
                            "(Giga, an initiative to …; SARAL, une mission …)",
    "programme_apposition_determiner": "determiners opening that apposition (an, our, une, notre, "
                                       "una, nuestra)",
    "spelled_out_phrase": "phrases after a programme's acronym and a comma that open its name spelled "
                          "out (the ZORBA project, short for Zonal Research …; ZORBA, sigla de …)",
    "acronym_given_phrase": "phrases after a programme's long name (and a comma) that give its acronym "
                            "(the \"Zorbal Water Link\" programme, known by its acronym ZWL; dite ZWL)",
    "programme_copula": "copulas after which an article, at most three words and a programme_apposition "
                        "noun say the name before them is a programme (Zorbala Rail is the largest "
                        "rail project)",
    "programme_apposition_article": "definite articles that open that apposition after a name and its "
                                    "defined acronym (… (DestinE), the Commission's initiative)",
    "programme_defined_after": "programme words after a defined acronym that make it a programme, not a "
                               "body (… (ZORB) project, (ZORB) projet)",
    "title_ordinal": "capitalised ordinals (and `new`) that open an instrument's title before its head "
                     "(Deuxième Protocole, Second Optional Protocol, Segundo Protocolo, Nueva Agenda)",
    "title_number": "abbreviations of number before the number an instrument's title holds in "
                    "parentheses (Convention (n° 29) sur le travail forcé, 1930; Forced Labour "
                    "Convention, 1930 (No. 29)): with it, the title keeps the year after its comma",
    "title_between": "the word after an instrument's head that opens the list of its parties "
                     "(Acuerdo entre …, Traité entre …): the title goes on across the parties named "
                     "in capitals to what it is about (title_lists.between_end)",
    "title_parties": "the parties of an instrument named as one collective after its title "
                     "(between the Member States, entre les États membres): the title goes on to "
                     "them and to the body whose members they are (title_lists.parties_end)",
    "title_connector": "small words after which an instrument's title goes on to a run of "
                       "capitalised words (Treaty on Cooperation in Fisheries Surveillance, "
                       "Protocolo de Tegucigalpa a la Carta de la ODECA)",
    "event_head": "nouns that make a name in title case an event's, not a body's (Korvel Summit, "
                  "Jeux de …, Cumbre de …): a list of bodies does not make such a name one",
    "publication_head": "nouns that make a name in title case the title of a periodical, not its "
                        "publisher's name (Korvel Review, Revista …): a list of bodies does not make "
                        "such a name one",
    "observance_noun": "capitalised nouns after a name that make it a named day or year, not an "
                       "instrument or a programme (World Standards Day, Zorbala Week)",
    "unit_word": "the last word of a system of units, not a programme or a text (Système "
                 "international d'unités, International System of Units)",
    "run_head": "head nouns of a body's programme a tie to its body makes one (Fund, Facility)",
    "run_head_owned": "run_head words a body named at the name's end ties (Fondo … de la Unión Europea)",
    "run_service_head": "head nouns tied only to a programme (Copernicus … Service, Servicio … de Copernicus)",
    "run_verb": "verbs of running a programme, right before its name (manages the, que administra el)",
    "run_by": "participles and their `by` after a programme's name (managed by, créée par, gestionado por)",
    "run_relative": "relative words before the subject of a run_verb (which ACTO runs, que nous gérons); "
                    "with no subject, a run_verb says what the name itself runs (which manages grants)",
    "run_relative_inverted": "run_relative words after which the verb's subject may follow it "
                             "(que gestiona el BNDES, que gère l'AFD; not English which)",
    "run_subject": "subject pronouns between a run_relative and its run_verb (which we run, que nous gérons)",
    "run_verb_personal": "run_verb forms whose person is not the name's: no subject needed after a "
                         "run_relative (que gestionamos)",
    "run_owner": "possessive words before a programme's name (whose, son, su)",
    "run_funding": "phrases, with their article, that name a run_head name as a funding window right "
                   "before it (grants under the, con cargo al, au titre du; not funded by the, through "
                   "the: bodies are sources and means too)",
    "run_owner_of": "words right before the body a run_head_owned name ends with (de la: … de la Unión Europea)",
    "portfolio_head": "head nouns of a body named by the list of its portfolios, one of which may be "
                      "a body's name (Ministry of Foreign Affairs, European Union and Cooperation)",
    "place_position_title": "capitalised words for a part of a place right before its name, matched as "
                            "written (East Africa, Upper Egypt, South-East Asia; not east Africa, where "
                            "the word is a common one: lower prices in Egypt)",
    "portfolio_word": "a ministry's portfolios, as the last item of the list of them (Cooperation, "
                      "Trade, Cooperación, Coopération): only a list that ends on one keeps a body "
                      "named among its items",
    "region_first": "regions that open a pair with a region_partner after them (América Latina y el "
                    "Caribe, Latin America and the Caribbean): a place of any other kind is listed beside it",
    "region_partner": "regions that, coordinated right after another region the rules found (its "
                      "article or none between), name one region with it (América Latina y el "
                      "Caribe, Latin America and the Caribbean)",
    "plural_evidence": "plural words that open body evidence or an office before a lone acronym "
                       "(members of, miembros de, ministres de): only after one does the acronym "
                       "qualify a plural word after it (members of LGBTI communities)",
    "plural_ending": "endings of this language's plural nouns (-s; French -x too: réseaux): the "
                     "word after an acronym that ends so is a plural it qualifies",
}
# Classes read for every language at once (the union of every registered language's words).
SHARED_CLASSES = {
    "article": "articles alone",
    "operation_keyword": "words for operation and project, kept out of an OPERATION's norm",
    "quoted_name_topic": "words after which a quoted text is a topic, not a name (against, "
                         "contre, contra: the campaign against \"Fake News\")",
    "quoted_name_keyword": "words that introduce the name of an operation, project or programme "
                           "given in quotation marks (projet « X », action day \"X\"): the name "
                           "inside the marks is the OPERATION, keyword and marks left out",
    "programme_keyword": "words for programme and campaign, keywords only in lower case",
    "title_head": "first words of a title, not of a body (Représentant spécial)",
    "programme_head": "first words of a named programme or project",
    "instrument_head": "first words of a text, not a body (Plan d'action)",
    "lowercase_org_start": "lower-case first words that still start a body's name (ministère)",
    "regional_head": "offices named with the region they serve",
    "name_particle": "particles between a first name and a surname",
    "civil_title": "civil titles before a name (M., Mrs, Sra.)",
    "given_name": "given names common in this genre's texts, any language's: a name in title case "
                  "that opens on one is a person's, not a body a list of bodies makes (Maria Lopez)",
    "text_place_linker": "the word before the place a text was signed in, out of its name (en París)",
    "lead_participle": "participles of leading whose agent may be a person (dirigido, led, présidé)",
    "agent_preposition": "the word before a passive verb's agent (por, by, par)",
    "stacked_title": "titles that follow a civil title, left out of the name (Mr Justice, Professor Sir)",
    "titled_name_particle": "particles inside a name after a civil title",
    "person_name_particle": "particles inside a name set beside an office",
    "place_preposition": "prepositions before a place placed by its country",
    "region_link": "the word before the region an office serves (pour, for, para)",
    "region_article": "articles after it",
    "region_conjunction": "conjunctions joining two regions",
    "region_more_article": "articles after that conjunction",
    "name_conjunction": "conjunctions that may stand inside a name",
    "purpose_connector": "small words that open the statement of purpose or field inside a name "
                         "(to, to a: Global Alliance to End Statelessness; en: Instituto de "
                         "Investigación en Salud Pública), where no head noun or name found follows",
    "name_possessive": "a possessive's ending inside a name, before its next capitalised word "
                       "('s: Coalition on Every Child's Right to a Nationality)",
    "joiner": "conjunctions joining two names",
    "instrument_year_linker": "the word before the year an instrument's name ends with",
    "operation_modifier": "words before an operation keyword that belong to the operation's "
                          "span and stay out of its norm (Joint Operation Themis)",
    "operation_modifier_after": "adjectives after a programme keyword, before the programme's name, that "
                                "belong to its span and stay out of its norm (programme conjoint Zorbo4U)",
    "edition_word": "a word that numbers a programme's edition and does not count as a word of "
                    "its title (Phase: SEACOP Phase IV Project)",
    "operation_keyword_after": "lower-case words after a known operation's or programme's name "
                               "that belong to its span and stay out of its norm (the Thunder "
                               "operations, the HAECHI series, the IBelong campaign)",
    "instrument_year_determiner": "the word before a year an instrument's name starts with "
                                  "(the 1954 Convention relating to …, the 2050 Strategy)",
    "place_particle": "small words kept in lower case in a place name",
    "capitalised_demonym": "adjectives of nationality written in capitals (Turkish, Latvian): no "
                           "place of their own, in a list of places or after a preposition",
    "seat_head": "head nouns of offices whose name goes on with the place they sit in (Office, "
                 "Subdelegación, Délégation)",
    "capital_homonym": "countries, not city-states, whose capital bears the country's name, as "
                       "written in this language (Luxembourg, Djibouti): in a dateline or after a "
                       "city_preposition the name is the city",
    "city_preposition": "a preposition that puts a city, not a country, after it (à: à Luxembourg, "
                        "where the country takes au)",
    "acronym_channel": "a channel's words, in lower case, ending on an acronym_stop word (a través, "
                       "par le biais, par l'intermédiaire): a long form crosses them, and no other stop "
                       "word, only where the acronym's letters fit the whole name",
    "survey_head": "programme_head words of a census or a survey: an operation whatever words follow "
                   "(Encuesta Nacional de ..., Recensement général ...; no programme_body_word makes it a body)",
    "country_common_noun": "a country's name that is a common noun of the language too (es reunión: a "
                           "meeting): before a capitalised word or a complement it heads a body's name",
    "qualified_org_head": "org_head words that name a meeting as often as a body (es reunión): they head "
                          "a body's name only before a qualified_head_word (la Reunión Especializada de …, "
                          "la Reunión de Ministros de …; not la Reunión de Alto Nivel de la Asamblea …)",
    "qualified_head_word": "capitalised words after a qualified_org_head (de and an article between "
                           "allowed) that make it a body's name: a standing organ's kind or members "
                           "(Especializada, Técnica, Ministros, Autoridades)",
    # every language's: a text cites an agency in the agency's own language (`con Statistics
    # Canada`, `avec Migración Colombia`)
    "country_body_noun": "the sector nouns that name a national agency with its country's name "
                         "(Statistics Canada, Immigration New Zealand, Expertise France, Migración "
                         "Colombia): country_bodies reads a name only where one of its words is one",
}
