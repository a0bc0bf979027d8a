"""A demonym after a body's name: left out when the text adds it, kept when the official name
holds it (its acronym shows it) or the head alone would remain (docs/annotation.md). Made-up
bodies, so that no gazetteer holds them; French names in lower case are the model's."""

import pytest

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    # the text adds the demonym: an ending the language's data knows, or a listed word
    ("fr", "Les forces membres sont la Gendarmerie maritime française et la Police fluviale belge.",
     ["Gendarmerie maritime", "Police fluviale"]),
    # the acronym shows that the official name holds it
    ("fr", "la Brigade fluviale belge (BFB) a saisi", ["Brigade fluviale belge", "BFB"]),
    # the head alone would remain
    ("fr", "la Garde française a saisi", ["Garde française"]),
    # unless that one word is a body's name in another language: a compound on a body's word
    ("fr", "Des agents de la Landespolizei allemande et de la Garde française ont participé.",
     ["Landespolizei", "Garde française"]),
    ("fr", "La Wasserschutzpolizei allemande a saisi deux bateaux.", ["Wasserschutzpolizei"]),
])
@pytest.mark.model
def test_a_demonym_after_a_name(model_extractor, lang, text, expected):
    assert orgs(model_extractor, text, lang) == expected


def places(extractor, text, lang):
    return found(extractor, text, lang, "LOCATION", fields=("text",))


@pytest.mark.parametrize("lang, text, expected", [
    # a demonym after an elided article is no place, as after `le`; a place after `l'` stays one
    ("fr", "L'agence, dirigée depuis 2021 par l'Autrichien Josef Aschbacher, finance le projet.", []),
    ("fr", "Le ministre a rencontré l'Italien Paolo Verdi puis le Brésilien Paulo Silva.", []),
    ("fr", "Les crues ont touché l'Isère puis l'Hérault.", ["Isère", "Hérault"]),
])
@pytest.mark.model
def test_a_capitalised_demonym_after_an_article_is_no_place(model_extractor, lang, text, expected):
    assert places(model_extractor, text, lang) == expected
