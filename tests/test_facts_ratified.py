"""Ratifications read as memberships of the instrument, and members listed after a colon."""

from __future__ import annotations

import pytest


def facts(fast, text: str, lang: str) -> set:
    from partex.facts.score import records

    analysis = fast.analyse(text, doc_id="t", lang=lang)
    return {t for fact in records(analysis.facts) for t in fact.tuples}


def members(fast, text: str, lang: str) -> set:
    return {t[1:] for t in facts(fast, text, lang) if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Opened for signature in Rio in 1992, the Convention on Biological Diversity was ratified by thirty "
           "states, among them Chile, Peru and Mexico."),
    ("fr", "Ouverte à la signature à Rio en 1992, la Convention sur la diversité biologique a été ratifiée par "
           "trente États, dont le Chili, le Pérou et le Mexique."),
    ("es", "Abierto a la firma en Río en 1992, el Convenio sobre la Diversidad Biológica fue ratificado por "
           "treinta Estados, entre ellos Chile, Perú y México."),
])
def test_the_states_a_word_of_inclusion_names_after_a_figure_of_ratifiers_are_members(fast, lang, text):
    found = members(fast, text, lang)
    assert {"chl", "per", "mex"} <= {t[2] for t in found if t[1] == "member"}


def test_those_who_ratified_are_no_signatories_of_a_participle_before(fast):
    text = ("Signed in Rio in 1992, the Convention on Biological Diversity was ratified by thirty states, among "
            "them Chile, Peru and Mexico.")
    assert not [t for t in facts(fast, text, "en") if t[0] == "AGREEMENT"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The Convention on Biological Diversity was adopted in 1992. It entered into force a year later. "
           "Mexico was among the first states to ratify it."),
    ("fr", "La Convention sur la diversité biologique a été adoptée en 1992. Elle est entrée en vigueur un an "
           "plus tard. Le Mexique figure parmi les premiers États à l'avoir ratifiée."),
    ("es", "El Convenio sobre la Diversidad Biológica fue adoptado en 1992. Entró en vigor un año después. "
           "México fue el primer Estado en ratificarlo."),
])
def test_a_state_among_the_first_to_ratify_it_is_a_party_to_the_instrument_named_before(fast, lang, text):
    assert any(t[1:] == ("member", "mex") for t in members(fast, text, lang))


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "Trois États sont membres de la CBLT : le Niger, le Nigeria et le Tchad.", "3 état"),
    ("en", "Three states are members of the LCBC: Niger, Nigeria and Chad.", "3 state"),
    ("es", "Tres Estados son miembros de la Comisión de la Cuenca del Lago Chad (CBLT): Níger, Nigeria y Chad.",
     "3 estado"),
])
def test_a_figure_of_members_before_the_body_and_a_colon_lists_them(fast, lang, text, size):
    found = members(fast, text, lang)
    assert {"ner", "nga", "tcd"} <= {t[2] for t in found if t[1] == "member"}
    assert any(t[1:] == ("size", size) for t in found)
