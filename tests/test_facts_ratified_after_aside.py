"""States that ratified an instrument an aside stands after (`La Convention X, ouverte à la
signature à Lisbonne le 3 mai 2001, a été ratifiée par A, B et C`) are parties to it (a membership),
not signatories of an agreement between them (rules alone, given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Convention de Lisbonne sur les archives": ("INSTRUMENT", "LAC"), "Lisbon Convention on Archives": ("INSTRUMENT", "LAC"),
    "Convenio de Lisboa sobre Archivos": ("INSTRUMENT", "LAC"),
    "Lisbonne": ("LOCATION", "Lisbon"), "Lisbon": ("LOCATION", "Lisbon"), "Lisboa": ("LOCATION", "Lisbon"),
    "3 mai 2001": ("DATE", "2001-05-03"), "3 May 2001": ("DATE", "2001-05-03"), "3 de mayo de 2001": ("DATE", "2001-05-03"),
    "Portugal": ("COUNTRY", "PRT"), "Grèce": ("COUNTRY", "GRC"), "Greece": ("COUNTRY", "GRC"), "Grecia": ("COUNTRY", "GRC"),
    "Malte": ("COUNTRY", "MLT"), "Malta": ("COUNTRY", "MLT"),
}
PARTIES = {("lac", "member", n) for n in ("prt", "grc", "mlt")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Convention de Lisbonne sur les archives, ouverte à la signature à Lisbonne le 3 mai 2001, a été "
           "ratifiée par le Portugal, la Grèce et Malte."),
    ("en", "The Lisbon Convention on Archives, opened for signature in Lisbon on 3 May 2001, has been ratified by "
           "Portugal, Greece and Malta."),
    ("es", "El Convenio de Lisboa sobre Archivos, abierto a la firma en Lisboa el 3 de mayo de 2001, ha sido "
           "ratificado por Portugal, Grecia y Malta."),
])
def test_states_ratifying_past_an_aside_are_parties_not_signatories(lang, text):
    found = rule_tuples(text, lang, NAMES, longest_first=True)
    assert PARTIES <= {t[1:] for t in found if t[0] == "MEMBERSHIP"}
    assert not any(t[0] == "AGREEMENT" for t in found)


def test_an_aside_naming_a_state_keeps_the_instrument_apart():
    # the aside names a state: it may say who acts, so no instrument is read past it
    text = ("La Convention de Lisbonne sur les archives, que le Portugal a proposée le 3 mai 2001, a été ratifiée par "
            "la Grèce et Malte.")
    found = rule_tuples(text, "fr", NAMES, longest_first=True)
    assert not any(t[0] == "MEMBERSHIP" and t[1] == "lac" for t in found)


@pytest.mark.parametrize("lang, text", [
    # no instrument named (a bare `la Convention`): no membership replaces the agreement, so it stays
    ("fr", "La convention, ouverte à la signature à Lisbonne le 3 mai 2001, a été ratifiée par le Portugal et la Grèce."),
    ("en", "The convention, opened for signature in Lisbon on 3 May 2001, has been ratified by Portugal and Greece."),
    ("es", "El convenio, abierto a la firma en Lisboa el 3 de mayo de 2001, ha sido ratificado por Portugal y Grecia."),
])
def test_ratifiers_of_no_named_instrument_are_no_signatories_either(lang, text):
    # ratification makes parties (a membership), never an agreement among the ratifiers: where the
    # instrument is no mention, the sentence gives no fact rather than a wrong one
    found = rule_tuples(text, lang, NAMES, longest_first=True)
    assert not any(t[0] == "AGREEMENT" for t in found)
