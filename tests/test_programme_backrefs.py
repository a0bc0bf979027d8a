"""A programme's head noun alone refers back to the programme named with it (`el Fondo` after `el
Fondo Korvel`, which a body runs): OPERATION with the programme's norm; with a body of that head
named instead, the head noun stays that body's. Made-up names, rule-only pipeline."""

import pytest


def rows(extractor, text, lang):
    return [(r["text"], r["label"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in ("ORG", "OPERATION")]


@pytest.mark.parametrize("lang, text, head", [
    ("es", "El Banco Zorbalí de Desarrollo gestiona el Fondo Korvel para Semillas. "
           "Desde 2019, el Fondo financia cien proyectos.", "Fondo"),
    ("en", "The Zorbal Development Bank manages the Korvel Harvest Fund. Since 2019, the Fund has "
           "financed a hundred projects.", "Fund"),
    ("fr", "La Banque zorbalienne de développement gère le Mécanisme korvelien de garantie. Depuis 2019, "
           "le Mécanisme finance cent projets.", "Mécanisme"),
])
def test_a_programmes_head_noun_refers_back_to_it(extractor, lang, text, head):
    found = rows(extractor, text, lang)
    programme = [norm for _, label, norm in found if label == "OPERATION" and _ != head]
    assert programme, found
    assert (head, "OPERATION", programme[0]) in found


def test_a_bodys_head_noun_stays_the_bodys(extractor):
    text = ("The Korvel Harvest Fund opened an office in Zembla. Since 2019, the Fund has financed a "
            "hundred projects.")
    found = rows(extractor, text, "en")
    assert ("Korvel Harvest Fund", "ORG", "Korvel Harvest Fund") in found
    assert ("Fund", "OPERATION", "Korvel Harvest Fund") not in found
