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
