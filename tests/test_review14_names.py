"""Review of the fourteenth session's names (fixrev14a): an organ title followed by its own
complement is not the publisher's organ (`organs.titles_read`); an office's head, kinds of places
and a place name no office (`complement_runs._bare_regional_heads`). Made-up texts, rule-only."""

import pytest


def found(extractor, text, lang, doc_id="t"):
    return {r["text"]: r["label"] for r in extractor.extract(text, doc_id=doc_id, lang=lang)}


@pytest.mark.parametrize("lang, text, title", [
    ("en", "The Korvel Harbour Authority met in May. The Council of the city then voted the budget.", "Council"),
    ("en", "The Korvel Harbour Authority met in May. The Secretariat of the port then wrote to us.", "Secretariat"),
])
def test_an_organ_title_before_its_own_complement_is_no_organ(extractor, lang, text, title):
    assert found(extractor, text, lang).get(title) != "ORG"


def test_an_organ_title_alone_is_still_the_bodys_organ(extractor):
    text = "The Korvel Harbour Authority met in May. The Council then voted the budget."
    assert found(extractor, text, "en").get("Council") == "ORG"


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "La réunion s'est tenue au Centre de la ville de Bamako en mai.", "Centre de la ville de Bamako"),
    ("es", "La reunión se celebró en el Centro de la ciudad de Quito en mayo.", "Centro de la ciudad de Quito"),
])
def test_an_office_head_and_a_kind_of_place_name_no_office(extractor, lang, text, name):
    assert found(extractor, text, lang).get(name) != "ORG"
