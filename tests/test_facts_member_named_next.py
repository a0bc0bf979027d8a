"""Members named in the sentence after one that opens on a body's members and names none
(member_copula.members_among_them, members_owner): `Our members are the research networks of the
region. They include A, B and C`."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Andes Water Forum": ("ORG", "AWF"), "Forum andin de l'eau": ("ORG", "AWF"), "Foro Andino del Agua": ("ORG", "AWF"),
    "Hydro Lab": ("ORG", "HL"), "Laboratoire Hydro": ("ORG", "HL"), "Laboratorio Hidro": ("ORG", "HL"),
    "Glacier Service": ("ORG", "GS"), "Service des glaciers": ("ORG", "GS"), "Servicio de Glaciares": ("ORG", "GS"),
    "River Office": ("ORG", "RO"), "Office fluvial": ("ORG", "RO"), "Oficina Fluvial": ("ORG", "RO"),
}
MEMBERS = {("member", "hl"), ("member", "gs"), ("member", "ro")}


def _members(text: str, lang: str, publisher: str | None = None) -> set:
    return {t[1:] for t in rule_tuples(text, lang, NAMES, publisher) if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Our members are the water agencies of the region.\nThey include the Hydro Lab, the Glacier Service and the "
           "River Office."),
    ("fr", "Nos membres sont les agences de l'eau de la région.\nParmi eux figurent le Laboratoire Hydro, le Service des "
           "glaciers et l'Office fluvial."),
    ("es", "Nuestros miembros son las agencias del agua de la región.\nEntre ellos figuran el Laboratorio Hidro, el Servicio "
           "de Glaciares y la Oficina Fluvial."),
])
def test_the_list_after_our_members_are_names_the_publishers_members(lang, text):
    found = _members(text, lang, publisher="AWF")
    assert {("awf",) + m for m in MEMBERS} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Andes Water Forum was set up in 2001.\nIts members are the water agencies of the region.\nThey include the "
           "Hydro Lab, the Glacier Service and the River Office."),
    ("fr", "Le Forum andin de l'eau a été créé en 2001.\nSes membres sont les agences de l'eau de la région.\nIls "
           "comprennent le Laboratoire Hydro, le Service des glaciers et l'Office fluvial."),
    ("es", "El Foro Andino del Agua fue creado en 2001.\nSus miembros son las agencias del agua de la región.\nEntre ellos "
           "figuran el Laboratorio Hidro, el Servicio de Glaciares y la Oficina Fluvial."),
])
def test_a_third_person_possessive_stands_for_the_body_spoken_of_before(lang, text):
    found = _members(text, lang)
    assert {("awf",) + m for m in MEMBERS} <= found, found


@pytest.mark.parametrize("lang, text", [
    # partners are no members; a verb of working with is no word of inclusion
    ("en", "Our partners are the water agencies of the region.\nThey include the Hydro Lab, the Glacier Service and the "
           "River Office."),
    ("en", "Our members are the water agencies of the region.\nThey work with the Hydro Lab and the Glacier Service."),
    ("es", "Nuestros socios son las agencias del agua de la región.\nEntre ellos figuran el Laboratorio Hidro y el Servicio "
           "de Glaciares."),
])
def test_no_members_without_a_member_noun_and_a_word_of_inclusion(lang, text):
    assert not _members(text, lang, publisher="AWF")
