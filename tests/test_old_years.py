"""A year before 1900 standing alone is a date after a preposition of time (`month_preposition`
in patterns/<lang>/dates.words.jsonl), the preposition outside the span; elsewhere it is a
count. Own sentences, shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def labelled(extractor, text, lang):
    return found(extractor, text, lang, "DATE", "FIGURE", fields=("label", "text", "norm"))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The zorbala union was founded in 1865 in Geneva.", [("DATE", "1865", "1865")]),
    ("fr", "Le prototype est conservé depuis 1889 dans un coffre.", [("DATE", "1889", "1889")]),
    ("es", "La oficina existe desde 1875 y publica informes.", [("DATE", "1875", "1875")]),
])
def test_an_old_year_after_a_preposition_of_time(extractor, lang, text, expected):
    assert labelled(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The union counts 1865 members.", [("FIGURE", "1865 members", "1865 member")]),
    ("fr", "L'union compte en 1850 salles.", [("FIGURE", "1850 salles", "1850 salle")]),
])
def test_an_old_number_elsewhere_is_no_date(extractor, lang, text, expected):
    assert labelled(extractor, text, lang) == expected
