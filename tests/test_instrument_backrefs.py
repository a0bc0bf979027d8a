"""An instrument named in full and then by its capitalised head alone (`the Act`, `el Estatuto`,
`le Règlement`: `backref_instrument_head` in patterns/*/lexicon.jsonl) is the same instrument.
Made-up names, shipped patterns, rule-only pipelines."""

import pytest


def instruments(extractor, text, lang):
    return [(r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] == "INSTRUMENT"]


@pytest.mark.parametrize("lang, text, name, head", [
    ("en", "The Framework for Zorbal Coast Resilience was signed in May. The Framework guides donors.",
     "Framework for Zorbal Coast Resilience", "Framework"),
    ("es", "El Estatuto Laboral Zorbano fue aprobado en 2019. El Estatuto reconoce derechos a los trabajadores.",
     "Estatuto Laboral Zorbano", "Estatuto"),
    ("fr", "Le Règlement (UE) n° 123/2019 encadre la pêche. Le Règlement s'applique depuis 2020.",
     "Règlement (UE) n° 123/2019", "Règlement"),
])
def test_a_head_alone_names_the_instrument_again(extractor, lang, text, name, head):
    assert (head, name) in instruments(extractor, text, lang)


@pytest.mark.parametrize("lang, text, word", [
    ("en", "The Act was debated for hours, but no vote was held.", "Act"),
    ("es", "El Estatuto fue debatido durante horas sin votación.", "Estatuto"),
    ("fr", "Le Statut a été débattu pendant des heures sans vote.", "Statut"),
])
def test_a_head_with_no_instrument_before_it_is_no_name(extractor, lang, text, word):
    assert word not in [t for t, _ in instruments(extractor, text, lang)]
