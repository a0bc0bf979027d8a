"""Members named as the bodies that represent each state inside a body (`Every coastal state is
represented in the Harbour Council by its port authority: A for X, B for Y`; the list after a
colon that ends the sentence, or in the next sentence after `Among them are`): they are members of
that body, the states are not; not where the list is followed by a verb of its own, the subject
denies, or `y` may stand for something else than the body (rules alone, given mentions; made-up
sentences and bodies, one sentence a line)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Harbour Council": ("ORG", "Harbour Council"), "Conseil portuaire": ("ORG", "Harbour Council"),
    "Consejo Portuario": ("ORG", "Harbour Council"),
    "Alder Port Authority": ("ORG", "Alder Port Authority"), "Autorité portuaire d'Alder": ("ORG", "Alder Port Authority"),
    "Autoridad Portuaria de Alder": ("ORG", "Alder Port Authority"),
    "Birch Maritime Office": ("ORG", "Birch Maritime Office"), "Office maritime de Birch": ("ORG", "Birch Maritime Office"),
    "Oficina Marítima de Birch": ("ORG", "Birch Maritime Office"), "APA": ("ORG", "Alder Port Authority"),
    "Chili": ("COUNTRY", "CHL"), "Chile": ("COUNTRY", "CHL"), "Uruguay": ("COUNTRY", "URY"),
}
MEMBERS = {("harbour council", "member", "alder port authority"), ("harbour council", "member", "birch maritime office")}


def _members(text: str, lang: str) -> set:
    return {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Every coastal state was represented in the Harbour Council by a port authority of its own: the Alder "
           "Port Authority for Chile and the Birch Maritime Office for Uruguay."),
    ("fr", "Le Conseil portuaire se réunit deux fois par an.\nChaque État riverain y est représenté par une autorité "
           "portuaire : l'Autorité portuaire d'Alder (APA) pour le Chili, l'Office maritime de Birch pour l'Uruguay."),
    ("fr", "Chaque État riverain était représenté au Conseil portuaire par son autorité portuaire : l'Office "
           "maritime de Birch et l'Autorité portuaire d'Alder."),
    ("es", "Cada Estado ribereño estuvo representado en el Consejo Portuario por una autoridad portuaria: la "
           "Oficina Marítima de Birch y la Autoridad Portuaria de Alder."),
])
def test_the_bodies_representing_each_state_after_a_colon_are_members(lang, text):
    found = _members(text, lang)
    assert MEMBERS <= found
    assert not any(t[1] == "member" and t[2] in ("chl", "ury") for t in found)  # the states represented


@pytest.mark.parametrize("lang, text", [
    ("en", "Each coastal state is represented in the Harbour Council by a port authority.\nAmong them are the "
           "Birch Maritime Office and the Alder Port Authority."),
    ("es", "Todos los Estados ribereños estaban representados en el Consejo Portuario por sus autoridades "
           "portuarias.\nEntre estas figuran la Autoridad Portuaria de Alder y la Oficina Marítima de Birch."),
])
def test_the_bodies_the_next_sentence_lists_among_the_representatives_are_members(lang, text):
    assert MEMBERS <= _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Each coastal state is represented in the Harbour Council by its minister: the Alder Port Authority "
           "and the Birch Maritime Office attend as observers."),
    ("fr", "Chaque État riverain est représenté au Conseil portuaire par son ministre : l'Autorité portuaire "
           "d'Alder et l'Office maritime de Birch assistent aux séances comme observateurs."),
    ("es", "Cada Estado ribereño está representado en el Consejo Portuario por su ministro: la Autoridad "
           "Portuaria de Alder y la Oficina Marítima de Birch asisten como observadoras."),
])
def test_bodies_the_list_after_the_colon_gives_a_verb_of_their_own_are_no_members(lang, text):
    assert not MEMBERS & _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "No member state is represented in the Harbour Council by a port authority: the Alder Port "
           "Authority and the Birch Maritime Office."),
    ("es", "Ningún Estado ribereño está representado en el Consejo Portuario por una autoridad portuaria: la "
           "Autoridad Portuaria de Alder y la Oficina Marítima de Birch."),
])
def test_a_subject_that_denies_gives_no_members(lang, text):
    # (French denies with `n'est`, which the cue `est représenté` does not read as its own)
    assert not MEMBERS & _members(text, lang)


def test_y_after_a_sentence_that_places_something_else_gives_no_members():
    text = ("Le Conseil portuaire organise chaque printemps un séminaire à Valparaiso.\nChaque État riverain y est "
            "représenté par son autorité portuaire : l'Autorité portuaire d'Alder pour le Chili et l'Office "
            "maritime de Birch pour l'Uruguay.")
    assert not MEMBERS & _members(text, "fr")


def test_a_named_state_represented_gives_no_list_of_members():
    text = ("Le Chili est représenté au Conseil portuaire par son ministre : l'Autorité portuaire d'Alder et "
            "l'Office maritime de Birch l'accompagnent.")
    assert not any(t[1] == "member" and t[2] in ("alder port authority", "birch maritime office")
                   for t in _members(text, "fr"))


def test_a_representation_with_no_agent_gives_no_members():
    text = ("Chaque État riverain est représenté au Conseil portuaire : l'Autorité portuaire d'Alder et l'Office "
            "maritime de Birch y envoient des observateurs.")
    assert not MEMBERS & _members(text, "fr")
