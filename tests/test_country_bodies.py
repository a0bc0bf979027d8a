"""Bodies named by a common noun in capitals and their country (`Statistics Kenya`), and the
capitalised words before a country that make no such name (a person's name among them: no
sector noun, `country_body_noun`). Rule-only pipeline, made-up
sentences."""

import pytest


def mentions(fast, text, lang):
    return [(r["text"], r["label"]) for r in fast.extract(text, doc_id="t", lang=lang)]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The figures come from Fisheries Kenya, which publishes them each year.", "Fisheries Kenya"),
    ("en", "We work with the ministry and with Biosecurity Kenya on the scheme.", "Biosecurity Kenya"),
    ("es", "Los permisos los entrega Extranjería Kenia desde el año pasado.", "Extranjería Kenia"),
    ("fr", "Le projet est mis en œuvre par Coopération Kenya et par ses partenaires.", "Coopération Kenya"),
])
def test_a_common_noun_and_its_country_name_a_body(fast, lang, text, name):
    found = mentions(fast, text, lang)
    assert (name, "ORG") in found
    assert ("Kenya", "COUNTRY") not in found and ("Kenia", "COUNTRY") not in found


@pytest.mark.parametrize("lang, text, country", [
    # the start of a sentence or a line, a heading in capitals, a qualifier, a demonym, an acronym,
    # a person's title, a long form
    ("en", "The treaty was signed. Today Kenya joins the scheme.", "Kenya"),
    ("en", "Rains Return\nKenya Floods Displace Thousands\nThe rains came back in May.", "Kenya"),
    ("en", "Storms Hit Kenya As Rains Continue\nThe rains came back in May.", "Kenya"),
    ("en", "Most trainees speak Bahasa Indonesia at home.", "Indonesia"),
    ("en", "Traders crossed from Mainland China by boat.", "China"),
    ("en", "The old maps call it Portuguese Guinea in the south.", "Guinea"),
    ("en", "The statement of UNICEF Kenya was read out.", "Kenya"),
    ("es", "El acuerdo se firmó con la República de Kenia en mayo.", "República de Kenia"),
    # a person's name: no sector noun among the words before the country
    ("en", "The prize was handed over by Anatole France in person.", "France"),
    ("en", "The award went to Michael Jordan last year.", "Jordan"),
])
def test_no_body_where_the_word_proves_nothing(fast, lang, text, country):
    found = mentions(fast, text, lang)
    assert (country, "COUNTRY") in found
    assert not any(label == "ORG" and text.endswith(country) and text != country for text, label in found)


@pytest.mark.parametrize("lang, text, name", [
    # a text cites an agency in the agency's own language: every language's sector nouns count
    ("es", "Los datos se cruzaron con Fisheries Kenia y con la oficina del censo.", "Fisheries Kenia"),
    ("fr", "Le projet associe Extranjería Kenya et plusieurs ONG.", "Extranjería Kenya"),
    ("en", "The office works with Coopération Kenya on the new scheme.", "Coopération Kenya"),
])
def test_another_languages_sector_noun_names_a_body_too(fast, lang, text, name):
    assert (name, "ORG") in mentions(fast, text, lang)
