"""A parenthesis a programme word follows defines a programme, the word written in capitals too
(issue 17: programmes.defined_programmes, `programme_word_after`, which only English holds).
Made-up names, shipped patterns, rule-only pipelines."""

import pytest

from mention_helpers import found


def labelled(extractor, text, lang):
    return found(extractor, text, lang, fields=("label", "text", "norm"))


@pytest.mark.parametrize("word", ["Programme", "Initiative", "Platform"])
def test_a_capitalised_programme_word_after_the_acronym(extractor, word):
    text = f"The Zorbala Centre Executive (ZCE) {word}, funded by donors, trains officials. The ZCE grew."
    assert labelled(extractor, text, "en") == [
        ("OPERATION", "Zorbala Centre Executive", "ZCE"), ("OPERATION", "ZCE", "ZCE"), ("OPERATION", "ZCE", "ZCE")]


def test_a_body_word_after_the_acronym_keeps_it_a_body(extractor):
    text = "The Zorbala Centre Executive (ZCE) Office trains officials."
    assert [label for label, _, _ in labelled(extractor, text, "en")] == ["ORG", "ORG"]
