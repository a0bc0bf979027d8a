"""partex.resolve.literals finds a document's own words as the patterns it replaces would.

The resolver used to compile a pattern per document from the names it defines; the helpers find
the same matches with `str.find`. Each test compares them with `re.finditer` of the pattern they
stand for, on made-up texts and on random ones full of the awkward cases (one literal the start
of another, hyphens, apostrophes, runs of spaces and line breaks).
"""

import random
import re

import pytest

from partex.resolve.literals import alternation_spans, spaced_spans, whole_uses, word_uses


def _whole(text, literals):
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, literals)) + r")(?![\w-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _whole_joined(text, literals):
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, literals)) + r")(?![\w'’-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _word(text, literals):
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, literals)) + r")(?!\w)")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _spaced(text, form):
    pattern = re.compile(r"\s+".join(map(re.escape, form.split())) + r"(?![\w-])")
    return [m.span() for m in pattern.finditer(text)]


def test_whole_uses_of_names():
    text = "The Zorbal Agency (ZA) met the ZAR and ZA-2; ZA's staff, ZA."
    assert whole_uses(text, ["ZAR", "ZA"]) == _whole(text, ["ZAR", "ZA"])
    assert [t[2] for t in whole_uses(text, ["ZAR", "ZA"])] == ["ZA", "ZAR", "ZA", "ZA"]


def test_the_first_literal_that_fits_wins_where_two_start_together():
    text = "Vargas Torres and Torres met Vargas."
    names = ["Vargas Torres", "Torres", "Vargas"]
    assert whole_uses(text, names) == _whole(text, names) == [
        (0, 13, "Vargas Torres"), (18, 24, "Torres"), (29, 35, "Vargas")]


def test_an_apostrophe_joins_a_word_where_asked():
    text = "l’Union, Union's staff, the Union-led plan and the Union met."
    assert whole_uses(text, ["Union"], apostrophes=True) == _whole_joined(text, ["Union"])
    assert [s for s, _, _ in whole_uses(text, ["Union"], apostrophes=True)] == [text.rindex("Union")]
    assert len(whole_uses(text, ["Union"])) == 3  # without: `l’Union` and `Union's` are uses


def test_word_uses_let_a_hyphen_end_the_word():
    text = "QXR-led work by QXR; QXRs are not QXR."
    assert word_uses(text, ["QXR"]) == _word(text, ["QXR"])
    assert [s for s, _, _ in word_uses(text, ["QXR"])] == [0, 16, 34]


def test_spaced_spans_fold_white_space():
    text = "Red  Zorbal de\nDatos cumple años; la Red Zorbal de Datos-X no; Red Zorbal de Datos."
    form = "Red Zorbal de Datos"
    assert spaced_spans(text, form.split(), re.compile(r"(?![\w-])")) == _spaced(text, form)
    assert len(_spaced(text, form)) == 2


def test_the_word_after_a_head_alone():
    after = re.compile(r"(?![\w'’-])(?!\s+[A-Z])(?:\s+(?P<next>[\w'’-]+))?")
    pattern = re.compile(r"(?<![\w'’-])(?:Force|Forces)" + after.pattern)
    text = "la Force de paix, les Forces Armées, la Force."
    found = alternation_spans(text, ["Force", "Forces"], re.compile(r"[\w'’-]"), after)
    assert [(s, e, t.group("next")) for s, e, _, t in found] == [
        (m.start(), m.end(), m.group("next")) for m in pattern.finditer(text)] == [(3, 11, "de"), (40, 45, None)]


def test_an_empty_literal_is_refused():
    with pytest.raises(ValueError):
        whole_uses("text", ["", "x"])


def test_random_texts_match_the_patterns():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab -_\n\tA'’(.)é") for _ in range(rng.randint(0, 40)))
        literals = ["".join(rng.choice("abA-'é.") for _ in range(rng.randint(1, 4)))
                    for _ in range(rng.randint(1, 4))]
        dense = " ".join(rng.choice(literals) + rng.choice(["", " ", "  ", "\n", "-", "a"]) for _ in range(6))
        for sample in (text, dense):
            assert whole_uses(sample, literals) == _whole(sample, literals)
            assert whole_uses(sample, literals, apostrophes=True) == _whole_joined(sample, literals)
            assert word_uses(sample, literals) == _word(sample, literals)
            form = " ".join(literals)
            assert spaced_spans(sample, form.split(), re.compile(r"(?![\w-])")) == _spaced(sample, form)
