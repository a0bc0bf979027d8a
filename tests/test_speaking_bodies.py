"""The body a text speaks for (`resolve/speakers.py`): a name with a programme word set after
`We, the …` / `Nous, l'…` / `Nosotros, la …` is a body, with its acronym and every use of it.
Made-up names, rule-only pipeline."""

import pytest


def labels(extractor, text, lang, surface):
    return {r["label"] for r in extractor.extract(text, doc_id="t", lang=lang) if r["text"] == surface}


@pytest.mark.parametrize("lang, text, name, acr", [
    ("fr", "Nous, l'Initiative du lac Tanganyika (ILT), accompagnons les États riverains. "
           "Le secrétariat de l'ILT siège à Bujumbura.", "Initiative du lac Tanganyika", "ILT"),
    ("en", "We, the Lake Chad Initiative (LCI), bring together five states. The LCI meets yearly.",
     "Lake Chad Initiative", "LCI"),
    ("es", "Nosotros, la Iniciativa del Golfo de Fonseca (IGF), reunimos a tres Estados. "
           "La IGF tiene sede en Tegucigalpa.", "Iniciativa del Golfo de Fonseca", "IGF"),
])
def test_a_speaking_initiative_is_a_body(extractor, lang, text, name, acr):
    assert labels(extractor, text, lang, name) == {"ORG"}
    assert labels(extractor, text, lang, acr) == {"ORG"}


def test_an_initiative_the_text_speaks_about_stays_a_programme(extractor):
    text = "We support the Lake Chad Initiative (LCI), which helps five states. The LCI meets yearly."
    assert labels(extractor, text, "en", "LCI") == {"OPERATION"}


@pytest.mark.parametrize("lang, text, acr", [
    ("fr", "Depuis 2001, notre organisation (AZS) réunit dix États. L'AZS siège à Lyon.", "AZS"),
    ("en", "Since 2001, our agency (ZSA) brings together ten states. The ZSA sits in Leeds.", "ZSA"),
    ("es", "Desde 2001, nuestra organización (OZS) reúne a diez Estados. La OZS tiene sede en Lima.", "OZS"),
])
def test_an_acronym_after_our_body_noun_is_the_speakers_name(extractor, lang, text, acr):
    found = [(r["label"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang) if r["text"] == acr]
    assert found == [("ORG", acr)] * 2


def test_an_acronym_after_our_study_names_no_body(extractor):
    assert labels(extractor, "Our study (ZSA) covers ten states. The ZSA ends in May.", "en", "ZSA") == set()
