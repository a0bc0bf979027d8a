"""Members a sentence opening on words for a fact names (`Today the Agreement has 12 Contracting
Parties: A, B …`): the memberships stand, not a partnership of the states listed; and `hosted
by`, which says where a body sits, is no word of partnership (facts/__init__.py, facts.jsonl)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

_STATES = {"Chile": "CHL", "Chili": "CHL", "Peru": "PER", "Perú": "PER", "Pérou": "PER",
           "Brazil": "BRA", "Brasil": "BRA", "Brésil": "BRA", "Spain": "ESP", "España": "ESP",
           "Espagne": "ESP", "Portugal": "PRT"}


@pytest.mark.parametrize("lang, text, body, size", [
    ("en", "Today the Agreement has 12 Contracting Parties: Chile, Peru and Brazil, together with Spain and Portugal.",
     "Agreement", ("12 Contracting Parties", "12 contracting party")),
    ("fr", "Cet Accord compte aujourd'hui 12 Parties contractantes : le Chili, le Pérou et le Brésil, "
           "avec l'Espagne et le Portugal.", "Accord", ("12 Parties contractantes", "12 partie contractante")),
    ("es", "Hoy el Acuerdo cuenta con 12 Partes contratantes: Chile, Perú y Brasil, junto con España y Portugal.",
     "Acuerdo", ("12 Partes contratantes", "12 parte contratante")),
])
def test_a_sentence_opening_on_the_agreement_named_back_lists_its_members(lang, text, body, size):
    names = {body: ("INSTRUMENT", "XYZ"), size[0]: ("FIGURE", size[1]),
             **{k: ("COUNTRY", v) for k, v in _STATES.items() if k in text}}
    found = rule_tuples(text, lang, names)
    members = {t[3] for t in found if t[0] == "MEMBERSHIP" and t[1] == "xyz" and t[2] == "member"}
    assert {"chl", "per", "bra"} <= members, found
    assert ("MEMBERSHIP", "xyz", "size", size[1]) in found, found
    assert not any(t[0] == "PARTNERSHIP" for t in found), found


def test_a_body_hosted_by_another_is_no_partner_of_it():
    text = "The Regional Secretariat is hosted by the National Police in Lima."
    names = {"Regional Secretariat": ("ORG", "RS"), "National Police": ("ORG", "NP"), "Lima": ("LOCATION", "Lima")}
    assert not any(t[0] == "PARTNERSHIP" for t in rule_tuples(text, "en", names))


def test_a_meeting_co_hosted_by_two_bodies_is_a_partnership_of_them():
    text = "The forum was co-hosted by the National Police and the Regional Secretariat in Lima."
    names = {"Regional Secretariat": ("ORG", "RS"), "National Police": ("ORG", "NP"), "Lima": ("LOCATION", "Lima")}
    assert ("PARTNERSHIP", ("np", "rs")) in rule_tuples(text, "en", names)
