"""A place that is only the scope of a superlative (`one of the largest schemes in West Africa`,
`le premier de l'Afrique de l'Ouest`, `el mayor programa de la región andina`) compares the
operation with others there; it is not where the operation ran. A place a verb or a relative
comes between (`the largest operation ever run, which took place in Dakar`), or the occasion of
a first time (`for the first time in Dakar`), stays."""

from __future__ import annotations

import pytest

from facts_helpers import OPERATION_NAMES, operation_values, rule_tuples

_NAMES = {**OPERATION_NAMES, "West Africa": ("LOCATION", "West Africa"),
          "Afrique de l'Ouest": ("LOCATION", "Afrique de l'Ouest"), "región andina": ("LOCATION", "región andina"),
          "Senegal": ("COUNTRY", "SEN"), "Sénégal": ("COUNTRY", "SEN")}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "The Sahel Shield programme, one of the largest training schemes in West Africa, started in March 2023.",
     "west africa"),
    ("en", "Sahel Shield began in March 2023.\nIt was the first network of its kind in West Africa.", "west africa"),
    ("fr", "Le programme Sahel Shield, l'un des plus grands dispositifs de formation d'Afrique de l'Ouest, a débuté en mars 2023.",
     "afrique de l'ouest"),
    ("fr", "Le programme Sahel Shield a débuté en mars 2023.\nSes équipes ont été les premières de l'Afrique de l'Ouest à obtenir ce label.",
     "afrique de l'ouest"),
    ("es", "El programa Sahel Shield, el mayor mecanismo de cooperación de la región andina, comenzó en marzo de 2023.",
     "región andina"),
    ("es", "El programa Sahel Shield, uno de los más grandes proyectos del Senegal, comenzó en marzo de 2023.", "sen"),
])
def test_the_scope_of_a_superlative_is_no_place_of_the_operation(lang, text, place):
    tuples = rule_tuples(text, lang, _NAMES)
    found = operation_values(tuples, "location") | operation_values(tuples, "country")
    assert place not in found, found


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Operation Sahel Shield, the largest ever, ran in Dakar in March 2023.", "dakar"),
    ("en", "Operation Sahel Shield was held for the first time in Dakar in March 2023.", "dakar"),
    ("fr", "L'opération Sahel Shield s'est tenue pour la première fois à Dakar en mars 2023.", "dakar"),
    ("es", "La operación Sahel Shield, una de las mayores que se organizan en el Senegal, comenzó en marzo de 2023.", "sen"),
    ("es", "La operación Sahel Shield se realizó por primera vez en Lima en marzo de 2023.", "lima"),
    # a possessive's or an adverb's rank says where it ran
    ("en", "Operation Sahel Shield only ran in Dakar in March 2023.", "dakar"),
    ("en", "Operation Sahel Shield held its first workshop in Dakar in March 2023.", "dakar"),
    ("fr", "L'opération Sahel Shield a tenu son premier atelier à Dakar en mars 2023.", "dakar"),
    ("es", "La operación Sahel Shield se realizó primero en Lima en marzo de 2023.", "lima"),
    ("es", "La operación Sahel Shield desplegó su mayor contingente en Lima en marzo de 2023.", "lima"),
])
def test_a_place_the_superlative_does_not_scope_stays(lang, text, place):
    tuples = rule_tuples(text, lang, _NAMES)
    found = operation_values(tuples, "location") | operation_values(tuples, "country")
    assert place in found, found
