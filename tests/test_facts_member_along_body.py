"""A word of company after the body of a membership (`Bangladesh joined the Forum as its fourth
member, alongside India, the Maldives and Sri Lanka`, `Chile es miembro del Foro, junto con Perú`):
the list after it are members too, of the members' kind (rules alone, given mentions; made-up
sentences)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Bangladesh": ("COUNTRY", "BGD"), "India": ("COUNTRY", "IND"), "Inde": ("COUNTRY", "IND"),
    "Maldives": ("COUNTRY", "MDV"), "Maldivas": ("COUNTRY", "MDV"), "Sri Lanka": ("COUNTRY", "LKA"),
    "Colombo Forum": ("ORG", "CF"), "Forum de Colombo": ("ORG", "CF"), "Foro de Colombo": ("ORG", "CF"),
    "European Union": ("ORG", "EU"), "Union européenne": ("ORG", "EU"), "Unión Europea": ("ORG", "EU"),
}
MEMBERS = {("cf", "member", n) for n in ("bgd", "ind", "mdv", "lka")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Bangladesh joined the Colombo Forum as its fourth member, alongside India, the Maldives and Sri Lanka."),
    ("fr", "Le Bangladesh est membre du Forum de Colombo, aux côtés de l'Inde, des Maldives et du Sri Lanka."),
    ("es", "Bangladesh se unió al Foro de Colombo como su cuarto miembro, junto con India, Maldivas y Sri Lanka."),
])
def test_the_company_of_the_body_are_members_too(lang, text):
    assert MEMBERS <= {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text", [
    # support after the body, or a body of another kind than the members: no member
    ("en", "Bangladesh joined the Colombo Forum in 2020, with support from the European Union."),
    ("en", "Bangladesh joined the Colombo Forum as its fourth member, alongside the European Union."),
])
def test_no_member_from_support_or_another_kind(lang, text):
    found = {t[1:] for t in rule_tuples(text, lang, NAMES) if t[0] == "MEMBERSHIP"}
    assert ("cf", "member", "bgd") in found and ("cf", "member", "eu") not in found


OTHER = {**NAMES, "G7": ("ORG", "G7"), "France": ("COUNTRY", "FRA"), "Francia": ("COUNTRY", "FRA"),
         "Asia": ("LOCATION", "Asia"), "Asie": ("LOCATION", "Asia")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Bangladesh is a member of the Colombo Forum, alongside India and Sri Lanka in the G7."),
    ("fr", "Le Bangladesh est membre du Forum de Colombo, aux côtés de l'Inde et du Sri Lanka au sein du G7."),
    ("es", "Bangladesh es miembro del Foro de Colombo, junto con India y Sri Lanka en el G7."),
    ("en", "Bangladesh is a member of the Colombo Forum, alongside India and Sri Lanka in Asia."),
])
def test_company_placed_in_another_body_or_place_is_no_member(lang, text):
    found = {t[1:] for t in rule_tuples(text, lang, OTHER) if t[0] == "MEMBERSHIP"}
    assert ("cf", "member", "ind") not in found and ("cf", "member", "lka") not in found


@pytest.mark.parametrize("lang, text", [
    ("en", "Bangladesh is a member of the Colombo Forum, alongside India and Sri Lanka, which joined in 2019."),
    ("fr", "Le Bangladesh est membre du Forum de Colombo, aux côtés de l'Inde et du Sri Lanka depuis 2019."),
])
def test_company_that_ends_its_clause_are_members(lang, text):
    found = {t[1:] for t in rule_tuples(text, lang, OTHER) if t[0] == "MEMBERSHIP"}
    assert {("cf", "member", "ind"), ("cf", "member", "lka")} <= found
