"""The member words of each language (`FactWords.member_words`): the words of the classes
`member_noun` and `country_unit` and their plurals, the regular ones (`s`) made in code and the
others from data (class `member_plural`: `countries`, `países`, `naciones`), not an English rule
(`y` → `ies`) in code that French and Spanish words went through."""

from __future__ import annotations

import pytest

from partex.facts.words import load_fact_words


@pytest.mark.parametrize("lang, singular, plural", [
    ("en", "country", "countries"),
    ("es", "país", "países"),
    ("es", "nación", "naciones"),
    ("fr", "membre", "membres"),
])
def test_the_plural_of_a_member_word_is_the_language_s_own(lang, singular, plural):
    words = load_fact_words(lang).member_words
    assert singular in words and plural in words

