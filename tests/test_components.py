"""The partex components on small rule-only pipelines (no trained model): fast and table-driven."""


import pytest

from partex.extractor import Extractor



@pytest.fixture(scope="module")
def extractor(fixture_patterns) -> Extractor:
    return Extractor(fast=True, patterns_dir=fixture_patterns)


def found(extractor, text, lang="fr"):
    return [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)]


@pytest.mark.parametrize("text, expected", [
    # a gazetteer name and its acronym defined in parentheses, carried to later uses
    ("L’Office des Nations Unies contre la drogue et le crime (ONUDC) aide les États. L’ONUDC forme.",
     [("ORG", "Office des Nations Unies contre la drogue et le crime", "UNODC"),
      ("ORG", "ONUDC", "UNODC"), ("ORG", "ONUDC", "UNODC")]),
    # a body the gazetteer does not know keeps its defined acronym, both ways
    ("Le Groupe de coordination de Lyon (GCL) se réunit. Le GCL publie un rapport.",
     [("ORG", "Groupe de coordination de Lyon", "GCL"), ("ORG", "GCL", "GCL"),
      ("ORG", "GCL", "GCL")]),
    # the long form read back to a capitalised word after a preposition, not the sentence start
    ("INTERPOL compte parmi les membres du Groupe de travail sur la traite (GTT).",
     [("ORG", "INTERPOL", "INTERPOL"), ("ORG", "Groupe de travail sur la traite", "GTT"),
      ("ORG", "GTT", "GTT")]),
])
def test_acronym_definitions_link_long_and_short_forms(extractor, text, expected):
    assert found(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # both apostrophes, the original character kept in `text`
    ("l’appui d’INTERPOL et d'INTERPOL", [("ORG", "INTERPOL", "INTERPOL")] * 2),
    # leading articles and prepositions stay out
    ("au Liban et en Iraq", [("COUNTRY", "Liban", "LBN"), ("COUNTRY", "Iraq", "IRQ")]),
    # an acronym inside a hyphenated word is annotated alone
    ("un partenaire non-ONU", [("ORG", "ONU", "UN")]),
    ("INTERPOL-ONU", [("ORG", "INTERPOL", "INTERPOL"), ("ORG", "ONU", "UN")]),
    # the longest name wins: its Nations Unies is not a second mention
    ("le Bureau de lutte contre le terrorisme des Nations Unies",
     [("ORG", "Bureau de lutte contre le terrorisme des Nations Unies", "UNOCT")]),
    # lower-case words are not names
    ("l'office des nations unies", []),
])
def test_spans_follow_the_schema(extractor, text, expected):
    assert found(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short title right after its parent body
    ("le CCT et sa Direction exécutive", [("ORG", "CCT", "CTC"), ("ORG", "Direction exécutive", "CTED")]),
    # the same short title with no parent in sight is not a mention
    ("une Direction exécutive", []),
    # a capitalised head noun refers back to the body named that way
    ("Le Comité contre le terrorisme des Nations Unies se réunit. Le Comité adopte un texte.",
     [("ORG", "Comité contre le terrorisme des Nations Unies", "CTC"), ("ORG", "Comité", "CTC")]),
    # ... or known by such a name in the gazetteer (l'Organisation: INTERPOL)
    ("INTERPOL publie un rapport. L’Organisation compte 196 pays membres.",
     [("ORG", "INTERPOL", "INTERPOL"), ("ORG", "Organisation", "INTERPOL"),
      ("FIGURE", "196 pays membres", "196 pays membre")]),
])
def test_back_references(extractor, text, expected):
    assert found(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jürgen Stock a parlé. M. Stock a conclu.",
     [("PERSON", "Jürgen Stock", "Jürgen Stock"), ("PERSON", "Stock", "Jürgen Stock")]),
    ("Mme Ghada Waly a signé.", [("PERSON", "Ghada Waly", "Ghada Waly")]),
    ("LYON (France), 12 mars 2019 – INTERPOL",
     [("LOCATION", "LYON", "Lyon"), ("COUNTRY", "France", "FRA"), ("DATE", "12 mars 2019", "2019-03-12"),
      ("ORG", "INTERPOL", "INTERPOL")]),
    ("L’Opération Trigger IV a eu lieu.", [("OPERATION", "Opération Trigger IV", "Trigger IV")]),
    ("les résolutions 2322 (2016) et 2331 (2016) du Conseil de sécurité",
     [("RESOLUTION", "résolutions 2322 (2016)", "S/RES/2322 (2016)"),
      ("RESOLUTION", "2331 (2016)", "S/RES/2331 (2016)"), ("ORG", "Conseil de sécurité", "UNSC")]),
])
def test_people_places_operations_resolutions(extractor, text, expected):
    assert found(extractor, text) == expected


def test_english_rules_without_a_model(extractor):
    assert found(extractor, "INTERPOL’s Specialized unit and the UN", lang="en") == [
        ("ORG", "INTERPOL", "INTERPOL"), ("ORG", "UN", "UN")]


def test_rows_record_section_sentence_and_source(extractor):
    text = "Titre général\n\nINTERPOL agit.\n\nSur le terrain\n\nL’ONU aussi. Puis INTERPOL."
    rows = extractor.extract(text, doc_id="d", lang="fr")
    assert [(r["text"], r["section"], r["source"]) for r in rows] == [
        ("INTERPOL", "Titre général", "gazetteer:fr/organisations.jsonl"),
        ("ONU", "Sur le terrain", "gazetteer:fr/organisations.jsonl"),
        ("INTERPOL", "Sur le terrain", "gazetteer:fr/organisations.jsonl")]
    assert rows[0]["sentence"] < rows[1]["sentence"] < rows[2]["sentence"]
    assert all(text[r["start"]:r["end"]] == r["text"] and r["doc_id"] == "d" and r["lang"] == "fr"
               for r in rows)


def test_strings_stay_while_the_vocabulary_warms_then_memory_zones_free_them(monkeypatch, fixture_patterns):
    import partex.extractor as extract

    monkeypatch.setattr(extract, "WARM_WORDS", 5)
    fresh = Extractor(fast=True, patterns_dir=fixture_patterns)
    fresh.extract("Le mot zorglubique apparaît ici.", doc_id="a")  # 5 words: warming
    fresh.extract("Le mot blorvatique apparaît là.", doc_id="b")    # warm: in a memory zone
    strings = fresh.pipeline("fr").vocab.strings
    assert "zorglubique" in strings
    assert "blorvatique" not in strings


def people(extractor, text, lang):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "PERSON"]


@pytest.mark.parametrize("lang, text, expected", [
    # the office before the name, in the same clause; a later surname of two words
    ("es", "afirmó el secretario general del SICA, Werner Vargas Torres. Vargas Torres recordó.",
     [("Werner Vargas Torres", "Werner Vargas Torres"), ("Vargas Torres", "Werner Vargas Torres")]),
    ("en", "said the Executive Director of UNODC, Ghada Waly, in Vienna.", [("Ghada Waly", "Ghada Waly")]),
    # the office after the name; a title at the name's start stays out
    ("en", "said Workneh Gebeyehu, IGAD Executive Secretary. Dr Workneh noted it.",
     [("Workneh Gebeyehu", "Workneh Gebeyehu"), ("Workneh", "Workneh Gebeyehu")]),
    ("es", "El jefe de la Policía Nacional, General Juan Pérez, dijo.", [("Juan Pérez", "Juan Pérez")]),
    # a civil title too, where a name of two words remains; a first name like a title stays
    ("en", "Professor Jane Roe, the Director-General of the observatory, said.", [("Jane Roe", "Jane Roe")]),
    ("fr", "a déclaré le directeur général de l'agence, Pr Marc Durand, hier.", [("Marc Durand", "Marc Durand")]),
    # places and countries beside a comma, and offices out of the clause, are not people
    ("en", "Talks in Costa Rica, the minister said.", []),
    ("en", "He is a director. Buenos Aires, a port city, hosted it.", []),
    # a body's name is no person; a country's name inside a person's name is no bar
    ("en", "said INTERPOL Washington, head of the US bureau.", []),
    ("es", "dijo el director de la Policía, Israel Ramírez Soto, en Lima.",
     [("Israel Ramírez Soto", "Israel Ramírez Soto")]),
])
def test_people_beside_an_office_without_a_model(extractor, lang, text, expected):
    assert people(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a long form of many words, read back past its fourteenth word; not from the verb
    ("es", "Participaron el Centro de Coordinación para la Prevención de los Desastres en América "
           "Central y República Dominicana (CEPREDENAC).",
     [("Centro de Coordinación para la Prevención de los Desastres en América Central y República "
       "Dominicana", "CEPREDENAC"), ("CEPREDENAC", "CEPREDENAC")]),
    # an acronym that looks like a roman numeral; another acronym before `au` starts no name
    ("fr", "Il a donné naissance au Centre interrégional de coordination (CIC), qui relie le "
           "CRESMAO au Centre régional de sécurité maritime (CRESMAC).",
     [("Centre interrégional de coordination", "CIC"), ("CIC", "CIC"),
      ("Centre régional de sécurité maritime", "CRESMAC"), ("CRESMAC", "CRESMAC")]),
    # a use before the definition (a title) is the defined body too
    ("es", "CDEMA ensaya la respuesta\n\nLa Agencia Caribeña para la Gestión de Emergencias en Casos "
           "de Desastre (CDEMA) participó.",
     [("CDEMA", "CDEMA"), ("Agencia Caribeña para la Gestión de Emergencias en Casos de Desastre",
                           "CDEMA"), ("CDEMA", "CDEMA")]),
])
def test_long_forms_read_back_from_an_acronym(extractor, lang, text, expected):
    assert [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "ORG"] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("GLASGOW (Royaume-Uni), 4 novembre 2024 – INTERPOL", "fr", "Glasgow"),
    ("CIUDAD DE PANAMÁ, 5 de marzo de 2025 – La Oficina", "es", "Ciudad de Panamá"),
    ("PORT OF SPAIN, 3 June 2024 - The Agency", "en", "Port of Spain"),
])
def test_a_dateline_place_is_written_as_a_name(extractor, text, lang, expected):
    rows = extractor.extract(text, doc_id="t", lang=lang)
    assert [r["norm"] for r in rows if r["source"] == "finder:dateline"] == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "It was tested in Bosaso, Somalia, in May.", [("LOCATION", "Bosaso"), ("COUNTRY", "Somalia")]),
    ("es", "adoptado en Tegucigalpa (Honduras).", [("LOCATION", "Tegucigalpa"), ("COUNTRY", "Honduras")]),
    # a list of countries stays countries
    ("en", "in Costa Rica, Panama and Peru", [("COUNTRY", "Costa Rica"), ("COUNTRY", "Panama"),
                                             ("COUNTRY", "Peru")]),
])
def test_a_place_placed_by_its_country_without_a_model(extractor, lang, text, expected):
    assert [(r["label"], r["text"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("LOCATION", "COUNTRY")] == expected
