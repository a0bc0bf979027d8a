"""A figure of members broken down into parts (`Le Réseau compte 12 membres : huit membres
insulaires et quatre membres continentaux, A, B, C et D`): the parts are no sizes of their own, and
the bodies a part lists are members of the body the whole counts (rules alone, given mentions;
made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Réseau des îles": ("ORG", "IN"), "Island Network": ("ORG", "IN"), "Red de Islas": ("ORG", "IN"),
    "Chili": ("COUNTRY", "CHL"), "Chile": ("COUNTRY", "CHL"), "Pérou": ("COUNTRY", "PER"), "Peru": ("COUNTRY", "PER"),
    "Perú": ("COUNTRY", "PER"), "Japon": ("COUNTRY", "JPN"), "Japan": ("COUNTRY", "JPN"), "Japón": ("COUNTRY", "JPN"),
    "12 membres": ("FIGURE", "12 membre"), "huit membres": ("FIGURE", "8 membre"), "quatre membres": ("FIGURE", "4 membre"),
    "12 members": ("FIGURE", "12 member"), "eight island members": ("FIGURE", "8 member"), "four continental members": ("FIGURE", "4 member"),
    "12 miembros": ("FIGURE", "12 miembro"), "ocho miembros": ("FIGURE", "8 miembro"), "cuatro miembros": ("FIGURE", "4 miembro"),
}


@pytest.mark.parametrize("lang, text, whole, parts", [
    ("fr", "Le Réseau des îles compte 12 membres : huit membres insulaires et quatre membres continentaux, le Chili, "
           "le Pérou, la France et le Japon.", "12 membre", ("8 membre", "4 membre")),
    ("en", "The Island Network has 12 members: eight island members and four continental members, Chile, Peru, "
           "France and Japan.", "12 member", ("8 member", "4 member")),
    ("es", "La Red de Islas tiene 12 miembros: ocho miembros insulares y cuatro miembros continentales, Chile, Perú, "
           "Francia y Japón.", "12 miembro", ("8 miembro", "4 miembro")),
])
def test_the_parts_of_a_figure_of_members_are_no_sizes_and_list_members(lang, text, whole, parts):
    found = {t[1:] for t in rule_tuples(text, lang, {**NAMES, "France": ("COUNTRY", "FRA"),
                                                      "Francia": ("COUNTRY", "FRA")}) if t[0] == "MEMBERSHIP"}
    assert ("in", "size", whole) in found
    assert not any(("in", "size", p) in found for p in parts)
    assert {("in", "member", n) for n in ("chl", "per", "fra", "jpn")} <= found


def test_figures_that_do_not_add_up_below_the_whole_are_left_alone():
    # a second figure as large as the first is no part of it
    text = "Le Réseau des îles compte 12 membres, 12 membres associés et des observateurs."
    found = {t[1:] for t in rule_tuples(text, "fr", {**NAMES, "12 membres associés": ("FIGURE", "12 membre")})
             if t[0] == "MEMBERSHIP"}
    assert ("in", "size", "12 membre") in found


BREAKDOWN_NAMES = {
    **NAMES, "Maroc": ("COUNTRY", "MAR"), "Morocco": ("COUNTRY", "MAR"), "Marruecos": ("COUNTRY", "MAR"),
    "France": ("COUNTRY", "FRA"), "Francia": ("COUNTRY", "FRA"),
    "15 membres": ("FIGURE", "15 membre"), "neuf membres": ("FIGURE", "9 membre"), "cinq membres": ("FIGURE", "5 membre"),
    "15 members": ("FIGURE", "15 member"), "nine members": ("FIGURE", "9 member"), "five members": ("FIGURE", "5 member"),
    "15 miembros": ("FIGURE", "15 miembro"), "nueve miembros": ("FIGURE", "9 miembro"), "cinco miembros": ("FIGURE", "5 miembro"),
    "14 membres": ("FIGURE", "14 membre"), "14 members": ("FIGURE", "14 member"), "14 miembros": ("FIGURE", "14 miembro"),
    "16 members": ("FIGURE", "16 member"),
}


def _members(text, lang):
    return {t[3] for t in rule_tuples(text, lang, BREAKDOWN_NAMES) if t[0] == "MEMBERSHIP" and t[2] == "member"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Réseau des îles compte 15 membres : neuf membres insulaires et cinq membres côtiers, et le Maroc a "
           "demandé à le rejoindre."),
    ("fr", "Le Réseau des îles compte 15 membres : neuf membres insulaires et cinq membres côtiers, ainsi que le "
           "Maroc comme observateur."),
    ("en", "The Island Network has 15 members: nine members on islands and five members on coasts, and Morocco "
           "has asked to join."),
    ("es", "La Red de Islas tiene 15 miembros: nueve miembros insulares y cinco miembros costeros, y Marruecos "
           "pidió unirse."),
])
def test_a_state_the_conjunction_adds_before_another_statement_is_no_member(lang, text):
    assert "mar" not in _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Réseau des îles compte 15 membres : neuf membres insulaires et cinq membres côtiers, et le Maroc."),
    ("en", "The Island Network has 15 members: nine members on islands and five members on coasts, and Morocco."),
    ("es", "La Red de Islas tiene 15 miembros: nueve miembros insulares y cinco miembros costeros, y Marruecos."),
])
def test_a_state_the_conjunction_adds_to_parts_that_make_the_whole_is_a_member(lang, text):
    assert "mar" in _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Réseau des îles compte 14 membres : neuf membres insulaires et cinq membres côtiers, et le Maroc."),
    ("en", "The Island Network has 16 members: nine members on islands and five members on coasts, and Morocco."),
    ("es", "La Red de Islas tiene 14 miembros: nueve miembros insulares y cinco miembros costeros, y Marruecos."),
])
def test_parts_and_added_states_that_do_not_add_up_to_the_whole_list_no_members(lang, text):
    found = _members(text, lang)
    assert "mar" not in found
