"""A name in title case alone on a heading line about a body (`About X`, `Sobre X`, `À propos de
X`: the closing section of a body's own page) is that body's, and so is every other use of it
(`resolve/evidenced._about_names`). Rule-only pipeline, shipped patterns; every name is made up."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The new line opened in May.\n\nAbout Zembla Grid\n\nZembla Grid runs the high-voltage network.",
     "Zembla Grid"),
    ("en", "For Vantor Kell the year closed well.\n\nAbout Vantor Kell\nVantor Kell was set up in 1999.",
     "Vantor Kell"),
    ("es", "El corredor se inauguró en mayo.\n\nSobre Kovarta\n\nKovarta gestiona la red de alta tensión.",
     "Kovarta"),
    ("fr", "Le corridor a ouvert en mai.\n\nÀ propos de Travelia\n\nTravelia gère le réseau à haute tension.",
     "Travelia"),
])
def test_a_title_case_name_on_an_about_heading_is_a_body_every_time(extractor, lang, text, name):
    assert orgs(extractor, text, lang).count(name) == text.count(name) >= 2


@pytest.mark.parametrize("lang, text, word", [
    ("en", "We count on you.\n\nAbout Us\n\nWe help all of us to plan.", "Us"),
    ("en", "We thank our partners.\n\nAbout Our Partners\n\nOur partners fund the work.", "Our Partners"),
    ("en", "The results came.\n\nAbout the Ministry\n\nThe Ministry runs the scheme.", "Ministry"),
    ("es", "Resultados del año.\n\nSobre la Secretaría\n\nLa Secretaría gestiona la red.", "Secretaría"),
    ("fr", "Résultats.\n\nÀ propos du Mécanisme\n\nLe Mécanisme gère le réseau.", "Mécanisme"),
])
def test_common_words_and_a_lone_head_noun_on_an_about_heading_are_no_new_body(extractor, lang, text, word):
    # words the text also writes in lower case are common words; a lone head noun refers back
    assert word not in orgs(extractor, text, lang)


def test_a_heading_about_a_name_inside_a_sentence_is_no_heading(extractor):
    text = "The report tells us about Zembla Grid and its plans."
    assert "Zembla Grid" not in orgs(extractor, text, "en")
