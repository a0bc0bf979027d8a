"""A body named whole with its place or owner, and elsewhere without it, is one body: the short
form takes the whole name's norm (`resolve/complement_short_forms.py`). Made-up bodies, so that
no gazetteer knows them; read with the rules only."""

import pytest

from mention_helpers import found


@pytest.mark.parametrize("lang, text, short, norm", [
    ("es", "La Guardia Costera de Zorbalia firmó un acuerdo con la FAO. Según la Guardia Costera, "
           "el acuerdo durará cinco años.", "Guardia Costera", "Guardia Costera de Zorbalia"),
    ("en", "The Ministry of Fisheries of Zorbania signed a memorandum with FAO. "
           "The Ministry of Fisheries will host the training.", "Ministry of Fisheries",
     "Ministry of Fisheries of Zorbania"),
    ("fr", "L'Office national des forêts du Gabon coopère avec la FAO. "
           "L'Office national des forêts a publié un rapport.", "Office national des forêts",
     "Office national des forêts du Gabon"),
    # the short form first, the whole name after it
    ("en", "The Ministry of Fisheries trained 40 inspectors. The Ministry of Fisheries of Zorbania "
           "thanked FAO.", "Ministry of Fisheries", "Ministry of Fisheries of Zorbania"),
])
def test_a_short_form_takes_the_whole_names_norm(extractor, lang, text, short, norm):
    assert (short, norm) in found(extractor, text, lang, "ORG")


@pytest.mark.parametrize("lang, text, short", [
    # two whole names the short form may stand for: it keeps its own
    ("es", "La Policía Nacional de Zorbalia y la Policía Nacional de Ruritania trabajan juntas. "
           "La Policía Nacional informó del resultado.", "Policía Nacional"),
    # what follows is another body's head, or a demonym, not a complement
    ("en", "The Zorbala Court of Justice Trust Fund finances the Zorbala Court of Justice.",
     "Zorbala Court of Justice"),
    ("fr", "Le Ministère du Travail zorbalien et l'OIT ont signé un accord. Le Ministère du Travail "
           "suivra sa mise en œuvre.", "Ministère du Travail"),
    # a complement of common words describes the body, it does not name its owner
    ("en", "The Zorbala Alliance for Research and Education trains engineers. The Zorbala Alliance "
           "has 12 members.", "Zorbala Alliance"),
])
def test_a_short_form_keeps_its_own_norm(extractor, lang, text, short):
    assert (short, short) in found(extractor, text, lang, "ORG")
