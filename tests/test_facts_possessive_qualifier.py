"""A first possessive before a body's name says the body is the publisher's own, and the body is the
side named (`our Harbour Police works with …`); but where the name only qualifies a noun the
possessive governs, closed by a comma (`our Harbour Police colleagues, who …`), the phrase is the
possessive's: the relative clause after it reads as before (document._owns_name). Spanish names the
body after the noun (`nuestros colegas de la Harbour Police`), so the kind is English and French."""

from __future__ import annotations

import pytest

from facts_helpers import rule_tuples

NAMES = {"Harbour Police": ("ORG", "Harbour"), "Coast Authority": ("ORG", "Coast")}


def _pairs(text: str, lang: str, learned: bool) -> set:
    found = rule_tuples(text, lang, NAMES, "Quay Trust", learned=learned)
    return {t[1] for t in found if t[0] == "PARTNERSHIP" and len(t) == 2}


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("lang, text", [
    ("en", "We thank our Harbour Police friends, who work closely with the Coast Authority."),
    ("fr", "Nous remercions nos Harbour Police amis, qui travaillent avec la Coast Authority."),
])
def test_a_name_qualifying_the_possessive_noun_keeps_the_relative_clause_reading(lang, text, learned):
    assert _pairs(text, lang, learned) == {("coast", "harbour")}  # not the publisher's: the friends' (the name's)


@pytest.mark.parametrize("lang, text", [
    ("en", "Our Harbour Police works closely with the Coast Authority."),
    ("fr", "Notre Harbour Police travaille avec la Coast Authority."),
])
def test_an_owned_name_is_still_the_side(lang, text):
    assert ("coast", "harbour") in _pairs(text, lang, False)
