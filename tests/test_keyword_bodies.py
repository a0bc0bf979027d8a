"""Bodies named right after a lower-case noun that says what kind of body they are
(`resolve/keyword_bodies.py`, `body_keyword` and `body_keyword_qualifier` of the lexicons). The
bodies are made up."""

import pytest


def found(extractor, text, lang, labels=("ORG", "PERSON", "COUNTRY", "LOCATION")):
    return [(r["label"], r["text"], r["norm"]) for r in extractor.extract(text, doc_id="t", lang=lang)
            if r["label"] in labels]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Seeds were donated by the company Zorbalex last year.", [("ORG", "Zorbalex", "Zorbalex")]),
    ("en", "Funds came through the development bank ZfW and the NGO Zorbal Watch.",
     [("ORG", "ZfW", "ZfW"), ("ORG", "Zorbal Watch", "Zorbal Watch")]),
    ("es", "La empresa Zorbalex hizo también donaciones.", [("ORG", "Zorbalex", "Zorbalex")]),
    ("fr", "La société Zorbalex a livré les navires.", [("ORG", "Zorbalex", "Zorbalex")]),
    # the qualifier stays out of the name, the legal form is in its span and out of its norm
    ("es", "Desde 2009 la administra la empresa pública ZORBACAN, S.A., con gran eficacia.", [("ORG", "ZORBACAN, S.A.", "ZORBACAN")]),
])
def test_a_noun_of_a_kind_of_body_names_the_body_after_it(extractor, lang, text, expected):
    assert found(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "The company Chairman spoke first."),
    ("en", "The company said so on Monday."),
    ("es", "La empresa Director General habló."),
])
def test_an_office_or_a_lower_case_word_after_the_noun_names_no_body(extractor, lang, text):
    assert [r for r in found(extractor, text, lang) if r[0] == "ORG"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "UNODC met the company Tuesday to discuss the audit."),
    ("en", "The bank I mentioned works with UNICEF."),
    ("es", "La empresa Aguas de Zorbal firmó el convenio."),
])
def test_no_pronoun_day_or_name_cut_at_its_connector_is_read_as_a_body(fast, lang, text):
    names = [t for _, t, _ in found(fast, text, lang, ("ORG",))]
    assert not [n for n in names if n in ("Tuesday", "I", "Aguas")], names


@pytest.mark.parametrize("lang, text, name", [
    # a demonym no list holds, read from its ending, between the noun and the name
    ("es", "Entre 1992 y 1996, la empresa japonesa Zorbano trabajó con la universidad.", "Zorbano"),
    ("es", "Seleccionaron a la empresa argentina Zorbium Biotech como centro regional.", "Zorbium Biotech"),
    ("fr", "Le contrat a été confié à la société canadienne Zorbatech en 2019.", "Zorbatech"),
])
def test_a_demonym_read_from_its_ending_stays_out_of_the_name(extractor, lang, text, name):
    assert [t for label, t, _ in found(extractor, text, lang) if label == "ORG"] == [name]
