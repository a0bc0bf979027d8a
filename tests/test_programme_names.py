"""Programmes, missions, platforms and studies named with no operation keyword inside the name
(`resolve/programmes.py`): beside a programme word, in an apposition, defined before a programme
word, an acronym with its year, and coinages. Made-up names, rule-only pipelines."""

import pytest


def found(extractor, text, lang, label):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == label]


@pytest.mark.parametrize("lang, text, expected", [
    # a word before the name: in the span, out of the norm
    ("fr", "Le centre prépare la mission KORALI avec l'agence indienne.", [("mission KORALI", "KORALI")]),
    ("fr", "Elle prolonge la série Pelican depuis 2001.", [("série Pelican", "Pelican")]),
    ("es", "La red coordina el estudio TALUM con sus socios.", [("estudio TALUM", "TALUM")]),
    ("es", "Los datos llegan por la plataforma RIVAS-NET cada día.", [("plataforma RIVAS-NET", "RIVAS-NET")]),
    ("en", "Data reach partners through the platform ZELDA-X every day.", [("platform ZELDA-X", "ZELDA-X")]),
    # a word after the name, with small words inside the name
    ("en", "Our Sand to Solar initiative funds panels in rural areas.", [("Sand to Solar initiative", "Sand to Solar")]),
    ("en", "The office runs its mLearnly programme with teachers.", [("mLearnly programme", "mLearnly")]),
    # not a body or a place the gazetteer holds, nor a sentence's first word
    ("en", "The UNICEF programme reached many children.", []),
    ("en", "Regional programme staff met in May.", []),
    ("fr", "La mission France a visité le site.", []),
])
def test_a_name_beside_its_programme_word(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "In 2021 the agency launched Zorvik, an initiative to bring water to schools. Zorvik grew.",
     [("Zorvik", "Zorvik"), ("Zorvik", "Zorvik")]),
    ("fr", "Nous appuyons VELUNA, une mission consacrée aux forêts.", [("VELUNA", "VELUNA")]),
    ("es", "Apoyamos MARENA, una iniciativa regional de pesca.", [("MARENA", "MARENA")]),
    # an apposition that names no programme says nothing, nor one after a back-reference
    ("en", "We met Zorvik, a consultant from the region.", []),
    ("en", "We joined the Zorbal Alliance in 2020. The Alliance, an initiative of ten states, grew.", []),
    # a sentence may open with a preposition before the name
    ("en", "We lead Zorvik, our joint initiative, since May. Under Zorvik, schools got water.",
     [("Zorvik", "Zorvik"), ("Zorvik", "Zorvik")]),
])
def test_an_apposition_says_a_name_is_a_programme(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("text, acronym", [
    ("The Ministry implemented the Clean Rivers for Tomorrow (CRT) programme. CRT covers ten provinces.", "CRT"),
    ("In 2020 the Bank launched the Green Harbour Facility (GHF) platform; GHF lends to ports.", "GHF"),
])
def test_a_body_defined_before_a_programme_word_is_a_programme(extractor, text, acronym):
    """English only: French and Spanish put the programme word before the name."""
    operations = found(extractor, text, "en", "OPERATION")
    assert operations.count((acronym, acronym)) == 2 and len(operations) == 3
    assert not [t for t, _ in found(extractor, text, "en", "ORG") if acronym in t]


@pytest.mark.parametrize("lang, text, first, later", [
    ("es", "El Programa Andino de Evaluación Lectora (PAEL 2022) midió a alumnos. El PAEL 2027 está en preparación.",
     "PAEL 2022", "PAEL 2027"),
    ("fr", "Le Programme Zorbalien d'Évaluation (PZE 2019) a mesuré les acquis. Le PZE 2024 suivra.", "PZE 2019", "PZE 2024"),
    ("en", "The Programme for Reading Assessment (PRAZ 2018) tested pupils. PRAZ 2023 is next.", "PRAZ 2018", "PRAZ 2023"),
])
def test_an_acronym_and_year_after_a_programme_is_no_date(extractor, lang, text, first, later):
    operations = found(extractor, text, lang, "OPERATION")
    assert (first, first) in operations and (later, later) in operations
    assert not [t for t, _ in found(extractor, text, lang, "DATE") if t in (first[-4:], later[-4:])]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Since 2018 its medStock reserve has held vaccines.", [("medStock", "medStock")]),
    ("en", "Since 2019 its aquaEU reserve has grown.", [("aquaEU", "aquaEU")]),
    ("fr", "Le service eSanté aide les patients.", [("eSanté", "eSanté")]),
    ("es", "El servicio mSalud envía mensajes.", [("mSalud", "mSalud")]),
])
def test_a_coinage_names_a_programme(extractor, lang, text, expected):
    assert found(extractor, text, lang, "OPERATION") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "La red hizo tres estudios regionales: el ZERCA en 1997, el MORCA en 2006 y el TIRCA en 2013.",
     ["ZERCA", "MORCA", "TIRCA"]),
    ("en", "The agency flew three missions: KORAX, LUMEX and TESSA, with NAZBA.", ["KORAX", "LUMEX", "TESSA"]),
    ("fr", "Nous menons deux programmes : ZORBA et KALIM.", ["ZORBA", "KALIM"]),
    # a list that no programme word opens names no programme
    ("en", "We have two priorities: ZORBA and KALIM.", []),
])
def test_acronyms_listed_after_a_plural_programme_word_are_programmes(extractor, lang, text, expected):
    assert [t for t, _ in found(extractor, text, lang, "OPERATION")] == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "At the core of our help is zoTravel, the software system that reads passenger data."),
    ("fr", "Nous utilisons zoVoyage, un logiciel de lecture des données."),
    ("es", "Usamos zoViaje, una aplicación de lectura de datos."),
    # a name that began before a small word is not cut there
    ("en", "The league set up the Honesty in Rowing programme with us."),
])
def test_no_programme_from_a_coinage_alone_or_a_cut_name(extractor, lang, text):
    assert found(extractor, text, lang, "OPERATION") == []


@pytest.mark.parametrize("lang, text, body", [
    ("es", "El Sistema Nacional de Gestión de Emergencias (SINAGEM) de Bolivaria coordina la respuesta.",
     ["Sistema Nacional de Gestión de Emergencias", "SINAGEM"]),
    ("es", "Los ministros del Sistema Austral de Integración (SAUI) se reunieron en marzo.",
     ["Sistema Austral de Integración", "SAUI"]),
    ("fr", "Le Système national de gestion des crises (SNGC) de Bolivarie coordonne la réponse.",
     ["Système national de gestion des crises", "SNGC"]),
])
def test_a_system_that_holds_a_body_word_is_a_body(extractor, lang, text, body):
    rows = extractor.extract(text, doc_id="t", lang=lang)
    assert [r["text"] for r in rows if r["label"] == "ORG"] == body
    assert not [r for r in rows if r["label"] == "OPERATION"]


def test_a_system_without_a_body_word_stays_a_programme(extractor):
    rows = extractor.extract("El Sistema Integrado de Alerta Temprana (SIATEM) publica datos cada mes.",
                             doc_id="t", lang="es")
    assert [r["text"] for r in rows if r["label"] == "OPERATION"] == [
        "Sistema Integrado de Alerta Temprana", "SIATEM"]
