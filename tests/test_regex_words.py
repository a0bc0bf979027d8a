"""The two regex builders every name rule shares (`lexicon.alternation`, `lexicon.ending_word`):
an adjective read from its ending, a word list that matches either apostrophe."""

import re

from partex.lexicon import alternation, ending_word, load_lexicon
from partex.resolve.organs import _qualifier_after


def test_an_alternation_matches_the_longest_word_first():
    assert re.match(alternation(["de", "de la"]), "de la").group() == "de la"


def test_with_apostrophes_a_word_written_with_one_matches_the_curly_one_too():
    rx = re.compile(alternation(["l'ONU"], apostrophes=True))
    assert rx.fullmatch("l’ONU") and rx.fullmatch("l'ONU")
    assert not re.fullmatch(alternation(["l'ONU"]), "l’ONU")


def test_an_ending_word_is_a_whole_lower_case_word_with_that_ending():
    rx = re.compile(ending_word({"al", "ique"}))
    assert rx.fullmatch("national") and rx.fullmatch("économique")
    assert not rx.match("Nationale") and not rx.match("nationale")


def test_a_stop_word_is_no_ending_word_but_a_longer_word_it_opens_still_is():
    rx = re.compile(ending_word({"al"}, {"total"}))
    assert not rx.match("total")
    # the stop is a whole word: `totalitarian`-like words that start with it are not blocked
    assert rx.fullmatch("totaltal")


def test_an_organ_title_takes_an_adjective_that_starts_with_a_stop_word():
    # `semana` is a stop (a time word, no adjective) but `semanal` is an adjective by its ending:
    # every stop of the alternation is a whole word, not only the last one
    lex = load_lexicon("es")
    assert "semana" in lex.words("not_adjective")
    rx = _qualifier_after(lex)
    assert rx.match(" semanal")
    assert not rx.match(" semana")
