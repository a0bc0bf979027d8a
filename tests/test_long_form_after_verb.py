"""A long form read back from an acronym's parenthesis never starts at a word followed by a verb
and an article (`… del Convenio figuran la Dirección …`, `… de los Zorros acoge el …`): that word is
a clause's subject, not the first word of the name. Made-up names, so that no gazetteer holds them."""

import pytest

from mention_helpers import found


def named(extractor, text, lang):
    return found(extractor, text, lang, "ORG", "INSTRUMENT", "OPERATION", fields=("label", "text", "norm"))


@pytest.mark.parametrize("text, expected", [
    ("El Cerro de los Zorros acoge el emplazamiento sur del Observatorio del Conjunto de Antenas Zorbanas "
     "(ZAZO), cuyo primer radiotelescopio se inauguró en 2018.",
     [("ORG", "Observatorio del Conjunto de Antenas Zorbanas", "ZAZO"), ("ORG", "ZAZO", "ZAZO")]),
    ("Entre las autoridades que forman parte del Convenio figuran la Dirección General del Litoral Zorbano "
     "y de Marina Mercante (DIRLIZOR) de Zorbia.",
     [("ORG", "Dirección General del Litoral Zorbano y de Marina Mercante", "DIRLIZOR"),
      ("ORG", "DIRLIZOR", "DIRLIZOR")]),
])
def test_a_long_form_starts_after_the_verb(extractor, text, expected):
    assert named(extractor, text, "es") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a preposition and an article inside a title: the long form goes on over them
    ("La Estrategia para fortalecer la Pesca Zorbana (EFPZ) fue adoptada en 2019.", "es",
     [("INSTRUMENT", "Estrategia para fortalecer la Pesca Zorbana", "EFPZ"), ("INSTRUMENT", "EFPZ", "EFPZ")]),
    ("El Programa de Vigilancia de la Pesca Zorbana (PVPZ) mide las capturas.", "es",
     [("OPERATION", "Programa de Vigilancia de la Pesca Zorbana", "PVPZ"), ("OPERATION", "PVPZ", "PVPZ")]),
    # a cited name's own connector before an article (Italian `per la`) is no verb
    ("Colaboramos, en Italia, con el Consiglio per la ricerca sulle acque zorbane (CRSAZ).", "es",
     [("ORG", "Consiglio per la ricerca sulle acque zorbane", "CRSAZ"), ("ORG", "CRSAZ", "CRSAZ")]),
])
def test_a_name_with_small_words_and_articles_stays_whole(extractor, text, lang, expected):
    assert named(extractor, text, lang) == expected
