"""A body named as the complement of another, with its own acronym in parentheses after it, is a
body of its own: `Laboratorio Central del Ministerio de Pesca (MP)` names the laboratory and the
ministry, the acronym the ministry's. The name stays whole where the acronym spells the whole, where
the complement opens on no head noun, and where the first name is an organ's title or an office's
(`seat_head`). Made-up
bodies, so that no gazetteer holds them."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("text, lang, expected", [
    ("Colaboramos con el Laboratorio Central Veterinario del Ministerio de Ganadería y Pesca (MGP), en Zorba.",
     "es", [("Laboratorio Central Veterinario", "Laboratorio Central Veterinario"),
            ("Ministerio de Ganadería y Pesca", "MGP"), ("MGP", "MGP")]),
    ("Participó el Servicio de Guardacostas de la Agencia Nacional de Puertos Marítimos (ANPM) de Zorbia.",
     "es", [("Servicio de Guardacostas", "Servicio de Guardacostas"),
            ("Agencia Nacional de Puertos Marítimos", "ANPM"), ("ANPM", "ANPM")]),
    ("We work with the Central Veterinary Laboratory of the Ministry of Livestock and Fisheries (MLF) of Zorbia.",
     "en", [("Central Veterinary Laboratory", "Central Veterinary Laboratory"),
            ("Ministry of Livestock and Fisheries", "MLF"), ("MLF", "MLF")]),
])
def test_a_complement_the_acronym_names_is_a_body_of_its_own(extractor, text, lang, expected):
    assert orgs(extractor, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the acronym spells the whole name
    ("Colaboramos con la Unidad de Análisis del Ministerio de Pesca (UAMP) de Zorbia.",
     "es", [("Unidad de Análisis del Ministerio de Pesca", "UAMP"), ("UAMP", "UAMP")]),
    # an organ's title is one name with its body
    ("Colaboramos con la Secretaría General de la Organización de los Estados Zorbanos (OEZ) en Lima.",
     "es", [("Secretaría General de la Organización de los Estados Zorbanos", "OEZ"), ("OEZ", "OEZ")]),
    # an office of the body: its seat's head noun (`seat_head`) keeps it with its body
    ("La Oficina Regional de la Agencia Zorbana de Cooperación (AZC) abrió en Lima.",
     "es", [("Oficina Regional de la Agencia Zorbana de Cooperación", "AZC"), ("AZC", "AZC")]),
    # no acronym after the name
    ("Colaboramos con el Laboratorio Central Veterinario del Ministerio de Ganadería y Pesca de Zorbia.",
     "es", [("Laboratorio Central Veterinario del Ministerio de Ganadería y Pesca de Zorbia",
             "Laboratorio Central Veterinario del Ministerio de Ganadería y Pesca de Zorbia")]),
])
def test_the_name_stays_whole_otherwise(extractor, text, lang, expected):
    assert orgs(extractor, text, lang) == expected
