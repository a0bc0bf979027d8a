"""Extended labels found from kinds of wording: an acronym that its parentheses say is one (in
another language too), a Spanish title that goes on after `ante`, and an instrument's name that
stops before a pronoun (made-up names)."""

import pytest


def found(extractor, text, lang, label):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == label]


@pytest.mark.parametrize("lang, text, name, acr", [
    ("es", "En 1990 nació el Programa de Alerta ante Sequías (DWP, por sus siglas en inglés), "
           "gestionado por la Cruz Roja. Hoy el DWP cuenta con voluntarios.",
     "Programa de Alerta ante Sequías", "DWP"),
    ("fr", "Le Centre régional de veille des récoltes (RHWC, selon son sigle anglais) a été créé. "
           "Le RHWC couvre dix pays.",
     "Centre régional de veille des récoltes", "RHWC"),
    ("en", "The Programa Regional de Cosechas (PRC, its Spanish acronym) was launched. The PRC covers ten "
           "countries.",
     "Programa Regional de Cosechas", "PRC"),
])
def test_an_acronym_said_to_be_one_is_defined(extractor, lang, text, name, acr):
    names = found(extractor, text, lang, "OPERATION") + found(extractor, text, lang, "ORG")
    assert (name, acr) in names
    assert names.count((acr, acr)) == 2


def test_a_spanish_title_goes_on_after_ante(extractor):
    text = "Se creó el Programa de Respuesta ante Inundaciones en 1998."
    assert found(extractor, text, "es", "OPERATION") == [
        ("Programa de Respuesta ante Inundaciones", "Programa de Respuesta ante Inundaciones")]


@pytest.mark.parametrize("lang, text, name", [
    ("es", "El Acuerdo ORVAL se firmó en Lima en 2011.", "Acuerdo ORVAL"),
    ("fr", "La Convention de Varenne se trouve au cœur du dispositif.", "Convention de Varenne"),
])
def test_an_instrument_name_stops_before_a_pronoun(extractor, lang, text, name):
    assert [t for t, _ in found(extractor, text, lang, "INSTRUMENT")] == [name]


@pytest.mark.parametrize("text, expected", [
    ("Models of the Earth system and the Moon system were run.", []),
    ("We run the KORVAS system and the eMarel platform.", [("KORVAS system", "KORVAS"), ("eMarel platform", "eMarel")]),
])
def test_a_single_word_before_system_is_a_programme_only_when_coined(extractor, text, expected):
    assert found(extractor, text, "en", "OPERATION") == expected


@pytest.mark.model
def test_a_head_noun_the_model_reads_as_a_place_is_none(model_extractor):
    text = "Le Cadre commun a été révisé. La Charte travaille avec les agences, à Lomé."
    places = found(model_extractor, text, "fr", "LOCATION")
    assert [t for t, _ in places] == ["Lomé"]
