"""A figure of members of a named body, then an apposition listing them after the body's name
(`les quatre États membres de l'IGAD (A, B, C et D)`): the listed states are its members, the
figure its size (rules alone, given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Commission du lac Tchad": ("ORG", "LCBC"), "Lake Chad Commission": ("ORG", "LCBC"),
    "Comisión del Lago Chad": ("ORG", "LCBC"),
    "Niger": ("COUNTRY", "NER"), "Níger": ("COUNTRY", "NER"), "Nigeria": ("COUNTRY", "NGA"),
    "Cameroun": ("COUNTRY", "CMR"), "Cameroon": ("COUNTRY", "CMR"), "Camerún": ("COUNTRY", "CMR"),
    "Tchad": ("COUNTRY", "TCD"), "Chad": ("COUNTRY", "TCD"), "Soudan": ("COUNTRY", "SDN"),
    "Sudan": ("COUNTRY", "SDN"), "Sudán": ("COUNTRY", "SDN"),
    "quatre États membres": ("FIGURE", "4 état membre"), "four member states": ("FIGURE", "4 member state"),
    "cuatro Estados miembros": ("FIGURE", "4 estado miembro"),
}
MEMBERS = {("lcbc", "member", n) for n in ("ner", "nga", "cmr", "tcd")}


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "Le projet couvre cinq pays : les quatre États membres de la Commission du lac Tchad (le Niger, le "
           "Nigeria, le Cameroun et le Tchad), ainsi que le Soudan.", "4 état membre"),
    ("en", "The project covers five countries: the four member states of the Lake Chad Commission (Niger, "
           "Nigeria, Cameroon and Chad) and Sudan.", "4 member state"),
    ("es", "El proyecto abarca cinco países: los cuatro Estados miembros de la Comisión del Lago Chad (Níger, "
           "Nigeria, Camerún y Chad), además de Sudán.", "4 estado miembro"),
])
def test_an_apposition_after_the_body_of_a_figure_of_members_lists_them(lang, text, size):
    found = {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}
    assert MEMBERS | {("lcbc", "size", size)} <= found
    assert ("lcbc", "member", "sdn") not in found  # named after the apposition closed


def test_a_parenthesis_that_does_not_close_on_the_list_names_no_members():
    text = ("Le projet couvre les quatre États membres de la Commission du lac Tchad (le Niger, le Nigeria, le "
            "Cameroun et le Tchad en tête de la liste des bailleurs).")
    found = {t[1:] for t in rule_tuples(text, "fr", NAMES) if t[0] == "MEMBERSHIP"}
    assert not any(t[1] == "member" for t in found)
