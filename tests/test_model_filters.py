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


@pytest.mark.parametrize("text, body", [
    ("Les magistrats du Pôle pénal économique et financier (PPEF) d'Abidjan ont participé.",
     "Pôle pénal économique et financier"),
    ("Le Pôle national de lutte contre la cybercriminalité a coopéré avec l'ONUDC.",
     "Pôle national de lutte contre la cybercriminalité"),
])
def test_a_place_of_the_model_that_starts_with_a_head_noun_of_a_body_is_a_body(model_extractor, text, body):
    rows = model_extractor.extract(text, doc_id="t", lang="fr")
    labels = {r["text"]: r["label"] for r in rows}
    assert labels.get(body) == "ORG"
    assert all(r["label"] != "LOCATION" for r in rows if body in r["text"] or r["text"] == "PPEF")


def test_an_english_name_in_a_french_text_is_read_with_its_initials(model_extractor):
    rows = model_extractor.extract("financée par le Foreign, Security and Defence Office (FSDO) du Royaume-Uni.",
                                   doc_id="t", lang="fr")
    assert ("ORG", "Foreign, Security and Defence Office", "FSDO") in [
        (r["label"], r["text"], r["norm"]) for r in rows]


def test_an_acronym_then_its_name_in_parentheses_defines_it_over_the_model(model_extractor):
    rows = model_extractor.extract("avec les enquêteurs de ZAGA (Zonal Great Ape Organization), une ONG.",
                                   doc_id="t", lang="fr")
    assert ("ORG", "Zonal Great Ape Organization", "ZAGA") in [(r["label"], r["text"], r["norm"]) for r in rows]


def test_a_body_the_model_finds_may_hold_a_programme_as_its_complement(model_extractor):
    text = ("Chaque pays a une structure nationale, comme l'Office nigérien de la restauration des sols "
            "et de la Grande Muraille verte.\n\nIl coordonne les plantations.")
    rows = model_extractor.extract(text, doc_id="t", lang="fr")
    assert ("ORG", "Office nigérien de la restauration des sols et de la Grande Muraille verte") in \
        [(r["label"], r["text"]) for r in rows]
