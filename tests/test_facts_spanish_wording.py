"""Spanish wordings of cooperation and membership (verb forms, adverbs inside a cue, first person
by the verb's ending), each with its French or English kin where the kind exists there."""

from __future__ import annotations

import pytest

from partex.facts.words import load_fact_words


@pytest.mark.parametrize("lang, text, cue", [
    ("es", "La agencia trabaja también con la policía.", "trabaja también con"),
    ("es", "Trabajamos asimismo con la universidad.", "Trabajamos asimismo con"),
    ("fr", "L'office travaille également avec la police.", "travaille également avec"),
])
def test_an_adverb_inside_a_cue_phrase_keeps_the_phrase(lang, text, cue):
    words = load_fact_words(lang)
    found = {text[c.start():c.end()] for cues in words.scan(text).values() for c in cues}
    assert cue in found


def test_an_adverb_never_opens_or_ends_a_cue_phrase():
    text = "También con la policía."
    words = load_fact_words("es")
    assert not any(text[c.start():c.end()].casefold().startswith("también")
                   for cues in words.scan(text).values() for c in cues)
