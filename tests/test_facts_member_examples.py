"""States named as examples or counted in apposition after the words of a body's states
(facts/member_ranks.py, `apposed_states`), with made-up sentences in fr/en/es: a word of examples
after the comma (`member countries of the X, among them A and B`, `pays membres de l'X, parmi
lesquels A et B`, `países miembros de la X, entre ellos A y B`) names some of its states, however
many and whatever follows; a figure before the words of its states as large as the apposition (`two
member states of the X, A and B.`) names them all; without either, two states after the comma at the
end of the sentence are others added to the body's states (`the X member states, A and B.`)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_STATES = {"Fiji": "FJI", "Fidji": "FJI", "Fiyi": "FJI", "Samoa": "WSM", "Tonga": "TON", "Chile": "CHL", "Chili": "CHL"}
_BODIES = {"Reef Council": "RC", "Conseil des récifs": "RC", "Consejo de Arrecifes": "RC"}
_FIGURES = {"two member states": "2 member state", "deux États membres": "2 état membre",
            "dos Estados miembros": "2 estado miembro"}


def _members(text: str, lang: str) -> set:
    names = {**{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text},
             **{k: ("ORG", v) for k, v in _BODIES.items() if k in text},
             **{k: ("FIGURE", v) for k, v in _FIGURES.items() if k in text}}
    return {(t[1], t[3]) for t in rule_tuples(text, lang, names) if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Several member countries of the Reef Council, among them Fiji and Samoa, have signed a memorandum with Chile."),
    ("fr", "Plusieurs pays membres du Conseil des récifs, parmi lesquels les Fidji et le Samoa, ont signé un "
           "mémorandum avec le Chili."),
    ("es", "Varios países miembros del Consejo de Arrecifes, entre ellos Fiyi y Samoa, firmaron un memorando con Chile."),
])
def test_states_after_a_word_of_examples_are_members_of_the_body_before(lang, text):
    assert _members(text, lang) == {("rc", "fji"), ("rc", "wsm")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The court was chaired by judges from two member states of the Reef Council, Fiji and Samoa."),
    ("fr", "La cour était présidée par des juges de deux États membres du Conseil des récifs, les Fidji et le Samoa."),
    ("es", "La corte fue presidida por jueces de dos Estados miembros del Consejo de Arrecifes, Fiyi y Samoa."),
])
def test_states_as_many_as_the_figure_before_the_body_are_its_members(lang, text):
    assert _members(text, lang) == {("rc", "fji"), ("rc", "wsm")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The plan covers the Reef Council member states, Fiji and Samoa."),
    ("fr", "Le plan couvre les États membres du Conseil des récifs, les Fidji et le Samoa."),
])
def test_two_states_after_the_words_of_states_without_a_figure_or_example_add_to_them(lang, text):
    assert _members(text, lang) == set()
