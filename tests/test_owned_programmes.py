"""A programme word before a body's acronym (`resolve/owned.py`): the body stays a body, and
the programme is the name after the acronym. Made-up names, rule-only pipeline."""

import pytest


def found(extractor, text, lang):
    return [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "OPERATION")]


@pytest.mark.parametrize("lang, text, acr, programme, norm", [
    ("fr", "L'Agence zorbalienne des sols (AZS) lance le programme AZS Terres Vivantes. L'AZS compte dix membres.",
     "AZS", "programme AZS Terres Vivantes", "AZS Terres Vivantes"),
    ("en", "The Zorbal Soil Agency (ZSA) runs the programme ZSA Living Lands. The ZSA has ten members.",
     "ZSA", "programme ZSA Living Lands", "ZSA Living Lands"),
    ("es", "La Agencia Zorbalí de Suelos (AZS) dirige el programa AZS Tierras Vivas. La AZS tiene diez miembros.",
     "AZS", "programa AZS Tierras Vivas", "AZS Tierras Vivas"),
])
def test_a_programme_after_a_bodys_acronym_leaves_the_body_alone(extractor, lang, text, acr, programme, norm):
    mentions = found(extractor, text, lang)
    assert ("OPERATION", programme, norm) in mentions
    assert [m for m in mentions if m[1] == acr] == [("ORG", acr, acr)] * 2


def test_a_programme_named_by_an_acronym_alone_is_named_again(extractor):
    mentions = found(extractor, "Le programme ZORBA soutient les écoles. ZORBA a dix ans.", "fr")
    assert ("OPERATION", "ZORBA", "ZORBA") in mentions
