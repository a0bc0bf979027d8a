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
