"""Members named in a relative clause after their body (member_nouns.joined_which), each with
made-up sentences in fr/en/es: states or bodies that joined the body a relative pronoun stands for
(`al que Chile se sumó`, `que l'Agence X a rejointe`), a relative going on from an apposition after
a conjunction (`…, creada por A y B, y a la que C se adhirió`), and the members a relative of
membership names with no body after the cue (`dont A et B sont membres fondateurs`, `of which A
and B are founding members`, `de la que A y B son miembros fundadores`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_STATES = {"Chile": "CHL", "Chili": "CHL", "Peru": "PER", "Perú": "PER", "Pérou": "PER",
           "Bolivia": "BOL", "Bolivie": "BOL", "Uruguay": "URY"}
_BODIES = {"Andean Water Council": "AWC", "Conseil andin de l'eau": "AWC", "Consejo Andino del Agua": "AWC",
           "Agencia Espacial de Montevideo": "AEM", "Agence spatiale de Montevideo": "AEM",
           "Montevideo Space Agency": "AEM"}


def _names(text: str) -> dict:
    return {**{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text},
            **{k: ("ORG", v) for k, v in _BODIES.items() if k in text}}


def _members(text: str, lang: str) -> set:
    return {(t[1], t[3]) for t in rule_tuples(text, lang, _names(text)) if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text, member", [
    ("es", "En 2001 se creó el Consejo Andino del Agua, al que Bolivia se sumó en 2005.", "bol"),
    ("fr", "En 2001, il a créé le Conseil andin de l'eau, que l'Agence spatiale de Montevideo a rejointe en 2005.", "aem"),
    ("en", "In 2001 it created the Andean Water Council, which the Montevideo Space Agency joined in 2005.", "aem"),
])
def test_states_or_bodies_that_joined_the_body_a_relative_stands_for_are_its_members(lang, text, member):
    found = _members(text, lang)
    assert ("awc", member) in found, found


@pytest.mark.parametrize("lang, text", [
    ("es", "El Consejo Andino del Agua, creado en 2001 por Chile y Perú, y al que Bolivia se adhirió en 2005, "
           "publica un informe."),
    ("fr", "Le Conseil andin de l'eau, créé en 2001 par le Chili et le Pérou, et auquel la Bolivie a adhéré en 2005, "
           "publie un rapport."),
    ("en", "The Andean Water Council, set up in 2001 by Chile and Peru, and which Bolivia joined in 2005, "
           "publishes a report."),
])
def test_a_relative_after_a_conjunction_goes_on_from_the_apposition_of_the_body(lang, text):
    assert ("awc", "bol") in _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("es", "El Consejo Andino del Agua, creado en 2001 por la Agencia Espacial de Montevideo, y al que Bolivia se "
           "adhirió en 2005, publica un informe."),
    ("fr", "Le Conseil andin de l'eau, créé en 2001 par l'Agence spatiale de Montevideo, et auquel la Bolivie a "
           "adhéré en 2005, publie un rapport."),
    ("en", "The Andean Water Council, set up in 2001 by the Montevideo Space Agency, and which Bolivia joined in "
           "2005, publishes a report."),
])
def test_a_relative_after_a_conjunction_goes_on_from_the_first_of_two_bodies_a_comma_follows(lang, text):
    """Two bodies each followed by a comma: the relative goes on from the first, which opened the
    apposition; the second is named inside it."""
    found = _members(text, lang)
    assert ("awc", "bol") in found and ("aem", "bol") not in found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Conseil andin de l'eau, dont le Chili, le Pérou et la Bolivie sont membres fondateurs, publie un rapport."),
    ("en", "The Andean Water Council, of which Chile, Peru and Bolivia are founding members, publishes a report."),
    ("es", "El Consejo Andino del Agua, del que Chile, Perú y Bolivia son miembros fundadores, publica un informe."),
])
def test_members_a_relative_of_membership_names_are_the_bodys(lang, text):
    assert {("awc", "chl"), ("awc", "per"), ("awc", "bol")} <= _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Conseil andin de l'eau, dont le Chili est membre de l'Agence spatiale de Montevideo, publie un rapport."),
    ("en", "The Andean Water Council, of which Chile is a member of the Montevideo Space Agency, publishes a report."),
])
def test_a_body_after_the_cue_of_membership_is_the_one_joined(lang, text):
    assert ("awc", "chl") not in _members(text, lang)


@pytest.mark.parametrize("lang, text, size", [
    ("en", "The Andean Water Council has 17 members, from Chile and Peru to Bolivia and Uruguay, and a small secretariat.",
     ("17 members", "17 member")),
    ("fr", "Le Conseil andin de l'eau sert aujourd'hui 17 membres, du Chili et du Pérou à la Bolivie et à l'Uruguay.",
     ("17 membres", "17 membre")),
    ("es", "El Consejo Andino del Agua atiende hoy a 17 miembros, desde Chile y Perú hasta Bolivia y Uruguay.",
     ("17 miembros", "17 miembro")),
])
def test_a_range_after_a_comma_and_a_figure_of_members_names_members(lang, text, size):
    names = {**_names(text), size[0]: ("FIGURE", size[1])}
    found = {(t[1], t[3]) for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "member"}
    assert {("awc", "chl"), ("awc", "per"), ("awc", "bol"), ("awc", "ury")} <= found, found
