"""Members kept apart from their cue of membership by an incise between two commas (member_incise.py):
the bodies or states before the incise stay the subject, and what the incise names is no member."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Ecuador": ("COUNTRY", "ECU"), "Équateur": ("COUNTRY", "ECU"),
    "Bolivia": ("COUNTRY", "BOL"), "Bolivie": ("COUNTRY", "BOL"),
    "Andes Water Forum": ("ORG", "AWF"), "Forum andin de l'eau": ("ORG", "AWF"), "Foro Andino del Agua": ("ORG", "AWF"),
    "Quito Charter": ("INSTRUMENT", "QC"), "Charte de Quito": ("INSTRUMENT", "QC"), "Carta de Quito": ("INSTRUMENT", "QC"),
    "Hydro Lab": ("ORG", "HL"), "Laboratoire Hydro": ("ORG", "HL"), "Laboratorio Hidro": ("ORG", "HL"),
    "Glacier Service": ("ORG", "GS"), "Service des glaciers": ("ORG", "GS"), "Servicio de Glaciares": ("ORG", "GS"),
}


def _members(text: str, lang: str, publisher: str | None = None) -> set:
    return {t[1:] for t in rule_tuples(text, lang, NAMES, publisher) if t[0] == "MEMBERSHIP"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Ecuador, which hosted the first summit in 2009, is a member of the Andes Water Forum."),
    ("fr", "L'Équateur, qui a accueilli le premier sommet en 2009, est membre du Forum andin de l'eau."),
    ("es", "Ecuador, que acogió la primera cumbre en 2009, es miembro del Foro Andino del Agua."),
    ("en", "Ecuador, which hosted the first summit, joined the Andes Water Forum last year."),
    ("es", "Ecuador, que acogió la primera cumbre, se incorporó al Foro Andino del Agua el año pasado."),
    # a participle opening the incise, and a place or a date in it
    ("es", "Ecuador, situado en la costa del Pacífico y con capital en Quito, es miembro del Foro Andino del Agua."),
    ("fr", "L'Équateur, situé sur la côte pacifique, est membre du Forum andin de l'eau."),
])
def test_a_relative_or_participial_incise_keeps_the_state_before_it_the_member(lang, text):
    assert ("awf", "member", "ecu") in _members(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Ecuador, which drafted the text with Bolivia, is a member of the Andes Water Forum."),
    ("fr", "L'Équateur, qui a rédigé le texte avec la Bolivie, est membre du Forum andin de l'eau."),
    ("es", "Ecuador, que redactó el texto con Bolivia, es miembro del Foro Andino del Agua."),
])
def test_a_state_inside_the_relative_incise_is_no_member(lang, text):
    found = _members(text, lang)
    assert ("awf", "member", "ecu") in found and ("awf", "member", "bol") not in found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Quito Charter was adopted in 2001.\nEcuador, which had drafted it with Bolivia, ratified it in 2003."),
    ("fr", "La Charte de Quito a été adoptée en 2001.\nL'Équateur, qui l'avait rédigée avec la Bolivie, l'a ratifiée en 2003."),
    ("es", "La Carta de Quito fue adoptada en 2001.\nEcuador, que la había redactado con Bolivia, la ratificó en 2003."),
])
def test_the_state_before_an_incise_ratified_the_instrument_named_before(lang, text):
    found = _members(text, lang)
    assert ("qc", "member", "ecu") in found and ("qc", "member", "bol") not in found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Hydro Lab, which we run, is a member of the Andes Water Forum."),
    ("fr", "Le Laboratoire Hydro, que nous gérons, est membre du Forum andin de l'eau."),
    ("es", "El Laboratorio Hidro, que gestionamos, es miembro del Foro Andino del Agua."),
])
def test_the_publisher_inside_the_incise_is_not_the_member(lang, text):
    found = _members(text, lang, publisher="GS")
    assert ("awf", "member", "hl") in found and ("awf", "member", "gs") not in found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Laboratoire Hydro, fondé en 1990 et basé à Quito, fait partie, avec le Service des glaciers, du "
           "Forum andin de l'eau."),
    ("es", "El Laboratorio Hidro, fundado en 1990 y con sede en Quito, forma parte con el Servicio de Glaciares del "
           "Foro Andino del Agua."),
])
def test_an_incise_before_a_cue_cut_by_a_word_of_company(lang, text):
    found = _members(text, lang)
    assert {("awf", "member", "hl"), ("awf", "member", "gs")} <= found, found
