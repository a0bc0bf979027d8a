"""Members named as the bodies that represent each state inside a body (`Chaque pays y est représenté
par son office national : A pour X, B pour Y`; the list after a colon, or in the next sentence
after `Entre ellas figuran`): they are members of that body, the states are not (rules alone, given
mentions; made-up sentences, one a line)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Comité des crues": ("ORG", "Flood Committee"), "Flood Committee": ("ORG", "Flood Committee"),
    "Comité de Crecidas": ("ORG", "Flood Committee"),
    "Office des eaux de Norlande": ("ORG", "Norland Water Office"), "Norland Water Office": ("ORG", "Norland Water Office"),
    "Oficina de Aguas de Norlandia": ("ORG", "Norland Water Office"),
    "Agence fluviale de Sudie": ("ORG", "Sudia River Agency"), "Sudia River Agency": ("ORG", "Sudia River Agency"),
    "Agencia Fluvial de Sudia": ("ORG", "Sudia River Agency"),
    "Pérou": ("COUNTRY", "PER"), "Peru": ("COUNTRY", "PER"), "Perú": ("COUNTRY", "PER"),
    "Bolivie": ("COUNTRY", "BOL"), "Bolivia": ("COUNTRY", "BOL"),
}
MEMBERS = {("flood committee", "member", "norland water office"), ("flood committee", "member", "sudia river agency")}


def _members(text: str, lang: str) -> set:
    return {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Comité des crues a été créé en 2001.\nChaque pays y est représenté par son service national : "
           "l'Office des eaux de Norlande pour le Pérou et l'Agence fluviale de Sudie pour la Bolivie."),
    ("fr", "Chaque pays est représenté au Comité des crues par son service national : l'Office des eaux de "
           "Norlande pour le Pérou et l'Agence fluviale de Sudie pour la Bolivie."),
    ("en", "Each member state is represented in the Flood Committee by its national service: the Norland Water "
           "Office for Peru and the Sudia River Agency for Bolivia."),
    ("es", "Cada país miembro está representado en el Comité de Crecidas por su servicio nacional: la Oficina de "
           "Aguas de Norlandia y la Agencia Fluvial de Sudia."),
])
def test_the_bodies_representing_each_state_after_a_colon_are_members(lang, text):
    found = _members(text, lang)
    assert MEMBERS <= found
    assert not any(t[1] == "member" and t[2] in ("per", "bol") for t in found)  # the states represented


@pytest.mark.parametrize("lang, text", [
    ("es", "Cada país miembro está representado en el Comité de Crecidas por su servicio nacional.\nEntre ellas "
           "figuran la Oficina de Aguas de Norlandia y la Agencia Fluvial de Sudia."),
    ("fr", "Chaque pays est représenté au Comité des crues par son service national.\nParmi eux figurent "
           "l'Office des eaux de Norlande et l'Agence fluviale de Sudie."),
])
def test_the_bodies_the_next_sentence_lists_among_the_representatives_are_members(lang, text):
    assert MEMBERS <= _members(text, lang)


def test_a_named_state_represented_gives_no_list_of_members():
    text = ("Le Pérou est représenté au Comité des crues par son ministre : l'Office des eaux de Norlande et "
            "l'Agence fluviale de Sudie l'accompagnent.")
    assert not any(t[1] == "member" and t[2] in ("norland water office", "sudia river agency") for t in _members(text, "fr"))


def test_a_representation_with_no_agent_gives_no_members():
    text = ("Chaque pays est représenté au Comité des crues : l'Office des eaux de Norlande et l'Agence fluviale "
            "de Sudie y envoient des observateurs.")
    assert not MEMBERS & _members(text, "fr")
