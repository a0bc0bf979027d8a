"""An operation's name goes on across a hyphen the tokenizer split off (issue 17:
operations.hyphen_joined). Made-up names, shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def operations(extractor, text, lang):
    return found(extractor, text, lang, "OPERATION")


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le projet Zorba-HYCOS suit les crues du fleuve.", [("projet Zorba-HYCOS", "Zorba-HYCOS")]),
    ("es", "El proyecto Zorba-Andino 2 mejora los datos.", [("proyecto Zorba-Andino 2", "Zorba-Andino 2")]),
    ("en", "The ZORB-TVET programme trains teachers.", [("ZORB-TVET programme", "ZORB-TVET")]),
])
def test_a_name_goes_on_across_its_hyphen(extractor, lang, text, expected):
    assert operations(extractor, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a lower-case word after the hyphen qualifies the name, it is no part of it
    ("fr", "Le projet Zorba-pilote a pris fin.", [("projet Zorba", "Zorba")]),
])
def test_not_a_lower_case_word(extractor, lang, text, expected):
    assert operations(extractor, text, lang) == expected
