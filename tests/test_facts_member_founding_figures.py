"""A figure of the states or bodies that founded or signed a body is its size (member_founding_figures.py)."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples


NAMES = {
    "Andes Water Forum": ("ORG", "AWF"), "Forum andin de l'eau": ("ORG", "AWF"), "Foro Andino del Agua": ("ORG", "AWF"),
    "Quito Charter": ("INSTRUMENT", "QC"), "Charte de Quito": ("INSTRUMENT", "QC"), "Carta de Quito": ("INSTRUMENT", "QC"),
    "six states": ("FIGURE", "6 state"), "six États": ("FIGURE", "6 état"), "seis Estados": ("FIGURE", "6 estado"),
    "nine countries": ("FIGURE", "9 country"), "neuf pays": ("FIGURE", "9 pays"), "nueve países": ("FIGURE", "9 país"),
    "2003": ("DATE", "2003"), "Quito": ("LOCATION", "Quito"),
    "Ecuador": ("COUNTRY", "ECU"), "Équateur": ("COUNTRY", "ECU"),
    "120 experts": ("FIGURE", "120 expert"), "120 expertos": ("FIGURE", "120 experto"),
}


def _sizes(text: str, lang: str) -> set:
    return {t[1:] for t in rule_tuples(text, lang, NAMES, longest_first=True)
            if t[0] == "MEMBERSHIP" and t[2] == "size"}


@pytest.mark.parametrize("lang, text, size", [
    ("en", "In 2003, six states founded the Andes Water Forum in Quito.", "6 state"),
    ("fr", "En 2003, six États ont créé le Forum andin de l'eau.", "6 état"),
    ("es", "En 2003, seis Estados andinos crearon en Quito el Foro Andino del Agua.", "6 estado"),
    ("fr", "Dès 2003, les six États avaient créé une structure commune : le Forum andin de l'eau.", "6 état"),
])
def test_a_figure_opening_the_clause_of_a_verb_of_forming_is_the_size_of_the_body_made(lang, text, size):
    assert ("awf", "size", size) in _sizes(text, lang)


@pytest.mark.parametrize("lang, text, size", [
    ("en", "The Quito Charter, signed in Quito in 2003 by nine countries, protects the glaciers.", "9 country"),
    ("fr", "La Charte de Quito, signée à Quito en 2003 par neuf pays, protège les glaciers.", "9 pays"),
    ("es", "La Carta de Quito, firmada en Quito en 2003 por nueve países, protege los glaciares.", "9 país"),
    ("es", "El Foro Andino del Agua, creado en 2003 por seis Estados, protege los glaciares.", "6 estado"),
])
def test_a_figure_as_the_agent_of_a_participle_of_signing_or_founding_is_the_size(lang, text, size):
    sizes = _sizes(text, lang)
    assert any(t[1:] == ("size", size) for t in sizes), sizes


@pytest.mark.parametrize("lang, text", [
    # people counted, not members; a figure after a name of its own is not the verb's subject
    ("en", "In 2003, 120 experts founded the Andes Water Forum."),
    ("es", "En 2003, 120 expertos crearon el Foro Andino del Agua."),
    ("en", "In 2003, Ecuador and six states founded the Andes Water Forum."),
    # states counted before and named back with an article; a plan adopted, an agreement of theirs
    ("es", "La Carta de Quito, firmada en Quito en 2003 por los nueve países, protege los glaciares."),
    ("en", "The Quito Charter, adopted in 2003 by nine countries, protects the glaciers."),
])
def test_no_size_from_people_or_a_figure_after_a_name(lang, text):
    assert not any(t[1] == "size" and t[2].startswith(("120", "6", "9")) for t in _sizes(text, lang))
