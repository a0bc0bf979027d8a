"""Programmes whose keyword opens a title in lower case keep the keyword in their norm
(`Proyecto para la Conservación del …`: `acronyms.operation_name`); a `Sistema`/`Système` and
adjectives alone name no programme (`programme_head_complemented`: `el Sistema Arrecifal …`, a
place), with a complement they do; an English `Telescope` ends a programme's name
(`programme_head`). Made-up names, rule-only pipeline."""

import pytest


def mentions(extractor, text, lang):
    return {(r["text"], r["label"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)}


def labels(extractor, text, lang):
    return {r["text"]: r["label"] for r in extractor.extract(text, doc_id="t", lang=lang)}


@pytest.mark.parametrize("lang, text, name", [
    ("es", "De 2010 a 2015 la agencia ejecutó el Proyecto para la Gestión Integral de la Cuenca del "
           "Río Zorbal, con apoyo del banco.",
     "Proyecto para la Gestión Integral de la Cuenca del Río Zorbal"),
    ("fr", "Depuis 2018, l'agence mène le Projet de Restauration des Mangroves du Delta de Korvel avec "
           "ses partenaires.",
     "Projet de Restauration des Mangroves du Delta de Korvel"),
])
def test_a_keyword_before_a_lower_case_linker_stays_in_the_norm(extractor, lang, text, name):
    assert (name, "OPERATION", name) in mentions(extractor, text, lang)


@pytest.mark.parametrize("lang, text, span, norm", [
    ("es", "La policía dirigió la Operación Zorbal Azul en tres provincias.", "Operación Zorbal Azul",
     "Zorbal Azul"),
    ("fr", "Le ministère a financé le Projet Korvel dans le nord du pays.", "Projet Korvel", "Korvel"),
])
def test_a_keyword_before_a_capitalised_name_stays_out_of_the_norm(extractor, lang, text, span, norm):
    assert (span, "OPERATION", norm) in mentions(extractor, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "La cooperación en el Sistema Lagunar Zorbaleño une a tres países."),
    ("es", "Las entidades del Sistema Integral trabajan con la fiscalía."),
    ("fr", "Les pêcheurs du Système Lagunaire Korvelien protègent les mangroves."),
])
def test_a_system_head_and_adjectives_alone_name_no_programme(extractor, lang, text):
    assert "OPERATION" not in labels(extractor, text, lang).values()


@pytest.mark.parametrize("lang, text, name", [
    ("es", "El Sistema Zorbaleño de Información Territorial funciona desde 2005.",
     "Sistema Zorbaleño de Información Territorial"),
    ("fr", "Le Système Korvelien de Surveillance Côtière fonctionne depuis 2005.",
     "Système Korvelien de Surveillance Côtière"),
])
def test_a_system_head_with_a_complement_names_a_programme(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The observatory operates the Korvel Large Telescope on a mountain in the desert.",
     "Korvel Large Telescope"),
    ("fr", "L'observatoire exploite le Zorbal Extremely Large Telescope (ZELT) au sommet.",
     "Zorbal Extremely Large Telescope"),
])
def test_a_telescope_is_a_programme(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, span, label, norm", [
    ("en", "Twelve coastal states are now parties to the PSMA.", "PSMA", "INSTRUMENT", "PSMA"),
    ("fr", "Le Partenariat pour la fabrication de vaccins en Afrique (PAVM) soutient dix usines.",
     "Partenariat pour la fabrication de vaccins en Afrique", "OPERATION", "PAVM"),
    ("en", "Donors backed the Partnerships for African Vaccine Manufacturing in 2023.",
     "Partnerships for African Vaccine Manufacturing", "OPERATION", "Partnerships for African Vaccine Manufacturing"),
    ("es", "El telescopio espacial James Webb envió nuevas imágenes.", "telescopio espacial James Webb",
     "OPERATION", "telescopio espacial James Webb"),
])
def test_programmes_and_instruments_the_gazetteer_now_holds(extractor, lang, text, span, label, norm):
    assert (span, label, norm) in mentions(extractor, text, lang)


@pytest.mark.parametrize("lang, text, name, acronym", [
    ("es", "El instituto coopera con el Programa Regional para la Modernización de la Apicultura (PROMEX), "
           "una red de institutos nacionales. El PROMEX publica un informe.",
     "Programa Regional para la Modernización de la Apicultura", "PROMEX"),
    ("en", "Farmers rely on the Korvel Seed Initiative (KSI), a network of national seed banks.",
     "Korvel Seed Initiative", "KSI"),
    ("fr", "L'institut travaille avec le Programme Régional Korvel (PRK), un réseau de laboratoires.",
     "Programme Régional Korvel", "PRK"),
])
def test_a_name_an_apposition_calls_a_network_is_a_body(extractor, lang, text, name, acronym):
    found = mentions(extractor, text, lang)
    assert (name, "ORG", acronym) in found
    assert (acronym, "ORG", acronym) in found
    assert not any(label == "OPERATION" for _, label, _ in found)


@pytest.mark.parametrize("lang, text", [
    ("es", "El instituto coopera con el Programa Regional para la Modernización de la Apicultura (PROMEX), "
           "que forma técnicos."),
    ("en", "Farmers rely on the Korvel Seed Initiative (KSI), a programme that funds seed banks."),
    # a consortium runs a project; it does not make the project a body
    ("fr", "L'institut travaille avec le Projet Régional Korvel (PRK), un consortium de laboratoires."),
    ("en", "Farmers rely on the Korvel Seed Project (KSP), a consortium of national seed banks."),
    ("es", "El instituto coopera con el Proyecto Regional Korvel (PRK), un consorcio de laboratorios."),
])
def test_a_name_no_network_apposition_follows_stays_a_programme(extractor, lang, text):
    assert "OPERATION" in labels(extractor, text, lang).values()
