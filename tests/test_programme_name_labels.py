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
    # a fund that is a body
    ("en", "The Korvel Fund for Economic Development (KFED) signed a loan agreement with the ministry."),
    ("fr", "Le Fonds korvelien de développement économique (FKDE) a signé un prêt avec le ministère."),
    ("es", "El Fondo Korveliano de Desarrollo Económico (FKDE) firmó un préstamo con el ministerio."),
])
def test_a_body_named_like_a_programme_stays_a_body(extractor, lang, text):
    assert "OPERATION" not in labels(extractor, text, lang).values()
