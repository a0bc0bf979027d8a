"""A word of approximation between a verb and a figure of members (`Today we have more than 20
member states, from A and B to C and D`, `La Oficina tiene hoy más de 20 Estados miembros`) belongs to
the figure: the verb still gives the body its size and the range its members (rules alone, given
mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Ghana": ("COUNTRY", "GHA"), "Liberia": ("COUNTRY", "LBR"), "Libéria": ("COUNTRY", "LBR"),
    "Kenya": ("COUNTRY", "KEN"), "Mozambique": ("COUNTRY", "MOZ"),
    "20 member states": ("FIGURE", "20 member state"), "20 États membres": ("FIGURE", "20 état membre"),
    "20 Estados miembros": ("FIGURE", "20 estado miembro"),
    "Seed Office": ("ORG", "SO"), "Bureau des semences": ("ORG", "SO"), "Oficina de Semillas": ("ORG", "SO"),
}


@pytest.mark.parametrize("lang, text, size", [
    ("en", "Today we have more than 20 member states, from Ghana and Liberia to Kenya and Mozambique.",
     "20 member state"),
    ("fr", "Nous avons aujourd'hui plus de 20 États membres, du Ghana et du Libéria au Kenya et au Mozambique.",
     "20 état membre"),
    ("es", "La Oficina de Semillas tiene hoy más de 20 Estados miembros, desde Ghana y Liberia hasta Kenya y Mozambique.",
     "20 estado miembro"),
])
def test_a_figure_of_members_after_a_word_of_approximation(lang, text, size):
    found = {t[1:] for t in rule_tuples(text, lang, NAMES, publisher="SO") if t[0] == "MEMBERSHIP"}
    assert ("so", "size", size) in found
    assert {("so", "member", "gha"), ("so", "member", "lbr")} <= found
