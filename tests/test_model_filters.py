"""What the resolver keeps of the French model's entities: tests that need the trained model."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, left_out", [
    # generic nouns the NER reads as places: no place is named
    ("Le Conseil avait encouragé les États de la région à agir en 2011.", "États de la région"),
    ("Le Conseil a appelé les États riverains à ériger la piraterie en infraction.", "États riverains"),
])
def test_generic_places_of_the_model_are_left_out(model_extractor, text, left_out):
    rows = model_extractor.extract(text, doc_id="t", lang="fr")
    assert left_out not in [r["text"] for r in rows]
    assert all(r["label"] != "LOCATION" or "États" not in r["text"] for r in rows)


def test_a_real_place_the_model_finds_is_kept(model_extractor):
    rows = model_extractor.extract("L'atelier s'est tenu à Pointe-Noire en mai 2024.", doc_id="t", lang="fr")
    assert ("LOCATION", "Pointe-Noire") in [(r["label"], r["text"]) for r in rows]
