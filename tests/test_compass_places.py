"""A compass word next to a place names a part of it, one LOCATION with it (issue 17, names
measured with forgotten lists). English writes it before the place, capitalised: `East Africa`,
`Upper Egypt`, `South-East Asia`, as `western Cambodia` (`place_position_before`); French and
Spanish after it: `África occidental`, `América del Sur`, `Afrique de l'Ouest`
(`place_position_after`). A name found that holds the word stays that name (`South Africa`,
`Corea del Sur`, `Afrique du Sud`). The compass-and-place pairs are made up, so that no gazetteer
knows them; rule-only pipeline."""

import pytest

from mention_helpers import found


def places(extractor, text, lang="en"):
    return found(extractor, text, lang, "LOCATION", "COUNTRY", fields=("text", "label"))


@pytest.mark.parametrize("text, expected", [
    ("Herders across West Mongolia faced a dry winter.", [("West Mongolia", "LOCATION")]),
    ("Rains fell over North Kenya in the spring.", [("North Kenya", "LOCATION")]),
    # a hyphen joins the compass word to the next
    ("Officers from South-East Mongolia met in the capital.", [("South-East Mongolia", "LOCATION")]),
])
def test_a_compass_word_opens_the_place(extractor, text, expected):
    assert places(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country's own name holds the word
    ("The South Africa delegation met the North Korea envoys.",
     [("South Africa", "COUNTRY"), ("North Korea", "COUNTRY")]),
    # coordinated compass words name parts of the place alone
    ("Investors from eastern and southern Mongolia met.", [("Mongolia", "COUNTRY")]),
])
def test_a_name_that_holds_the_word_stays(extractor, text, expected):
    assert places(extractor, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Los pastores de Mongolia occidental y de Kenia del Norte sufrieron la sequía.",
     [("Mongolia occidental", "LOCATION"), ("Kenia del Norte", "LOCATION")]),
    ("fr", "Les éleveurs de Mongolie occidentale et du Kenya du Nord ont souffert.",
     [("Mongolie occidentale", "LOCATION"), ("Kenya du Nord", "LOCATION")]),
    # either apostrophe
    ("fr", "Il a visité le Niger de l’Ouest puis le Tchad de l'Est.",
     [("Niger de l’Ouest", "LOCATION"), ("Tchad de l'Est", "LOCATION")]),
])
def test_a_compass_word_after_the_place_ends_it(extractor, lang, text, expected):
    assert places(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Viajó a Corea del Sur y a Timor Oriental.", [("Corea del Sur", "COUNTRY"), ("Timor Oriental", "COUNTRY")]),
    ("fr", "Il a visité l'Afrique du Sud et la Macédoine du Nord.",
     [("Afrique du Sud", "COUNTRY"), ("Macédoine du Nord", "COUNTRY")]),
])
def test_a_country_that_holds_the_word_after_stays(extractor, lang, text, expected):
    assert places(extractor, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare compass word in lower case is a common word, not part of the place
    ("Many refugees live in east Africa and lower Egypt.", ["Africa", "Egypt"]),
])
def test_a_lower_case_compass_word_is_no_part_of_the_place(extractor, text, expected):
    places = found(extractor, text, "en", "LOCATION", fields=("text",)) + \
        found(extractor, text, "en", "COUNTRY", fields=("text",))
    assert sorted(places) == sorted(expected)
