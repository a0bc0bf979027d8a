"""A relative clause after a list that makes its bodies the members of the body a possessive (or
`en`) stands for: `…, signé par A, B et C, qui en sont les trois États membres` (rules alone,
given mentions; made-up sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Office du bassin de la Lagune": ("ORG", "LBO"), "Lagoon Basin Office": ("ORG", "LBO"),
    "Oficina de la Cuenca de la Laguna": ("ORG", "LBO"),
    "Ghana": ("COUNTRY", "GHA"), "Togo": ("COUNTRY", "TGO"), "Bénin": ("COUNTRY", "BEN"),
    "Benin": ("COUNTRY", "BEN"), "Convention d'Aného": ("INSTRUMENT", "Aneho Convention"),
    "Aného Convention": ("INSTRUMENT", "Aneho Convention"), "Convenio de Aného": ("INSTRUMENT", "Aneho Convention"),
    "trois États membres": ("FIGURE", "3 état membre"), "three states": ("FIGURE", "3 state"),
    "tres Estados": ("FIGURE", "3 estado"),
    "Union africaine": ("ORG", "AU"), "African Union": ("ORG", "AU"), "Unión Africana": ("ORG", "AU"),
}
MEMBERS = {("lbo", "member", "gha"), ("lbo", "member", "tgo"), ("lbo", "member", "ben")}


def _members(text: str, lang: str) -> set:
    return {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text, size", [
    ("fr", "L'Office du bassin de la Lagune a vu le jour avec la Convention d'Aného, signée en 2004 par le Ghana, "
           "le Togo et le Bénin, qui en sont les trois États membres.", "3 état membre"),
    ("en", "The Lagoon Basin Office was set up by the Aného Convention, signed in 2004 by the three states: Ghana, "
           "Togo and Benin, which are its members.", "3 state"),
    ("es", "La Oficina de la Cuenca de la Laguna nació con el Convenio de Aného, firmado en 2004 por tres "
           "Estados ribereños: Ghana, Togo y Benin, que son sus miembros.", "3 estado"),
])
def test_a_relative_after_the_list_makes_its_states_members(lang, text, size):
    found = _members(text, lang)
    assert MEMBERS <= found
    assert ("lbo", "size", size) in found


@pytest.mark.parametrize("lang, text", [
    # the member noun has a body of its own after it: another membership, not the possessive's
    ("fr", "L'Office du bassin de la Lagune a été créé par le Ghana, le Togo et le Bénin, qui sont tous membres "
           "de l'Union africaine."),
    ("en", "The Lagoon Basin Office was created by Ghana, Togo and Benin, which are its partners in the region "
           "and the African Union."),
])
def test_no_membership_of_the_subject_where_the_clause_names_another_body(lang, text):
    assert not any(t[0] == "lbo" and t[1] == "member" for t in _members(text, lang))


@pytest.mark.parametrize("lang, relative", [
    ("en", "which are its"), ("en", "that are its"), ("en", "which were its"), ("en", "which became its"),
    ("fr", "qui en sont les"), ("fr", "qui en étaient les"), ("fr", "qui sont ses"), ("fr", "qui étaient ses"),
    ("es", "que son sus"), ("es", "que eran sus"), ("es", "que fueron sus"), ("es", "los cuales son sus"),
])
def test_every_relative_of_membership_reads(lang, relative):
    text = {
        "en": "The Lagoon Basin Office was founded in 2004 with Ghana, Togo and Benin, {} members.",
        "fr": "L'Office du bassin de la Lagune est né en 2004 avec le Ghana, le Togo et le Bénin, {} membres.",
        "es": "La Oficina de la Cuenca de la Laguna nació en 2004 con Ghana, Togo y Benin, {} miembros.",
    }[lang].format(relative)
    assert MEMBERS <= _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    # the clause goes on after the member noun: the relative says more than membership
    ("fr", "L'Office du bassin de la Lagune est né en 2004 avec le Ghana, le Togo et le Bénin, qui en sont les "
           "membres fondateurs avec l'Union africaine."),
    ("en", "The Lagoon Basin Office was founded in 2004 with Ghana, Togo and Benin, which are its founding members "
           "with the African Union."),
    ("es", "La Oficina de la Cuenca de la Laguna nació en 2004 con Ghana, Togo y Benin, que son sus miembros "
           "fundadores con la Unión Africana."),
])
def test_a_relative_whose_clause_goes_on_names_no_members(lang, text):
    assert not MEMBERS & _members(text, lang)
