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
