"""Bodies a pronoun or a possessive stands for (facts-43): states that joined a body named by a
pronoun (`la Hongrie et la Grèce l'ont rejoint`), a possessive after a sentence that opens on an
instrument (`La Convention … Parmi ses membres …`) or after a sentence naming no body, and a
pronoun opening a clause after a semicolon (`… est devenu le SNRF ; il travaille avec A, B`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples as _tuples




_STATES = {"Hongrie": ("COUNTRY", "HUN"), "Grèce": ("COUNTRY", "GRC"), "Hungary": ("COUNTRY", "HUN"),
           "Greece": ("COUNTRY", "GRC"), "Hungría": ("COUNTRY", "HUN"), "Grecia": ("COUNTRY", "GRC")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Réseau balte des douanes (RBD) a été créé en 2010.\n"
           "Huit États en faisaient partie au départ ; la Hongrie et la Grèce l'ont rejoint en 2019."),
    ("en", "The Baltic Customs Network (BCN) was set up in 2010.\n"
           "Eight states were part of it at first; Hungary and Greece have joined it since 2019."),
    ("es", "La Red Báltica de Aduanas (RBA) se creó en 2010.\n"
           "Ocho Estados formaban parte al principio; Hungría y Grecia se unieron a ella en 2019."),
])
def test_states_that_joined_a_body_a_pronoun_stands_for_are_its_members(lang, text):
    names = {**_STATES, "Réseau balte des douanes": ("ORG", "BCN"), "RBD": ("ORG", "BCN"),
             "Baltic Customs Network": ("ORG", "BCN"), "BCN": ("ORG", "BCN"),
             "Red Báltica de Aduanas": ("ORG", "BCN"), "RBA": ("ORG", "BCN")}
    found = _tuples(text, lang, names)
    assert {("MEMBERSHIP", "bcn", "member", "hun"), ("MEMBERSHIP", "bcn", "member", "grc")} <= found


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Convention de Tallinn rassemble aujourd'hui des services de tous les continents.\n"
           "Parmi ses membres figurent le Bureau fédéral et l'Office national."),
    ("es", "El Convenio de Tallin reúne hoy a servicios de todos los continentes.\n"
           "Entre sus miembros figuran la Oficina Federal y el Servicio Nacional."),
])
def test_a_possessive_after_a_sentence_opening_on_an_instrument_names_its_members(lang, text):
    names = {"Convention de Tallinn": ("INSTRUMENT", "Tallinn Convention"),
             "Convenio de Tallin": ("INSTRUMENT", "Tallinn Convention"),
             "Bureau fédéral": ("ORG", "BF"), "Oficina Federal": ("ORG", "BF"),
             "Office national": ("ORG", "ON"), "Servicio Nacional": ("ORG", "ON")}
    found = _tuples(text, lang, names)
    assert {("MEMBERSHIP", "tallinn convention", "member", "bf"),
            ("MEMBERSHIP", "tallinn convention", "member", "on")} <= found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Réseau andin (RA) a été fondé à Lima.\nSes antennes sont des bureaux de liaison.\n"
           "Parmi ses membres figurent le Bureau fédéral et l'Office national."),
    ("es", "La Red Andina (RA) se fundó en Lima.\nSus antenas son oficinas de enlace.\n"
           "Entre sus miembros figuran la Oficina Federal y el Servicio Nacional."),
])
def test_a_possessive_looks_past_a_sentence_that_names_no_body(lang, text):
    names = {"Réseau andin": ("ORG", "RA"), "Red Andina": ("ORG", "RA"), "RA": ("ORG", "RA"),
             "Bureau fédéral": ("ORG", "BF"), "Oficina Federal": ("ORG", "BF"),
             "Office national": ("ORG", "ON"), "Servicio Nacional": ("ORG", "ON")}
    found = _tuples(text, lang, names)
    assert {("MEMBERSHIP", "ra", "member", "bf"), ("MEMBERSHIP", "ra", "member", "on")} <= found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au Pérou, l'Unité d'analyse (UA) est devenue en 2020 le Service national (SNR) ; "
           "il travaille avec la Banque centrale et la Police nationale."),
    ("en", "In Peru, the Analysis Unit (AU) became the National Service (SNR) in 2020; "
           "it works with the Central Bank and the National Police."),
    ("es", "En Perú, la Unidad de Análisis (UA) se convirtió en 2020 en el Servicio Nacional (SNR); "
           "ella coopera con el Banco Central y la Policía Nacional."),
])
def test_a_pronoun_opening_a_clause_after_a_semicolon_is_the_last_body_named(lang, text):
    names = {"Unité d'analyse": ("ORG", "UA"), "Analysis Unit": ("ORG", "UA"), "Unidad de Análisis": ("ORG", "UA"),
             "Service national": ("ORG", "SNR"), "National Service": ("ORG", "SNR"),
             "Servicio Nacional": ("ORG", "SNR"), "SNR": ("ORG", "SNR"),
             "Banque centrale": ("ORG", "BC"), "Central Bank": ("ORG", "BC"), "Banco Central": ("ORG", "BC"),
             "Police nationale": ("ORG", "PN"), "National Police": ("ORG", "PN"), "Policía Nacional": ("ORG", "PN"),
             "Pérou": ("COUNTRY", "PER"), "Peru": ("COUNTRY", "PER"), "Perú": ("COUNTRY", "PER")}
    found = {t for t in _tuples(text, lang, names) if t[0] == "PARTNERSHIP"}
    assert {("PARTNERSHIP", ("bc", "snr")), ("PARTNERSHIP", ("pn", "snr"))} <= found
    assert ("PARTNERSHIP", ("bc", "pn")) not in found
