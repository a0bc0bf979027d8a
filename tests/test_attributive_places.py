"""A place name that is an adjective too (`Caribbean`, `Pacific`) names no place where it
describes the noun after it (made-up text)."""

from __future__ import annotations

import pytest


def _places(extractor, text):
    return [r["text"] for r in extractor.extract(text, doc_id="t", lang="en") if r["label"] == "LOCATION"]


@pytest.mark.parametrize("text", [
    "The agency trains Caribbean customs officers every spring.",
    "Ministers discussed Pacific cooperation on maritime security in March.",
    "Several Atlantic fishing fleets were inspected by the customs teams.",
    "They shared data with Mediterranean coastguards last year.",
])
def test_an_adjective_before_a_common_noun_names_no_place(extractor, text):
    assert _places(extractor, text) == []


@pytest.mark.parametrize("text, place", [
    ("Since 2015 the Caribbean has seen fewer seizures of cocaine.", "Caribbean"),
    ("Customs teams from the Pacific and Southeast Asia met in June.", "Pacific"),
    ("The workshop covered Caribbean and Central American ports.", "Caribbean"),
    ("Patrol boats were sent to Pacific island nations in 2019.", "Pacific"),
    ("The new office will serve the Caribbean region from 2025.", "Caribbean"),
])
def test_the_place_itself_stays_a_place(extractor, text, place):
    assert place in _places(extractor, text)


@pytest.mark.parametrize("text", [
    "The agency trains inspectors from Pacific Island countries every year.",
    "Observers from Pacific Island states met in Suva.",
])
def test_a_place_and_a_capitalised_noun_before_a_common_noun_name_no_place(extractor, text):
    # `Island` goes with `Pacific` to describe the countries (attributive_place_noun)
    rows = extractor.extract(text, doc_id="t", lang="en")
    assert not any(r["text"].startswith("Pacific") for r in rows)


def test_the_plural_after_an_attributive_place_still_names_a_body(extractor):
    rows = extractor.extract("Ministers met at the Pacific Islands Forum in Suva.", doc_id="t", lang="en")
    assert ("ORG", "Pacific Islands Forum") in [(r["label"], r["text"]) for r in rows]
