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
