"""Which instrument a sentence of signature signs: the one of the sides' clause, not one before a
semicolon nor one the signed text replaces; the one the sentence before named where the sentence
opens on the participle; the one the next sentence opens on after `a treaty signed`; and the cue
with two sides, not a word of agreement inside an instrument's name (rules alone, given mentions)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {
    "Chile": ("COUNTRY", "CHL"), "Chili": ("COUNTRY", "CHL"), "Peru": ("COUNTRY", "PER"), "Pérou": ("COUNTRY", "PER"),
    "Perú": ("COUNTRY", "PER"),
    "Andean Fisheries Treaty": ("INSTRUMENT", "Andean Fisheries Treaty"),
    "Traité andin sur la pêche": ("INSTRUMENT", "Andean Fisheries Treaty"),
    "Tratado Andino de Pesca": ("INSTRUMENT", "Andean Fisheries Treaty"),
    "Lima Protocol": ("INSTRUMENT", "Lima Protocol"), "Protocole de Lima": ("INSTRUMENT", "Lima Protocol"),
    "Protocolo de Lima": ("INSTRUMENT", "Lima Protocol"),
    "Pacific Fisheries Board": ("ORG", "PFB"), "Conseil des pêches du Pacifique": ("ORG", "PFB"),
    "Consejo Pesquero del Pacífico": ("ORG", "PFB"),
    "5 May 2011": ("DATE", "2011-05-05"), "5 mai 2011": ("DATE", "2011-05-05"), "5 de mayo de 2011": ("DATE", "2011-05-05"),
    "March 1990": ("DATE", "1990-03"), "mars 1990": ("DATE", "1990-03"), "marzo de 1990": ("DATE", "1990-03"),
}
PAIR = ("chl", "per")


def _instruments(text: str, lang: str) -> set[str]:
    return {t[3] for t in rule_tuples(text, lang, NAMES) if t[0] == "AGREEMENT" and t[2] == "instrument"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Traité andin sur la pêche est en vigueur depuis 2012.\n"
           "Signé à Quito le 5 mai 2011 par le Chili et le Pérou, il remplace le Protocole de Lima de mars 1990."),
    ("en", "The Andean Fisheries Treaty has been in force since 2012.\n"
           "Signed in Quito on 5 May 2011 by Chile and Peru, it replaces the Lima Protocol of March 1990."),
    ("es", "El Tratado Andino de Pesca está en vigor desde 2012.\n"
           "Firmado en Quito el 5 de mayo de 2011 por Chile y Perú, sustituye al Protocolo de Lima de marzo de 1990."),
])
def test_a_participle_opening_signs_the_instrument_named_before_not_the_one_it_replaces(lang, text):
    assert _instruments(text, lang) == {"andean fisheries treaty"}
    assert ("AGREEMENT", PAIR, "date", "2011-05-05") in rule_tuples(text, lang, NAMES)


@pytest.mark.parametrize("lang, text", [
    ("fr", "La pêcherie repose sur un traité signé le 5 mai 2011 par le Chili et le Pérou.\n"
           "Le Traité andin sur la pêche fixe les quotas."),
    ("en", "The fishery rests on a treaty signed on 5 May 2011 by Chile and Peru.\n"
           "The Andean Fisheries Treaty sets the quotas."),
    ("es", "La pesquería descansa en un tratado firmado el 5 de mayo de 2011 por Chile y Perú.\n"
           "El Tratado Andino de Pesca fija las cuotas."),
])
def test_a_treaty_signed_under_an_indefinite_article_is_the_one_the_next_sentence_opens_on(lang, text):
    assert _instruments(text, lang) == {"andean fisheries treaty"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La pêcherie repose sur un traité signé le 5 mai 2011 par le Chili et le Pérou.\n"
           "Les quotas sont fixés par le Protocole de Lima."),
    ("en", "The fishery rests on a treaty signed on 5 May 2011 by Chile and Peru.\n"
           "Since then, the Lima Protocol sets the quotas."),
])
def test_an_instrument_later_in_the_next_sentence_is_not_the_treaty_signed(lang, text):
    assert _instruments(text, lang) == set()


@pytest.mark.parametrize("lang, text", [
    ("fr", "Depuis que le Chili a quitté le Conseil des pêches du Pacifique en mars 1990, le Protocole de Lima ne "
           "s'applique plus ; la pêche relève du Traité andin sur la pêche conclu entre le Chili et le Pérou le 5 mai 2011."),
    ("en", "Since Chile left the Pacific Fisheries Board in March 1990, the Lima Protocol no longer applies; fishing "
           "is governed by the Andean Fisheries Treaty concluded between Chile and Peru on 5 May 2011."),
])
def test_a_clause_before_a_semicolon_gives_neither_date_nor_instrument(lang, text):
    found = rule_tuples(text, lang, NAMES)
    assert ("AGREEMENT", PAIR, "date", "2011-05-05") in found
    assert ("AGREEMENT", PAIR, "date", "1990-03") not in found
    assert _instruments(text, lang) == {"andean fisheries treaty"}


LONG = ("Acuerdo entre el Reino de España y la República Portuguesa sobre cooperación transfronteriza en materia de "
        "vigilancia pesquera y marítima")


def test_the_cue_with_two_sides_states_the_agreement():
    # the word of agreement inside a long instrument's name gives one side (the centres before
    # it); the participle after the name gives two
    text = f"Las patrullas dependen de los Centros de Vigilancia Pesquera (CVP), previstos por el {LONG}, firmado por " \
           "España y Portugal el 5 de mayo de 2011."
    names = {LONG: ("INSTRUMENT", "Iberian Fisheries Agreement"),
             "Centros de Vigilancia Pesquera": ("ORG", "CVP"), "CVP": ("ORG", "CVP"), "España": ("COUNTRY", "ESP"),
             "Portugal": ("COUNTRY", "PRT"), "5 de mayo de 2011": ("DATE", "2011-05-05")}
    found = rule_tuples(text, "es", names, longest_first=True)
    assert ("AGREEMENT", ("esp", "prt"), "date", "2011-05-05") in found
    assert ("AGREEMENT", ("esp", "prt"), "instrument", "iberian fisheries agreement") in found


@pytest.mark.parametrize("lang, text", [
    # the sentence before named another kind of instrument, or the one the agreement replaces
    ("fr", "Le Protocole de Lima a expiré en 1990.\nL'accord signé par le Chili et le Pérou le 5 mai 2011 le remplace."),
    ("en", "The Lima Protocol lapsed in March 1990.\nThe agreement signed by Chile and Peru on 5 May 2011 replaced it."),
    # the next sentence opens on another kind of instrument
    ("en", "The fishery rests on a treaty signed on 5 May 2011 by Chile and Peru.\n"
           "The Lima Protocol of March 1990, which it replaced, had lapsed."),
])
def test_an_instrument_of_another_kind_or_the_one_replaced_is_not_signed(lang, text):
    assert _instruments(text, lang) == set()


@pytest.mark.parametrize("lang, text, expected", [
    # a sentence opening on a noun of agreement takes the instrument before only if it is of that kind
    ("fr", "Le Protocole de Lima a expiré en 1990.\nL'accord signé par le Chili et le Pérou le 5 mai 2011 fixe les quotas.",
     set()),
    ("fr", "Le Protocole de Lima a été négocié en 2010.\nLe protocole a été signé par le Chili et le Pérou le 5 mai 2011.",
     {"lima protocol"}),
])
def test_a_noun_of_agreement_opening_the_sentence_names_an_instrument_of_its_kind(lang, text, expected):
    assert _instruments(text, lang) == expected
