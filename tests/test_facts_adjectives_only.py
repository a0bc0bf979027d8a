"""Only adjectives may stand between a cue of cooperation and the word for its sides
(`clauses._adjectives_only`): not a preposition of four letters or more, a pronoun after it, nor a
name (made-up text)."""

from __future__ import annotations

import pytest

from partex.facts.clauses import _adjectives_only
from partex.facts.document import FactDocument
from partex.facts.words import load_fact_words


def _doc(lang: str) -> FactDocument:
    return FactDocument("", load_fact_words(lang), [])


@pytest.mark.parametrize("lang, gap", [
    ("en", " strategic "),
    ("fr", " internationale "),
    ("es", " estratégica "),
])
def test_an_adjective_may_stand_there(lang, gap):
    assert _adjectives_only(_doc(lang), gap)


@pytest.mark.parametrize("lang, gap", [
    ("en", " with them "),
    ("en", " through them "),
    ("fr", " avec eux "),
    ("fr", " sous Orvane "),
    ("es", " mediante ellos "),
    ("es", " con Telmar "),
])
def test_a_preposition_or_a_name_may_not(lang, gap):
    assert not _adjectives_only(_doc(lang), gap)
