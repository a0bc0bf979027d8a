"""A programme's capitalised name of up to six words is read whole, its place included (made-up text)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The Central Asia Regional Transport Program has helped its members.", "Central Asia Regional Transport Program"),
    ("Since 2010 the East Africa Regional Border Security Program has trained guards.",
     "East Africa Regional Border Security Program"),
    ("In March the West Africa Coastal Security Programme trained officers.", "West Africa Coastal Security Programme"),
])
def test_the_whole_name_is_the_programme(extractor, text, name):
    rows = extractor.extract(text, doc_id="t", lang="en")
    assert ("OPERATION", name) in [(r["label"], r["text"]) for r in rows]
    assert all(r["label"] != "LOCATION" for r in rows)
