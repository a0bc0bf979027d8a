"""A body's long form defined with its acronym and named again elsewhere takes the acronym as
norm (SCHEMA: a body no gazetteer holds is normalised to the acronym the text defines for it).
The bodies are made up, so that no gazetteer knows them."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, name, acronym", [
    # named in the title before the definition, and again in a later paragraph
    ("es", "Red Zorbalana de Protección de Datos cumple veinte años\n\nMADRID, 3 de mayo de 2024 – Hace "
           "veinte años nació la Red Zorbalana de Protección de Datos (RZPD). Hoy la Red Zorbalana de "
           "Protección de Datos reúne a doce autoridades.", "Red Zorbalana de Protección de Datos", "RZPD"),
    ("en", "Zorbalian Coastal Authority marks ten years\n\nLONDON, 3 May 2024 – Ten years ago the Zorbalian "
           "Coastal Authority (ZCA) was created. The Zorbalian Coastal Authority now has ten members.",
     "Zorbalian Coastal Authority", "ZCA"),
    ("fr", "L'Agence zorbalienne de l'eau a vingt ans\n\nPARIS, 3 mai 2024 – Il y a vingt ans naissait "
           "l'Agence zorbalienne de l'eau (AZE). L'Agence zorbalienne de l'eau réunit dix États.",
     "Agence zorbalienne de l'eau", "AZE"),
])
def test_a_defined_long_form_named_again_takes_the_acronym(extractor, lang, text, name, acronym):
    found = orgs(extractor, text, lang)
    assert [norm for surface, norm in found if surface == name] == [acronym] * 3
    assert (acronym, acronym) in found


@pytest.mark.parametrize("lang, text, name", [
    # a guard: a body the gazetteer knows keeps its id everywhere, the stage gives it no other
    ("en", "The World Health Organization met. The World Health Organization (WHO) agreed.", "World Health Organization"),
])
def test_a_known_body_keeps_its_gazetteer_id(extractor, lang, text, name):
    assert {norm for surface, norm in orgs(extractor, text, lang) if surface == name} == {"WHO"}
