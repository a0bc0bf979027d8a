"""A name a programme noun heads is a programme (OPERATION), and the acronym the text defines for
it too, where the rules read it as a body before: a French or Spanish name in sentence case
(`units.sentence_case_names`: `Programme régional de surveillance …`) and an English long form
that ends on its programme head past a complement (`longforms.long_form_label`: `Bay of … Project`).
A body named like a programme stays a body: a UN programme, a `national` one, an office or unit
of a programme, a fund. Made-up names, rule-only pipeline."""

import pytest


def mentions(extractor, text, lang):
    return {(r["text"], r["label"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)}


def labels(extractor, text, lang):
    return {r["text"]: r["label"] for r in extractor.extract(text, doc_id="t", lang=lang)}


@pytest.mark.parametrize("lang, text, name, acronym", [
    ("fr", "La Commission a rejoint le Programme universel de contrôle des ports de Zorbal (PUCPZ) en 2012.",
     "Programme universel de contrôle des ports de Zorbal", "PUCPZ"),
    ("fr", "Le Programme régional de surveillance des côtes (PRSC) a été lancé en 2015 par l'agence.",
     "Programme régional de surveillance des côtes", "PRSC"),
    ("es", "El Programa regional de vigilancia de costas (PRVC) fue lanzado en 2015 por la agencia.",
     "Programa regional de vigilancia de costas", "PRVC"),
])
def test_a_sentence_case_name_a_programme_noun_heads_is_a_programme(extractor, lang, text, name, acronym):
    found = mentions(extractor, text, lang)
    assert (name, "OPERATION", acronym) in found
    assert (acronym, "OPERATION", acronym) in found


@pytest.mark.parametrize("text, name, acronym", [
    ("A wider effort followed in 2009 with the Bay of Korvel Large Marine Ecosystem Project (BOKLME), "
     "in which six countries took part.", "Bay of Korvel Large Marine Ecosystem Project", "BOKLME"),
    ("The donors funded the Gulf of Zorbal Coastal Resilience Programme (GZCRP) until 2020.",
     "Gulf of Zorbal Coastal Resilience Programme", "GZCRP"),
])
def test_an_english_long_form_ending_on_a_programme_head_past_a_complement_is_a_programme(extractor, text, name, acronym):
    found = mentions(extractor, text, "en")
    assert (name, "OPERATION", acronym) in found
    assert (acronym, "OPERATION", acronym) in found


@pytest.mark.parametrize("lang, text", [
    # a UN programme that is a body, one a `national` word makes a body
    ("en", "The World Food Programme signed a memorandum with the Korvel Ministry of Health in 2019."),
    ("fr", "Le Programme des Nations Unies pour le développement a signé un accord avec le ministère."),
    ("fr", "Le Programme national de lutte contre le paludisme (PNLP) a signé un accord avec l'OMS."),
    ("es", "El Programa Mundial de Alimentos firmó un acuerdo con el Programa de las Naciones Unidas para el Desarrollo."),
    # an office or a unit of a programme
    ("en", "The Office of the Zorbal Basin Programme (OZBP) signed the agreement."),
    ("en", "The Management Unit of the Zorbal Coastal Project (ZCP) is hosted by the ministry."),
    ("es", "La Oficina del Programa regional de vigilancia firmó un convenio con el ministerio."),
    ("fr", "Le Bureau du Programme régional de surveillance des côtes a signé un accord."),
    # the office's head further back: over its adjectives, capitalised words, one complement
    ("fr", "Le Secrétariat exécutif du Programme régional de surveillance des côtes a signé un accord."),
    ("fr", "La Direction générale du Programme régional de surveillance des côtes a signé un accord."),
    ("fr", "Le Bureau régional du Programme régional de surveillance des côtes a signé un accord."),
    ("fr", "L'Unité de coordination du Programme régional de surveillance des côtes a signé un accord."),
    ("es", "La Oficina Regional del Programa regional de vigilancia de costas firmó un convenio."),
    ("es", "La Secretaría Técnica del Programa regional de vigilancia de costas firmó un convenio."),
    # the UN system named right after the name, outside its span
    ("fr", "Le Programme international de contrôle des drogues des Nations Unies a financé le projet."),
    ("es", "El Programa internacional de fiscalización de drogas de las Naciones Unidas financió el proyecto."),
    # an apposition that calls it a body
    ("fr", "Le Programme régional de surveillance des côtes, un organisme intergouvernemental, a signé un accord."),
    ("es", "El Programa regional de vigilancia de costas, un organismo intergubernamental, firmó un convenio."),
    # English: a body's head before the complement, not only right before `of`; a last word
    # that is a programme head but names no programme (`system`, `week`)
    ("en", "The Korvel Bar Association Rule of Law Initiative (KBAROLI) opened an office in 2012."),
    ("en", "The agency joined the Port of Zorbal Community System (PZCS) in 2014."),
    ("en", "The navy marked the International Day of the Seafarer Week (IDSW) in 2016."),
])
def test_a_body_named_like_a_programme_stays_a_body(extractor, lang, text):
    assert "OPERATION" not in labels(extractor, text, lang).values()


@pytest.mark.parametrize("lang, text", [
    ("en", "The Korvel Fund for Economic Development (KFED) signed a loan agreement with the ministry."),
    ("fr", "Le Fonds korvelien de développement économique (FKDE) a signé un prêt avec le ministère."),
    ("es", "El Fondo Korveliano de Desarrollo Económico (FKDE) firmó un préstamo con el ministerio."),
])
def test_a_fund_stays_a_body(extractor, lang, text):
    """A fund is no programme head: the programme rules above never read these (annotation.md,
    Funds); kept as a guard of the labels, not of the programme rules."""
    assert "OPERATION" not in labels(extractor, text, lang).values()


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Le Programme régional de gestion des pêches et de l'aquaculture a été lancé en 2015.",
     "Programme régional de gestion des pêches et de l'aquaculture"),
    ("fr", "Le Programme mondial de suivi des forêts et des pâturages a démarré en 2018.",
     "Programme mondial de suivi des forêts et des pâturages"),
    ("es", "El Programa regional de manejo de la pesca y de la acuicultura fue lanzado en 2015.",
     "Programa regional de manejo de la pesca y de la acuicultura"),
])
def test_a_programme_in_sentence_case_goes_on_over_its_coordinated_complement(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"


@pytest.mark.parametrize("lang, text, name", [
    # a linker after a noun that is no body's head
    ("fr", "Le financement du Programme régional de surveillance des côtes a été assuré par l'UE.",
     "Programme régional de surveillance des côtes"),
    ("fr", "La deuxième phase du Programme régional de surveillance des côtes a commencé en 2016.",
     "Programme régional de surveillance des côtes"),
    ("es", "La evaluación final del Programa regional de vigilancia de costas fue publicada.",
     "Programa regional de vigilancia de costas"),
    # an apposition that calls it a programme; a body after it joined by a conjunction
    ("fr", "Le Programme régional de surveillance des côtes, un programme de l'Union africaine, a été lancé.",
     "Programme régional de surveillance des côtes"),
    ("es", "El Programa regional de vigilancia de costas y el Banco Mundial firmaron un acuerdo.",
     "Programa regional de vigilancia de costas"),
])
def test_a_programme_stays_a_programme_beside_words_that_name_no_body(extractor, lang, text, name):
    assert labels(extractor, text, lang).get(name) == "OPERATION"
