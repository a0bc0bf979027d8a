"""An instrument named in lower case may end on a natural feature and its name (made-up text)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang, name", [
    ("La Charte des eaux du lac Tchad, adoptée en 2012, fixe les règles.", "fr", "Charte des eaux du lac Tchad"),
    ("La Charte des eaux du fleuve Niger a été signée en 2008.", "fr", "Charte des eaux du fleuve Niger"),
    ("El Acuerdo de gestión del río Lempa fue firmado en 2010.", "es", "Acuerdo de gestión del río Lempa"),
])
def test_the_feature_and_its_name_end_the_instrument(extractor, text, lang, name):
    rows = extractor.extract(text, doc_id="t", lang=lang)
    assert ("INSTRUMENT", name) in [(r["label"], r["text"]) for r in rows]
    assert all(r["label"] != "LOCATION" for r in rows)


def test_a_feature_outside_an_instrument_stays_a_place(extractor):
    rows = extractor.extract("Les pêcheurs du lac Tchad ont reçu une aide en 2012.", doc_id="t", lang="fr")
    assert ("LOCATION", "lac Tchad") in [(r["label"], r["text"]) for r in rows]
