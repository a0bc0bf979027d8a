"""A programme's or project's title-case name runs on over its small words (ops-12:
programmes._titles_continued with `programme_name_inner`, `title_place`), an en dash joins two
places' names inside a programme's name, and a family of programmes is named with a plural head
(`Lexicon.text_heads`). Made-up names, shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def operations(extractor, text, lang):
    return found(extractor, text, lang, "OPERATION")


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The ministry ran the project Resilient and Inclusive Fisheries of the Korvel Coast until 2020.",
     [("project Resilient and Inclusive Fisheries of the Korvel Coast",
       "Resilient and Inclusive Fisheries of the Korvel Coast")]),
    # a long title ends on where it runs
    ("en", "The agency executed the project Shared Management of Groundwater in the Zorvan Basin, with support from donors.",
     [("project Shared Management of Groundwater in the Zorvan Basin",
       "Shared Management of Groundwater in the Zorvan Basin")]),
])
def test_a_title_runs_on_over_its_small_words(extractor, lang, text, expected):
    assert operations(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a code name does not run on to where it took place
    ("en", "The police ran operation Thunderhawk in Kenya last year.", [("operation Thunderhawk", "Thunderhawk")]),
    # a plural keyword lists names, it makes no title of them
    ("en", "The operations Korvax and Zelbor seized arms.", None),
])
def test_no_title_beyond_the_name(extractor, lang, text, expected):
    found = operations(extractor, text, lang)
    if expected is None:
        assert all(" and " not in t for t, _ in found)
    else:
        assert found == expected


@pytest.mark.parametrize("lang, text, name", [
    ("en", "One example is the Zorvan–Kelbor Trade Corridor, a joint initiative of two states.",
     "Zorvan–Kelbor Trade Corridor"),
])
def test_an_en_dash_joins_two_names(extractor, lang, text, name):
    assert name in [t for t, _ in operations(extractor, text, lang)]


@pytest.mark.parametrize("lang, text, name", [
    ("es", "La red forma parte de los Programas Andinos de Intercambio que coordina la secretaría.",
     "Programas Andinos de Intercambio"),
    ("es", "Los Programas Regionales de Salud Escolar llegan a diez países.", "Programas Regionales de Salud Escolar"),
])
def test_a_family_of_programmes(extractor, lang, text, name):
    assert name in [t for t, _ in operations(extractor, text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Il porte le projet ZORBA (Zonal Research on Biological Agents), une unité installée à Dakar.",
     ("Zonal Research on Biological Agents", "ZORBA")),
    ("en", "The agency leads the KIVA programme (Knowledge for Inland Villages in Africa) with two partners.",
     ("Knowledge for Inland Villages in Africa", "KIVA")),
])
def test_a_programme_spelled_out_after_its_acronym(extractor, lang, text, expected):
    assert expected in operations(extractor, text, lang)


def test_not_a_parenthesis_that_spells_nothing(extractor):
    found = operations(extractor, "Le projet ZORBA (Dakar et Thiès) a pris fin.", "fr")
    assert all(not t.startswith("Dakar") for t, _ in found)


def test_a_names_first_word_is_no_name_again(extractor):
    text = ("The patrols joined Operation Harbour Falcon in May. "
            "We have helped Pacific Harbour towns for years.")
    assert [t for t, _ in operations(extractor, text, "en")] == ["Operation Harbour Falcon"]
